// zfgs-service-guide strings (service-guide). zh-CN is the source.
export const serviceGuideMessages = {
  'service-guide.title': '服务指南',
  'service-guide.code': '事项编码',
  'service-guide.acceptingBody': '受理机构',
  'service-guide.approvingBody': '审批机构',
  'service-guide.timeLimit': '办理时限',
  'service-guide.place': '办理场所',
  'service-guide.contactPhone': '咨询电话',
  'service-guide.fees': '收费标准',
  'service-guide.supervision': '监督方式',
  'service-guide.remedy': '救济渠道',
  'service-guide.conditions': '受理条件',
  'service-guide.materials': '申请材料',
  'service-guide.materialsCaption': '{name}：申请材料目录',
  'service-guide.materialName': '材料名称',
  'service-guide.copies': '份数与形式',
  'service-guide.note': '说明',
  'service-guide.template': '示范文本',
  'service-guide.noMaterials': '无需提交材料。',
  'service-guide.process': '办理流程',
  'service-guide.basis': '设定依据',
  'service-guide.templates': '示范文本与表格',
  'service-guide.empty': '尚未公示服务指南。',
} as const;

export type ServiceGuideMessageKey = keyof typeof serviceGuideMessages;
