// Strings every zfgs- widget shares (loading, errors, data states). zh-CN is the source; en/base.ts mirrors each key.
export const baseMessages = {
  'base.loading': '正在加载数据……',
  'base.loaded': '数据已加载',
  'base.noData': '尚未提供数据。',
  'base.invalidTitle': '数据有误，无法显示',
  'base.invalidIntro': '以下 {count} 处数据不符合规范，请修改后重新发布：',
  'base.issue': '{path}：{message}',
  'base.moreIssues': '另有 {count} 处问题未列出。',
  'base.loadFailedTitle': '数据加载失败',
  'base.loadFailedNetwork': '无法从 {url} 加载数据：网络错误（{detail}）。',
  'base.loadFailedHttp': '无法从 {url} 加载数据：服务器返回 HTTP {status}。',
  'base.loadFailedJson': '{url} 返回的内容不是有效的 JSON：{detail}。',
  'base.islandJsonInvalid': '页面内嵌的数据不是有效的 JSON：{detail}。',
  'base.renderFailedTitle': '组件显示出错',
  'base.renderFailed': '显示数据时发生错误：{detail}。页面其他内容不受影响。',
  'base.updated': '更新日期：{date}',
  'base.notProvided': '未提供',
  'base.opensFile': '（{type} 文件）',
  'base.listSeparator': '、',
  'base.empty': '暂无内容。',
  'base.printNote': '打印版显示全部 {count} 条记录。',
} as const;

export type BaseMessageKey = keyof typeof baseMessages;
