// The widget base, through a real widget (zfgs-complaint) and two probes: data sources, the island, fallback,
// invalid data, load failures, contained render errors, language, labels, heading level, progressive validation.
import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../widgets/complaint/complaint.ts';
import type { ZfgsComplaint } from '../../widgets/complaint/complaint.ts';
import { ZfgsElement } from '../../widgets/base/zfgs-element.ts';
import { defineElement } from '../../widgets/base/define.ts';
import { islandText } from '../../widgets/base/island.ts';
import { safeUrl } from '../../widgets/base/links.ts';
import type { ZfgsInvalidDetail, ZfgsLoadErrorDetail } from '../../widgets/base/events.ts';
import type { OfficersSection } from '../../shared/schema/index.ts';
import { container, holdFetch, isFallbackShown, shadowText } from './support.ts';

const VALID = { updated: '2024-03-01', items: [{ department: '示例市市场监督管理局投诉举报中心', phone: '12315' }] };
const INVALID = { updated: '2024-02-30', items: [{ department: '', phone: 'call us' }] };

class ThrowingProbe extends ZfgsElement<'complaint'> {
  static override kind = 'complaint' as const;
  static override messagePrefix = 'probe';
  protected override renderData(): never {
    throw new Error('probe exploded');
  }
}
defineElement('zfgs-throwing-probe', ThrowingProbe);

class ListProbe extends ZfgsElement<'officers'> {
  static override kind = 'officers' as const;
  static override isLongList = true;
  static override eagerItems = 10;
  static override messagePrefix = 'probe';
  renderedCount = 0;
  protected override renderData(section: OfficersSection) {
    this.renderedCount = section.items.length;
    return html`<p>${section.items.length}</p>`;
  }
}
defineElement('zfgs-list-probe', ListProbe);

function officers(count: number): OfficersSection {
  return { updated: '2024-01-01', items: Array.from({ length: count }, (_, i) => ({ name: `执法人员${i}`, certificateNumber: `33000000${i}`, status: 'valid' as const })) };
}

function islandOf(element: Element): HTMLScriptElement | null {
  return element.querySelector('script[type="application/json"]');
}

describe('widget base: data sources', () => {
  it('renders data set by property and writes the island the auditor reads', async () => {
    const element = await fixture<ZfgsComplaint>(html`<zfgs-complaint .data=${VALID}></zfgs-complaint>`);
    await element.settled;
    expect(shadowText(element)).to.contain('示例市市场监督管理局投诉举报中心');
    const island = islandOf(element)!;
    expect(island.getAttribute('data-zfgs-kind')).to.equal('complaint');
    expect(island.getAttribute('data-zfgs-version')).to.equal('1.0');
    expect(island.getAttribute('data-zfgs-status')).to.equal('rendered');
    expect(JSON.parse(island.textContent!)).to.deep.equal(VALID);
  });

  it('updates the island when the data property changes', async () => {
    const element = await fixture<ZfgsComplaint>(html`<zfgs-complaint .data=${VALID}></zfgs-complaint>`);
    const next = { updated: '2024-04-01', items: [{ department: '另一个部门' }] };
    element.data = next;
    await element.settled;
    expect(element.querySelectorAll('script').length).to.equal(1);
    expect(JSON.parse(islandOf(element)!.textContent!)).to.deep.equal(next);
    expect(shadowText(element)).to.contain('另一个部门');
  });

  it('renders an unlabelled island, labels it, keeps its JSON as written and hides the fallback', async () => {
    const json = JSON.stringify(VALID);
    const element = await fixture<ZfgsComplaint>(`<zfgs-complaint><p>投诉电话 12315</p><script type="application/json">${json}</script></zfgs-complaint>`);
    await element.settled;
    expect(shadowText(element)).to.contain('示例市市场监督管理局投诉举报中心');
    expect(isFallbackShown(element)).to.equal(false);
    expect(islandOf(element)!.textContent).to.equal(json);
    expect(islandOf(element)!.getAttribute('data-zfgs-status')).to.equal('rendered');
  });

  it('re-renders when a script replaces the island text', async () => {
    const element = await fixture<ZfgsComplaint>(`<zfgs-complaint><script type="application/json">${JSON.stringify(VALID)}</script></zfgs-complaint>`);
    islandOf(element)!.textContent = JSON.stringify({ updated: '2024-05-01', items: [{ department: '新的受理部门' }] });
    await new Promise((resolve) => setTimeout(resolve));
    await element.settled;
    expect(shadowText(element)).to.contain('新的受理部门');
  });

  it('prefers the data property over src and the island', async () => {
    const fetchHold = holdFetch();
    try {
      const element = await fixture<ZfgsComplaint>(html`<zfgs-complaint src="/nowhere.json" .data=${VALID}><script type="application/json">{"updated":"2024-01-01","items":[{"department":"岛"}]}</script></zfgs-complaint>`);
      await element.settled;
      expect(fetchHold.requested).to.deep.equal([]);
      expect(shadowText(element)).to.contain('示例市市场监督管理局投诉举报中心');
    } finally {
      fetchHold.restore();
    }
  });

  it('shows that no data was given, and the fallback, when there is no source at all', async () => {
    const element = await fixture<ZfgsComplaint>(`<zfgs-complaint><p>请拨打 12315</p></zfgs-complaint>`);
    await element.settled;
    expect(shadowText(element)).to.contain('尚未提供数据');
    expect(isFallbackShown(element)).to.equal(true);
  });
});

describe('widget base: src', () => {
  it('is busy with visible status text while loading, then renders and records the URL on the island', async () => {
    const fetchHold = holdFetch();
    try {
      const element = await fixture<ZfgsComplaint>(`<zfgs-complaint src="data/complaint.json"><p>后备内容</p></zfgs-complaint>`);
      const base = element.shadowRoot!.querySelector('[part="base"]')!;
      expect(base.getAttribute('aria-busy')).to.equal('true');
      expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('正在加载');
      expect(isFallbackShown(element)).to.equal(true);
      fetchHold.release(new Response(JSON.stringify(VALID), { headers: { 'content-type': 'application/json' } }));
      await element.settled;
      expect(base.getAttribute('aria-busy')).to.equal('false');
      expect(shadowText(element)).to.contain('示例市市场监督管理局投诉举报中心');
      expect(islandOf(element)!.getAttribute('data-zfgs-src')).to.equal(new URL('data/complaint.json', document.baseURI).href);
      expect(fetchHold.requested).to.have.length(1);
    } finally {
      fetchHold.restore();
    }
  });

  it('loads JSON from a real server', async () => {
    const element = await fixture<ZfgsComplaint>(`<zfgs-complaint src="/test/fixtures/widgets/complaint.json"></zfgs-complaint>`);
    await element.settled;
    expect(shadowText(element)).to.contain('示例市市场监督管理局投诉举报中心');
  });

  it('names the URL and the status of an HTTP error, fires zfgs-load-error and keeps the fallback', async () => {
    const wrapper = container();
    const failed = oneEvent(wrapper, 'zfgs-load-error') as Promise<CustomEvent<ZfgsLoadErrorDetail>>;
    wrapper.innerHTML = `<zfgs-complaint src="/test/fixtures/widgets/missing.json"><p>投诉电话 12315</p></zfgs-complaint>`;
    const element = wrapper.firstElementChild as ZfgsComplaint;
    const event = await failed;
    await element.settled;
    expect(event.detail.reason).to.equal('http');
    expect(event.detail.status).to.equal(404);
    const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('/test/fixtures/widgets/missing.json');
    expect(alert.textContent).to.contain('HTTP 404');
    expect(isFallbackShown(element)).to.equal(true);
  });

  it('names the URL and the parse error of malformed JSON, in English when asked', async () => {
    const element = await fixture<ZfgsComplaint>(`<zfgs-complaint lang="en" src="/test/fixtures/widgets/malformed.json"></zfgs-complaint>`);
    await element.settled;
    const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('malformed.json');
    expect(alert.textContent).to.contain('is not valid JSON');
  });

  it('reports a network failure naming the URL', async () => {
    const original = window.fetch;
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      const element = await fixture<ZfgsComplaint>(`<zfgs-complaint src="https://unreachable.example/data.json"></zfgs-complaint>`);
      await element.settled;
      const text = element.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
      expect(text).to.contain('https://unreachable.example/data.json');
      expect(text).to.contain('Failed to fetch');
    } finally {
      window.fetch = original;
    }
  });

  it('ignores the answer of a src that was replaced while it loaded', async () => {
    const fetchHold = holdFetch();
    try {
      const element = await fixture<ZfgsComplaint>(`<zfgs-complaint src="/first.json"></zfgs-complaint>`);
      element.data = { updated: '2024-06-01', items: [{ department: '后设的数据' }] };
      await element.settled;
      fetchHold.release(new Response(JSON.stringify(VALID)));
      await new Promise((resolve) => setTimeout(resolve, 20));
      await element.settled;
      expect(shadowText(element)).to.contain('后设的数据');
      expect(shadowText(element)).not.to.contain('投诉举报中心');
    } finally {
      fetchHold.restore();
    }
  });
});

describe('widget base: invalid data', () => {
  it('names every invalid field in Chinese, fires zfgs-invalid once and keeps the fallback', async () => {
    const wrapper = container();
    const events: CustomEvent<ZfgsInvalidDetail>[] = [];
    wrapper.addEventListener('zfgs-invalid', (event) => events.push(event));
    const element = document.createElement('zfgs-complaint');
    element.innerHTML = '<p>投诉电话 12315</p>';
    element.data = INVALID as never;
    wrapper.append(element);
    await element.settled;
    const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('$.updated');
    expect(alert.textContent).to.contain('不是有效日期');
    expect(alert.textContent).to.contain('$.items[0].department');
    expect(alert.textContent).to.contain('$.items[0].phone');
    expect(isFallbackShown(element)).to.equal(true);
    expect(events).to.have.length(1);
    expect(events[0]!.composed).to.equal(true);
    expect(events[0]!.detail.source).to.equal('property');
    expect(events[0]!.detail.issues.map((issue) => issue.path)).to.have.members(['$.updated', '$.items[0].department', '$.items[0].phone']);
    expect(islandOf(element)!.getAttribute('data-zfgs-status')).to.equal('invalid');
  });

  it('names the fields in English under lang="en"', async () => {
    const element = await fixture<ZfgsComplaint>(html`<zfgs-complaint lang="en" .data=${INVALID as never}></zfgs-complaint>`);
    await element.settled;
    const text = element.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
    expect(text).to.contain('The data has errors');
    expect(text).to.contain('is not a valid date');
  });

  it('reports island JSON that does not parse as invalid data', async () => {
    const element = await fixture<ZfgsComplaint>(`<zfgs-complaint><script type="application/json">{ nope</script></zfgs-complaint>`);
    await element.settled;
    expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('不是有效的 JSON');
  });

  it('leaves the host page working: siblings render, no error escapes', async () => {
    const escaped: unknown[] = [];
    const onError = (event: ErrorEvent) => escaped.push(event.error);
    window.addEventListener('error', onError);
    try {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div>
        <zfgs-complaint .data=${{ nonsense: true } as never}></zfgs-complaint>
        <zfgs-complaint .data=${VALID}></zfgs-complaint>
        <p id="after">页面其余部分</p>
      </div>`);
      const [broken, healthy] = [...wrapper.querySelectorAll('zfgs-complaint')];
      await broken!.settled;
      await healthy!.settled;
      expect(shadowText(healthy!)).to.contain('投诉举报中心');
      expect(wrapper.querySelector('#after')!.textContent).to.equal('页面其余部分');
      expect(escaped).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('contains an exception thrown while rendering and shows it', async () => {
    const logged: unknown[][] = [];
    const originalError = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      const element = await fixture<ThrowingProbe>(html`<zfgs-throwing-probe .data=${VALID}><p>后备</p></zfgs-throwing-probe>`);
      await element.settled;
      expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('probe exploded');
      expect(isFallbackShown(element)).to.equal(true);
      expect(logged).to.have.length(1);
    } finally {
      console.error = originalError;
    }
  });

  it('recovers when valid data follows invalid data', async () => {
    const element = await fixture<ZfgsComplaint>(html`<zfgs-complaint .data=${INVALID as never}></zfgs-complaint>`);
    element.data = VALID;
    await element.settled;
    expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(shadowText(element)).to.contain('投诉举报中心');
  });
});

describe('widget base: long lists', () => {
  it('renders a long list after validating its head, then validates the rest', async () => {
    const element = await fixture<ListProbe>(html`<zfgs-list-probe .data=${officers(500)}></zfgs-list-probe>`);
    expect(element.renderedCount).to.equal(500);
    await element.settled;
    expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(JSON.parse(islandOf(element)!.textContent!).items).to.have.length(500);
  });

  it('still reports an invalid entry far down the list, with its path', async () => {
    const data = officers(500);
    (data.items[437] as { validUntil?: string }).validUntil = '2024-13-01';
    const element = document.createElement('zfgs-list-probe') as ListProbe;
    element.data = data;
    const invalid = oneEvent(element, 'zfgs-invalid') as Promise<CustomEvent<ZfgsInvalidDetail>>;
    container().append(element);
    const event = await invalid;
    expect(event.detail.issues.map((issue) => issue.path)).to.deep.equal(['$.items[437].validUntil']);
    await element.settled;
    expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('$.items[437].validUntil');
  });

  it('still enforces rules across entries (a certificate number repeated far down the list)', async () => {
    const data = officers(500);
    data.items[480]!.certificateNumber = data.items[3]!.certificateNumber;
    const element = await fixture<ListProbe>(html`<zfgs-list-probe .data=${data}></zfgs-list-probe>`);
    await element.settled;
    expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('$.items[480].certificateNumber');
  });
});

describe('widget base: language, labels, heading level', () => {
  it('speaks Chinese by default and English with lang="en"', async () => {
    const element = await fixture<ZfgsComplaint>(html`<zfgs-complaint .data=${VALID}></zfgs-complaint>`);
    expect(element.shadowRoot!.querySelector('h2')!.textContent).to.equal('投诉举报途径');
    element.setAttribute('lang', 'en');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('h2')!.textContent).to.equal('Complaints and reports');
    expect(element.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
  });

  it('follows the language of the closest ancestor, also when it changes', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(html`<div lang="en-GB"><zfgs-complaint .data=${VALID}></zfgs-complaint></div>`);
    const element = wrapper.querySelector('zfgs-complaint')!;
    await element.settled;
    expect(element.shadowRoot!.querySelector('h2')!.textContent).to.equal('Complaints and reports');
    wrapper.setAttribute('lang', 'zh-CN');
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('h2')!.textContent).to.equal('投诉举报途径');
  });

  it('takes label overrides from the labels property and from label-* attributes', async () => {
    const element = await fixture<ZfgsComplaint>(html`<zfgs-complaint label-title="投诉举报" .data=${VALID}></zfgs-complaint>`);
    expect(element.shadowRoot!.querySelector('h2')!.textContent).to.equal('投诉举报');
    element.labels = { title: '监督电话', phone: '热线' };
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('h2')!.textContent).to.equal('监督电话');
    expect(shadowText(element)).to.contain('热线');
    element.labels = {};
    element.setAttribute('label-title', '举报渠道');
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('h2')!.textContent).to.equal('举报渠道');
  });

  it('uses the configured heading level, sub-headings one below', async () => {
    const element = await fixture<ZfgsComplaint>(html`<zfgs-complaint heading-level="3" .data=${VALID}></zfgs-complaint>`);
    expect(element.shadowRoot!.querySelector('h3')!.textContent).to.equal('投诉举报途径');
    expect(element.shadowRoot!.querySelector('h4')!.textContent).to.contain('投诉举报中心');
    element.setAttribute('heading-level', '99');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('h6')).not.to.equal(null);
  });
});

describe('widget base: display modes and tokens', () => {
  it('enlarges text in large-text mode (适老化) and darkens everything in high contrast', async () => {
    const element = await fixture<ZfgsComplaint>(html`<zfgs-complaint .data=${VALID}></zfgs-complaint>`);
    const size = () => parseFloat(getComputedStyle(element).fontSize);
    const normal = size();
    element.largeText = true;
    await element.updateComplete;
    expect(element.hasAttribute('large-text')).to.equal(true);
    expect(size()).to.be.closeTo(normal * 1.375, 0.5);
    element.setAttribute('contrast', 'high');
    await element.updateComplete;
    expect(getComputedStyle(element.shadowRoot!.querySelector('[part="updated"]')!).color).to.equal('rgb(0, 0, 0)');
  });

  it('takes --zfgs-* tokens from the page and unprefixed properties on the element', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(html`<div style="--zfgs-color-text: rgb(1, 2, 3); --zfgs-text-scale: 2"><zfgs-complaint .data=${VALID}></zfgs-complaint></div>`);
    const element = wrapper.querySelector('zfgs-complaint')!;
    await element.settled;
    expect(getComputedStyle(element).color).to.equal('rgb(1, 2, 3)');
    expect(parseFloat(getComputedStyle(element).fontSize)).to.be.closeTo(32, 0.5);
    element.style.setProperty('--accent-color', 'rgb(9, 8, 7)');
    expect(getComputedStyle(element.shadowRoot!.querySelector('[part="channel"]')!).borderInlineStartColor).to.equal('rgb(9, 8, 7)');
  });
});

describe('widget base: print', () => {
  it('prints black on white with link addresses written out and no live region', async () => {
    const element = await fixture<ZfgsComplaint>(html`<zfgs-complaint .data=${{ updated: '2024-03-01', items: [{ department: '中心', website: 'https://www.12315.cn/' }] }}></zfgs-complaint>`);
    await element.settled;
    await emulateMedia({ media: 'print' });
    try {
      const link = element.shadowRoot!.querySelector('a[data-print-url]')!;
      expect(getComputedStyle(link, '::after').content).to.contain('https://www.12315.cn/');
      expect(getComputedStyle(element).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(element.shadowRoot!.querySelector('[part="status"]')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(getComputedStyle(element.shadowRoot!.querySelector('a[data-print-url]')!, '::after').content).to.equal('none');
  });
});

describe('widget base: safety and registration', () => {
  it('lets only http(s) URLs and same-site paths become links', () => {
    for (const unsafe of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.example/x', 'java\tscript:alert(1)', 42, undefined]) {
      expect(safeUrl(unsafe), String(unsafe)).to.equal(undefined);
    }
    expect(safeUrl('https://www.gov.cn/')).to.equal('https://www.gov.cn/');
    expect(safeUrl('/zwgk/index.html')).to.equal(new URL('/zwgk/index.html', document.baseURI).href);
  });

  it('writes island JSON that cannot close its script element', () => {
    const text = islandText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.to.contain('<');
    expect(JSON.parse(text)).to.deep.equal({ name: '</script><script>alert(1)</script>' });
  });

  it('does not throw when a second copy defines the same tag', () => {
    class SecondCopy extends HTMLElement {}
    expect(() => defineElement('zfgs-complaint', SecondCopy)).not.to.throw();
    expect(customElements.get('zfgs-complaint')).not.to.equal(SecondCopy);
  });
});
