// zfgs-complaint strings in English; keys mirror zh-CN/complaint.ts.
import type { ComplaintMessageKey } from '../zh-CN/complaint.ts';

export const complaintMessages: Record<ComplaintMessageKey, string> = {
  'complaint.title': 'Complaints and reports',
  'complaint.address': 'Address',
  'complaint.postalCode': 'Postcode',
  'complaint.phone': 'Phone',
  'complaint.website': 'Website',
  'complaint.email': 'Email',
  'complaint.hours': 'Hours',
  'complaint.procedure': 'How complaints are handled',
};
