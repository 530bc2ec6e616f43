// The widget base: what every zfgs- element builds on.
export { ZfgsElement, type DataState, type WidgetMessages } from './zfgs-element.ts';
export { defineElement } from './define.ts';
export { emit, type DataSource, type ZfgsEventMap, type ZfgsInvalidDetail, type ZfgsLoadErrorDetail, type LoadFailureReason } from './events.ts';
export { heading, headingLevel, type HeadingLevel } from './heading.ts';
export { renderLink, safeUrl } from './links.ts';
export { dateValue, daysBetween, formatDate, todayIso } from './dates.ts';
export { findIsland, writeIsland, annotateIsland, islandText } from './island.ts';
export { baseStyles } from './base.styles.ts';
export { defineExamples, type WidgetExample, type WidgetExamples } from './examples.ts';
