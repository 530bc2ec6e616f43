// Strings the widget base shows in both languages whatever the widget's own (a bilingual issue message, the error
// shown when a lazily loaded part cannot load — possibly the English strings themselves), so they stay in
// zfgs.js while the other English strings load on demand. zh-CN is the source; en/base-bilingual.ts mirrors it.
export const baseBilingualMessages = {
  'base.engineFailedTitle': '组件未能完整加载',
  'base.engineFailed': '组件的一部分未能加载（{detail}），为防止泄露个人信息，数据不予显示。请检查 dist/widgets 文件夹是否完整复制到网站。',
  'base.islandJsonInvalid': '页面内嵌的数据不是有效的 JSON：{detail}。',
} as const;

export type BaseBilingualMessageKey = keyof typeof baseBilingualMessages;
