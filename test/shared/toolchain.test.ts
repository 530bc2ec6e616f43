// Proves the browser test setup itself: TypeScript with Lit decorators compiles with the settings
// Lit needs (experimentalDecorators, no define-semantics class fields), so reactivity works.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';

@customElement('zfgs-toolchain-probe')
class ToolchainProbe extends LitElement {
  @property() label = 'before';
  override render() {
    return html`<p>${this.label}</p>`;
  }
}

describe('browser test toolchain', () => {
  it('re-renders a Lit element when a decorated property changes', async () => {
    const element = await fixture<ToolchainProbe>(html`<zfgs-toolchain-probe></zfgs-toolchain-probe>`);
    element.label = 'after';
    await element.updateComplete;
    expect(element.shadowRoot?.querySelector('p')?.textContent).to.equal('after');
  });
});
