// The @ handler of the scan: personal mailboxes are leaks; government mailboxes, the agency's and a
// company's own (in its party block, no person named) are public; masked ones are masked.
import { isAgencyContact, labelBefore } from './contact-context.ts';
import { readEmail } from './email.ts';
import { Mask } from './finding-store.ts';
import type { ScanState } from './scan-state.ts';
import { addNameBeforeLabel } from './third-party-name.ts';

export function onAtSign(state: ScanState, index: number): number {
  const email = readEmail(state.text, index);
  if (!email) return index + 1;
  const { start, end } = email;
  const isCompanyOwn = (state.partyKind === 'legal' || state.partyKind === 'other') && state.isInPartyBlock(start) && !state.isPersonInSentence(start);
  if (email.isMasked) {
    state.addLookAlike('masked-email', 'masked', start, end, 0.85, 'maskedForm');
  } else if (email.isGovernment || isAgencyContact(state, start) || isCompanyOwn) {
    state.addLookAlike('public-email', 'public', start, end, 0.7, 'publicMailbox');
  } else {
    const label = labelBefore(state.text, start);
    if (label) addNameBeforeLabel(state, label.start);
    state.add('email', 'leak', start, end, 0.95, 'personalEmail', Mask.Email);
  }
  return end;
}
