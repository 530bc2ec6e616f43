// The widget base: what every zfgs- element builds on.
export { ZfgsElement, type DataState, type WidgetMessages } from './zfgs-element.ts';
export { defineElement } from './define.ts';
export { emit, type DataSource, type ZfgsEventMap, type ZfgsInvalidDetail, type ZfgsLoadErrorDetail, type LoadFailureReason } from './events.ts';
export { heading, headingLevel, type HeadingLevel } from './heading.ts';
export { renderDocumentLink, renderLink, safeUrl } from './links.ts';
export { dateValue, daysBetween, formatDate, todayIso } from './dates.ts';
export { findIsland, writeIsland, annotateIsland, islandText } from './island.ts';
export { baseStyles } from './base.styles.ts';
export { defineExamples, type CompanionIsland, type WidgetExample, type WidgetExamples } from './examples.ts';
export { fieldList, textList, type FieldRow } from './fields.ts';
export { emailLink, phoneLink } from './contact.ts';
export { icon, type IconName } from './icons.ts';
export { collatorFor, pageOf, pageWindow, searchKey, type PageSlice } from './list.ts';
export { pager, type PagerLabels } from './pager.ts';
export { kindMessages, type KindMessageKey } from './kind-messages.ts';
export { Companion, type CompanionState } from './companion.ts';
