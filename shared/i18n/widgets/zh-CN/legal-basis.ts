// zfgs-legal-basis strings (legal-basis, discretion-benchmark). zh-CN is the source.
export const legalBasisMessages = {
  'legal-basis.title': '执法依据',
  'legal-basis.level.law': '法律',
  'legal-basis.level.administrative-regulation': '行政法规',
  'legal-basis.level.local-regulation': '地方性法规',
  'legal-basis.level.rule': '规章',
  'legal-basis.level.normative-document': '规范性文件',
  'legal-basis.level.other': '其他',
  'legal-basis.issuer': '制定机关',
  'legal-basis.number': '文号',
  'legal-basis.effectiveDate': '施行日期',
  'legal-basis.articles': '适用条款（{count} 条）',
  'legal-basis.benchmarks': '行政裁量权基准',
  'legal-basis.violation': '违法行为',
  'legal-basis.basis': '依据',
  'legal-basis.circumstance': '情节',
  'legal-basis.penalty': '处罚标准',
  'legal-basis.empty': '尚未公示执法依据。',
} as const;

export type LegalBasisMessageKey = keyof typeof legalBasisMessages;
