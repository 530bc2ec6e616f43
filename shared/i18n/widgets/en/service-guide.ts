// zfgs-service-guide strings in English; keys mirror zh-CN/service-guide.ts.
import type { ServiceGuideMessageKey } from '../zh-CN/service-guide.ts';

export const serviceGuideMessages: Record<ServiceGuideMessageKey, string> = {
  'service-guide.title': 'Service guides',
  'service-guide.code': 'Code',
  'service-guide.acceptingBody': 'Accepted by',
  'service-guide.approvingBody': 'Decided by',
  'service-guide.timeLimit': 'Time limit',
  'service-guide.place': 'Where',
  'service-guide.contactPhone': 'Enquiries',
  'service-guide.fees': 'Fees',
  'service-guide.supervision': 'Supervision',
  'service-guide.remedy': 'Remedies',
  'service-guide.conditions': 'Conditions',
  'service-guide.materials': 'Documents to submit',
  'service-guide.materialsCaption': '{name}: documents to submit',
  'service-guide.materialName': 'Document',
  'service-guide.copies': 'Copies and form',
  'service-guide.note': 'Note',
  'service-guide.template': 'Model text',
  'service-guide.noMaterials': 'No documents are needed.',
  'service-guide.process': 'Steps',
  'service-guide.basis': 'Legal basis',
  'service-guide.templates': 'Model texts and forms',
  'service-guide.empty': 'No service guides have been published.',
};
