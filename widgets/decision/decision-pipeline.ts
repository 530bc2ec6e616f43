// The decision-text pipeline, one lazily loaded chunk (pipeline.ts loads it): the personal-data detectors and the
// masking (redaction.ts), marked and DOMPurify (markdown.ts). Nothing of a decision is shown without it.
export { renderMarkdown } from './markdown.ts';
export { maskText, publicNamesOf, redactDecision, scanCache, scanOptionsOf } from './redaction.ts';
