// Runs in Chromium (bundled by pageWithModule): builds a legacy decision-list page of N rows and times, inside
// the page, the full audit (extraction + every rule + the personal-data scan) beside a bare TreeWalker pass over
// the page's text nodes and document.body.innerText. The audit and the TreeWalker pass are timed alike (see
// steadyMedianMs): both warmed up for the same time, both timed to well under the timer's 0.1 ms step.
import { audit } from '../../shared/engine/run.ts';
import { extractSnapshot } from '../../shared/extract/extract.ts';
import { medianMs } from './char-codes.ts';

const COMPANIES = ['江城市博远超市有限公司', '江城市东湖区信达小吃店', '江城市嘉和商贸有限公司', '江城市东湖区泰和便利店', '江城市锦程餐饮管理有限公司'];
const FACTS = ['销售超过保质期的食品', '经营者不明码标价', '未按规定公示食品经营许可证', '销售不符合食品安全标准的食品'];
const HEADERS = ['序号', '决定书文号', '案件名称', '当事人', '主要违法事实', '处罚依据', '处罚内容', '处罚机关', '处罚决定日期', '公示日期'];

/** Day `offset` of 2024 as YYYY-MM-DD (weekdays and holidays alike: the calendar does the counting). */
function day(offset: number): string {
  return new Date(Date.UTC(2024, 0, 2 + (offset % 330))).toISOString().slice(0, 10);
}

/** A page like a CMS decisions column: title, breadcrumb, a legacy table of `rows` decisions, footer. */
export function buildDecisionPage(rows: number): number {
  const body: string[] = ['<table width="1000"><tr><td><font size="4"><b>行政处罚结果公示</b></font></td></tr><tr><td>当前位置：首页 &gt; 行政执法公示 &gt; 处罚结果</td></tr><tr><td>',
    `<table border="1" cellpadding="4"><tr>${HEADERS.map((header) => `<td><b>${header}</b></td>`).join('')}</tr>`];
  for (let index = 0; index < rows; index += 1) {
    // One row in 500 leaks a phone number, as real lists occasionally do.
    const party = index % 500 === 7 ? `张某（联系电话：138${String(10000000 + index).slice(-8)}）` : COMPANIES[index % COMPANIES.length]!;
    const facts = FACTS[index % FACTS.length]!;
    body.push(`<tr><td>${index + 1}</td><td>东湖市监处罚〔2024〕第${index + 1}号</td><td>${party.slice(0, 10)}${facts}案</td><td>${party}</td><td>${facts}</td>` +
      `<td>《中华人民共和国食品安全法》第一百二十四条</td><td>警告，罚款人民币${(index % 9) + 1}千元</td><td>江城市东湖区市场监督管理局</td><td>${day(index)}</td><td>${day(index + 3)}</td></tr>`);
  }
  body.push('</table></td></tr><tr><td>主办单位：江城市东湖区市场监督管理局 网站标识码：4299010001</td></tr></table>');
  document.body.innerHTML = body.join('');
  return document.body.textContent?.length ?? 0;
}

/**
 * How long both the audit and the TreeWalker pass run before they are timed. One warm-up run is not the same
 * warm-up for both: the TreeWalker pass is one small loop the JIT optimises within its first run, while the
 * audit is hundreds of functions that it optimises over its first dozens of runs (more with other work on the
 * machine). Timed after one run, the audit was still being compiled; after the same time spent running, both are
 * what they are on a page audited again and again.
 */
export const WARMUP_MS = 2_000;
/** A sample lasts at least this long (calls are repeated within it), so the timer's 0.1 ms step is ≤ 5 % of it. */
const MIN_SAMPLE_MS = 2;

/**
 * The median of `samples` samples of `fn`'s time, after running it for WARMUP_MS (at least twice). Each sample
 * times as many consecutive calls as make it last MIN_SAMPLE_MS and divides (Chromium's performance.now moves in
 * 0.1 ms steps: a 0.4 ms pass timed alone is off by up to 25 %).
 */
export function steadyMedianMs(fn: () => unknown, samples: number): number {
  const warmupStarted = performance.now();
  for (let run = 0; run < 2 || performance.now() - warmupStarted < WARMUP_MS; run += 1) fn();
  const probeStarted = performance.now();
  fn();
  const callsPerSample = Math.max(1, Math.ceil(MIN_SAMPLE_MS / Math.max(performance.now() - probeStarted, 0.1)));
  const times: number[] = [];
  for (let sample = 0; sample < samples; sample += 1) {
    const started = performance.now();
    for (let call = 0; call < callsPerSample; call += 1) fn();
    times.push((performance.now() - started) / callsPerSample);
  }
  return times.sort((a, b) => a - b)[Math.floor(samples / 2)]!;
}

function treeWalkerPass(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) length += (node as Text).data.length;
  return length;
}

export function treeWalkerMs(samples = 7): number {
  return steadyMedianMs(treeWalkerPass, samples);
}

export function innerTextMs(): number {
  // Each read forces style and layout; a changed class makes the next read redo them rather than reuse them.
  return medianMs(() => {
    document.body.classList.toggle('bench');
    return document.body.innerText.length;
  }, 5);
}

/**
 * The steady time of the full audit, and the time of its first run on the page (cold code: what an inspector
 * auditing a page once waits, reported beside the target figure).
 */
export function fullAuditMs(samples: number): { ms: number; firstMs: number; fail: number; findings: number } {
  let result = { fail: 0, findings: 0 };
  const fullAudit = () => {
    const report = audit([extractSnapshot(document)], { profile: 'hz', now: '2024-12-20', site: true });
    result = { fail: report.counts.byOutcome.fail, findings: report.results.reduce((sum, item) => sum + item.findings.length, 0) };
  };
  const firstStarted = performance.now();
  fullAudit();
  const firstMs = performance.now() - firstStarted;
  const ms = steadyMedianMs(fullAudit, samples);
  return { ms, firstMs, ...result };
}
