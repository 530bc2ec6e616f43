// The data of the department pages, derived from the sample agency (demo/data) so the two never drift:
//   compliant-disclosure.json  the whole column without the sample's deliberate failures (expired certificate,
//                              late publications, a revoked decision, a penalty past its posting period)
//   missing-items.json         a column that leaves out most required blocks
//   late-decisions.json        decisions including those published after the deadline of hz-gs 14
//   expired-officers.json      officers including an expired certificate still listed as valid
// and the pages themselves (site.ts holds their shell). Deterministic; `node --import tsx demo/pages/generate.ts`
// writes the files, test/node/pages.test.ts fails when they are stale. Judged on the sample's reference date
// (demo/data/README.md).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { workingDaysBetween } from '../../shared/calendar/working-days.ts';
import type { Decision, Disclosure, Officer } from '../../shared/schema/index.ts';
import { validate } from '../../shared/schema/index.ts';
import { islandText } from '../../widgets/base/island.ts';
import { flowchartMessages } from '../../shared/i18n/widgets/zh-CN/flowchart.ts';
import { layoutProcedure } from '../../widgets/flowchart/layout.ts';
import { outlineHtml, outlineOf } from '../../widgets/flowchart/outline.ts';
import { resolveProcedure } from '../../widgets/flowchart/resolve.ts';
import { indexHtml, pageHtml, type DepartmentPage } from './site.ts';

export const REFERENCE_DATE = '2026-11-20';
/** hz-gs 15: penalty results stay online at most 5 years. */
const POSTING_YEARS = 5;

const root = resolve(import.meta.dirname, '..', '..');
const sample = (): Disclosure => JSON.parse(readFileSync(resolve(root, 'demo/data/disclosure.json'), 'utf8')) as Disclosure;

export function isLate(decision: Decision): boolean {
  const limit = decision.kind === 'licence' || decision.kind === 'penalty' ? 7 : 20;
  const days = workingDaysBetween(decision.decisionDate, decision.publicationDate);
  return days !== 'unknown' && days > limit;
}

function isPastPostingPeriod(decision: Decision, today: string): boolean {
  const until = decision.postingUntil ?? `${Number(decision.decisionDate.slice(0, 4)) + POSTING_YEARS}${decision.decisionDate.slice(4)}`;
  return decision.kind === 'penalty' && until < today;
}

const isExpired = (officer: Officer, today: string) => officer.status === 'valid' && officer.validUntil !== undefined && officer.validUntil < today;

function compliant(disclosure: Disclosure): Disclosure {
  const { officers, decisions } = disclosure;
  return {
    ...disclosure,
    officers: officers && { ...officers, items: officers.items.filter((officer) => !isExpired(officer, REFERENCE_DATE)) },
    decisions: decisions && {
      ...decisions,
      items: decisions.items.filter((decision) => !decision.revocation && !isLate(decision) && !isPastPostingPeriod(decision, REFERENCE_DATE)),
    },
  };
}

/** Every page's data file by name, as JSON text. */
export function pageData(): Record<string, string> {
  const disclosure = sample();
  const clean = compliant(disclosure);
  const decisions = disclosure.decisions!;
  const late = decisions.items.filter(isLate);
  const files: Record<string, unknown> = {
    'compliant-disclosure.json': clean,
    'missing-items.json': { schemaVersion: disclosure.schemaVersion, agency: disclosure.agency, officers: clean.officers } satisfies Disclosure,
    'late-decisions.json': { ...decisions, items: [...late, ...clean.decisions!.items.slice(0, 5)] },
    'expired-officers.json': disclosure.officers,
  };
  const kinds: Record<string, 'disclosure' | 'decisions' | 'officers'> = {
    'compliant-disclosure.json': 'disclosure',
    'missing-items.json': 'disclosure',
    'late-decisions.json': 'decisions',
    'expired-officers.json': 'officers',
  };
  return Object.fromEntries(
    Object.entries(files).map(([name, data]) => {
      const result = validate(kinds[name]!, data);
      if (!result.ok) throw new Error(`${name} does not validate: ${JSON.stringify(result.issues.slice(0, 3))}`);
      return [name, `${JSON.stringify(data, null, 2)}\n`];
    }),
  );
}

/**
 * The leaking page's decision: a published penalty as a webmaster pasted it, with the party's ID number and
 * mobile, and a witness's full name, left in (synthetic: the ID has a real region code and a valid check digit).
 */
export function leakingDecision(): Decision {
  const decision = sample().decisions!.items.find((item) => item.kind === 'penalty' && item.party.kind === 'natural' && !item.revocation && !isLate(item))!;
  const { attachments: _attachments, fulfilment: _fulfilment, ...rest } = decision;
  return {
    ...rest,
    facts: `当事人${decision.party.name}（身份证号码420106198503124418，联系电话13907125566）${decision.facts ?? ''}证人赵丽萍在场。`,
    fullText: `# 行政处罚决定书\n\n当事人：${decision.party.name}  \n身份证号码：420106198503124418  \n联系电话：13907125566\n\n${decision.facts ?? ''}证人赵丽萍在场并签字确认。`,
  };
}

/** Each sample procedure as a flowchart whose light DOM carries its steps as a list: readable without JavaScript. */
function flowchartsWithFallback(): string {
  return sample()
    .procedures!.items.map((procedure) => {
      const resolved = resolveProcedure(procedure);
      const list = outlineHtml(outlineOf(layoutProcedure(resolved.steps, resolved.edges), resolved.steps, resolved.edges), flowchartMessages);
      return `      <zfgs-flowchart heading-level="2">
        <h2>${procedure.title.replace(/[&<>]/g, (char) => `&#${char.charCodeAt(0)};`)}</h2>
        ${list}
        <script type="application/json" data-zfgs-kind="procedure">${islandText(procedure)}</script>
      </zfgs-flowchart>`;
    })
    .join('\n');
}

const fallbackLink = (file: string, what: string) => `      <p>${what}需要启用 JavaScript 才能显示；也可以<a href="data/${file}">下载公示数据（JSON）</a>。</p>`;

export const PAGES: readonly DepartmentPage[] = [
  {
    file: 'compliant.html',
    title: '行政执法公示专栏',
    summary: '合规的公示专栏：一个 <code>&lt;zfgs-disclosure&gt;</code> 元素，事前、事中、事后全部公示事项，数据来自 JSON 文件，并链接统一公示平台。',
    expected: '所有必须公示的事项都在，没有不合规项。',
    body: `      <p>本专栏信息同步在<a href="https://zfgs.jiangcheng.example/">江城市行政执法信息公示平台</a>公示。</p>
      <zfgs-disclosure src="data/compliant-disclosure.json" heading-level="2">
${fallbackLink('compliant-disclosure.json', '行政执法公示专栏')}
      </zfgs-disclosure>`,
  },
  {
    file: 'procedures.html',
    title: '行政执法流程图',
    summary: '五张执法流程图（两张完整绘制，三张用预设流程并调整）。每个组件内都写有文字版步骤列表：不启用 JavaScript 也能阅读，打印时与流程图一起输出。',
    expected: '执法流程图已公示（本页只有流程图，其他事项应在其他页面）。',
    body: flowchartsWithFallback(),
  },
  {
    file: 'missing-items.html',
    title: '行政执法公示（不完整）',
    summary: '只公示了执法主体和执法人员，缺少职责、依据、流程图、权责清单、救济途径、投诉举报、执法决定等必须公示的事项。',
    expected: '缺少多项必须公示的事项。',
    body: `      <zfgs-disclosure src="data/missing-items.json" heading-level="2">
${fallbackLink('missing-items.json', '行政执法公示')}
      </zfgs-disclosure>`,
  },
  {
    file: 'leaking-decision.html',
    title: '行政处罚决定信息',
    summary: '网站编辑直接把含有当事人身份证号码、手机号码和证人姓名的决定书数据写进页面：组件显示前已隐去，但页面源码中的数据仍然泄露。',
    expected: '决定书数据泄露个人信息（身份证号码、手机号码、证人姓名）；组件在控制台报告一条错误。',
    body: `      <zfgs-decision heading-level="2">
        <p>行政处罚决定书见附件。</p>
        <script type="application/json" data-zfgs-kind="decision">${islandText(leakingDecision())}</script>
      </zfgs-decision>`,
  },
  {
    file: 'late-publication.html',
    title: '行政执法决定公开',
    summary: '执法决定列表中有 5 条决定在作出之日起 7 个工作日后才公开（按法定节假日和调休计算）。市民看不到逾期标记，检查工具从数据中判断。',
    expected: '5 条行政许可、行政处罚决定逾期公开。',
    body: `      <zfgs-decisions src="data/late-decisions.json" heading-level="2">
${fallbackLink('late-decisions.json', '行政执法决定')}
      </zfgs-decisions>`,
  },
  {
    file: 'expired-officer.html',
    title: '行政执法人员',
    summary: '执法人员名单中一名执法人员的执法证已于 2026 年 10 月 14 日过期，名单仍按有效列出（组件按当天日期显示为已过期）。',
    expected: '名单中有执法证已过期的人员。',
    body: `      <zfgs-officers src="data/expired-officers.json" heading-level="2">
${fallbackLink('expired-officers.json', '行政执法人员名单')}
      </zfgs-officers>`,
  },
];

/** Every page and the index, by file name, as HTML text. */
export function pageFiles(): Record<string, string> {
  return { 'index.html': indexHtml(PAGES), ...Object.fromEntries(PAGES.map((page) => [page.file, pageHtml(page)])) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const [name, text] of Object.entries(pageData())) {
    writeFileSync(resolve(import.meta.dirname, 'data', name), text);
    console.log(`wrote demo/pages/data/${name}`);
  }
  for (const [name, text] of Object.entries(pageFiles())) {
    writeFileSync(resolve(import.meta.dirname, name), text);
    console.log(`wrote demo/pages/${name}`);
  }
}
