// A deterministic corpus of Chinese administrative-penalty decisions for the scan benchmark (runs in Node and
// in Chromium: no Node imports). Each decision has a party block (a natural person with ID, home address,
// phones, e-mail; or a company with USCC, legal representative, registered address), a narrative with dates,
// amounts, law citations, third parties named by role and named again, their contact details, health
// details, bank cards and company accounts, masked forms (张某, 138****5678, 330106********1234) and
// look-alikes (serial numbers built like IDs, licence codes, hotlines), the decision, the payment
// instructions with the treasury account, the remedy clause and the agency footer with its officers.
import { idCheckCharacter } from '../../shared/detectors/id-number.ts';
import { isLuhnValid } from '../../shared/detectors/bank-account.ts';

/** Mulberry32: small, fast, deterministic. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红燕鹏辉婷宇浩凯健俊帆旭宁龙林欣佳怡梓涵轩子晨雨泽瑞博文思嘉诗雅琪晓建国志海永德立春金成兴福祥荣生宏东新光玲凤兰珍梅莉琳慧';
const CITIES = [
  ['浙江省', '杭州市', ['西湖区', '上城区', '拱墅区', '滨江区'], '330106'],
  ['江苏省', '南京市', ['鼓楼区', '玄武区', '秦淮区', '建邺区'], '320106'],
  ['广东省', '广州市', ['天河区', '越秀区', '海珠区', '白云区'], '440106'],
  ['四川省', '成都市', ['武侯区', '锦江区', '青羊区', '金牛区'], '510107'],
  ['湖北省', '武汉市', ['江岸区', '江汉区', '洪山区', '武昌区'], '420106'],
  ['山东省', '济南市', ['历下区', '市中区', '槐荫区', '天桥区'], '370102'],
  ['河南省', '郑州市', ['金水区', '中原区', '二七区', '管城区'], '410105'],
  ['福建省', '福州市', ['鼓楼区', '台江区', '仓山区', '晋安区'], '350102'],
] as const;
const ROADS = ['中山路', '解放路', '人民路', '建设路', '文化路', '和平路', '新华路', '长江路', '黄河路', '朝阳路', '光明街', '胜利街'];
const ESTATES = ['阳光花园', '幸福家园', '金色港湾', '翠苑小区', '锦绣华庭', '滨江花园', '世纪新城', '和谐家园'];
const ROLES = ['消费者', '证人', '举报人', '投诉人', '员工', '驾驶员', '顾客', '患者', '购买人', '店员', '村民', '乘客', '委托代理人', '收银员', '项目经理'];
const SECTORS = [
  ['市场监督管理局', '食品安全法', '销售超过保质期的食品', '食品经营许可证编号'],
  ['生态环境局', '大气污染防治法', '未按规定使用污染防治设施排放大气污染物', '排污许可证编号'],
  ['交通运输局', '道路运输条例', '未取得道路运输经营许可擅自从事经营活动', '道路运输经营许可证号'],
  ['卫生健康委员会', '医疗机构管理条例', '未取得医疗机构执业许可证擅自执业', '医疗机构执业许可证登记号'],
  ['应急管理局', '安全生产法', '未对从业人员进行安全生产教育和培训', '安全生产许可证编号'],
  ['文化和旅游局', '旅游法', '指定具体购物场所并获取回扣', '旅行社业务经营许可证编号'],
] as const;
const CONDITIONS = ['2型糖尿病', '高血压', '腰椎间盘突出', '慢性胃炎', '冠心病', '过敏性哮喘', '右手桡骨骨折', '急性肠胃炎'];
const LAW_PARAGRAPHS = [
  '本局认为，当事人的上述行为违反了《中华人民共和国{law}》第三十四条第一款的规定，依据该法第一百二十四条第一款的规定，应予处罚。当事人在案件调查过程中能够主动配合调查，如实陈述违法事实，主动提供证据材料，符合《中华人民共和国行政处罚法》第三十二条的规定，依法可以从轻处罚。',
  '本局于{date}向当事人送达了《行政处罚告知书》，告知当事人拟作出行政处罚的事实、理由、依据及处罚内容，并告知当事人依法享有陈述、申辩和要求听证的权利。当事人在法定期限内提出了陈述、申辩意见，本局经复核认为，当事人提出的理由不能成立，不予采纳。',
  '根据《中华人民共和国行政处罚法》第五十七条的规定，调查终结，行政机关负责人应当对调查结果进行审查，根据不同情况，分别作出如下决定：确有应受行政处罚的违法行为的，根据情节轻重及具体情况，作出行政处罚决定。本案经本局负责人集体讨论决定，依法作出如下处罚。',
  '上述事实，有现场检查笔录、现场照片、询问笔录、当事人营业执照复印件、身份证复印件、进货单据、销售记录、检验报告等证据证明，证据确实充分，足以认定。',
  '关于当事人提出的陈述申辩意见，本局复核如下：当事人称其对违法行为并不知情，且违法行为持续时间较短、违法所得较少，请求免予处罚。经查，当事人作为经营者，负有依法审查、核验的法定义务，其未履行上述义务，主观上存在过错；违法行为虽持续时间较短，但已造成一定社会影响，不符合《中华人民共和国行政处罚法》第三十三条规定的不予处罚情形，故对当事人的该项申辩意见不予采纳。',
  '本局在作出处罚决定时，综合考虑了以下因素：一是当事人的违法行为持续时间、涉及范围和社会危害程度；二是当事人在案发后积极整改，主动消除违法行为的危害后果；三是当事人系初次违法，此前未受到过同类行政处罚；四是当事人在调查过程中能够如实陈述违法事实并主动提供相关证据。根据本局行政处罚裁量权基准的相关规定，本案属于一般违法情形，依法在法定幅度内予以处罚。',
  '本案经本局法制审核机构审核，认为本案事实清楚，证据确实充分，适用法律正确，程序合法，处罚适当，同意作出行政处罚决定。本案经本局负责人集体讨论，决定依法对当事人作出行政处罚。',
  '另查明，当事人在本局立案调查后，已主动停止违法行为，对存在的问题进行了全面整改，建立健全了内部管理制度，加强了对从业人员的教育培训，并向本局提交了书面整改报告。本局执法人员对当事人的整改情况进行了复查，确认整改到位。',
  '本局认为，依法诚信经营是经营者的基本义务。当事人作为市场主体，应当严格遵守法律法规的规定，依法履行相应的主体责任，切实保障人民群众的合法权益。当事人的上述行为扰乱了正常的市场秩序，损害了相关权利人的合法权益，依法应当承担相应的法律责任。',
  '依据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，本局于法定期限内向当事人告知了拟作出行政处罚决定的事实、理由及依据，以及当事人依法享有的陈述权、申辩权。当事人在规定期限内未提出陈述、申辩意见，亦未要求举行听证，视为放弃上述权利。',
];

export interface CorpusOptions {
  /** Approximate length in characters (UTF-16 code units). */
  size: number;
  seed?: number;
}

/** A corpus of decisions separated by blank lines, about `size` characters long. */
export function generateDecisionCorpus({ size, seed = 20240520 }: CorpusOptions): string {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const digits = (count: number) => Array.from({ length: count }, () => Math.floor(next() * 10)).join('');
  const int = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const name = () => pick([...SURNAMES]) + pick([...GIVEN]) + (next() < 0.8 ? pick([...GIVEN]) : '');
  const date = (year = int(2023, 2024)) => `${year}年${int(1, 12)}月${int(1, 28)}日`;
  const idNumber = (region: string, year = int(1955, 2000)) => {
    const body = `${region}${year}${String(int(1, 12)).padStart(2, '0')}${String(int(1, 28)).padStart(2, '0')}${digits(3)}`;
    return body + idCheckCharacter(body);
  };
  /** A serial number built like an ID whose check character is wrong (as such numbers are in the dev corpus). */
  const serialLikeId = (region: string, year: number) => {
    const body = `${region}${year}0${int(1, 9)}${int(10, 28)}${digits(3)}`;
    const check = idCheckCharacter(body);
    return body + (check === '0' ? '1' : check === 'X' ? '0' : String((Number(check) + 1) % 10));
  };
  const mobile = () => pick(['138', '139', '150', '151', '158', '186', '187', '135', '177', '199']) + digits(8);
  const card = () => {
    for (;;) {
      const candidate = pick(['622202', '621483', '622848', '621785', '436742']) + digits(int(10, 13));
      if (isLuhnValid(candidate)) return candidate;
    }
  };
  const address = (city: (typeof CITIES)[number]) => `${city[0]}${city[1]}${pick(city[2])}${pick(ROADS)}${int(1, 999)}号${pick(ESTATES)}${int(1, 30)}幢${int(1, 6)}单元${int(1, 30)}0${int(1, 4)}室`;
  const amount = () => `${int(1, 50) * 100}元`;

  const decisions: string[] = [];
  let length = 0;
  while (length < size) {
    const city = pick(CITIES);
    const [agency, law, violation, licence] = pick(SECTORS);
    const isNatural = next() < 0.5;
    const party = isNatural ? name() : `${city[1]}${pick(['恒通', '鑫达', '华盛', '金穗', '宏远', '瑞丰'])}${pick(['商贸', '科技', '餐饮', '物流', '建材'])}有限公司`;
    const year = int(2023, 2024);
    const lines: string[] = [`${city[1]}${pick(city[2])}${agency}`, '行政处罚决定书', `${city[1].slice(0, 1)}${agency.slice(0, 2)}罚〔${year}〕${int(1, 300)}号`, ''];
    if (isNatural) {
      lines.push(`当事人：${party}，${pick(['男', '女'])}`, `身份证号码：${next() < 0.85 ? idNumber(city[3]) : `${city[3]}********${digits(4)}`}`, `住址：${address(city)}`);
      lines.push(`联系电话：${next() < 0.7 ? mobile() : `0${int(20, 29)}-${int(2, 8)}${digits(7)}`}`);
      if (next() < 0.4) lines.push(`电子邮箱：${pick(['zhang', 'li', 'wang', 'chen', 'liu'])}${digits(4)}@${pick(['163.com', 'qq.com', '126.com'])}`);
    } else {
      const body = `91${city[3]}MA${digits(2)}${pick(['A', 'B', 'C', 'D'])}${digits(3)}${pick(['K', 'L', 'M', 'N'])}`;
      lines.push(`当事人：${party}`, `统一社会信用代码：${body}${digits(1)}`, `法定代表人：${name()}`, `住所：${city[0]}${city[1]}${pick(city[2])}${pick(ROADS)}${int(1, 999)}号`, `联系电话：0${int(20, 29)}-${int(2, 8)}${digits(7)}`);
    }
    lines.push(`${licence}：${pick(['JY1', 'ZX', '浙B2-'])}${digits(12)}`, '');
    const narrative: string[] = [];
    const people: string[] = [];
    for (let p = int(1, 3); p > 0; p -= 1) {
      const person = name();
      people.push(person);
      const role = pick(ROLES);
      let sentence = `${date(year)}，本局执法人员对当事人进行检查，发现当事人涉嫌${violation}。${role}${person}`;
      sentence += next() < 0.6 ? `（联系电话：${mobile()}）` : '';
      sentence += `证实，其于${date(year)}在当事人处消费${amount()}，当事人收取费用后出具了收据。`;
      if (next() < 0.25) sentence += `${person}自述患有${pick(CONDITIONS)}，要求当事人赔偿医疗费用${amount()}。`;
      if (next() < 0.3) sentence += `另有${pick(ROLES)}${pick([...SURNAMES])}某（${mobile().slice(0, 3)}****${digits(4)}）反映了类似情况。`;
      if (next() < 0.3) sentence += `经查，当事人通过其名下银行卡（卡号：${card()}）收取款项共计${amount()}。`;
      if (next() < 0.2) sentence += `当事人通过其对公账户（开户行：中国建设银行${city[1]}分行，账号：${digits(int(14, 19))}）支付货款。`;
      if (next() < 0.25) sentence += `检验报告编号：${serialLikeId(city[3], year)}。`;
      narrative.push(sentence);
    }
    narrative.push(`以上事实有${people.map((person) => `${person}的证言`).join('、')}、现场检查笔录等证据证明。${pick(ROLES)}${pick(people)}的询问笔录已附卷。`);
    for (let p = int(4, 7); p > 0; p -= 1) narrative.push(pick(LAW_PARAGRAPHS).replace('{law}', law).replace('{date}', date(year)));
    lines.push(...narrative.flatMap((paragraph) => [paragraph, '']));
    lines.push(`综上，本局决定：一、责令当事人改正违法行为；二、没收违法所得${amount()}；三、罚款人民币${int(1, 20)}万元。`, '');
    lines.push(`当事人应当自收到本决定书之日起十五日内将罚款缴至${city[1]}财政局非税收入专户（开户银行：中国工商银行${city[1]}分行，账号：${digits(19)}）。逾期不缴纳罚款的，每日按罚款数额的3%加处罚款。`, '');
    lines.push(`当事人如不服本决定，可以在收到本决定书之日起六十日内向${city[1]}人民政府申请行政复议，也可以在六个月内依法向${city[1]}${pick(city[2])}人民法院提起行政诉讼。`, '');
    lines.push(`${city[1]}${agency}`, date(year), `（地址：${city[1]}${pick(city[2])}${pick(ROADS)}${int(1, 300)}号，邮政编码：${digits(6)}，联系电话：0${int(20, 29)}-${int(2, 8)}${digits(7)}，投诉举报电话：12315）`);
    lines.push(`执法人员：${name()}（执法证号：${digits(11)}）、${name()}（执法证号：${digits(11)}）`);
    const decision = lines.join('\n');
    decisions.push(decision);
    length += decision.length + 2;
  }
  return decisions.join('\n\n');
}
