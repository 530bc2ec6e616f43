// The @ handler of the scan: personal mailboxes are leaks; government mailboxes, the agency's and a
// company's own (in its party block, no person named) are public; masked ones are masked.
import { isAgencyContact, labelBefore } from './contact-context.ts';
import { readEmail } from './email.ts';
import { findingKind, Mask } from './finding-store.ts';
import type { ScanState } from './scan-state.ts';
import { addNameBeforeLabel } from './third-party-name.ts';

const MASKED_EMAIL = findingKind('masked-email', 'masked', 0.85, 'maskedForm');
const PUBLIC_EMAIL = findingKind('public-email', 'public', 0.7, 'publicMailbox');
const PERSONAL_EMAIL = findingKind('email', 'leak', 0.95, 'personalEmail', Mask.Email);

export function onAtSign(state: ScanState, index: number): number {
  const email = readEmail(state.text, index);
  if (!email) return index + 1;
  const { start, end } = email;
  const isCompanyOwn = (state.partyKind === 'legal' || state.partyKind === 'other') && state.isInPartyBlock(start) && !state.isPersonInSentence(start);
  if (email.isMasked) {
    state.addLookAlike(MASKED_EMAIL, start, end);
  } else if (email.isGovernment || isAgencyContact(state, start) || isCompanyOwn) {
    state.addLookAlike(PUBLIC_EMAIL, start, end);
  } else {
    const label = labelBefore(state.text, start);
    if (label) addNameBeforeLabel(state, label.start);
    state.add(PERSONAL_EMAIL, start, end);
  }
  return end;
}
