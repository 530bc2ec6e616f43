// zfgs-power-list strings (power-responsibility-list). zh-CN is the source.
export const powerListMessages = {
  'power-list.title': '权责清单',
  'power-list.code': '事项编码',
  'power-list.category': '类别',
  'power-list.basis': '设定依据',
  'power-list.discretion': '裁量基准',
  'power-list.unit': '实施主体',
  'power-list.timeLimit': '办理时限',
  'power-list.remedy': '救济渠道',
  'power-list.responsibility': '责任事项',
  'power-list.accountability': '追责情形',
  'power-list.search': '搜索事项名称、编码或依据',
  'power-list.filterCategory': '类别',
  'power-list.summary': '共 {total} 项：{byCategory}。',
  'power-list.summaryItem': '{category} {count} 项',
  'power-list.empty': '尚未公示权责清单。',
} as const;

export type PowerListMessageKey = keyof typeof powerListMessages;
