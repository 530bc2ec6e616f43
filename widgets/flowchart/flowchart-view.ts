// What zfgs-flowchart shows once its engine has loaded (part of flowchart-engine.ts's chunk): the procedure
// resolved against its preset and laid out, drawn as SVG beside the ordered text version, and any connection that
// cannot be drawn listed.
import { html, nothing, type TemplateResult } from 'lit';
import type { Procedure, Step, ValidationIssue } from '../../shared/schema/index.ts';
import { heading, type HeadingLevel } from '../base/heading.ts';
import { flowchartSvg } from './flowchart-svg.ts';
import { layoutProcedure, type FlowLayout } from './layout.ts';
import { outlineOf, stepText, type OutlineMessage, type OutlineStep } from './outline.ts';
import { resolveProcedure, type ResolvedProcedure } from './resolve.ts';

/** Label size of the drawing in px, normal and large-text (适老化, ×1.375 like the base). */
const FONT_SIZE = 14;
const LARGE_FONT_SIZE = 19;

export interface Drawing {
  procedure: Procedure;
  locale: string;
  fontSize: number;
  resolved: ResolvedProcedure;
  layout: FlowLayout;
  outline: OutlineStep[];
}

/** What the view needs of its element. */
export interface FlowchartViewHost {
  t: OutlineMessage;
  level(offset: number): HeadingLevel;
  locale: 'zh-CN' | 'en';
  isLargeText: boolean;
  isText: boolean;
  toggleView(): void;
}

/** The drawing of `procedure`, reusing `cached` when nothing it depends on changed. */
export function drawProcedure(procedure: Procedure, host: FlowchartViewHost, cached?: Drawing): Drawing {
  const { locale, t } = host;
  const fontSize = host.isLargeText ? LARGE_FONT_SIZE : FONT_SIZE;
  if (cached && cached.procedure === procedure && cached.locale === locale && cached.fontSize === fontSize) return cached;
  const resolved = resolveProcedure(procedure);
  const details = (step: Step) => [
    ...(step.unit ? [t('flowchart.unit', { unit: step.unit })] : []),
    ...(step.timeLimit ? [t('flowchart.timeLimit', { time: step.timeLimit })] : []),
  ];
  const layout = layoutProcedure(resolved.steps, resolved.edges, { fontSize, details });
  return { procedure, locale, fontSize, resolved, layout, outline: outlineOf(layout, resolved.steps, resolved.edges) };
}

export function renderFlowchart({ procedure, resolved, layout, outline }: Drawing, host: FlowchartViewHost): TemplateResult {
  const { t, isText } = host;
  return html`${procedure.description ? html`<p class="description">${procedure.description}</p>` : nothing}
    ${renderProblems(resolved.issues, host)}
    <figure part="figure">
      <div class="toolbar no-print">
        <button type="button" part="toggle" aria-pressed=${isText ? 'true' : 'false'} @click=${() => host.toggleView()}>${t('flowchart.showText')}</button>
        ${isText ? nothing : html`<p class="legend">${t('flowchart.legend')}</p>`}
      </div>
      ${isText
        ? nothing
        : html`<div class="chart" part="chart" tabindex="0" role="group" aria-label=${t('flowchart.chartLabel', { title: procedure.title })}>
            ${flowchartSvg(layout)}
          </div>`}
      <div class=${isText ? 'text-version' : 'text-version is-collapsed'} part="text-version">
        ${heading(host.level(1), t('flowchart.textHeading', { count: outline.length }), 'text-heading')}
        <ol class="steps" part="steps">
          ${outline.map((item) => {
            const text = stepText(item, t);
            return html`<li part="step">
              <span class="title">${text.title}</span>
              ${text.details.length > 0 ? html`<br /><span class="details">${text.details.join(t('flowchart.separator'))}</span>` : nothing}
              ${text.note ? html`<br /><span class="note">${text.note}</span>` : nothing}
              ${text.next.length > 0 ? html`<ul>${text.next.map((line) => html`<li>${line}</li>`)}</ul>` : nothing}
            </li>`;
          })}
        </ol>
      </div>
    </figure>`;
}

function renderProblems(issues: readonly ValidationIssue[], { t, level, locale }: FlowchartViewHost) {
  if (issues.length === 0) return nothing;
  return html`<div part="error" class="error" role="alert">
    ${heading(level(1), t('flowchart.problemsTitle'), 'error-heading')}
    <p>${t('flowchart.problemsIntro', { count: issues.length })}</p>
    <ul>
      ${issues.map((issue) => html`<li><code>${issue.path}</code> ${issue.message[locale]}</li>`)}
    </ul>
  </div>`;
}
