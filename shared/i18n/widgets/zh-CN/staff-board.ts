// zfgs-staff-board strings (window-staff-board). zh-CN is the source.
export const staffBoardMessages = {
  'staff-board.title': '窗口工作人员信息公示',
  'staff-board.location': '窗口位置：{location}',
  'staff-board.position': '职务',
  'staff-board.duties': '岗位职责',
  'staff-board.window': '窗口号',
  'staff-board.unit': '单位',
  'staff-board.enforcementKind': '执法类别',
  'staff-board.certificateNumber': '执法证号',
  'staff-board.photoOf': '{name}的照片',
  'staff-board.services': '办事服务',
  'staff-board.templates': '申请材料示范文本',
  'staff-board.progressEnquiry': '办理进度查询',
  'staff-board.consultation': '咨询电话',
  'staff-board.complaint': '投诉举报电话',
  'staff-board.empty': '尚未公示窗口工作人员。',
  'staff-board.slides': '窗口工作人员轮播',
  'staff-board.position-of': '第 {index} 位，共 {count} 位',
  'staff-board.previous': '上一位',
  'staff-board.next': '下一位',
  'staff-board.pause': '暂停轮播',
  'staff-board.play': '继续轮播',
} as const;

export type StaffBoardMessageKey = keyof typeof staffBoardMessages;
