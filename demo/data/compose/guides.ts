// Service guides for the bureau's most used licences and registrations, and the information board of its
// service window in the district government service centre.
import type { ServiceGuide, ServiceGuidesSection, StaffBoardSection } from '../../../shared/schema/index.ts';
import { REMEDY_IN_WORDS, SITE } from './agency.ts';

const WINDOW = '东湖区政务服务中心二楼市场监管综合窗口（江城市东湖区湖光大道168号）';
const WINDOW_PHONE = '0700-86618800';
const SUPERVISION = '对办理过程有异议的，可以向本局法规科反映（0700-86612300），或者拨打12315、12345投诉';

const template = (title: string, file: string) => ({ title, url: `${SITE}/bszn/${file}`, mediaType: 'application/pdf' });

function foodLicence(kind: '新办' | '变更' | '延续', extra: Partial<ServiceGuide>): ServiceGuide {
  return {
    name: `食品经营许可（${kind}）`,
    code: `429901-SCJG-XK-00${kind === '新办' ? 1 : kind === '变更' ? 2 : 3}`,
    acceptingBody: '江城市东湖区市场监督管理局（东湖区政务服务中心市场监管综合窗口）',
    approvingBody: '江城市东湖区市场监督管理局',
    conditions: ['具有与经营的食品品种、数量相适应的食品原料处理和食品加工、销售、贮存等场所', '具有与经营的食品品种、数量相适应的经营设备或者设施', '有专职或者兼职的食品安全管理人员和保证食品安全的规章制度', '具有合理的设备布局和工艺流程'],
    timeLimit: '法定10个工作日；承诺5个工作日（需要现场核查的，核查时间不计入承诺时限）',
    place: WINDOW,
    contactPhone: WINDOW_PHONE,
    materials: [
      { name: '食品经营许可申请书', copies: '原件1份', template: template('食品经营许可申请书（示范文本）', 'spxk-sqs.pdf') },
      { name: '营业执照或者其他主体资格证明文件', copies: '复印件1份', note: '可通过部门共享获取的免于提交' },
      { name: '与食品经营相适应的主要设备设施布局、操作流程等文件', copies: '原件1份' },
      { name: '食品安全自查、从业人员健康管理、进货查验记录、食品安全事故处置等保证食品安全的规章制度', copies: '原件1份' },
    ],
    process: ['申请', '受理', '审查（含现场核查）', '决定', '发证'],
    fees: '不收费',
    basis: ['《中华人民共和国食品安全法》第三十五条', '《食品经营许可和备案管理办法》'],
    supervision: SUPERVISION,
    remedy: REMEDY_IN_WORDS,
    templates: [template('食品经营许可申请书（示范文本）', 'spxk-sqs.pdf'), template('食品经营许可申请书填写样例', 'spxk-yl.pdf')],
    ...extra,
  };
}

export const SERVICE_GUIDES: ServiceGuidesSection = {
  updated: '2026-05-11',
  items: [
    foodLicence('新办', {}),
    foodLicence('变更', {
      conditions: ['已取得食品经营许可证', '许可证载明的事项发生变化，应当在变化后10个工作日内申请变更'],
      materials: [
        { name: '食品经营许可变更申请书', copies: '原件1份', template: template('食品经营许可变更申请书（示范文本）', 'spxk-bg.pdf') },
        { name: '与变更事项有关的材料', copies: '原件或者复印件1份' },
      ],
    }),
    foodLicence('延续', {
      conditions: ['食品经营许可证有效期届满前', '在有效期届满前90个工作日至15个工作日期间提出延续申请'],
      materials: [
        { name: '食品经营许可延续申请书', copies: '原件1份', template: template('食品经营许可延续申请书（示范文本）', 'spxk-yx.pdf') },
        { name: '保证食品安全的规章制度（有变化的提交）', copies: '原件1份' },
      ],
    }),
    {
      name: '特种设备使用登记',
      code: '429901-SCJG-XK-010',
      acceptingBody: '江城市东湖区市场监督管理局（东湖区政务服务中心市场监管综合窗口）',
      approvingBody: '江城市东湖区市场监督管理局',
      conditions: ['特种设备已经监督检验或者定期检验合格', '在投入使用前或者投入使用后30日内申请'],
      timeLimit: '法定15个工作日；承诺3个工作日',
      place: WINDOW,
      contactPhone: WINDOW_PHONE,
      materials: [
        { name: '特种设备使用登记表', copies: '原件2份', template: template('特种设备使用登记表', 'tzsb-djb.pdf') },
        { name: '使用单位统一社会信用代码证明或者个人身份证明', copies: '复印件1份' },
        { name: '特种设备产品合格证', copies: '复印件1份' },
        { name: '特种设备监督检验证明或者定期检验报告', copies: '复印件1份' },
      ],
      process: ['申请', '受理', '审查', '决定', '发证（使用登记证）'],
      fees: '不收费',
      basis: ['《中华人民共和国特种设备安全法》第三十三条', '《特种设备使用管理规则》'],
      supervision: SUPERVISION,
      remedy: REMEDY_IN_WORDS,
    },
    {
      name: '个体工商户设立登记',
      code: '429901-SCJG-QR-001',
      acceptingBody: '江城市东湖区市场监督管理局（东湖区政务服务中心市场监管综合窗口，或者江城市市场主体登记网上平台）',
      approvingBody: '江城市东湖区市场监督管理局',
      conditions: ['有经营能力的自然人', '有固定的经营场所', '经营范围不属于法律、行政法规禁止的项目'],
      timeLimit: '材料齐全、符合法定形式的，当场登记；不能当场登记的，3个工作日内',
      place: WINDOW,
      contactPhone: WINDOW_PHONE,
      materials: [
        { name: '个体工商户登记（备案）申请书', copies: '原件1份', template: template('个体工商户登记（备案）申请书', 'gtdj-sqs.pdf') },
        { name: '经营者身份证明', copies: '核验原件' },
        { name: '经营场所使用相关文件', copies: '复印件1份' },
      ],
      process: ['申请（网上或者窗口）', '受理', '审查', '登记', '发照'],
      fees: '不收费',
      basis: ['《中华人民共和国市场主体登记管理条例》', '《促进个体工商户发展条例》'],
      supervision: SUPERVISION,
      remedy: REMEDY_IN_WORDS,
    },
  ],
};

export const STAFF_BOARD: StaffBoardSection = {
  updated: '2026-09-01',
  location: '东湖区政务服务中心二楼 市场监管综合窗口（C12—C15）',
  items: [
    { name: '宋雅琴', position: '窗口负责人', duties: '统筹窗口受理、协调疑难事项、受理当面投诉', unit: '江城市东湖区市场监督管理局登记注册科', window: 'C12', enforcementKind: '行政许可、行政确认' },
    { name: '邱子航', position: '综合受理员', duties: '食品经营许可的咨询、受理和发证', unit: '江城市东湖区市场监督管理局食品安全监督管理科', window: 'C13', enforcementKind: '行政许可' },
    { name: '龚佳怡', position: '综合受理员', duties: '个体工商户、企业设立、变更、注销登记的咨询和受理', unit: '江城市东湖区市场监督管理局登记注册科', window: 'C14', enforcementKind: '行政确认' },
    { name: '覃振华', position: '综合受理员', duties: '特种设备使用登记的咨询、受理和发证', unit: '江城市东湖区市场监督管理局特种设备安全监察科', window: 'C15', enforcementKind: '行政许可' },
  ],
  templates: [
    template('食品经营许可申请书（示范文本）', 'spxk-sqs.pdf'),
    template('特种设备使用登记表', 'tzsb-djb.pdf'),
    template('个体工商户登记（备案）申请书', 'gtdj-sqs.pdf'),
  ],
  progressEnquiry: { label: '江城市政务服务网“办件查询”或者窗口电话查询', url: 'https://zwfw.jiangcheng.example/bjcx', phone: WINDOW_PHONE },
  consultationPhone: WINDOW_PHONE,
  complaintPhone: '12315',
};
