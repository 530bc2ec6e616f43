// Is a required item published, and with the fields the profile names? The shared judgement of the
// pre-event items (and of post-event items that are lists, such as inspection results), from the best
// evidence any page gives:
//   exact      a valid zfgs- data island of the item's section;
//   shown      a table with the item's columns, labelled fields in text, a shape of its own (names with
//              certificate numbers …), or a document or image named like it (流程图.jpg, 裁量基准.pdf);
//   named      only a heading or caption names it: review;
//   linked     only a 栏目 link names it: review, unless the linked page is audited too (site mode),
//              which then speaks for itself.
// Nothing anywhere: review on a single page (the item may be elsewhere on the site), fail in site mode.
import type { RuleFinding as Finding } from '../types.ts';
import type { Snapshot, TableInfo, Target } from '../../extract/snapshot.ts';
import type { RuleContext } from '../types.ts';
import { compact } from '../../extract/text.ts';
import { dataRowCount, findLabels, headerCells, matchColumns, type FieldSpec } from './fields.ts';
import { labelEvidence } from './label-target.ts';
import { sectionsOfKind, type Section, type SectionData, type SectionKind } from './islands.ts';
import { pageKey, pageOf, type Page } from './page.ts';
import { dataSnippetText, lazySnippet, maskText } from './snippet.ts';

export interface ContentMatch {
  target: Target;
  text: string;
  /** Field keys the content shows (checked against the item's fields like table columns). */
  fields?: readonly string[];
}

export interface ItemSpec<K extends SectionKind = SectionKind> {
  id: string;
  /** The island section carrying the item. */
  section?: {
    kind: K;
    /** Whether valid data holds the item; by default a non-empty `items`, and an empty one fails. */
    has?(data: SectionData<K>): boolean;
    /** Fields the profile names that the data lacks: [core (fail), other (review)]. */
    lacks?(data: SectionData<K>, context: RuleContext): [string[], string[]];
  };
  /** Words naming the item in titles, headings, captions, 栏目 links, document and image names. */
  names: RegExp;
  /** A table shows the item when at least `min` of these columns are there (`required` among them). */
  columns?: {
    fields(context: RuleContext): readonly FieldSpec[];
    min: number;
    required?: readonly string[];
    /** A header matching this makes the table something else (a decision list has 当事人 and dates). */
    excludes?: RegExp;
  };
  /**
   * Text shows the item when at least `min` of these fields are labelled (名称：… 地址：…); with
   * `isNamedOnPage`, only where the page also names the item (a footer's 地址：… 电话：… is not a complaint channel).
   */
  labels?: { fields(context: RuleContext): readonly FieldSpec[]; min: number; required?: readonly string[]; isNamedOnPage?: boolean };
  /** A shape of the item's own (officer names beside certificate numbers; 《…法》 lists …). */
  content?(page: Page, context: RuleContext): ContentMatch | undefined;
  /** Fields checked on content matches (default: the column fields). */
  contentFields?(context: RuleContext): readonly FieldSpec[];
  /** Documents (pdf, doc …) and images named like the item are the item (benchmarks, flowcharts). */
  acceptsDocuments?: boolean;
  /** Whether the item is required here at all (entrustment, service windows); default yes. */
  isApplicable?(pages: readonly Page[], context: RuleContext): boolean;
}

type Strength = 'shown' | 'named' | 'linked';

interface Evidence {
  strength: Strength;
  page: Page;
  target: Target;
  text: string;
  reason: string;
  data?: Record<string, string | number>;
  /** Findings about the fields of what was found. */
  fieldFindings: Finding[];
  href?: string;
}

export const PRESENCE_REASONS = [
  'island', 'table', 'labels', 'content', 'document', 'invalidData', 'emptyList', 'missingField', 'fieldNotFound',
  'namedOnly', 'linkedOnly', 'notOnPage', 'missing',
] as const;

const fieldName = (key: string) => `@field.${key}`;
/** Where a page's title is, for findings about it. */
export const TITLE_TARGET = ['head > title'];

function finding(context: RuleContext, page: Page, status: Finding['status'], reason: string, target: Target, text: string, data: Record<string, string | number> = {}): Finding {
  return { status, target, url: page.url, snippet: text ? lazySnippet(context, text) : '', reason, data };
}

function fieldFindings(context: RuleContext, page: Page, target: Target, text: string, missing: readonly string[], unclear: readonly string[]): Finding[] {
  return [
    ...missing.map((key) => finding(context, page, 'fail', 'missingField', target, text, { field: fieldName(key) })),
    ...unclear.map((key) => finding(context, page, 'review', 'fieldNotFound', target, text, { field: fieldName(key) })),
  ];
}

/** Splits the fields a page does not show into core (fail) and other (review). */
function absentFields(fields: readonly FieldSpec[], shown: (key: string) => boolean): [string[], string[]] {
  const absent = fields.filter((field) => !shown(field.key));
  return [absent.filter((field) => field.isCore).map((field) => field.key), absent.filter((field) => !field.isCore).map((field) => field.key)];
}

function islandEvidence<K extends SectionKind>(spec: ItemSpec<K>, page: Page, context: RuleContext): { evidence: Evidence[]; findings: Finding[] } {
  const evidence: Evidence[] = [];
  const findings: Finding[] = [];
  if (!spec.section) return { evidence, findings };
  const { kind, has, lacks } = spec.section;
  const holdsItem = has ?? ((data: SectionData<K>) => ((data as { items?: unknown[] }).items?.length ?? 0) > 0);
  for (const section of sectionsOfKind(page.snapshot, kind) as Section<K>[]) {
    if (!section.data) {
      const [issue] = section.issues;
      findings.push(finding(context, page, 'fail', 'invalidData', section.target, '', {
        path: issue ? `${section.path}${issue.path.slice(1)}` : section.path,
        // Schema messages may quote the offending value: masked like any snippet.
        'problem@zh-CN': maskText(context, issue?.message['zh-CN'] ?? ''),
        'problem@en': maskText(context, issue?.message.en ?? ''),
        issues: section.issues.length,
      }));
      continue;
    }
    const text = dataSnippetText(section.data);
    if (!holdsItem(section.data)) {
      // A list published empty is a failure; data that simply has no such part (no entrustment) is not evidence.
      // Items the widget withheld (a minor's decision) are left out on purpose: not an empty list.
      if (!has && section.withheld === undefined) findings.push(finding(context, page, 'fail', 'emptyList', section.target, text, { path: section.path }));
      continue;
    }
    const [missing, unclear] = lacks ? lacks(section.data, context) : [[], []];
    evidence.push({ strength: 'shown', page, target: section.target, text, reason: 'island', fieldFindings: fieldFindings(context, page, section.target, text, missing, unclear) });
  }
  return { evidence, findings };
}

function tableText(table: TableInfo): string {
  const header = headerCells(table);
  return [table.caption ?? '', header.join(' | '), (table.rows[table.headers.length > 0 ? 0 : 1] ?? []).join(' | ')].filter(Boolean).join(' — ');
}

/** A field is also shown by a link or document named like it (委托执法协议.pdf, 示范文本.doc). */
function isLinked(page: Page, field: FieldSpec | undefined): boolean {
  return field !== undefined && page.links.some((link) => link.compact.length <= 60 && field.pattern.test(link.compact));
}

function shownEvidence(spec: ItemSpec, page: Page, context: RuleContext): Evidence[] {
  const evidence: Evidence[] = [];
  const byKey = (fields: readonly FieldSpec[]) => (key: string) => fields.find((field) => field.key === key);
  if (spec.columns) {
    const fields = spec.columns.fields(context);
    for (const table of page.snapshot.tables) {
      const columns = matchColumns(table, fields);
      if (columns.size < spec.columns.min || dataRowCount(table) === 0) continue;
      if (spec.columns.required && !spec.columns.required.every((key) => columns.has(key))) continue;
      if (spec.columns.excludes && headerCells(table).some((cell) => spec.columns!.excludes!.test(compact(cell)))) continue;
      const text = tableText(table);
      const [missing, unclear] = absentFields(fields, (key) => columns.has(key) || isLinked(page, byKey(fields)(key)));
      evidence.push({ strength: 'shown', page, target: table.target, text, reason: 'table', data: { rows: dataRowCount(table) }, fieldFindings: fieldFindings(context, page, table.target, text, missing, unclear) });
    }
  }
  if (spec.labels) {
    const fields = spec.labels.fields(context);
    const hits = findLabels(page, fields);
    const isNamed = !spec.labels.isNamedOnPage || namesItem(spec, page);
    const first = [...hits.values()][0];
    // Labels read from a table already judged by its columns are the same evidence again.
    const isInTable = first !== undefined && evidence.some((item) => item.reason === 'table' && first.target[first.target.length - 1]!.startsWith(item.target[item.target.length - 1]!));
    if (first && !isInTable && isNamed && hits.size >= spec.labels.min && (spec.labels.required ?? []).every((key) => hits.has(key))) {
      // Labels in prose may be worded otherwise: an absent one is for a person to check.
      const [missing, unclear] = absentFields(fields, (key) => hits.has(key) || isLinked(page, byKey(fields)(key)));
      const { target, text } = labelEvidence(page, spec.names, [...hits.values()]);
      evidence.push({ strength: 'shown', page, target, text, reason: 'labels', fieldFindings: fieldFindings(context, page, target, text, [], [...missing, ...unclear]) });
    }
  }
  const content = spec.content?.(page, context);
  const sameTarget = (target: Target) => evidence.some((item) => item.target.join(' ') === target.join(' '));
  if (content && !sameTarget(content.target)) {
    const fields = spec.contentFields?.(context) ?? spec.columns?.fields(context) ?? [];
    const [missing, unclear] = content.fields ? absentFields(fields, (key) => content.fields!.includes(key) || isLinked(page, byKey(fields)(key))) : [[], []];
    evidence.push({ strength: 'shown', page, target: content.target, text: content.text, reason: 'content', fieldFindings: fieldFindings(context, page, content.target, content.text, missing, unclear) });
  }
  if (spec.acceptsDocuments) {
    for (const attachment of page.attachments) {
      if (spec.names.test(attachment.compact)) {
        evidence.push({ strength: 'shown', page, target: attachment.item.target, text: attachment.item.text, reason: 'document', data: { extension: attachment.item.extension }, fieldFindings: [] });
      }
    }
    for (const image of page.images) {
      if (spec.names.test(image.compact)) evidence.push({ strength: 'shown', page, target: image.item.target, text: image.item.alt, reason: 'document', data: { extension: 'image' }, fieldFindings: [] });
    }
  }
  return evidence;
}

/** Whether the page names the item in its title, a heading or a run of text. */
export function namesItem(spec: Pick<ItemSpec, 'names'>, page: Page): boolean {
  return spec.names.test(page.title) || page.headings.some((item) => spec.names.test(item.compact)) || page.lines.some((item) => spec.names.test(item.compact));
}

function namedEvidence(spec: ItemSpec, page: Page): Evidence[] {
  const evidence: Evidence[] = [];
  const named = [...page.headings.map((heading) => ({ target: heading.item.target, text: heading.item.text, compact: heading.compact })),
    ...page.captions.map((caption) => ({ target: caption.item.target, text: caption.item.caption ?? '', compact: caption.compact })),
    ...page.titleLines.map((line) => ({ target: line.item.target, text: line.item.text, compact: line.compact }))];
  for (const item of named) {
    if (spec.names.test(item.compact)) evidence.push({ strength: 'named', page, target: item.target, text: item.text, reason: 'namedOnly', fieldFindings: [] });
  }
  if (evidence.length === 0 && spec.names.test(page.title)) {
    evidence.push({ strength: 'named', page, target: TITLE_TARGET, text: page.snapshot.title, reason: 'namedOnly', fieldFindings: [] });
  }
  const attachmentHrefs = new Set(page.attachments.map((attachment) => attachment.item.href));
  for (const link of page.links) {
    if (link.compact.length <= 40 && spec.names.test(link.compact) && !attachmentHrefs.has(link.item.href)) {
      evidence.push({ strength: 'linked', page, target: link.item.target, text: link.item.text, reason: 'linkedOnly', data: { href: link.item.href }, fieldFindings: [], href: link.item.href });
    }
  }
  return evidence;
}

/** Judges one item over the Snapshots (one page, or the pages of one site). */
export function judgePresence<K extends SectionKind>(spec: ItemSpec<K>, snapshots: readonly Snapshot[], context: RuleContext): Finding[] {
  const pages = snapshots.map(pageOf);
  if (spec.isApplicable && !spec.isApplicable(pages, context)) return [];
  const findings: Finding[] = [];
  const shown: Evidence[] = [];
  const weaker: Evidence[] = [];
  for (const page of pages) {
    const fromIslands = islandEvidence(spec, page, context);
    findings.push(...fromIslands.findings);
    const pageShown = [...fromIslands.evidence, ...shownEvidence(spec, page, context)];
    shown.push(...pageShown);
    if (pageShown.length === 0) weaker.push(...namedEvidence(spec, page));
  }
  if (shown.length > 0) {
    // An item present on any page counts: where one piece of evidence is complete, partial ones elsewhere
    // (a 救济渠道 column in the power list) are not findings of their own.
    const complete = shown.filter((evidence) => evidence.fieldFindings.length === 0);
    for (const evidence of complete.length > 0 ? complete : shown) {
      findings.push(finding(context, evidence.page, 'pass', evidence.reason, evidence.target, evidence.text, evidence.data), ...evidence.fieldFindings);
    }
    return findings;
  }
  // Links to pages that are audited too are not evidence: those pages speak for themselves.
  const audited = new Set(pages.map((page) => pageKey(page.url)));
  const seenLinks = new Set<string>();
  for (const evidence of weaker) {
    if (evidence.href !== undefined) {
      const key = pageKey(evidence.href);
      if (audited.has(key) || seenLinks.has(key)) continue;
      seenLinks.add(key);
    }
    findings.push(finding(context, evidence.page, 'review', evidence.reason, evidence.target, evidence.text, evidence.data));
  }
  if (!findings.some((item) => item.status !== 'pass')) {
    const page = pages[0];
    if (page) findings.push(finding(context, page, context.isSite ? 'fail' : 'review', context.isSite ? 'missing' : 'notOnPage', [], '', { pages: pages.length }));
  }
  return findings;
}
