// zfgs-legal-basis strings in English; keys mirror zh-CN/legal-basis.ts.
import type { LegalBasisMessageKey } from '../zh-CN/legal-basis.ts';

export const legalBasisMessages: Record<LegalBasisMessageKey, string> = {
  'legal-basis.title': 'Legal basis',
  'legal-basis.level.law': 'Laws',
  'legal-basis.level.administrative-regulation': 'Administrative regulations',
  'legal-basis.level.local-regulation': 'Local regulations',
  'legal-basis.level.rule': 'Rules',
  'legal-basis.level.normative-document': 'Normative documents',
  'legal-basis.level.other': 'Other',
  'legal-basis.issuer': 'Issued by',
  'legal-basis.number': 'Number',
  'legal-basis.effectiveDate': 'In force from',
  'legal-basis.articles': 'Articles applied ({count})',
  'legal-basis.benchmarks': 'Discretion benchmarks',
  'legal-basis.violation': 'Violation',
  'legal-basis.basis': 'Basis',
  'legal-basis.circumstance': 'Circumstances',
  'legal-basis.penalty': 'Penalty',
  'legal-basis.empty': 'No legal basis has been published.',
};
