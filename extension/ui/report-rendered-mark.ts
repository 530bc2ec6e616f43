/**
 * The User Timing mark the side panel sets once a new report has rendered, its detail the report's timestamp:
 * what DevTools' performance panel and the extension benchmark read as "the report is shown".
 */
export const REPORT_RENDERED_MARK = 'zfgs-report-rendered';
