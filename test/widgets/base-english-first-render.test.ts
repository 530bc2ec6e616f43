// A widget first shown in English (lang="en" from the start) loads the English strings on demand: until they
// arrive it shows only its fallback, never its Chinese labels. Its own file: the strings are loaded once per page,
// and in any other test file an earlier test may have loaded them already.
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../widgets/complaint/complaint.ts';
import type { ZfgsComplaint } from '../../widgets/complaint/complaint.ts';
import { englishStrings } from '../../widgets/base/english.ts';

const VALID = { updated: '2024-03-01', items: [{ department: '示例市市场监督管理局投诉举报中心', phone: '12315' }] };
const HAN = /[\u4e00-\u9fff]/;

describe('widget base: the first render in English', () => {
  it('shows the fallback, not Chinese labels, until the English strings arrive; then English', async () => {
    const element = fixtureSync<ZfgsComplaint>(html`<zfgs-complaint lang="en" .data=${VALID}><p>Complaint channels (table)</p></zfgs-complaint>`);
    // The first update runs in a microtask after connection; the strings come over the network later.
    while (!element.hasUpdated) await Promise.resolve();
    expect(englishStrings.peek(), 'the strings must still be loading, or this test proves nothing').to.equal(undefined);
    const shadow = element.shadowRoot!;
    expect(shadow.querySelector('h2, [part="heading"]')).to.equal(null);
    expect(HAN.test(shadow.textContent ?? '')).to.equal(false);
    expect(shadow.querySelector('[part="fallback"] slot')).to.not.equal(null);
    await element.updateComplete;
    expect(shadow.querySelector('h2')!.textContent).to.equal('Complaints and reports');
  });
});
