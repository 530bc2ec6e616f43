// Named examples of zfgs-staff-board. The photos are neutral silhouettes (demo/gallery/photos/), relative to the page.
import type { StaffBoardSection } from '../../shared/schema/index.ts';
import sample from '../../demo/data/staff-board.json';
import { defineExamples } from '../base/examples.ts';

const sampleBoard = sample as StaffBoardSection;

export const staffBoardExamples = defineExamples({
  tag: 'zfgs-staff-board',
  kind: 'staffBoard',
  examples: [
    {
      name: 'sample-agency',
      title: { 'zh-CN': '示例机关市场监管综合窗口（4 人）', en: 'The sample agency’s service windows (4 people)' },
      data: sampleBoard,
    },
    {
      name: 'kiosk',
      title: { 'zh-CN': '大厅屏幕模式（kiosk）：逐人轮播，可暂停', en: 'Hall-screen mode (kiosk): one person at a time, with pause' },
      attributes: { kiosk: '', interval: '10' },
      data: sampleBoard,
    },
    {
      name: 'with-photos',
      title: { 'zh-CN': '带照片与执法证号（青浦、周村要求的字段）', en: 'With photos and certificate numbers (Qingpu, Zhoucun)' },
      data: {
        updated: '2024-04-01',
        location: '示例区行政服务中心一楼 12 号窗口',
        items: [
          { name: '陆思远', position: '窗口负责人', duties: '受理食品经营许可申请', window: '12', unit: '示例区市场监督管理局', enforcementKind: '行政许可', certificateNumber: '31011800001', photo: 'photos/staff-1.svg' },
          { name: '沈佳宁', position: '受理员', duties: '受理企业登记申请', window: '12', photo: 'photos/staff-2.svg' },
        ],
        consultationPhone: '021-59700000',
        complaintPhone: '12345',
      },
    },
    {
      name: 'empty',
      title: { 'zh-CN': '暂无人员，只有服务电话', en: 'No staff yet, service phones only' },
      data: { updated: '2024-01-01', items: [], complaintPhone: '12345' },
    },
  ],
});
