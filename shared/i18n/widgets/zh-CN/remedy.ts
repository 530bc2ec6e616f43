// zfgs-remedy strings (remedy). zh-CN is the source.
export const remedyMessages = {
  'remedy.title': '救济途径',
  'remedy.reconsideration': '行政复议',
  'remedy.litigation': '行政诉讼',
  'remedy.reconsiderationDeadline': '申请期限：自知道或者应当知道该行政行为之日起 {duration} 内',
  'remedy.litigationDeadline': '起诉期限：自知道或者应当知道作出行政行为之日起 {duration} 内',
  'remedy.organs': '复议机关',
  'remedy.courts': '管辖法院',
  'remedy.howToApply': '申请方式',
  'remedy.howToSue': '起诉方式',
  'remedy.address': '地址',
  'remedy.phone': '电话',
  'remedy.website': '网址',
  'remedy.notes': '说明',
} as const;

export type RemedyMessageKey = keyof typeof remedyMessages;
