import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_FILTERS, filterResults } from '../../../extension/audit/filter-results.ts';
import type { Finding, RuleResult } from '../../../shared/engine/report.ts';

const finding = (snippet: string, url?: string): Finding => ({ status: 'fail', target: ['p'], snippet, reason: 'x', data: {}, ...(url ? { url } : {}) });
const result = (id: string, outcome: RuleResult['outcome'], phase: RuleResult['phase'], findings: Finding[] = []): RuleResult =>
  ({ id, outcome, phase, severity: 'required', cites: [], findings });

const results = [
  result('officer-list', 'fail', 'pre', [finding('张三 执法证号缺失')]),
  result('decision-redaction', 'fail', 'post', [finding('电话 138****5678', 'http://s/a.html'), finding('住址 某路', 'http://s/b.html')]),
  result('remedy', 'pass', 'pre'),
  result('annual-statistics', 'review', 'post'),
];
const titles: Record<string, string> = { 'officer-list': '执法人员清单', 'decision-redaction': '处理决定中的个人信息', remedy: '救济途径', 'annual-statistics': '年度统计' };
const titleOf = (id: string) => titles[id] ?? id;
const never = () => false;

describe('report filters', () => {
  it('show failures, reviews and errors by default', () => {
    assert.deepEqual(filterResults(results, DEFAULT_FILTERS, titleOf, never).map(({ result }) => result.id), ['officer-list', 'decision-redaction', 'annual-statistics']);
  });

  it('filter by phase and by outcome', () => {
    const post = filterResults(results, { ...DEFAULT_FILTERS, phase: 'post' }, titleOf, never);
    assert.deepEqual(post.map(({ result }) => result.id), ['decision-redaction', 'annual-statistics']);
    const passes = filterResults(results, { ...DEFAULT_FILTERS, outcomes: new Set(['pass']) }, titleOf, never);
    assert.deepEqual(passes.map(({ result }) => result.id), ['remedy']);
  });

  it('search rule titles, ids, snippets and pages', () => {
    assert.deepEqual(filterResults(results, { ...DEFAULT_FILTERS, query: '执法人员' }, titleOf, never).map(({ result }) => result.id), ['officer-list']);
    const byPage = filterResults(results, { ...DEFAULT_FILTERS, query: 'b.html' }, titleOf, never);
    assert.equal(byPage.length, 1);
    assert.deepEqual(byPage[0]!.findings.map((f) => f.snippet), ['住址 某路']);
  });

  it('hide findings marked "not a problem" when asked, keeping the rule visible', () => {
    const dismissed = (_id: string, f: Finding) => f.snippet.startsWith('电话');
    const shown = filterResults(results, { ...DEFAULT_FILTERS, hideDismissed: true }, titleOf, dismissed);
    assert.deepEqual(shown.find(({ result }) => result.id === 'decision-redaction')!.findings.map((f) => f.snippet), ['住址 某路']);
  });
});
