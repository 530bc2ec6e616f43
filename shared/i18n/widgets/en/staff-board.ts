// zfgs-staff-board strings in English; keys mirror zh-CN/staff-board.ts.
import type { StaffBoardMessageKey } from '../zh-CN/staff-board.ts';

export const staffBoardMessages: Record<StaffBoardMessageKey, string> = {
  'staff-board.title': 'Who is at the service windows',
  'staff-board.location': 'Windows: {location}',
  'staff-board.position': 'Position',
  'staff-board.duties': 'Duties',
  'staff-board.window': 'Window',
  'staff-board.unit': 'Unit',
  'staff-board.enforcementKind': 'Enforcement kind',
  'staff-board.certificateNumber': 'Certificate number',
  'staff-board.photoOf': 'Photo of {name}',
  'staff-board.services': 'Services',
  'staff-board.templates': 'Model application texts',
  'staff-board.progressEnquiry': 'Check progress',
  'staff-board.consultation': 'Enquiries',
  'staff-board.complaint': 'Complaints',
  'staff-board.empty': 'No window staff have been published.',
  'staff-board.slides': 'Window staff, one at a time',
  'staff-board.position-of': '{index} of {count}',
  'staff-board.previous': 'Previous',
  'staff-board.next': 'Next',
  'staff-board.pause': 'Pause',
  'staff-board.play': 'Play',
};
