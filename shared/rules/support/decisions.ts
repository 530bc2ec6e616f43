// Published decisions, however a page shows them: decision islands (exact), list tables (one row each:
// 决定书文号 | 当事人 | 决定日期 …) and detail pages (labelled fields, often the full decision text). In site
// mode the same decision on a list page and its detail page is one decision, known by its document number.
import type { Snapshot, Target } from '../../extract/snapshot.ts';
import { firstDate } from '../../extract/dates.ts';
import { compact, trimmed } from '../../extract/text.ts';
import type { DecisionField } from '../../catalogue/profiles.ts';
import type { Decision, DecisionKind, PartyKind } from '../../schema/index.ts';
import { ListRecord, ListText } from './decision-rows.ts';
import { findLabels, headerCells, matchColumns, type FieldSpec } from './fields.ts';
import { sectionsOfKind } from './islands.ts';
import { pageOf, type Page } from './page.ts';

export interface DecisionRecord {
  url: string;
  target: Target;
  source: 'island' | 'table' | 'page';
  documentNumber?: string;
  party?: { kind: PartyKind; name: string };
  kind?: DecisionKind;
  procedure?: 'simple' | 'general';
  decisionDate?: string;
  publicationDate?: string;
  /** `isTakenDown`: the page shows the revoked decision as withdrawn (its content no longer shown), not in full. */
  revocation?: { date?: string; isTakenDown?: boolean };
  hasFullText: boolean;
  /** Summary fields shown (non-empty). */
  fields: Set<DecisionField>;
  /** Texts to scan for personal data, each with where it is. */
  texts: { text: string; target: Target }[];
  /** When the record is a table row: the table, so rules can speak of a missing column once. */
  table?: Target;
}

/** Specific fields first: a column is claimed by the first field that matches it (处罚决定日期 is a date). */
export const DECISION_FIELD_SPECS: readonly FieldSpec[] = [
  { key: 'publicationDate', pattern: /(公示|发布|公开|公布|上网)(日期|时间)/ },
  { key: 'revocationDate', pattern: /撤销(日期|时间)/ },
  { key: 'decisionDate', pattern: /决定(作出)?的?(日期|时间)|(处罚|作出|许可|决定)日期|作出(处罚)?决定日期/ },
  { key: 'documentNumber', pattern: /(决定书?|处罚|许可|文书)?(文号|编号)|决定书号/ },
  { key: 'caseName', pattern: /案件名称|案由|案件名|项目名称|事项名称/ },
  { key: 'party', pattern: /当事人(姓名|名称)?|(行政)?相对人|被处罚(人|单位)|执法对象|申请人|(企业|单位|市场主体)名称/ },
  { key: 'facts', pattern: /(主要)?违法(事实|行为)|案件事实|案情/ },
  { key: 'legalBasis', pattern: /(处罚|法律|执法|许可|决定)?依据/ },
  { key: 'enforcingBody', pattern: /(处罚|执法|决定|许可|实施|作出)(决定)?的?(机关|机构|主体|单位|部门)/ },
  { key: 'kind', pattern: /执法类别|决定类别|(权力|事项|执法)?类(别|型)/ },
  { key: 'content', pattern: /处罚(内容|结果|决定|种类)|执法(决定|结论)|决定内容|许可内容|处理(结果|决定)|执法结果/ },
  { key: 'status', pattern: /状态|是否(撤销|有效)/ },
];
const SUMMARY_KEYS = new Set<string>(['documentNumber', 'caseName', 'party', 'facts', 'legalBasis', 'content', 'enforcingBody', 'decisionDate', 'kind']);

const DECISION_PAGE = /(行政)?(处罚|许可|强制)(决定书|决定)|行政处罚(信息|结果|案件)|处罚(信息|结果)公示|许可(信息|结果)公示|执法决定/;
export const REVOKED = /已(被)?(依法)?撤销|已撤回|已作废|予以撤销|(决定|处罚).{0,6}(被|已)(依法)?撤销|撤销(原)?(行政)?(处罚|许可)?决定|重新作出|确认(违法|无效)/;
const FOOTER = /版权所有|主办(单位)?[:：]|承办(单位)?[:：]|ICP备|网站标识码|技术支持|联系我们|网站地图|公网安备/;
const FULL_TEXT = /依据《|根据《|决定如下|处罚如下|本(机关|局|委)|(给予|作出).{0,20}(处罚|决定)/;
const ORGANIZATION = /公司|厂|店|中心|合作社|协会|学校|学院|医院|诊所|药房|经营部|商行|事务所|门市|超市|酒店|宾馆|餐厅|饭店|酒家|工作室|集团|银行|委员会|局$|院$|社$|站$|部$|馆$|所$/;

const PARTY_NAME_END = /[，,。；;（(\s]/u;
const INDIVIDUAL_BUSINESS = /个体工商户/;

export function partyOf(name: string): { kind: PartyKind; name: string } | undefined {
  const clean = name.split(PARTY_NAME_END)[0]?.trim() ?? '';
  if (clean === '') return undefined;
  if (INDIVIDUAL_BUSINESS.test(name)) return { kind: 'other', name: clean };
  return { kind: ORGANIZATION.test(clean) ? 'legal' : 'natural', name: clean };
}

/** The words that name a decision's kind, the kinds in order of precedence. */
export const KIND_WORDS: readonly (readonly [DecisionKind, RegExp])[] = [
  ['penalty', /行政处罚|处罚决定|罚款|警告|没收|罚〔|罚\[|罚字|罚〕|罚决/],
  ['licence', /行政许可|许可决定|准予|许可证|许〔|许字/],
  ['coercion', /行政强制|查封|扣押|强制执行|强〔/],
];

export function kindOf(...texts: (string | undefined)[]): DecisionKind | undefined {
  for (const text of texts) {
    if (!text) continue;
    for (const [kind, words] of KIND_WORDS) if (words.test(text)) return kind;
  }
  return undefined;
}

/** Every word of KIND_WORDS holds one of these characters (a test keeps it so); none holds a digit. */
export const KIND_ANCHORS: ReadonlySet<number> = new Set([...'罚警没许准强查扣'].map((char) => char.charCodeAt(0)));

function isDigitCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/**
 * The kind a document number names (东湖市监处罚〔2024〕第12号), with `kindOfText` remembering kinds of texts. A
 * list's numbers differ row by row in their digits, and no kind word holds a digit or can match where none of its
 * anchors is: so when nothing from the first digit on is an anchor, the kind is that of the part before it, which
 * the rows share.
 */
function kindOfNumber(number: string, kindOfPrefix: (text: string, end: number) => DecisionKind | undefined): DecisionKind | undefined {
  let firstDigit = 0;
  while (firstDigit < number.length && !isDigitCode(number.charCodeAt(firstDigit))) firstDigit += 1;
  for (let index = firstDigit; index < number.length; index += 1) if (KIND_ANCHORS.has(number.charCodeAt(index))) return kindOf(number);
  return kindOfPrefix(number, firstDigit);
}

/**
 * `kindOfText` of a text's first `end` characters, remembering the last prefix: a list's numbers share it row after
 * row, and comparing with it makes no new string to look up.
 */
function lastPrefixKind(kindOfText: (text: string) => DecisionKind | undefined): (text: string, end: number) => DecisionKind | undefined {
  let prefix: string | undefined;
  let kind: DecisionKind | undefined;
  return (text, end) => {
    if (prefix === undefined || prefix.length !== end || !text.startsWith(prefix)) kind = kindOfText((prefix = end === text.length ? text : text.slice(0, end)));
    return kind;
  };
}

function procedureOf(text: string): 'simple' | 'general' | undefined {
  if (!text.includes('程序')) return undefined;
  if (/简易程序/.test(text)) return 'simple';
  if (/一般程序|普通程序/.test(text)) return 'general';
  return undefined;
}

const visibleTexts = new WeakMap<Snapshot, string>();

/**
 * Whether the page's text shows the decision itself (its case name, or facts long enough to be its own), not only
 * that it was withdrawn: zfgs-decision and zfgs-decisions show a revoked decision's number, date and reason, never
 * these. (Its decision — 警告，罚款五千元 — is not asked: other decisions on the page say the same.)
 */
function pageShows(snapshot: Snapshot, decision: Decision): boolean {
  let text = visibleTexts.get(snapshot);
  if (text === undefined) visibleTexts.set(snapshot, (text = snapshot.text.map((run) => compact(run.text)).join('')));
  const isShown = (value: string | undefined, minLength: number) => {
    const shown = compact(value ?? '').slice(0, 40);
    return shown.length >= minLength && text.includes(shown);
  };
  return isShown(decision.caseName, 6) || isShown(decision.facts, 20);
}

function fromIslands(snapshot: Snapshot): DecisionRecord[] {
  return sectionsOfKind(snapshot, 'decisions').flatMap((section) =>
    (section.data?.items ?? []).map((decision) => {
      const fields = new Set<DecisionField>(['documentNumber', 'caseName', 'party', 'legalBasis', 'content', 'kind', 'enforcingBody', 'decisionDate']);
      if (decision.facts) fields.add('facts');
      const record: DecisionRecord = {
        url: snapshot.url,
        target: section.target,
        source: 'island',
        documentNumber: decision.documentNumber,
        party: { kind: decision.party.kind, name: decision.party.name },
        kind: decision.kind,
        decisionDate: decision.decisionDate,
        publicationDate: decision.publicationDate,
        hasFullText: Boolean(decision.fullText) || (decision.attachments?.length ?? 0) > 0,
        fields,
        texts: [{ text: [decision.caseName, decision.party.name, decision.facts, decision.legalBasis, decision.content, decision.fulfilment, decision.fullText].filter(Boolean).join('\n'), target: section.target }],
      };
      if (decision.procedure) record.procedure = decision.procedure;
      if (decision.revocation) record.revocation = { date: decision.revocation.date, isTakenDown: !pageShows(snapshot, decision) };
      return record;
    }),
  );
}

const UNKNOWN = Symbol('unknown');

/** `fn` remembering its answers: list columns repeat the same dates, kinds and parties row after row. */
function remembered<T>(fn: (value: string) => T): (value: string) => T {
  const known = new Map<string, T | typeof UNKNOWN>();
  return (value) => {
    let answer = known.get(value);
    if (answer === undefined) known.set(value, (answer = fn(value) ?? UNKNOWN));
    return answer === UNKNOWN ? (undefined as T) : answer;
  };
}

/** Columns that never hold personal data (dates, the agency, the law, kinds): not scanned, not quoted. */
const STRUCTURAL_COLUMNS = new Set(['legalBasis', 'enforcingBody', 'kind', 'decisionDate', 'publicationDate', 'revocationDate', 'status']);
const MAY_BE_REVOKED = /撤|作废|重新|确认/;
/**
 * The fields a list row is read for, each cell read once a row (the summary columns among them are not read
 * again to say which fields the row shows), and where each is kept.
 */
const ROW_FIELDS = ['documentNumber', 'kind', 'content', 'party', 'decisionDate', 'publicationDate', 'status'];
const [NUMBER, KIND, CONTENT, PARTY, DECIDED, PUBLISHED, STATUS] = [0, 1, 2, 3, 4, 5, 6] as const;
const PROCEDURE = /简易程序|一般程序|普通程序/;

function fromTables(page: Page): DecisionRecord[] {
  const records: DecisionRecord[] = [];
  const dateOf = remembered(firstDate);
  const party = remembered(partyOf);
  const kindIn = remembered((text: string) => kindOf(text));
  const kindOfNumberPrefix = lastPrefixKind(kindIn);
  const kindOfPage = kindOf(page.title);
  // Rows showing the same fields share one (never changed) set, found by the bit mask of their fields.
  const fieldSets = new Map<number, Set<DecisionField>>();
  for (const table of page.snapshot.tables) {
    const columns = matchColumns(table, DECISION_FIELD_SPECS);
    const summaryColumns = [...columns.keys()].filter((key) => SUMMARY_KEYS.has(key));
    // A decision list names whom or which document: a power list (类别 | 事项名称 | 依据 | 实施机构) does not.
    if (summaryColumns.length < 3 || !(columns.has('party') || columns.has('documentNumber'))) continue;
    const at = (key: string) => columns.get(key) ?? -1;
    const revokedAt = at('revocationDate');
    const summaryAt = summaryColumns.map((key) => at(key));
    const header = headerCells(table);
    const structural = new Set([...columns].filter(([key]) => STRUCTURAL_COLUMNS.has(key)).map(([, index]) => index));
    const scannedAt = header.map((_, index) => index).filter((index) => !structural.has(index));
    const tableKind = kindIn(table.caption ?? '') ?? kindOfPage;
    const value = (row: readonly string[], index: number) => {
      const cell = index < 0 ? undefined : row[index];
      return cell === undefined ? undefined : trimmed(cell) || undefined;
    };
    const kindBit = 1 << summaryAt.length;
    const readAt = ROW_FIELDS.map(at);
    const summaryRead = summaryAt.map((index) => readAt.indexOf(index));
    const read: (string | undefined)[] = readAt.map(() => undefined);
    const firstRecord = records.length;
    const firstRow = table.headers.length > 0 ? 0 : 1;
    const list = new ListText(table.rows, firstRow, scannedAt);
    for (let index = firstRow; index < table.rows.length; index += 1) {
      const row = table.rows[index]!;
      for (let cell = 0; cell < readAt.length; cell += 1) read[cell] = value(row, readAt[cell]!);
      const documentNumber = read[NUMBER];
      const kindCell = read[KIND];
      const contentCell = read[CONTENT];
      const kind = (kindCell && kindIn(kindCell)) ?? (documentNumber && kindOfNumber(documentNumber, kindOfNumberPrefix)) ?? (contentCell && kindIn(contentCell)) ?? tableKind;
      let shownMask = kind ? kindBit : 0;
      for (let column = 0; column < summaryAt.length; column += 1) {
        const kept = summaryRead[column]!;
        if ((kept === -1 ? value(row, summaryAt[column]!) : read[kept]) !== undefined) shownMask |= 1 << column;
      }
      let fields = fieldSets.get(shownMask);
      if (!fields) {
        fields = new Set(summaryColumns.filter((_, column) => shownMask & (1 << column)) as DecisionField[]);
        if (kind) fields.add('kind');
        fieldSets.set(shownMask, fields);
      }
      const record = new ListRecord(page.url, table.rowTargets?.[index] ?? table.target, table.target, fields, list, index - firstRow);
      if (documentNumber) record.documentNumber = documentNumber;
      const partyOfRow = party(read[PARTY] ?? '');
      if (partyOfRow) record.party = partyOfRow;
      if (kind) record.kind = kind;
      const decisionDate = dateOf(read[DECIDED] ?? '');
      if (decisionDate) record.decisionDate = decisionDate;
      const publicationDate = dateOf(read[PUBLISHED] ?? '');
      if (publicationDate) record.publicationDate = publicationDate;
      const status = read[STATUS];
      if (status !== undefined && REVOKED.test(status)) record.revocation = { date: dateOf(value(row, revokedAt) ?? '') };
      records.push(record);
    }
    // What the rows say in words is searched once over the list's text, not row by row.
    const rows = records.slice(firstRecord) as ListRecord[];
    for (const row of list.rowsMatching(PROCEDURE)) {
      const procedure = procedureOf(list.textOf(row));
      if (procedure) rows[row]!.procedure = procedure;
    }
    for (const row of list.rowsMatching(MAY_BE_REVOKED)) {
      const record = rows[row]!;
      if (!record.revocation && REVOKED.test(list.textOf(row))) record.revocation = { date: dateOf(value(table.rows[row + firstRow]!, revokedAt) ?? '') };
    }
  }
  return records;
}

function fromDetailPage(page: Page): DecisionRecord | undefined {
  const labels = findLabels(page, DECISION_FIELD_SPECS);
  const summaryLabels = [...labels.keys()].filter((key) => SUMMARY_KEYS.has(key));
  const isNamed = DECISION_PAGE.test(page.title) || page.headings.some((heading) => DECISION_PAGE.test(heading.compact));
  if (!(summaryLabels.length >= 3 || (isNamed && summaryLabels.length >= 2))) return undefined;
  const runs = page.runs.filter((run) => !FOOTER.test(run.compact));
  const allText = runs.map((run) => run.item.text).join('\n');
  const value = (key: string) => labels.get(key)?.value || undefined;
  const fields = new Set<DecisionField>(summaryLabels.filter((key) => value(key) !== undefined) as DecisionField[]);
  const first = runs[0];
  const record: DecisionRecord = {
    url: page.url,
    target: labels.get('party')?.target ?? labels.get('documentNumber')?.target ?? first?.item.target ?? [],
    source: 'page',
    hasFullText: allText.length > 400 && FULL_TEXT.test(allText) || page.attachments.some((attachment) => /决定书/.test(attachment.compact)),
    fields,
    texts: runs.map((run) => ({ text: run.item.text, target: run.item.target })),
  };
  const documentNumber = value('documentNumber');
  if (documentNumber) record.documentNumber = documentNumber;
  const party = partyOf(value('party') ?? '');
  if (party) record.party = party;
  const kind = kindOf(value('kind'), documentNumber, page.title, ...page.headings.map((heading) => heading.compact), value('content'));
  if (kind) {
    record.kind = kind;
    fields.add('kind');
  }
  const procedure = procedureOf(allText);
  if (procedure) record.procedure = procedure;
  const decisionDate = firstDate(value('decisionDate') ?? '');
  if (decisionDate) {
    record.decisionDate = decisionDate;
    fields.add('decisionDate');
  }
  const publicationDate = firstDate(value('publicationDate') ?? '');
  if (publicationDate) record.publicationDate = publicationDate;
  const revokedRun = runs.find((run) => REVOKED.test(run.compact));
  if (revokedRun || REVOKED.test(value('status') ?? '')) {
    record.revocation = { date: firstDate(value('revocationDate') ?? '') ?? (revokedRun ? firstDate(revokedRun.item.text) : undefined) };
  }
  return record;
}

const cache = new WeakMap<Snapshot, DecisionRecord[]>();

/** Decisions the pages' widgets deliberately left out (data-zfgs-withheld), by island. */
export function withheldDecisions(snapshots: readonly Snapshot[]): { url: string; target: Target; count: number; annotation: string }[] {
  return snapshots.flatMap((snapshot) =>
    sectionsOfKind(snapshot, 'decisions')
      .filter((section) => section.withheld !== undefined)
      .map((section) => ({ url: section.url, target: section.target, count: section.withheld!, annotation: `data-zfgs-withheld="${section.island.annotations['withheld']!}"` })),
  );
}

/** The decisions one page shows. */
export function decisionsOnPage(snapshot: Snapshot): DecisionRecord[] {
  let records = cache.get(snapshot);
  if (!records) {
    const page = pageOf(snapshot);
    const fromData = fromIslands(snapshot);
    const fromList = fromTables(page);
    // A page whose decision island is withheld (a minor's) shows a notice, not a decision missing its fields.
    const isWithheld = sectionsOfKind(snapshot, 'decisions').some((section) => section.withheld !== undefined);
    const detail = fromData.length === 0 && fromList.length === 0 && !isWithheld ? fromDetailPage(page) : undefined;
    records = fromData.length === 0 && !detail ? fromList : [...fromData, ...fromList, ...(detail ? [detail] : [])];
    cache.set(snapshot, records);
  }
  return records;
}

/** A plain copy of a record to merge into (a list row's texts read from its list: they are copied as they are). */
function mergeableCopy(record: DecisionRecord): DecisionRecord {
  return { ...record, texts: record.texts };
}

const siteCache = new WeakMap<readonly Snapshot[], DecisionRecord[]>();

/**
 * Every decision of the pages; one per document number in site mode, keeping the fullest record. The same list
 * of pages gives the same array, so what rules work out per list of decisions is worked out once.
 */
export function decisionsOf(snapshots: readonly Snapshot[]): DecisionRecord[] {
  if (snapshots.length === 1) return decisionsOnPage(snapshots[0]!);
  let merged = siteCache.get(snapshots);
  if (!merged) {
    merged = mergeByNumber(snapshots.flatMap(decisionsOnPage));
    siteCache.set(snapshots, merged);
  }
  return merged;
}

function mergeByNumber(all: readonly DecisionRecord[]): DecisionRecord[] {
  const byNumber = new Map<string, DecisionRecord>();
  // Records are cached per page: merge into a copy, never into the cached one.
  const copies = new Set<DecisionRecord>();
  const unnumbered: DecisionRecord[] = [];
  const richness = (record: DecisionRecord) => record.fields.size + (record.source === 'island' ? 20 : record.source === 'page' ? 10 : 0);
  for (const record of all) {
    if (!record.documentNumber) {
      unnumbered.push(record);
      continue;
    }
    const key = compact(record.documentNumber);
    const known = byNumber.get(key);
    if (!known) {
      byNumber.set(key, record);
      continue;
    }
    const [richerRecord, other] = richness(record) > richness(known) ? [record, known] : [known, record];
    const richer = copies.has(richerRecord) ? richerRecord : mergeableCopy(richerRecord);
    copies.add(richer);
    richer.publicationDate ??= other.publicationDate;
    richer.decisionDate ??= other.decisionDate;
    richer.revocation ??= other.revocation;
    richer.hasFullText ||= other.hasFullText;
    richer.texts = [...richer.texts, ...other.texts];
    byNumber.set(key, richer);
  }
  return [...byNumber.values(), ...unnumbered];
}
