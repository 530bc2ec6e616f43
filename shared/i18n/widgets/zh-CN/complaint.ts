// zfgs-complaint strings (complaint-channel). zh-CN is the source.
export const complaintMessages = {
  'complaint.title': '投诉举报途径',
  'complaint.address': '地址',
  'complaint.postalCode': '邮编',
  'complaint.phone': '电话',
  'complaint.website': '网址',
  'complaint.email': '电子邮箱',
  'complaint.hours': '受理时间',
  'complaint.procedure': '受理反馈程序',
} as const;

export type ComplaintMessageKey = keyof typeof complaintMessages;
