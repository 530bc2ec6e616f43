// Why an audit ended without a report. Each code has a message in both UI languages
// (shared/i18n/extension, `error.<code>`); `detail` carries the browser's own words.
export type AuditErrorCode =
  | 'no-tab'
  | 'restricted-page'
  | 'load-failed'
  | 'no-access'
  | 'navigated'
  | 'timeout'
  | 'extract-failed'
  | 'engine-failed'
  | 'permission-denied';

export class AuditError extends Error {
  override name = 'AuditError';
  constructor(
    readonly code: AuditErrorCode,
    readonly detail = '',
  ) {
    super(`${code}${detail ? `: ${detail}` : ''}`);
  }
}

/** Maps chrome.scripting's error messages to codes the user can act on. */
export function scriptingErrorCode(message: string): AuditErrorCode {
  if (/showing error page/i.test(message)) return 'load-failed';
  if (/no tab with id/i.test(message)) return 'no-tab';
  if (/cannot be scripted|chrome:\/\/|chrome-extension:\/\/|webstore|chromewebstore|extensions gallery|devtools:|chrome-error/i.test(message)) return 'restricted-page';
  if (/cannot access|permission|host/i.test(message)) return 'no-access';
  if (/tab was closed|frame with id \d+ (is|was) removed|navigat|document (was|is) (unloaded|detached)|frame (was )?removed|back\/forward cache/i.test(message)) return 'navigated';
  return 'extract-failed';
}
