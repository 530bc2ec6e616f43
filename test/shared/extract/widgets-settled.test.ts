// widgetsSettled waits for every zfgs- widget of a page — those in shadow roots and those that appear while
// others settle included — and never for a zfgs- element no script defines.
import { expect } from '@open-wc/testing';
import { widgetsSettled } from '../../../shared/extract/widgets-settled.ts';
import { documentFrom, removeDocuments } from '../support/documents.ts';

afterEach(removeDocuments);

/** Defines, in `doc`'s window, a zfgs- element whose `settled` resolves when the test says so. */
function defineSlowWidget(doc: Document, name: string) {
  const view = doc.defaultView! as Window & typeof globalThis;
  const finish = new Map<Element, () => void>();
  class SlowWidget extends view.HTMLElement {
    readonly settled = new Promise<void>((resolve) => finish.set(this, resolve));
  }
  view.customElements.define(name, SlowWidget);
  return (element: Element) => finish.get(element)!();
}

describe('widgetsSettled', () => {
  it('resolves only when every widget has settled, those in shadow roots and those added meanwhile too', async () => {
    const doc = await documentFrom('<body><zfgs-slow id="outer"></zfgs-slow><div id="host"></div><zfgs-never-defined></zfgs-never-defined></body>');
    const finish = defineSlowWidget(doc, 'zfgs-slow');
    const shadow = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<zfgs-slow id="inner"></zfgs-slow>';
    const settled = widgetsSettled(doc);
    let isDone = false;
    void settled.then(() => (isDone = true));
    const task = () => new Promise((resolve) => setTimeout(resolve, 0));
    await task();
    await task();
    finish(doc.getElementById('outer')!);
    // A section the outer widget renders once it has its data.
    const section = doc.createElement('zfgs-slow');
    doc.body.append(section);
    await task();
    await task();
    expect(isDone, 'before the inner widget settled').to.equal(false);
    finish(shadow.getElementById('inner')!);
    await task();
    await task();
    expect(isDone, 'before the added widget settled').to.equal(false);
    finish(section);
    expect(await settled).to.equal(true);
  });

  it('says false when the widgets did not settle in time, and does not wait for undefined zfgs- elements', async () => {
    const doc = await documentFrom('<body><zfgs-stuck></zfgs-stuck></body>');
    expect(await widgetsSettled(doc)).to.equal(true);
    defineSlowWidget(doc, 'zfgs-stuck');
    expect(await widgetsSettled(doc, 50)).to.equal(false);
  });
});
