// Named examples of zfgs-officers. All people are fictional; certificate numbers follow the common 省码+序号 shape.
import type { Officer } from '../../shared/schema/index.ts';
import type { OfficersSection } from '../../shared/schema/index.ts';
import sample from '../../demo/data/officers.json';
import { defineExamples } from '../base/examples.ts';

const NOW = '2024-06-01';

const SAMPLE: Officer[] = [
  { name: '王建国', certificateNumber: '33010020001', status: 'valid', validUntil: '2027-12-31' },
  { name: '李晓梅', certificateNumber: '33010020002', status: 'valid', validUntil: '2024-06-20' },
  { name: '张伟', certificateNumber: '33010020003', status: 'valid', validUntil: '2024-03-31' },
  { name: '刘洋', certificateNumber: '33010020004', status: 'suspended', validUntil: '2026-05-01' },
  { name: '陈静', certificateNumber: '33010020005', status: 'revoked' },
  { name: '杨帆', certificateNumber: '33010020006', status: 'valid', validUntil: '2026-09-30' },
  { name: '赵磊', certificateNumber: '33010020007', status: 'valid', validUntil: '2025-01-15' },
  { name: '黄丽', certificateNumber: '33010020008', status: 'valid', validUntil: '2024-06-01' },
  { name: '周强', certificateNumber: '33010020009', status: 'valid', validFrom: '2024-07-01', validUntil: '2029-06-30' },
  { name: '吴敏', certificateNumber: '33010020010', status: 'valid' },
  { name: '徐涛', certificateNumber: '33010020011', status: 'valid', validUntil: '2028-03-01' },
  { name: '孙芳', certificateNumber: '33010020012', status: 'valid', validUntil: '2027-07-07' },
  { name: '胡军', certificateNumber: '33010020013', status: 'valid', validUntil: '2026-02-28' },
  { name: '朱红', certificateNumber: '33010020014', status: 'valid', validUntil: '2025-11-11' },
  { name: '高峰', certificateNumber: '33010020015', status: 'valid', validUntil: '2025-08-08' },
  { name: '林霞', certificateNumber: '33010020016', status: 'valid', validUntil: '2026-10-10' },
  { name: '何勇', certificateNumber: '33010020017', status: 'valid', validUntil: '2027-04-30' },
  { name: '郭燕', certificateNumber: '33010020018', status: 'valid', validUntil: '2028-12-31' },
  { name: '马超', certificateNumber: '33010020019', status: 'valid', validUntil: '2025-05-20' },
  { name: '罗琳', certificateNumber: '33010020020', status: 'valid', validUntil: '2026-06-30' },
  { name: '梁栋', certificateNumber: '33010020021', status: 'valid', validUntil: '2024-05-31' },
  { name: '宋佳', certificateNumber: '33010020022', status: 'valid', validUntil: '2027-01-01' },
  { name: '郑凯', certificateNumber: '33010020023', status: 'valid', validUntil: '2026-03-15' },
];

export const officersExamples = defineExamples({
  tag: 'zfgs-officers',
  kind: 'officers',
  examples: [
    {
      name: 'sample-agency',
      title: { 'zh-CN': '示例机关 50 人（一人证件已过期、一人即将到期、两名辅助人员）', en: 'The sample agency, 50 people (one expired, one expiring, two auxiliary)' },
      attributes: { now: '2026-11-20', profile: 'zc' },
      data: sample as OfficersSection,
    },
    {
      name: 'every-certificate-state',
      title: { 'zh-CN': '每种证件状态各有一例（两页）', en: 'Every certificate state (two pages)' },
      attributes: { now: NOW },
      data: { updated: '2024-05-20', items: SAMPLE },
    },
    {
      name: 'profile-zc',
      title: { 'zh-CN': '周村区要求的字段：单位、职务、执法类别、执法区域', en: 'Fields Zhoucun requires: unit, position, category, area' },
      attributes: { now: NOW, profile: 'zc' },
      data: {
        updated: '2024-04-01',
        items: [
          { name: '孟凡刚', unit: '周村区综合行政执法局', position: '中队长', certificateNumber: '37030600101', category: '城市管理综合执法', area: '丝绸路街道', status: 'valid', validUntil: '2026-12-31' },
          { name: '韩雪', unit: '周村区综合行政执法局', position: '执法队员', certificateNumber: '37030600102', category: '城市管理综合执法', area: '青年路街道', status: 'valid', validUntil: '2024-06-15' },
          { name: '曹阳', unit: '周村区市场监督管理局', position: '科员', certificateNumber: '37030600201', category: '市场监管综合执法', area: '丝绸路街道', status: 'valid', validUntil: '2023-12-31' },
          { name: '彭丽娜', unit: '周村区市场监督管理局', position: '副科长', certificateNumber: '37030600202', category: '市场监管综合执法', area: '北郊镇', status: 'valid' },
        ],
      },
    },
    {
      name: 'profile-wh',
      title: { 'zh-CN': '武汉市要求的字段：性别、年龄、职务、证件有效期', en: 'Fields Wuhan requires: gender, age, position, validity' },
      attributes: { now: NOW, profile: 'wh' },
      data: {
        updated: '2024-05-06',
        items: [
          { name: '蔡文华', gender: 'male', birthYear: 1978, position: '大队长', certificateNumber: '42010030001', validFrom: '2021-07-01', validUntil: '2026-06-30', status: 'valid' },
          { name: '潘晓燕', gender: 'female', age: 34, position: '执法队员', certificateNumber: '42010030002', validFrom: '2019-06-20', validUntil: '2024-06-19', status: 'valid' },
          { name: '田野', gender: 'male', birthYear: 1990, position: '执法队员', certificateNumber: '42010030003', validFrom: '2018-01-01', validUntil: '2023-12-31', status: 'valid' },
        ],
      },
    },
    {
      name: 'profile-hz-auxiliary',
      title: { 'zh-CN': '杭州市：执法人员与执法辅助人员一并公示', en: 'Hangzhou: officers listed with auxiliary staff' },
      attributes: { now: NOW, profile: 'hz' },
      data: {
        updated: '2024-05-30',
        items: [
          { name: '沈浩', certificateNumber: '33010050001', status: 'valid', validUntil: '2027-03-31' },
          { name: '钱嘉怡', auxiliary: true, status: 'valid' },
          { name: '金哲', auxiliary: true, status: 'suspended' },
        ],
      },
    },
    {
      name: 'empty',
      title: { 'zh-CN': '尚无执法人员（空列表）', en: 'No officers yet (empty list)' },
      attributes: { now: NOW },
      data: { updated: '2024-01-02', items: [] },
    },
    {
      name: 'long-text',
      title: { 'zh-CN': '长姓名、长单位名（少数民族姓名、窄屏）', en: 'Long names and units (narrow screens)' },
      attributes: { now: NOW, profile: 'zc' },
      data: {
        updated: '2024-03-03',
        items: [
          {
            name: '阿卜杜热依木·买买提明',
            unit: '示例自治州示例县市场监督管理局（知识产权局、食品药品安全委员会办公室）综合行政执法大队第三中队',
            position: '综合行政执法大队第三中队副中队长（主持工作）',
            certificateNumber: '65292700000000000001',
            category: '市场监管、知识产权、食品药品、价格监督检查综合执法',
            area: '示例县城区、示例镇、示例乡、示例牧场及示例工业园区',
            status: 'valid',
            validUntil: '2028-08-31',
          },
        ],
      },
    },
  ],
});
