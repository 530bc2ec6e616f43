// `zfgs audit` end to end: the built CLI (cli/bin.js, as `npx zfgs` runs it) on local files (jsdom; a GBK page),
// on URLs rendered in headless Chromium from a server on 127.0.0.1, in page and site mode, in every format,
// with every exit code.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditReport } from '../../shared/engine/report.ts';
import { startStaticServer } from '../../scripts/static-server.mjs';

const LEGACY = 'demo/pages/legacy';
const NOW = '2026-11-20';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function zfgs(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['cli/bin.js', 'audit', ...args], { maxBuffer: 64 * 1024 * 1024, timeout: 180_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

const compliantPages = () => [
  ...readdirSync(LEGACY).filter((file) => file.endsWith('.html')).map((file) => join(LEGACY, file)),
  ...readdirSync(join(LEGACY, 'cfjd')).map((file) => join(LEGACY, 'cfjd', file)),
];
const failingPages = () => readdirSync(join(LEGACY, 'failing')).map((file) => join(LEGACY, 'failing', file));

const json = (run: Run) => JSON.parse(run.stdout) as AuditReport;
const outcomeOf = (report: AuditReport, id: string) => report.results.find((result) => result.id === id)?.outcome;

describe('zfgs audit: local files', () => {
  it('prints a readable text summary and exits 0 when nothing fails', async () => {
    const run = await zfgs(join(LEGACY, 'zfry.html'), '--now', NOW);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^行政执法公示检查报告/);
    assert.match(run.stdout, /已公示执法人员清单/);
    assert.match(run.stdout, /判断日期: 2026-11-20/);
  });

  it('writes the AuditReport as JSON', async () => {
    const run = await zfgs(join(LEGACY, 'zfry.html'), '--now', NOW, '--format', 'json', '--profile', 'hz');
    const report = json(run);
    assert.equal(report.engine.name, 'zfgs');
    assert.equal(report.profile, 'hz');
    assert.equal(report.now, NOW);
    assert.equal(report.results.length, 29);
    assert.equal(Object.values(report.counts.byOutcome).reduce((a, b) => a + b, 0), 29);
    assert.equal(outcomeOf(report, 'officer-list'), 'pass');
    assert.match(report.url, /^file:\/\/.*zfry\.html$/);
  });

  it('reads a GBK page as a browser would', async () => {
    const report = json(await zfgs(join(LEGACY, 'zfyj.html'), '--now', NOW, '--format', 'json'));
    assert.equal(outcomeOf(report, 'legal-basis'), 'pass');
    const evidence = report.results.find((result) => result.id === 'legal-basis')!.findings[0]!;
    assert.match(evidence.snippet, /中华人民共和国/);
  });

  it('judges several files as one site with --site: the compliant column passes, the failing one fails', async () => {
    const compliant = await zfgs(...compliantPages(), '--site', '--now', NOW, '--format', 'json');
    assert.equal(compliant.code, 0, compliant.stderr);
    assert.deepEqual(json(compliant).counts.byOutcome, { fail: 0, review: 0, pass: 24, inapplicable: 5, error: 0 });
    const failing = await zfgs(...failingPages(), '--site', '--now', NOW, '--format', 'json');
    assert.equal(failing.code, 1);
    const report = json(failing);
    for (const id of ['officer-credential-valid', 'decision-timeliness', 'decision-redaction', 'remedy']) assert.equal(outcomeOf(report, id), 'fail', id);
    assert.equal(report.pages.length, failingPages().length);
  });

  it('without --site judges each page on its own: the officer page only links to the remedies the other page shows', async () => {
    const report = json(await zfgs(join(LEGACY, 'zfry.html'), join(LEGACY, 'jjtj.html'), '--now', NOW, '--format', 'json'));
    assert.equal(outcomeOf(report, 'remedy'), 'review');
    const findings = report.results.find((result) => result.id === 'remedy')!.findings.map((finding) => [finding.status, finding.reason, finding.url?.replace(/^.*\//, '')]);
    assert.deepEqual(findings, [['review', 'linkedOnly', 'zfry.html'], ['pass', 'content', 'jjtj.html']]);
    const site = json(await zfgs(join(LEGACY, 'zfry.html'), join(LEGACY, 'jjtj.html'), '--site', '--now', NOW, '--format', 'json'));
    assert.equal(outcomeOf(site, 'remedy'), 'pass');
  });

  it('writes a printable Chinese HTML report with page text escaped and personal data masked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zfgs-audit-'));
    const page = join(dir, 'hostile.html');
    writeFileSync(page, `<!doctype html><html><head><meta charset="utf-8"><title>行政处罚决定书</title></head><body>
      <p>决定书文号：东湖市监处罚〔2026〕第999号</p><p>当事人：张伟，身份证号码：420106198503121233，联系电话：13807001234</p>
      <p>主要违法事实：在商品标签上印有 &lt;img src=x onerror=alert(1)&gt; 字样</p><p>执法主体：江城市东湖区市场监督管理局</p>
      <p>处罚内容：警告</p><p>作出处罚决定日期：2026年5月8日</p></body></html>`);
    const run = await zfgs(page, '--now', NOW, '--format', 'html');
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^<!doctype html>\n<html lang="zh-CN">/);
    assert.match(run.stdout, /@media print/);
    assert.match(run.stdout, /执法决定泄露个人信息/);
    assert.ok(!run.stdout.includes('<img src=x'), 'page text must be escaped');
    assert.ok(!run.stdout.includes('420106198503121233') && !run.stdout.includes('13807001234'), 'personal data must be masked');
  });

  it('speaks English with --locale en', async () => {
    const run = await zfgs(join(LEGACY, 'zfry.html'), '--now', NOW, '--locale', 'en');
    assert.match(run.stdout, /^Administrative enforcement disclosure audit/);
    assert.match(run.stdout, /The enforcement officers are listed/);
  });
});

describe('zfgs audit: URLs in headless Chromium', () => {
  let server: { url: string; close: () => Promise<void> };
  before(async () => {
    // A widget whose data (src) comes late: what the page shows is only known once the widget has settled.
    const remedy = JSON.stringify(JSON.parse(readFileSync('demo/pages/data/compliant-disclosure.json', 'utf8')).remedy);
    server = await startStaticServer({
      routes: {
        '/late/remedy.json': (_request, response) => {
          setTimeout(() => response.writeHead(200, { 'content-type': 'application/json' }).end(remedy), 1500);
        },
        '/late/remedy.html': (_request, response) => {
          response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          response.end('<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>江城市东湖区市场监督管理局</title><script type="module" src="/dist/widgets/zfgs.js"></script></head><body><zfgs-remedy src="/late/remedy.json"></zfgs-remedy></body></html>');
        },
      },
    });
  });
  after(async () => {
    await server?.close();
  });

  it('renders pages served on 127.0.0.1 (a GBK page among them) and judges them as one site', async () => {
    const urls = failingPages().map((file) => `${server.url}/${file.replace(/^demo\//, '')}`);
    const run = await zfgs(...urls, `${server.url}/pages/legacy/zfyj.html`, '--site', '--now', NOW, '--format', 'json');
    assert.equal(run.code, 1, run.stderr);
    const report = json(run);
    assert.equal(report.url, urls[0]);
    assert.equal(outcomeOf(report, 'decision-redaction'), 'fail');
    assert.equal(outcomeOf(report, 'legal-basis'), 'pass');
  });

  it('reads a page once its zfgs- widgets have settled: data that comes late (src) is judged from the widget\'s island', async () => {
    const run = await zfgs(`${server.url}/late/remedy.html`, '--now', NOW, '--format', 'json');
    const remedy = json(run).results.find((result) => result.id === 'remedy')!;
    assert.equal(remedy.outcome, 'pass', JSON.stringify(remedy.findings));
    assert.ok(remedy.findings.some((finding) => finding.reason === 'island'), JSON.stringify(remedy.findings));
  });

  it('exits 2 with a bilingual message for a page that answers 404', async () => {
    const run = await zfgs(`${server.url}/pages/legacy/no-such-page.html`);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /无法打开.*HTTP 404.*cannot open/s);
  });
});

describe('zfgs audit: bad usage and unreadable input exit 2 with a message in Chinese and English', () => {
  const cases: [string, string[], RegExp][] = [
    ['no input', [], /请给出要检查的文件或网址 \/ give the files or URLs to audit/],
    ['an unknown profile', ['x.html', '--profile', 'sh'], /未知的地区 sh \/ unknown profile sh/],
    ['an unknown format', ['x.html', '--format', 'pdf'], /未知的格式 pdf \/ unknown format pdf/],
    ['an unknown option', ['x.html', '--fast'], /参数有误 \/ bad arguments/],
    ['a date that does not exist', [join(LEGACY, 'zfry.html'), '--now', '2026-02-30'], /不是有效的 YYYY-MM-DD 日期 \/ .*not a valid YYYY-MM-DD date/],
    ['a file that does not exist', ['no/such/file.html'], /无法读取 no\/such\/file\.html \/ cannot read no\/such\/file\.html: 文件不存在 \/ no such file/],
  ];
  for (const [what, args, message] of cases) {
    it(`for ${what}`, async () => {
      const run = await zfgs(...args);
      assert.equal(run.code, 2);
      assert.match(run.stderr, message);
      assert.equal(run.stdout, '');
    });
  }

  it('--help prints the options and exits 0', async () => {
    const run = await zfgs('--help');
    assert.equal(run.code, 0);
    assert.match(run.stdout, /--profile <id>.*baseline \| hz \| qp \| zc \| hb \| wh/);
  });
});
