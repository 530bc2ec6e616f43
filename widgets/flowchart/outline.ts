// The flowchart as an ordered list of steps: the screen-reader equivalent of the drawing, and the no-JavaScript
// fallback a page can carry in light DOM. Steps are numbered in reading order of the drawing (top to bottom,
// then left to right), and each says where the flow goes next, with branch labels and loops back spelled out.
import { format, type Messages } from '../../shared/i18n/locale.ts';
import type { Edge, Step } from '../../shared/schema/procedure.ts';
import type { FlowLayout } from './layout.ts';

export interface OutlineLink {
  /** 1-based number of the step the flow goes to. */
  number: number;
  target: string;
  label?: string;
  condition?: string;
  isBack: boolean;
}

export interface OutlineStep {
  number: number;
  step: Step;
  next: OutlineLink[];
}

/** Steps in the drawing's reading order, each with where the flow goes next. */
export function outlineOf(layout: FlowLayout, steps: readonly Step[], edges: readonly Edge[]): OutlineStep[] {
  const byId = new Map(steps.map((step) => [step.id, step]));
  const boxes = [...layout.nodes].sort((a, b) => a.layer - b.layer || a.x - b.x);
  const numberOf = new Map(boxes.map((box, i) => [box.id, i + 1]));
  return boxes.map((box) => {
    const number = numberOf.get(box.id)!;
    const next = edges
      .filter((edge) => edge.from === box.id && numberOf.has(edge.to))
      .map((edge): OutlineLink => {
        const link: OutlineLink = { number: numberOf.get(edge.to)!, target: byId.get(edge.to)!.label, isBack: numberOf.get(edge.to)! <= number };
        if (edge.label) link.label = edge.label;
        if (edge.condition) link.condition = edge.condition;
        return link;
      })
      .sort((a, b) => a.number - b.number);
    return { number, step: byId.get(box.id)!, next };
  });
}

/** Localised text of one step: its heading line, its details, and one line per way onward. */
export interface StepText {
  title: string;
  details: string[];
  note?: string;
  next: string[];
}

/** Message keys the outline needs (flowchart.*), looked up through `t`. */
export type OutlineMessage = (key: string, data?: Record<string, string | number>) => string;

export function stepText(item: OutlineStep, t: OutlineMessage): StepText {
  const { step } = item;
  const kind = step.kind ?? 'step';
  const title = kind === 'step' ? step.label : t('flowchart.kindLabel', { kind: t(`flowchart.kind.${kind}`), label: step.label });
  const details: string[] = [];
  if (step.unit) details.push(t('flowchart.unit', { unit: step.unit }));
  if (step.timeLimit) details.push(t('flowchart.timeLimit', { time: step.timeLimit }));
  const next = item.next.map((link) => {
    const key = link.isBack ? (link.label ? 'flowchart.branchBack' : 'flowchart.back') : link.label ? 'flowchart.branch' : 'flowchart.next';
    const line = t(key, { number: link.number, step: link.target, label: link.label ?? '' });
    return link.condition ? `${line}${t('flowchart.condition', { condition: link.condition })}` : line;
  });
  const text: StepText = { title, details, next };
  if (step.note) text.note = step.note;
  return text;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The outline as static HTML (an <ol>), for the light-DOM fallback of a page without JavaScript: the builder and
 * the department pages write it inside <zfgs-flowchart>. Every string is escaped.
 */
export function outlineHtml(outline: readonly OutlineStep[], messages: Messages): string {
  const t: OutlineMessage = (key, data) => format(messages[key] ?? key, data);
  const items = outline.map((item) => {
    const text = stepText(item, t);
    const parts = [`<strong>${escapeHtml(text.title)}</strong>`];
    for (const line of [...text.details, ...(text.note ? [text.note] : [])]) parts.push(`<br>${escapeHtml(line)}`);
    if (text.next.length > 0) parts.push(`<br>${text.next.map(escapeHtml).join(escapeHtml(t('flowchart.separator')))}`);
    return `<li>${parts.join('')}</li>`;
  });
  return `<ol>${items.join('')}</ol>`;
}
