// What the auditor reads of widget islands: an island nested in another widget's island is read once, from
// the outer one (data-zfgs-nested); a withheld item (data-zfgs-withheld) is a section of no items that says so.
import { expect } from '@open-wc/testing';
import { extractSnapshot } from '../../../shared/extract/extract.ts';
import { sectionsOf } from '../../../shared/rules/support/islands.ts';
import { documentFrom, removeDocuments } from '../support/documents.ts';

afterEach(removeDocuments);

const REMEDY = {
  updated: '2026-01-05',
  reconsideration: { organs: [{ name: '江城市东湖区人民政府', phone: '0700-86601234' }], deadline: { value: 60, unit: 'day' } },
  litigation: { courts: [{ name: '江城市东湖区人民法院', phone: '0700-86605000' }], deadline: { value: 6, unit: 'month' } },
};

async function sections(html: string) {
  return sectionsOf(extractSnapshot(await documentFrom(`<body>${html}</body>`)));
}

describe('widget islands', () => {
  it('an island labelled data-zfgs-nested is left to the outer island that holds its data', async () => {
    const island = (attributes: string, data: unknown) => `<script type="application/json" data-zfgs-kind="remedy" ${attributes}>${JSON.stringify(data)}</script>`;
    const outer = `<zfgs-disclosure><script type="application/json" data-zfgs-kind="disclosure">${JSON.stringify({ remedy: REMEDY })}</script>`;
    const found = await sections(`${outer}<zfgs-remedy>${island('data-zfgs-nested="disclosure"', REMEDY)}</zfgs-remedy></zfgs-disclosure>`);
    expect(found.map((section) => [section.kind, section.path])).to.deep.equal([['remedy', '$.remedy']]);
    const alone = await sections(`<zfgs-remedy>${island('', REMEDY)}</zfgs-remedy>`);
    expect(alone.map((section) => [section.kind, section.path])).to.deep.equal([['remedy', '$']]);
  });

  it('a withheld decision is a decisions section of no items, counted, with no issues', async () => {
    const [minor] = await sections('<script type="application/json" data-zfgs-kind="decision" data-zfgs-withheld="minor">null</script>');
    expect([minor?.kind, minor?.data, minor?.issues, minor?.withheld]).to.deep.equal(['decisions', { items: [] }, [], 1]);
    const [list] = await sections('<script type="application/json" data-zfgs-kind="decisions" data-zfgs-withheld="minor:3">{"items":[]}</script>');
    expect(list?.withheld).to.equal(3);
    const [invalid] = await sections('<script type="application/json" data-zfgs-kind="decision">null</script>');
    expect([invalid?.data, invalid?.withheld, invalid!.issues.length > 0]).to.deep.equal([undefined, undefined, true]);
  });
});
