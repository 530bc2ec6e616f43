// Views for the blocks no widget of the bundle claims (the duties section, the advisory legal-review catalogue and
// audio/video recording list): plain field lists and tables, data as text.
import { html, type TemplateResult } from 'lit';
import type { AvRecordingSection, DutiesSection, LegalReviewCatalogueSection } from '../../shared/schema/index.ts';
import { fieldList, textList } from '../base/fields.ts';

type Translate = (key: string) => string;

export function dutiesView(section: DutiesSection, t: Translate): TemplateResult {
  return html`${fieldList([
    [t('disclosure.functions'), textList(section.functions)],
    [t('disclosure.area'), section.area],
    [t('disclosure.scope'), section.scope],
    [t('disclosure.authorities'), section.authorities && section.authorities.join(t('base.listSeparator'))],
  ])}`;
}

function table(headers: string[], rows: string[][]): TemplateResult {
  return html`<div class="table-scroll">
    <table>
      <thead>
        <tr>${headers.map((header) => html`<th scope="col">${header}</th>`)}</tr>
      </thead>
      <tbody>
        ${rows.map(([first, ...rest]) => html`<tr><th scope="row">${first}</th>${rest.map((cell) => html`<td>${cell}</td>`)}</tr>`)}
      </tbody>
    </table>
  </div>`;
}

export function legalReviewCatalogueView(section: LegalReviewCatalogueSection, t: Translate): TemplateResult {
  return table(
    [t('disclosure.reviewKind'), t('disclosure.reviewCriteria'), t('disclosure.reviewer')],
    section.items.map((item) => [item.kind, item.criteria, item.reviewer ?? '—']),
  );
}

export function avRecordingView(section: AvRecordingSection, t: Translate): TemplateResult {
  return table(
    [t('disclosure.scene'), t('disclosure.recording')],
    section.items.map((item) => [item.scene, t(`disclosure.recording.${item.recording}`)]),
  );
}
