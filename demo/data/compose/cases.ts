// What happened in each sample case: the facts, evidence, the articles broken and applied, and the decision,
// for ten kinds of penalty, four kinds of licence and one coercive measure, as a district market-supervision
// bureau writes them. Everything about the people is already redacted (third parties 张某某, phones 138****5678).
import { chineseDate, addDays } from './dates.ts';
import { yuan } from './money.ts';
import type { PartyDetails, PartyFactory, Trade } from './parties.ts';
import type { Random } from './random.ts';
import { maskedName } from './names.ts';

export interface CaseContext {
  random: Random;
  party: PartyDetails;
  /** When the violation was found (inspection, complaint) and when the decision was made. */
  found: string;
  decided: string;
  people: PartyFactory;
}

export interface PenaltyCase {
  caseName: string;
  facts: string;
  evidence: string[];
  /** The provisions the conduct violated. */
  violated: string;
  /** The provisions the penalty is based on, as the summary's 法律依据. */
  legalBasis: string;
  /** Reasons for a lighter (or no) mitigation, a sentence, or empty. */
  mitigation: string;
  penalties: string[];
  /** A short summary of the decision for the summary field: 没收…，罚款5万元. */
  content: string;
}

export interface PenaltyKind {
  key: string;
  trades: Trade[];
  partyKinds: ('company' | 'individual' | 'natural')[];
  /** Not before this date (the rule it applies took effect). */
  since?: string;
  build(context: CaseContext): PenaltyCase;
}

const maskedPhone = (random: Random) => `1${random.pick(['38', '39', '35', '58', '86', '77'])}****${random.int(1000, 9999)}`;
const reduced = '鉴于当事人违法行为系初次被发现，主动下架、召回相关产品，积极配合调查并如实陈述违法事实，主动消除违法行为危害后果，根据《中华人民共和国行政处罚法》第三十二条第（一）项的规定，依法减轻处罚。';
const lighter = '鉴于当事人积极配合调查，如实陈述违法事实，根据《江城市市场监督管理行政处罚裁量权适用规则》，依法从轻处罚。';
const wan = (amount: number) => `${amount % 10_000 === 0 ? `${amount / 10_000}万` : amount}元`;

const FOODS = [
  { name: '纯牛奶（250mL/盒）', unit: '盒', price: 4, shelf: '6个月' },
  { name: '夹心饼干（200g/袋）', unit: '袋', price: 9, shelf: '12个月' },
  { name: '风味酸奶（200g/杯）', unit: '杯', price: 6, shelf: '21天' },
  { name: '火腿肠（240g/袋）', unit: '袋', price: 12, shelf: '6个月' },
  { name: '桶装方便面（108g/桶）', unit: '桶', price: 5, shelf: '6个月' },
  { name: '速冻汤圆（500g/袋）', unit: '袋', price: 15, shelf: '12个月' },
];

const SUPPLIERS = ['江城市东湖区惠民食品批发部', '江城市新港副食品批发市场某商行', '江城市湖光食品配送有限公司', '江城市花山粮油副食批发部'];

export const PENALTY_KINDS: PenaltyKind[] = [
  {
    key: 'expired-food',
    trades: ['supermarket', 'shop'],
    partyKinds: ['company', 'individual'],
    build({ random, party, found }) {
      const food = random.pick(FOODS);
      const stock = random.int(12, 60);
      const sold = random.int(0, 10);
      const value = (stock + sold) * food.price;
      const gain = sold * (food.price + random.int(1, 3));
      const isReduced = random.chance(0.5);
      const fine = isReduced ? random.pick([10_000, 15_000, 20_000, 30_000]) : random.pick([50_000, 60_000, 70_000]);
      const supplier = random.pick(SUPPLIERS);
      return {
        caseName: `${party.party.name}经营超过保质期的食品案`,
        facts: `${chineseDate(found)}，本局执法人员对当事人位于${party.address}的经营场所进行监督检查，发现当事人货架上陈列待售的${food.name}共${stock}${food.unit}已超过标签标注的保质期（保质期${food.shelf}）。经查，上述食品系当事人从${supplier}购进，进货价${food.price}元/${food.unit}；当事人已售出同批次食品${sold}${food.unit}。涉案食品货值金额共计${value}元，违法所得${gain}元。`,
        evidence: ['当事人营业执照、食品经营许可证复印件', `${chineseDate(found)}《现场笔录》及现场照片`, '当事人经营者（负责人）的《询问笔录》', '涉案食品的进货凭证、销售记录', '《实施行政强制措施决定书》及财物清单'],
        violated: '《中华人民共和国食品安全法》第三十四条第（十）项',
        legalBasis: '《中华人民共和国食品安全法》第三十四条第（十）项、第一百二十四条第一款第（五）项' + (isReduced ? '；《中华人民共和国行政处罚法》第三十二条第（一）项' : ''),
        mitigation: isReduced ? reduced : lighter,
        penalties: [`没收超过保质期的${food.name}${stock}${food.unit}`, `没收违法所得${gain}元`, `罚款${yuan(fine)}`],
        content: `没收违法经营的食品和违法所得${gain}元，罚款${wan(fine)}`,
      };
    },
  },
  {
    key: 'unlicensed-food',
    trades: ['restaurant'],
    partyKinds: ['natural'],
    build({ random, party, found }) {
      const since = addDays(found, -random.int(40, 160));
      const revenue = random.int(30, 90) * 100;
      const gain = Math.round(revenue * 0.3);
      const fine = random.pick([5_000, 8_000, 10_000]);
      return {
        caseName: `${party.party.name}未取得食品经营许可从事食品经营活动案`,
        facts: `${chineseDate(found)}，本局根据群众举报（举报人王某某，联系电话${maskedPhone(random)}），对位于江城市东湖区${random.pick(['翠柳街', '学府路', '新港路'])}的一处门面进行检查，发现当事人自${chineseDate(since)}起在该门面制作、销售包子、油条、豆浆等早餐食品，未取得食品经营许可证。经查，当事人违法经营额${revenue}元，违法所得${gain}元。检查时当事人已停止经营并表示将依法申请许可。`,
        evidence: [`${chineseDate(found)}《现场笔录》及现场照片、视频`, '当事人的《询问笔录》', '当事人提供的进货记录和销售记录', '证人张某的《询问笔录》'],
        violated: '《中华人民共和国食品安全法》第三十五条第一款',
        legalBasis: '《中华人民共和国食品安全法》第三十五条第一款、第一百二十二条第一款；《中华人民共和国行政处罚法》第三十二条第（一）项',
        mitigation: '鉴于当事人经营规模小、经营时间短，发现后立即停止经营，主动减轻违法行为危害后果，根据《中华人民共和国行政处罚法》第三十二条第（一）项的规定，依法减轻处罚。',
        penalties: [`没收违法所得${gain}元`, `罚款${yuan(fine)}`],
        content: `没收违法所得${gain}元，罚款${wan(fine)}`,
      };
    },
  },
  {
    key: 'health-certificate',
    trades: ['restaurant'],
    partyKinds: ['company', 'individual'],
    build({ random, party, found, people }) {
      const workers = [maskedName(people.person()), maskedName(people.person())];
      const refused = random.chance(0.5);
      const fine = random.pick([5_000, 8_000, 10_000]);
      return {
        caseName: `${party.party.name}安排未取得健康证明的人员从事接触直接入口食品工作案`,
        facts: refused
          ? `${chineseDate(addDays(found, -30))}，本局执法人员检查发现当事人安排未取得健康证明的从业人员${workers[0]}从事凉菜制作工作，当场责令改正并给予警告。${chineseDate(found)}复查时，发现当事人仍安排${workers.join('、')}两名未取得健康证明的人员从事接触直接入口食品的工作，拒不改正。`
          : `${chineseDate(found)}，本局执法人员对当事人位于${party.address}的经营场所进行检查，发现当事人安排${workers.join('、')}两名未取得健康证明的人员在厨房从事凉菜、面点制作等接触直接入口食品的工作。`,
        evidence: [`${chineseDate(found)}《现场笔录》及现场照片`, '当事人负责人的《询问笔录》', '从业人员花名册及健康证明查验记录', ...(refused ? ['《责令改正通知书》及送达回证'] : [])],
        violated: '《中华人民共和国食品安全法》第四十五条第二款',
        legalBasis: '《中华人民共和国食品安全法》第四十五条第二款、第一百二十六条第一款第（六）项',
        mitigation: refused ? '' : '当事人系初次违法，已于检查当日安排相关人员停止接触直接入口食品的工作并组织健康检查。',
        penalties: refused ? [`罚款${yuan(fine)}`] : ['警告'],
        content: refused ? `罚款${wan(fine)}` : '警告',
      };
    },
  },
  {
    key: 'false-advertising',
    trades: ['media', 'shop'],
    partyKinds: ['company'],
    build({ random, party, found }) {
      const fee = random.int(8, 40) * 500;
      const times = random.pick([3, 3.5, 4]);
      const fine = Math.round(fee * times);
      const product = random.pick(['净水器', '保暖内衣', '按摩椅', '空气净化器']);
      const claim = random.pick(['可预防多种疾病', '三天见效，无效退款', '获得国家权威认证', '销量全国第一']);
      return {
        caseName: `${party.party.name}发布虚假广告案`,
        facts: `${chineseDate(found)}，本局在网络广告监测中发现，当事人在其微信公众号和门店宣传单上发布${product}广告，宣称该产品“${claim}”。经查，当事人不能提供上述宣传内容的证明材料，广告内容与实际情况不符，欺骗、误导消费者，构成虚假广告。该广告自发布至被查处，广告费用共计${fee}元。`,
        evidence: ['网络广告监测截图及电子数据提取笔录', `${chineseDate(found)}《现场笔录》及宣传单原件`, '当事人法定代表人的《询问笔录》', '广告制作、发布合同及付款凭证'],
        violated: '《中华人民共和国广告法》第四条第一款、第二十八条第一款',
        legalBasis: '《中华人民共和国广告法》第二十八条、第五十五条第一款',
        mitigation: lighter,
        penalties: ['责令停止发布违法广告，在相应范围内消除影响', `罚款${yuan(fine)}（广告费用的${times}倍）`],
        content: `责令停止发布广告，消除影响，罚款${wan(fine)}`,
      };
    },
  },
  {
    key: 'absolute-terms',
    trades: ['shop', 'trading', 'appliance'],
    partyKinds: ['company'],
    build({ random, party, found }) {
      const fine = random.pick([10_000, 20_000, 30_000]);
      const words = random.pick(['“国家级”“最高级”', '“全网最佳”“顶级”', '“最好”“第一品牌”']);
      return {
        caseName: `${party.party.name}发布含有绝对化用语广告案`,
        facts: `${chineseDate(found)}，本局执法人员检查发现，当事人在其网店商品详情页和店内展板上使用${words}等用语宣传其销售的商品。经查，上述广告自发布至被查处，未产生广告费用，当事人在调查期间已全部删除、撤下。`,
        evidence: ['网店页面截图及电子数据提取笔录', `${chineseDate(found)}《现场笔录》及现场照片`, '当事人法定代表人的《询问笔录》', '当事人整改情况说明及整改后页面截图'],
        violated: '《中华人民共和国广告法》第九条第（三）项',
        legalBasis: '《中华人民共和国广告法》第九条第（三）项、第五十七条第（一）项；《中华人民共和国行政处罚法》第三十二条第（一）项',
        mitigation: reduced,
        penalties: ['责令停止发布违法广告', `罚款${yuan(fine)}`],
        content: `责令停止发布广告，罚款${wan(fine)}`,
      };
    },
  },
  {
    key: 'price-tagging',
    trades: ['supermarket', 'shop', 'pharmacy'],
    partyKinds: ['company', 'individual'],
    build({ random, party, found }) {
      const count = random.int(6, 25);
      const fine = random.pick([500, 1_000, 2_000, 3_000]);
      return {
        caseName: `${party.party.name}不按规定明码标价案`,
        facts: `${chineseDate(found)}，本局执法人员对当事人位于${party.address}的经营场所进行价格检查，发现当事人陈列销售的${count}种商品未标示价格，另有部分商品价签标示的品名、规格与实际商品不符。经查，当事人未因此取得违法所得。`,
        evidence: [`${chineseDate(found)}《现场笔录》及现场照片`, '当事人负责人的《询问笔录》', '商品价签及收银系统价格截图'],
        violated: '《中华人民共和国价格法》第十三条第一款',
        legalBasis: '《中华人民共和国价格法》第十三条第一款、第四十二条',
        mitigation: '当事人已于检查次日完成整改。',
        penalties: ['责令改正', `罚款${yuan(fine)}`],
        content: `责令改正，罚款${wan(fine)}`,
      };
    },
    since: '2022-07-01',
  },
  {
    key: 'elevator',
    trades: ['property'],
    partyKinds: ['company'],
    build({ random, party, found }) {
      const fine = random.pick([30_000, 40_000, 50_000]);
      const estate = `${random.pick(['湖畔花园', '新港佳苑', '翠柳小区', '花山名居', '滨江雅苑'])}`;
      const overdue = random.int(12, 80);
      return {
        caseName: `${party.party.name}使用未经定期检验的特种设备案`,
        facts: `${chineseDate(found)}，本局执法人员对当事人管理的${estate}小区进行特种设备安全检查，发现该小区${random.int(1, 12)}号楼${random.int(1, 2)}号乘客电梯的定期检验有效期已届满${overdue}日，当事人未按规定在检验有效期届满前申请定期检验，该电梯仍在继续使用。`,
        evidence: ['电梯使用登记证及上次定期检验报告复印件', `${chineseDate(found)}《现场笔录》及现场照片`, '当事人项目负责人的《询问笔录》', '电梯维护保养记录'],
        violated: '《中华人民共和国特种设备安全法》第四十条第三款',
        legalBasis: '《中华人民共和国特种设备安全法》第四十条第三款、第八十四条第（一）项',
        mitigation: '当事人在检查当日停止使用该电梯，并于七日内完成定期检验，检验结论为合格。',
        penalties: ['责令停止使用该电梯（已检验合格后恢复使用）', `罚款${yuan(fine)}`],
        content: `责令停止使用，罚款${wan(fine)}`,
      };
    },
  },
  {
    key: 'substandard-product',
    trades: ['appliance'],
    partyKinds: ['company', 'individual'],
    build({ random, party, found }) {
      const product = random.pick(['电热水壶', '移动式插座', '电暖器', '儿童电动玩具车']);
      const count = random.int(20, 80);
      const price = random.int(40, 160);
      const value = count * price;
      const sold = random.int(5, 15);
      const gain = sold * random.int(8, 25);
      const fine = value * random.pick([1, 1.5, 2]);
      return {
        caseName: `${party.party.name}销售不符合保障人身、财产安全的国家标准的产品案`,
        facts: `${chineseDate(addDays(found, -45))}，本局在产品质量监督抽查中对当事人销售的${product}进行抽样。经江城市产品质量监督检验所检验，该批次产品“防触电保护”“发热”项目不符合强制性国家标准的要求，检验结论为不合格。${chineseDate(found)}，当事人收到检验报告后未提出复检申请。经查，当事人共购进该批次${product}${count}台（件），进货价${price}元，已售出${sold}台（件），货值金额${value}元，违法所得${gain}元。`,
        evidence: ['抽样单、检验报告及送达回证', `${chineseDate(found)}《现场笔录》`, '当事人负责人的《询问笔录》', '进货单据和销售记录'],
        violated: '《中华人民共和国产品质量法》第十三条第一款',
        legalBasis: '《中华人民共和国产品质量法》第十三条第一款、第四十九条',
        mitigation: '当事人已对未售出产品停止销售，并对已售出产品发布召回公告。',
        penalties: [`没收不合格${product}${count - sold}台（件）`, `没收违法所得${gain}元`, `罚款${yuan(Math.round(fine))}`],
        content: `没收不合格产品和违法所得${gain}元，罚款${wan(Math.round(fine))}`,
      };
    },
  },
  {
    key: 'change-registration',
    trades: ['trading', 'media', 'shop'],
    partyKinds: ['company'],
    since: '2022-06-01',
    build({ random, party, found }) {
      const moved = addDays(found, -random.int(120, 300));
      const ordered = addDays(found, -random.int(30, 45));
      const fine = random.pick([10_000, 15_000, 20_000]);
      return {
        caseName: `${party.party.name}未依照规定办理变更登记案`,
        facts: `经查，当事人于${chineseDate(moved)}将实际经营场所迁至江城市东湖区${random.pick(['工业园一路', '学府路', '东湖大街'])}，未依法在30日内向登记机关申请住所变更登记。本局于${chineseDate(ordered)}向当事人送达《责令改正通知书》，责令其在15日内办理变更登记，当事人逾期仍未办理，拒不改正。`,
        evidence: ['当事人登记档案', '《责令改正通知书》及送达回证', `${chineseDate(found)}《现场笔录》`, '当事人法定代表人的《询问笔录》'],
        violated: '《中华人民共和国市场主体登记管理条例》第二十四条第一款',
        legalBasis: '《中华人民共和国市场主体登记管理条例》第二十四条第一款、第四十六条',
        mitigation: '',
        penalties: [`罚款${yuan(fine)}`],
        content: `罚款${wan(fine)}`,
      };
    },
  },
  {
    key: 'unlabelled-food',
    trades: ['supermarket', 'shop'],
    partyKinds: ['company', 'individual'],
    build({ random, party, found }) {
      const count = random.int(20, 90);
      const price = random.int(6, 20);
      const value = count * price;
      const fine = random.pick([5_000, 8_000, 10_000]);
      const food = random.pick(['散装称重后预先包装的牛肉干', '预包装糕点', '分装的坚果炒货']);
      return {
        caseName: `${party.party.name}经营无标签的预包装食品案`,
        facts: `${chineseDate(found)}，本局执法人员对当事人位于${party.address}的经营场所进行检查，发现当事人销售的${food}共${count}袋，包装上无任何标签，未标注生产者名称、生产日期、保质期等事项。经查，涉案食品货值金额${value}元，当事人尚未售出。`,
        evidence: [`${chineseDate(found)}《现场笔录》及现场照片`, '当事人负责人的《询问笔录》', '涉案食品的进货凭证', '《实施行政强制措施决定书》及财物清单'],
        violated: '《中华人民共和国食品安全法》第六十七条第一款',
        legalBasis: '《中华人民共和国食品安全法》第一百二十五条第一款第（二）项',
        mitigation: lighter,
        penalties: [`没收无标签的${food}${count}袋`, `罚款${yuan(fine)}`],
        content: `没收违法经营的食品，罚款${wan(fine)}`,
      };
    },
  },
];

export interface LicenceKind {
  key: string;
  trades: Trade[];
  partyKinds: ('company' | 'individual')[];
  /** Title of the licence, the legal basis and the body of the decision. */
  build(context: CaseContext & { serial: string }): { caseName: string; legalBasis: string; content: string; body: string[] };
}

const FOOD_LICENCE_BASIS = '《中华人民共和国食品安全法》第三十五条；《中华人民共和国行政许可法》第三十八条第一款';

function foodLicence(kind: '新办' | '变更' | '延续'): LicenceKind {
  return {
    key: `food-licence-${kind}`,
    trades: kind === '新办' ? ['restaurant', 'shop', 'supermarket'] : ['restaurant', 'supermarket', 'pharmacy'],
    partyKinds: ['company', 'individual'],
    build({ random, party, found, decided, serial }) {
      const items = random.pick(['预包装食品（含冷藏冷冻食品）销售，散装食品（含冷藏冷冻食品）销售', '热食类食品制售，冷食类食品制售', '热食类食品制售，糕点类食品制售（含裱花蛋糕）', '预包装食品销售，保健食品销售']);
      const licence = `JY${random.pick(['1', '2'])}429901${serial}${random.int(0, 9)}`;
      const validUntil = addDays(`${Number(decided.slice(0, 4)) + 5}${decided.slice(4)}`, -1);
      const body = {
        新办: `你（单位）于${chineseDate(found)}提出的食品经营许可（新办）申请，本局已于当日受理。经审查并现场核查，你（单位）的申请符合《中华人民共和国食品安全法》第三十五条和《食品经营许可和备案管理办法》规定的条件。`,
        变更: `你（单位）于${chineseDate(found)}提出的食品经营许可变更申请（变更事项：经营项目），本局已于当日受理。经审查，你（单位）的申请符合《食品经营许可和备案管理办法》规定的条件。`,
        延续: `你（单位）于${chineseDate(found)}提出的食品经营许可延续申请，本局已于当日受理。经审查，你（单位）的经营条件未发生变化，申请符合《食品经营许可和备案管理办法》规定的条件。`,
      }[kind];
      return {
        caseName: `${party.party.name}食品经营许可（${kind}）`,
        legalBasis: FOOD_LICENCE_BASIS,
        content: `准予食品经营许可（${kind}），许可证编号${licence}，有效期至${chineseDate(validUntil)}`,
        body: [
          body,
          '根据《中华人民共和国行政许可法》第三十八条第一款的规定，本局决定准予行政许可，核发食品经营许可证：',
          `许可证编号：${licence}\n经营项目：${items}\n有效期：自${chineseDate(decided)}至${chineseDate(validUntil)}`,
          '请持本决定书到东湖区政务服务中心市场监管综合窗口领取许可证，或者选择邮寄送达。',
        ],
      };
    },
  };
}

export const LICENCE_KINDS: LicenceKind[] = [
  foodLicence('新办'),
  foodLicence('变更'),
  foodLicence('延续'),
  {
    key: 'equipment-registration',
    trades: ['property'],
    partyKinds: ['company'],
    build({ random, party, found, decided }) {
      const count = random.int(2, 8);
      const estate = random.pick(['湖畔花园', '新港佳苑', '翠柳小区', '花山名居', '滨江雅苑']);
      return {
        caseName: `${party.party.name}${estate}小区乘客电梯${count}台使用登记`,
        legalBasis: '《中华人民共和国特种设备安全法》第三十三条；《中华人民共和国行政许可法》第三十八条第一款',
        content: `准予${estate}小区乘客电梯${count}台的使用登记，核发使用登记证`,
        body: [
          `你单位于${chineseDate(found)}提出的${estate}小区${count}台乘客电梯使用登记申请，本局已于当日受理。经审查，上述电梯已经监督检验合格，申请材料齐全、符合法定形式。`,
          `根据《中华人民共和国特种设备安全法》第三十三条和《中华人民共和国行政许可法》第三十八条第一款的规定，本局决定准予使用登记，核发特种设备使用登记证${count}份（登记证编号：梯11东湖${decided.slice(2, 4)}${String(random.int(100, 899)).padStart(4, '0')}起连续${count}号）。`,
          '请将使用登记标志置于电梯的显著位置。',
        ],
      };
    },
  },
];

/** The coercive measure: seizure of goods pending investigation (行政强制措施). */
export function seizure({ random, party, found }: CaseContext): { caseName: string; legalBasis: string; content: string; body: string[] } {
  const goods = random.pick(['无中文标签的进口饼干', '涉嫌超过保质期的速冻食品', '涉嫌不合格的电动自行车充电器']);
  const count = random.int(30, 200);
  return {
    caseName: `${party.party.name}涉嫌经营不符合安全标准的商品扣押案`,
    legalBasis: '《中华人民共和国食品安全法》第一百一十条第（四）项；《中华人民共和国行政强制法》第九条、第二十四条',
    content: `扣押${goods}${count}件，期限30日`,
    body: [
      `本局在${chineseDate(found)}的检查中发现，你（单位）经营的${goods}涉嫌不符合安全标准，为防止危害扩大、便于查明事实，依据《中华人民共和国食品安全法》第一百一十条第（四）项和《中华人民共和国行政强制法》第九条、第二十四条的规定，本局决定对下列财物实施扣押：`,
      `${goods}${count}件（详见《场所、设施、财物清单》）。`,
      `扣押期限为30日，自${chineseDate(found)}起至${chineseDate(addDays(found, 29))}止。情况复杂的，经本局负责人批准可以延长，但延长期限不超过30日。扣押期间，对扣押的财物不得使用、转移、毁损或者擅自处理。`,
    ],
  };
}
