// zfgs-statistics strings in English; keys mirror zh-CN/statistics.ts.
import type { StatisticsMessageKey } from '../zh-CN/statistics.ts';

export const statisticsMessages: Record<StatisticsMessageKey, string> = {
  'statistics.title': 'Annual enforcement statistics',
  'statistics.kindColumn': 'Kind of enforcement',
  'statistics.yearColumn': '{year}',
  'statistics.tableCaption': 'Enforcement actions {from}–{to} (cases)',
  'statistics.tableCaptionOneYear': 'Enforcement actions in {year} (cases)',
  'statistics.noPower': 'No such power',
  'statistics.notReported': 'Not reported',
  'statistics.fines': 'Fines and confiscations (yuan)',
  'statistics.publicationDate': 'Published on',
  'statistics.chartTitle': 'Enforcement actions by kind, {year}',
  'statistics.chartDescription': 'Bar chart of the same figures as the table: {items}.',
  'statistics.chartItem': '{kind} {value}',
  'statistics.notes': 'Notes for {year}',
  'statistics.empty': 'No statistics have been published.',
  'statistics.total': 'Total',
};
