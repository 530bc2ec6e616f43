// Labelled form controls for list widgets (search, filter): native elements, visible labels, GOV.UK sizing.
import { html, type TemplateResult } from 'lit';

export function searchField(id: string, label: string, value: string, onInput: (value: string) => void): TemplateResult {
  return html`<div class="control">
    <label for=${id}>${label}</label>
    <input id=${id} part="search" type="search" autocomplete="off" .value=${value} @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)} />
  </div>`;
}

/** A select whose first option ("all", value "") clears the filter. */
export function selectField(id: string, label: string, value: string, options: readonly (readonly [value: string, text: string])[], allText: string, onChange: (value: string) => void): TemplateResult {
  return html`<div class="control">
    <label for=${id}>${label}</label>
    <select id=${id} part="filter" @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${value === ''}>${allText}</option>
      ${options.map(([optionValue, text]) => html`<option value=${optionValue} ?selected=${optionValue === value}>${text}</option>`)}
    </select>
  </div>`;
}
