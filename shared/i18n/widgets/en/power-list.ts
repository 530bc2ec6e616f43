// zfgs-power-list strings in English; keys mirror zh-CN/power-list.ts.
import type { PowerListMessageKey } from '../zh-CN/power-list.ts';

export const powerListMessages: Record<PowerListMessageKey, string> = {
  'power-list.title': 'Powers and responsibilities',
  'power-list.code': 'Code',
  'power-list.category': 'Category',
  'power-list.basis': 'Legal basis',
  'power-list.discretion': 'Discretion benchmark',
  'power-list.unit': 'Exercised by',
  'power-list.timeLimit': 'Time limit',
  'power-list.remedy': 'Remedies',
  'power-list.responsibility': 'Responsibilities',
  'power-list.accountability': 'Accountability',
  'power-list.search': 'Search by name, code or basis',
  'power-list.filterCategory': 'Category',
  'power-list.summary': '{total} items: {byCategory}.',
  'power-list.summaryItem': '{category} {count}',
  'power-list.empty': 'No powers have been published.',
};
