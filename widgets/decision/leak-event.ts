// The zfgs-leak event: personal data was found unmasked in the source and masked before display (hz-gs 10).
// The detail never carries the value, only where it was, what kind, and the masked form shown instead.
import type { DataSource } from '../base/events.ts';

export interface ZfgsLeakDetail {
  /** Path of the field inside the decision (fullText, party.name, attachments[0].title); in a list, items[3].fullText. */
  field: string;
  /** The detector type: id-number, mobile, third-party-name, minor … */
  type: string;
  /** The masked form shown instead (330106********1234, 138****5678, 张某). */
  masked: string;
  source: DataSource;
}

declare module '../base/events.ts' {
  interface ZfgsEventMap {
    'zfgs-leak': CustomEvent<ZfgsLeakDetail>;
  }
}
