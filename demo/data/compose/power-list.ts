// The power and responsibility list (权责清单): 28 items across licence, penalty, coercion, inspection,
// confirmation, reward and other powers. The bureau holds no levy, payment or adjudication power.
import type { EnforcementKind, PowerItem, PowerListSection } from '../../../shared/schema/index.ts';

const UNIT = '江城市东湖区市场监督管理局';
const REMEDY = '行政复议或者行政诉讼';
const PENALTY_TIME = '立案之日起90日内作出处理决定';
const ACCOUNTABILITY = '因不履行或者不正确履行行政职责，有《中华人民共和国公务员法》《行政机关公务员处分条例》等规定情形的，依法追究责任';

type Row = [category: EnforcementKind, name: string, basis: string, extra?: Partial<PowerItem>];

const ROWS: Row[] = [
  ['licence', '食品经营许可', '《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》', { timeLimit: '受理之日起10个工作日内', discretion: '无裁量' }],
  ['licence', '特种设备使用登记', '《中华人民共和国特种设备安全法》第三十三条', { timeLimit: '受理之日起15个工作日内', discretion: '无裁量' }],
  ['licence', '食品小作坊登记', '《江城市食品小作坊小餐饮和食品摊贩管理条例》（地方性法规）', { timeLimit: '受理之日起10个工作日内' }],
  ['confirmation', '市场主体设立、变更、注销登记', '《中华人民共和国市场主体登记管理条例》', { timeLimit: '当场或者3个工作日内' }],
  ['penalty', '对未取得食品经营许可从事食品经营活动的行政处罚', '《中华人民共和国食品安全法》第一百二十二条'],
  ['penalty', '对经营超过保质期的食品的行政处罚', '《中华人民共和国食品安全法》第一百二十四条第一款第（五）项'],
  ['penalty', '对经营腐败变质、混有异物等感官性状异常的食品的行政处罚', '《中华人民共和国食品安全法》第一百二十四条第一款第（四）项'],
  ['penalty', '对经营无标签的预包装食品的行政处罚', '《中华人民共和国食品安全法》第一百二十五条第一款第（二）项'],
  ['penalty', '对食品经营者未按规定建立并遵守进货查验记录制度的行政处罚', '《中华人民共和国食品安全法》第一百二十六条第一款第（三）项'],
  ['penalty', '对安排未取得健康证明的人员从事接触直接入口食品工作的行政处罚', '《中华人民共和国食品安全法》第一百二十六条第一款第（六）项'],
  ['penalty', '对销售不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品的行政处罚', '《中华人民共和国产品质量法》第四十九条'],
  ['penalty', '对在产品中掺杂、掺假，以假充真、以次充好的行政处罚', '《中华人民共和国产品质量法》第五十条'],
  ['penalty', '对发布虚假广告的行政处罚', '《中华人民共和国广告法》第五十五条'],
  ['penalty', '对发布含有“国家级”“最高级”“最佳”等用语的广告的行政处罚', '《中华人民共和国广告法》第五十七条第（一）项'],
  ['penalty', '对经营者不按规定明码标价的行政处罚', '《中华人民共和国价格法》第四十二条；《明码标价和禁止价格欺诈规定》'],
  ['penalty', '对经营者利用虚假的或者使人误解的价格手段进行价格欺诈的行政处罚', '《中华人民共和国价格法》第十四条第（四）项、第四十条'],
  ['penalty', '对使用未经检验或者检验不合格的特种设备的行政处罚', '《中华人民共和国特种设备安全法》第八十四条第（一）项'],
  ['penalty', '对使用特种设备未按照规定办理使用登记的行政处罚', '《中华人民共和国特种设备安全法》第八十三条第（一）项'],
  ['penalty', '对市场主体未依照规定办理变更登记的行政处罚', '《中华人民共和国市场主体登记管理条例》第四十六条'],
  ['penalty', '对未经设立登记从事经营活动的行政处罚', '《中华人民共和国市场主体登记管理条例》第四十三条'],
  ['coercion', '查封、扣押不符合食品安全标准或者有证据证明存在安全隐患的食品', '《中华人民共和国食品安全法》第一百一十条第（四）项', { timeLimit: '不超过30日，情况复杂的经批准可延长30日' }],
  ['coercion', '查封、扣押不符合安全技术规范要求或者存在严重事故隐患的特种设备', '《中华人民共和国特种设备安全法》第六十一条第（三）项', { timeLimit: '不超过30日，情况复杂的经批准可延长30日' }],
  ['coercion', '查封、扣押有根据认为不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品', '《中华人民共和国产品质量法》第十八条', { timeLimit: '不超过30日，情况复杂的经批准可延长30日' }],
  ['inspection', '对食品经营者的监督检查', '《中华人民共和国食品安全法》第一百一十条', { timeLimit: '按年度检查计划' }],
  ['inspection', '对特种设备使用单位的监督检查', '《中华人民共和国特种设备安全法》第五十七条', { timeLimit: '按年度检查计划' }],
  ['inspection', '产品质量监督抽查', '《中华人民共和国产品质量法》第十五条', { timeLimit: '按抽查计划' }],
  ['reward', '对举报市场监管领域重大违法行为的奖励', '《市场监管领域重大违法行为举报奖励暂行办法》', { timeLimit: '奖励决定作出之日起15个工作日内告知举报人' }],
  ['other', '责令召回不符合食品安全标准的食品', '《中华人民共和国食品安全法》第六十三条'],
];

export const POWER_LIST: PowerListSection = {
  updated: '2026-03-16',
  items: ROWS.map(([category, name, basis, extra], index) => ({
    code: `429901-SCJG-${String(index + 1).padStart(3, '0')}`,
    category,
    name,
    basis,
    discretion: category === 'penalty' ? '《江城市市场监督管理行政处罚裁量基准》（江市监规〔2022〕3号附件）' : undefined,
    unit: UNIT,
    timeLimit: category === 'penalty' ? PENALTY_TIME : undefined,
    remedy: REMEDY,
    responsibility: '受理（立案）、审查（调查）、决定、送达、执行、信息公开等环节的责任',
    accountability: ACCOUNTABILITY,
    ...extra,
  })).map((item) => Object.fromEntries(Object.entries(item).filter(([, value]) => value !== undefined)) as PowerItem),
};
