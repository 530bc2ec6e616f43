// One citation: the document's title and the article, and the article's text on demand. The regulation index
// is bundled with the extension (shared/law) and loaded only when a text is first asked for: no network.
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Cite } from '../../shared/catalogue/types.ts';
import type { Locale } from '../../shared/i18n/locale.ts';
import type { ArticleText } from '../../shared/law/types.ts';
import { t } from '../i18n.ts';
import { citeLabel } from '../rule-text.ts';
import { baseStyles } from './styles.ts';

let regionCount = 0;

@customElement('zfgs-inspector-cite')
export class ZfgsInspectorCite extends LitElement {
  static override styles = [
    baseStyles,
    css`
      .cite { display: flex; flex-wrap: wrap; gap: 0.25em 0.5em; align-items: baseline; }
      blockquote { margin: 0.25em 0 0.5em; padding: 0.4em 0.6em; border-left: 4px solid #b1b4b6; background: #f8f8f8; white-space: pre-wrap; }
      .heading { font-weight: 600; display: block; }
    `,
  ];

  @property({ attribute: false }) cite?: Cite;
  @property() locale: Locale = 'zh-CN';
  @state() private article?: ArticleText | null;
  @state() private isOpen = false;
  private readonly regionId = `article-${(regionCount += 1)}`;

  private async toggle(): Promise<void> {
    this.isOpen = !this.isOpen;
    if (this.isOpen && this.article === undefined && this.cite) {
      const { articleText } = await import('../../shared/law/articles.ts');
      this.article = articleText(this.cite.doc, this.cite.article) ?? null;
    }
  }

  override render() {
    const cite = this.cite;
    if (!cite) return html``;
    return html`
      <div class="cite">
        <span><cite>${citeLabel(this.locale, cite)}</cite>${cite.note ? ` (${cite.note})` : ''}</span>
        <button type="button" aria-expanded=${this.isOpen ? 'true' : 'false'} aria-controls=${this.regionId} @click=${this.toggle}>
          ${t(this.locale, this.isOpen ? 'cite.hide' : 'cite.show')}<span class="visually-hidden"> ${cite.doc} ${cite.article}</span>
        </button>
      </div>
      <div id=${this.regionId} ?hidden=${!this.isOpen}>
        ${this.isOpen
          ? this.article === undefined
            ? html`<p class="muted">${t(this.locale, 'cite.loading')}</p>`
            : this.article === null
              ? html`<p class="muted">${t(this.locale, 'cite.missing')}</p>`
              : html`<blockquote lang="zh-CN"><span class="heading">《${this.article.documentTitle}》${this.article.heading}</span>${this.article.text}</blockquote>`
          : ''}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'zfgs-inspector-cite': ZfgsInspectorCite;
  }
}
