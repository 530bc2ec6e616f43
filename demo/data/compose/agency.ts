// The sample agency: a fictional district market-supervision bureau, its duties, the organization it entrusts,
// and where citizens turn for remedies and complaints. 江城市 and its 东湖区 are invented; the phone area code
// 0700 and the postcode 439000 are not assigned; web addresses use the reserved .example domain, except the
// national 12315 platform, which is real and public.
import type { Agency, ComplaintSection, DutiesSection, RemedySection } from '../../../shared/schema/index.ts';
import { uscc } from './identifiers.ts';
import type { Random } from './random.ts';

export const AGENCY_NAME = '江城市东湖区市场监督管理局';
export const CITY = '江城市';
export const DISTRICT = '东湖区';
export const SITE = 'https://scjg.donghu.jiangcheng.example';
export const AGENCY_ADDRESS = '江城市东湖区湖滨路88号';
export const AGENCY_PHONE = '0700-86612315';
export const DISTRICT_GOVERNMENT = '江城市东湖区人民政府';
export const CITY_BUREAU = '江城市市场监督管理局';
export const DISTRICT_COURT = '江城市东湖区人民法院';

export function composeAgency(random: Random): Agency {
  return {
    updated: '2026-03-16',
    name: AGENCY_NAME,
    uscc: uscc(random, '11'),
    parent: `${DISTRICT_GOVERNMENT}（业务上接受${CITY_BUREAU}的领导）`,
    address: AGENCY_ADDRESS,
    postalCode: '439000',
    phone: AGENCY_PHONE,
    email: 'scjgj@donghu.jiangcheng.example',
    website: `${SITE}/`,
    officeHours: '工作日 上午8:30—12:00，下午14:00—17:30（法定节假日除外）',
    entrustedOrganizations: [
      {
        name: '江城市东湖区花山镇综合行政执法队',
        uscc: uscc(random, '11'),
        address: '江城市东湖区花山镇花山大道16号',
        phone: '0700-86630110',
        basis: '《中华人民共和国行政处罚法》第二十条；《江城市东湖区人民政府关于花山镇开展相对集中行政执法委托试点的通知》（东政发〔2023〕21号）',
        matters: ['对食品摊贩未按规定登记从事经营活动的行政处罚', '对食品小作坊、小餐饮未按规定公示许可证或者登记证的行政处罚', '对经营者未按规定明码标价的行政处罚（限集贸市场内）'],
        powers: '以本局名义在花山镇行政区域内实施警告、通报批评和对个人二千元以下、对单位一万元以下的罚款；不得再委托其他组织或者个人实施',
        term: { from: '2024-01-01', until: '2026-12-31' },
        liability: '受委托组织在委托范围内以本局名义实施行政处罚，本局对其行为的后果承担法律责任，并负责监督；受委托组织超越委托权限或者违法实施行政处罚的，本局依法追究其责任并可收回委托',
        agreement: { title: '行政处罚委托书（东湖区市场监督管理局—花山镇综合行政执法队）', url: `${SITE}/zfgs/wtxy-2024.pdf`, mediaType: 'application/pdf' },
      },
    ],
  };
}

export const DUTIES: DutiesSection = {
  updated: '2026-03-16',
  functions: [
    '负责本区市场综合监督管理，贯彻执行市场监督管理方面的法律、法规、规章和政策',
    '负责本区市场主体登记注册和营业执照核发工作，组织开展市场主体信用监管和信息公示',
    '负责本区市场监管综合执法工作，依法查处市场主体违法行为，规范市场秩序',
    '负责本区食品安全监督管理，组织实施食品生产经营许可、监督检查和风险防控',
    '负责本区药品、医疗器械、化妆品经营和使用环节的质量监督管理',
    '负责本区特种设备安全监督管理，组织特种设备使用登记和安全监督检查',
    '负责本区产品质量安全监督管理，组织实施产品质量监督抽查',
    '负责本区价格监督检查和反不正当竞争工作，查处价格违法和不正当竞争行为',
    '负责本区计量、标准化、认证认可和知识产权保护相关执法工作',
    '负责本区消费者权益保护工作，受理投诉举报，组织处理消费纠纷',
  ],
  area: '江城市东湖区行政区域（东湖街道、湖滨街道、新港街道、花山镇和东湖经济开发区）',
  scope: '依照法律、法规、规章的规定，在本区行政区域内对市场主体登记、食品安全、药品医疗器械化妆品、特种设备安全、产品质量、价格、广告、反不正当竞争、计量、标准化、认证认可、知识产权、消费者权益保护等事项实施行政许可、行政处罚、行政强制、行政检查、行政确认和行政奖励',
  authorities: [
    '行政许可：食品经营许可、特种设备使用登记等',
    '行政处罚：警告、通报批评、罚款、没收违法所得、没收非法财物、暂扣或者吊销许可证件、责令停产停业等',
    '行政强制：查封、扣押涉嫌违法的场所、设施、财物',
    '行政检查：双随机抽查、重点检查、专项检查',
    '行政确认：市场主体登记',
    '行政奖励：对举报违法行为的奖励',
  ],
};

export const REMEDY: RemedySection = {
  updated: '2026-01-05',
  reconsideration: {
    organs: [{ name: DISTRICT_GOVERNMENT, address: '江城市东湖区行政中心1号楼一楼行政复议受理窗口', phone: '0700-86601234', website: 'https://www.donghu.jiangcheng.example/xzfy/' }],
    deadline: { value: 60, unit: 'day' },
    how: '自知道或者应当知道行政行为之日起六十日内提出；可以书面申请，也可以通过互联网渠道提交，书面申请有困难的可以口头申请。2024年1月1日前作出的行政行为，也可以依照当时的规定向江城市市场监督管理局申请。',
  },
  litigation: {
    courts: [{ name: DISTRICT_COURT, address: '江城市东湖区湖光大道200号', phone: '0700-86605000' }],
    deadline: { value: 6, unit: 'month' },
    how: '自知道或者应当知道作出行政行为之日起六个月内直接向人民法院提起行政诉讼；经行政复议的，自收到复议决定书之日起十五日内起诉。',
  },
  notes: '行政复议或者行政诉讼期间，行政行为不停止执行，法律另有规定的除外。',
};

export const COMPLAINT: ComplaintSection = {
  updated: '2026-01-05',
  items: [
    {
      department: '江城市东湖区市场监督管理局投诉举报中心',
      address: '江城市东湖区湖滨路88号一楼',
      postalCode: '439000',
      phone: '0700-86612315',
      website: 'https://www.12315.cn/',
      email: 'tsjb@donghu.jiangcheng.example',
      hours: '工作日 8:30—12:00，14:00—17:30',
      procedure: '投诉自收到之日起七个工作日内决定是否受理并告知投诉人；举报自收到之日起十五个工作日内完成核查并决定是否立案，实名举报人可以要求告知处理结果；依法对举报人信息保密。',
    },
    {
      department: '全国12315平台（市场监管投诉举报热线）',
      phone: '12315',
      website: 'https://www.12315.cn/',
      hours: '热线工作时间以当地公告为准，网络平台全天受理',
      procedure: '经平台登记的投诉举报按属地分派至本局办理，办理结果通过平台反馈。',
    },
    {
      department: '江城市东湖区人民政府政务服务便民热线',
      phone: '12345',
      procedure: '对本局行政执法人员违法违纪行为的投诉，可以同时向东湖区司法局行政执法监督科反映（电话0700-86607788）。',
    },
  ],
};

/** The remedy as service guides and decisions state it in one sentence. */
export const REMEDY_IN_WORDS = `对行政许可决定不服的，可以自知道之日起六十日内向${DISTRICT_GOVERNMENT}申请行政复议，或者在六个月内向${DISTRICT_COURT}提起行政诉讼`;
