// zfgs-statistics strings (annual-statistics). zh-CN is the source.
export const statisticsMessages = {
  'statistics.title': '行政执法统计年报',
  'statistics.kindColumn': '执法类别',
  'statistics.yearColumn': '{year} 年',
  'statistics.tableCaption': '{from}—{to} 年行政执法数据（件）',
  'statistics.tableCaptionOneYear': '{year} 年行政执法数据（件）',
  'statistics.noPower': '无此职权',
  'statistics.notReported': '未报告',
  'statistics.fines': '罚没金额（元）',
  'statistics.publicationDate': '公布日期',
  'statistics.chartTitle': '{year} 年各类行政执法数量',
  'statistics.chartDescription': '条形图，数据与上表相同：{items}。',
  'statistics.chartItem': '{kind} {value}',
  'statistics.notes': '{year} 年说明',
  'statistics.empty': '尚未公布统计数据。',
  'statistics.total': '合计',
} as const;

export type StatisticsMessageKey = keyof typeof statisticsMessages;
