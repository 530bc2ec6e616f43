// annual-statistics: last year's enforcement statistics published by 31 January (hz-gs 19; hb (六); qp 二(一)5).
// Which year is due follows the profile: after the due date last year's, before it the year before; where the
// documents set no date, a missing last year is for a person to judge.
import type { RuleFinding as Finding } from './types.ts';
import { sectionsOfKind } from './support/islands.ts';
import { pageOf, type Page } from './support/page.ts';
import { lazySnippet } from './support/snippet.ts';
import type { Target } from '../extract/snapshot.ts';
import type { Rule, RuleContext } from './types.ts';

const STATISTICS = /(执法|许可|处罚)(数据|工作)?(统计|年报)|统计(年报|报表|数据)|执法(数据|情况)(公开|公示)|年度(行政)?执法(数据|情况)/;
const KIND_COLUMN = /行政(许可|处罚|强制|检查|征收|给付|确认|奖励|裁决)/;
const YEAR = /(20\d\d)\s*年?度?/u;

interface Published {
  year: number;
  page: Page;
  target: Target;
  text: string;
}

function publishedOn(page: Page): Published[] {
  const found: Published[] = [];
  for (const section of sectionsOfKind(page.snapshot, 'statistics')) {
    for (const item of section.data?.items ?? []) found.push({ year: item.year, page, target: section.target, text: `${item.year} ${JSON.stringify(item.counts)}` });
  }
  const named = [
    ...page.headings.map((item) => ({ compact: item.compact, target: item.item.target, text: item.item.text })),
    ...page.titleLines.map((item) => ({ compact: item.compact, target: item.item.target, text: item.item.text })),
    ...page.attachments.map((item) => ({ compact: item.compact, target: item.item.target, text: item.item.text })),
    ...page.snapshot.tables.filter((table) => table.headers.some((header) => KIND_COLUMN.test(header)))
      .map((table) => ({ compact: `${table.caption ?? ''}${page.title}`, target: table.target, text: `${table.caption ?? page.snapshot.title} ${table.headers.join(' ')}` })),
  ];
  for (const item of named) {
    const year = YEAR.exec(item.compact)?.[1];
    if (year && STATISTICS.test(item.compact + page.title)) found.push({ year: Number(year), page, target: item.target, text: item.text });
  }
  return found;
}

/** The year whose statistics must be out on `now`, or undefined when no date is set (then last year is only expected). */
function dueYear(context: RuleContext): { year: number; isDated: boolean } {
  const year = Number(context.now.slice(0, 4));
  const due = context.profile.statisticsDue;
  if (due.kind !== 'date') return { year: year - 1, isDated: false };
  const dueDate = `${year}-${String(due.month).padStart(2, '0')}-${String(due.day).padStart(2, '0')}`;
  return { year: context.now > dueDate ? year - 1 : year - 2, isDated: true };
}

function finding(context: RuleContext, page: Page, status: Finding['status'], reason: string, target: Target, text: string, data: Finding['data']): Finding {
  return { status, target, url: page.url, snippet: text ? lazySnippet(context, text) : '', reason, data };
}

export const annualStatistics: Rule = {
  id: 'annual-statistics',
  reasons: ['published', 'outdated', 'lastYearNotDated', 'linkedOnly', 'notOnPage', 'missing'],
  evaluate(snapshots, context) {
    const pages = snapshots.map(pageOf);
    const published = pages.flatMap(publishedOn);
    const { year, isDated } = dueYear(context);
    const current = published.filter((item) => item.year >= year);
    if (current.length > 0) return current.map((item) => finding(context, item.page, 'pass', 'published', item.target, item.text, { year: item.year }));
    if (published.length > 0) {
      const latest = published.reduce((a, b) => (b.year > a.year ? b : a));
      return [finding(context, latest.page, isDated ? 'fail' : 'review', isDated ? 'outdated' : 'lastYearNotDated', latest.target, latest.text, { year, latest: latest.year })];
    }
    const seen = new Set<string>();
    const links = pages.flatMap((page) => page.links.filter((link) => STATISTICS.test(link.compact)).map((link) => ({ page, link })))
      .filter(({ link }) => !seen.has(link.item.href) && Boolean(seen.add(link.item.href)));
    if (links.length > 0) return links.slice(0, 5).map(({ page, link }) => finding(context, page, 'review', 'linkedOnly', link.item.target, link.item.text, { href: link.item.href }));
    const isMissing = context.isSite && isDated;
    return [finding(context, pages[0]!, isMissing ? 'fail' : 'review', context.isSite ? 'missing' : 'notOnPage', [], '', { year })];
  },
};
