// zfgs-remedy strings in English; keys mirror zh-CN/remedy.ts.
import type { RemedyMessageKey } from '../zh-CN/remedy.ts';

export const remedyMessages: Record<RemedyMessageKey, string> = {
  'remedy.title': 'How to challenge a decision',
  'remedy.reconsideration': 'Administrative reconsideration',
  'remedy.litigation': 'Administrative litigation',
  'remedy.reconsiderationDeadline': 'Apply within {duration} of learning of the decision',
  'remedy.litigationDeadline': 'Sue within {duration} of learning of the decision',
  'remedy.organs': 'Reconsideration bodies',
  'remedy.courts': 'Courts',
  'remedy.howToApply': 'How to apply',
  'remedy.howToSue': 'How to sue',
  'remedy.address': 'Address',
  'remedy.phone': 'Phone',
  'remedy.website': 'Website',
  'remedy.notes': 'Notes',
};
