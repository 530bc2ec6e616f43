// The island an author leaves unlabelled (a bare JSON script in the widget, as widgets/base findIsland accepts) is
// read with its widget's kind; the kinds are the widgets' own.
import { expect } from '@open-wc/testing';
import * as widgets from '../../../widgets/index.ts';
import { extractSnapshot } from '../../../shared/extract/extract.ts';
import { WIDGET_ISLAND_KINDS } from '../../../shared/extract/island.ts';
import { documentFrom, removeDocuments } from '../support/documents.ts';

afterEach(removeDocuments);

const json = (data: unknown, attributes = '') => `<script type="application/json" ${attributes}>${JSON.stringify(data)}</script>`;

async function islandsOf(body: string) {
  return extractSnapshot(await documentFrom(`<body>${body}</body>`)).islands.map((island) => [island.kind, island.data]);
}

describe('widget islands an author leaves unlabelled', () => {
  it('are read with the kind of the widget they are in', async () => {
    expect(await islandsOf(`<zfgs-remedy>${json({ a: 1 })}${json({ b: 2 })}</zfgs-remedy>`)).to.deep.equal([['remedy', { a: 1 }]]);
    expect(await islandsOf(`<zfgs-complaint>${json({ a: 1 }, 'data-zfgs-status="rendered"')}</zfgs-complaint>`)).to.deep.equal([['complaint', { a: 1 }]]);
  });

  it('are not read where the widget reads a labelled island instead, or outside a widget', async () => {
    expect(await islandsOf(`<zfgs-remedy>${json({ a: 1 })}${json({ b: 2 }, 'data-zfgs-kind="remedy"')}</zfgs-remedy>`)).to.deep.equal([['remedy', { b: 2 }]]);
    expect(await islandsOf(`<div>${json({ a: 1 })}</div><zfgs-remedy><div>${json({ b: 2 })}</div></zfgs-remedy>`)).to.deep.equal([]);
  });

  it('name every widget with the kind the widget itself declares', () => {
    const declared = Object.values(widgets)
      .filter((value): value is typeof widgets.ZfgsRemedy => typeof value === 'function' && 'kind' in value && typeof value.kind === 'string')
      .map((widget) => [customElements.getName(widget), widget.kind]);
    expect(declared.length).to.be.greaterThan(10);
    expect(Object.fromEntries(declared)).to.deep.equal(WIDGET_ISLAND_KINDS);
  });
});
