import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PROFILE_BY_DOMAIN, suggestProfile } from '../../../extension/audit/profile-for-host.ts';

describe('profile suggested from the domain', () => {
  it('suggests the jurisdiction of a government domain and its subdomains', () => {
    assert.equal(suggestProfile('https://www.hangzhou.gov.cn/col/col1229063378/index.html'), 'hz');
    assert.equal(suggestProfile('http://fgw.hangzhou.gov.cn/'), 'hz');
    assert.equal(suggestProfile('http://www.zhoucun.gov.cn/gongkai/'), 'zc');
    assert.equal(suggestProfile('http://www.zibo.gov.cn/'), 'zc');
    assert.equal(suggestProfile('https://www.shqp.gov.cn/'), 'qp');
    assert.equal(suggestProfile('https://www.shanghai.gov.cn/'), 'qp');
    assert.equal(suggestProfile('http://www.hebei.gov.cn/'), 'hb');
    assert.equal(suggestProfile('http://mzj.wuhan.gov.cn/'), 'wh');
  });

  it('matches whole domain labels only, ignoring case and a trailing dot', () => {
    assert.equal(suggestProfile('https://nothangzhou.gov.cn/'), 'baseline');
    assert.equal(suggestProfile('https://hangzhou.gov.cn.example.com/'), 'baseline');
    assert.equal(suggestProfile('HTTPS://WWW.HANGZHOU.GOV.CN./'), 'hz');
    assert.equal(suggestProfile('www.hebei.gov.cn'), 'hb');
  });

  it('falls back to the baseline profile for other sites and non-URLs', () => {
    assert.equal(suggestProfile('http://127.0.0.1:8080/pages/'), 'baseline');
    assert.equal(suggestProfile('https://www.beijing.gov.cn/'), 'baseline');
    assert.equal(suggestProfile(''), 'baseline');
  });

  it('has one entry per domain', () => {
    const domains = PROFILE_BY_DOMAIN.map(([domain]) => domain);
    assert.equal(new Set(domains).size, domains.length);
  });
});
