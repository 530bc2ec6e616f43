// Legal basis (real national laws and rules, cited by number and date; article texts quoted only where short
// and well known), the city's discretion benchmark (invented), the legal-review catalogue and the list of matters
// recorded on audio and video.
import type { AvRecordingSection, LegalBasisSection, LegalReviewCatalogueSection } from '../../../shared/schema/index.ts';
import { SITE } from './agency.ts';

const NPC = '全国人民代表大会常务委员会';
const SAMR = '国家市场监督管理总局';
const LAW_DATABASE = 'https://flk.npc.gov.cn/';

export const LEGAL_BASIS: LegalBasisSection = {
  updated: '2026-03-16',
  documents: [
    {
      title: '中华人民共和国行政处罚法', issuer: NPC, number: '中华人民共和国主席令第七十号', level: 'law', effectiveDate: '2021-07-15', url: LAW_DATABASE,
      articles: [
        { number: '第三十三条第一款', text: '违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。初次违法且危害后果轻微并及时改正的，可以不予行政处罚。' },
        { number: '第四十八条', text: '具有一定社会影响的行政处罚决定应当依法公开。公开的行政处罚决定被依法变更、撤销、确认违法或者确认无效的，行政机关应当在三日内撤回行政处罚决定信息并公开说明理由。' },
        { number: '第五十一条', text: '违法事实确凿并有法定依据，对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款或者警告的行政处罚的，可以当场作出行政处罚决定。法律另有规定的，从其规定。' },
      ],
    },
    {
      title: '中华人民共和国行政许可法', issuer: NPC, number: '中华人民共和国主席令第二十九号（2019年修正）', level: 'law', effectiveDate: '2019-04-23', url: LAW_DATABASE,
      articles: [
        { number: '第四十二条第一款', text: '除可以当场作出行政许可决定的外，行政机关应当自受理行政许可申请之日起二十日内作出行政许可决定。二十日内不能作出决定的，经本行政机关负责人批准，可以延长十日，并应当将延长期限的理由告知申请人。但是，法律、法规另有规定的，依照其规定。' },
      ],
    },
    { title: '中华人民共和国行政强制法', issuer: NPC, number: '中华人民共和国主席令第四十九号', level: 'law', effectiveDate: '2012-01-01', url: LAW_DATABASE },
    {
      title: '中华人民共和国食品安全法', issuer: NPC, number: '中华人民共和国主席令第八十一号（2021年修正）', level: 'law', effectiveDate: '2021-04-29', url: LAW_DATABASE,
      articles: [
        { number: '第三十五条第一款', text: '国家对食品生产经营实行许可制度。从事食品生产、食品销售、餐饮服务，应当依法取得许可。但是，销售食用农产品和仅销售预包装食品的，不需要取得许可。仅销售预包装食品的，应当报所在地县级以上地方人民政府食品安全监督管理部门备案。' },
        { number: '第一百二十二条' },
        { number: '第一百二十四条' },
        { number: '第一百二十五条' },
        { number: '第一百二十六条' },
      ],
    },
    { title: '中华人民共和国产品质量法', issuer: NPC, number: '中华人民共和国主席令第二十二号（2018年修正）', level: 'law', effectiveDate: '2018-12-29', url: LAW_DATABASE, articles: [{ number: '第四十九条' }, { number: '第五十条' }] },
    { title: '中华人民共和国广告法', issuer: NPC, number: '中华人民共和国主席令第八十一号（2021年修正）', level: 'law', effectiveDate: '2021-04-29', url: LAW_DATABASE, articles: [{ number: '第九条' }, { number: '第二十八条' }, { number: '第五十五条' }, { number: '第五十七条' }] },
    {
      title: '中华人民共和国价格法', issuer: NPC, number: '中华人民共和国主席令第九十二号', level: 'law', effectiveDate: '1998-05-01', url: LAW_DATABASE,
      articles: [
        { number: '第十三条第一款', text: '经营者销售、收购商品和提供服务，应当按照政府价格主管部门的规定明码标价，注明商品的品名、产地、规格、等级、计价单位、价格或者服务的项目、收费标准等有关情况。' },
        { number: '第四十二条' },
      ],
    },
    {
      title: '中华人民共和国特种设备安全法', issuer: NPC, number: '中华人民共和国主席令第四号', level: 'law', effectiveDate: '2014-01-01', url: LAW_DATABASE,
      articles: [
        { number: '第三十三条', text: '特种设备使用单位应当在特种设备投入使用前或者投入使用后三十日内，向负责特种设备安全监督管理的部门办理使用登记，取得使用登记证书。登记标志应当置于该特种设备的显著位置。' },
        { number: '第八十三条' },
        { number: '第八十四条' },
      ],
    },
    { title: '中华人民共和国药品管理法', issuer: NPC, number: '中华人民共和国主席令第三十一号（2019年修订）', level: 'law', effectiveDate: '2019-12-01', url: LAW_DATABASE },
    { title: '医疗器械监督管理条例', issuer: '国务院', number: '中华人民共和国国务院令第739号', level: 'administrative-regulation', effectiveDate: '2021-06-01', url: LAW_DATABASE },
    { title: '中华人民共和国市场主体登记管理条例', issuer: '国务院', number: '中华人民共和国国务院令第746号', level: 'administrative-regulation', effectiveDate: '2022-03-01', url: LAW_DATABASE, articles: [{ number: '第二十四条' }, { number: '第四十六条' }] },
    { title: '市场监督管理行政处罚程序规定', issuer: SAMR, number: '国家市场监督管理总局令第2号', level: 'rule', effectiveDate: '2019-04-01' },
    { title: '明码标价和禁止价格欺诈规定', issuer: SAMR, number: '国家市场监督管理总局令第56号', level: 'rule', effectiveDate: '2022-07-01' },
    { title: '食品经营许可和备案管理办法', issuer: SAMR, number: '国家市场监督管理总局令第78号', level: 'rule', effectiveDate: '2023-12-01' },
    { title: '江城市市场监督管理局行政处罚裁量权适用规则', issuer: '江城市市场监督管理局', number: '江市监规〔2022〕3号', level: 'normative-document', effectiveDate: '2022-09-01', url: `${SITE}/zfgs/cljz-2022.html` },
  ],
  benchmarks: [
    {
      title: '江城市市场监督管理行政处罚裁量基准（食品、价格、特种设备、广告、登记部分）',
      issuer: '江城市市场监督管理局',
      number: '江市监规〔2022〕3号附件',
      effectiveDate: '2022-09-01',
      url: `${SITE}/zfgs/cljz-2022.html`,
      entries: [
        { violation: '经营超过保质期的食品', basis: '《中华人民共和国食品安全法》第三十四条第（十）项、第一百二十四条第一款第（五）项', circumstance: '较轻：货值金额不足一万元，初次违法，主动下架并如实说明进货来源', penalty: '没收违法所得和违法经营的食品，并处五万元以上六万元以下罚款' },
        { violation: '经营超过保质期的食品', basis: '同上', circumstance: '一般：货值金额不足一万元，不具有从轻、从重情节', penalty: '没收违法所得和违法经营的食品，并处六万元以上八万元以下罚款' },
        { violation: '经营超过保质期的食品', basis: '同上', circumstance: '较重：货值金额一万元以上，或者经责令改正后再次发现', penalty: '没收违法所得和违法经营的食品，并处货值金额十倍以上二十倍以下罚款；情节严重的，吊销许可证' },
        { violation: '未取得食品经营许可从事食品经营活动', basis: '《中华人民共和国食品安全法》第三十五条第一款、第一百二十二条第一款', circumstance: '一般：货值金额不足一万元', penalty: '没收违法所得和违法经营的食品，并处五万元以上十万元以下罚款' },
        { violation: '安排未取得健康证明的人员从事接触直接入口食品的工作', basis: '《中华人民共和国食品安全法》第四十五条第二款、第一百二十六条第一款第（六）项', circumstance: '初次发现且当场改正', penalty: '责令改正，给予警告' },
        { violation: '安排未取得健康证明的人员从事接触直接入口食品的工作', basis: '同上', circumstance: '拒不改正', penalty: '处五千元以上五万元以下罚款' },
        { violation: '经营者不按规定明码标价', basis: '《中华人民共和国价格法》第十三条第一款、第四十二条', circumstance: '首次违法，经责令改正后及时改正', penalty: '责令改正，可以不予罚款' },
        { violation: '经营者不按规定明码标价', basis: '同上', circumstance: '有违法所得或者拒不改正', penalty: '责令改正，没收违法所得，并处五千元以下罚款' },
        { violation: '使用未经定期检验的特种设备', basis: '《中华人民共和国特种设备安全法》第四十条第三款、第八十四条第（一）项', circumstance: '一般：超过检验有效期不足三个月，未发生事故', penalty: '责令停止使用，处三万元以上十万元以下罚款' },
        { violation: '使用特种设备未按照规定办理使用登记', basis: '《中华人民共和国特种设备安全法》第三十三条、第八十三条第（一）项', circumstance: '逾期未改正', penalty: '责令停止使用，处一万元以上三万元以下罚款' },
        { violation: '发布虚假广告', basis: '《中华人民共和国广告法》第二十八条、第五十五条第一款', circumstance: '一般：广告费用可以计算，首次违法', penalty: '责令停止发布广告，在相应范围内消除影响，处广告费用三倍以上四倍以下罚款' },
        { violation: '市场主体未依照规定办理变更登记', basis: '《中华人民共和国市场主体登记管理条例》第二十四条、第四十六条', circumstance: '经责令改正后拒不改正', penalty: '处一万元以上三万元以下罚款' },
      ],
    },
  ],
};

export const LEGAL_REVIEW_CATALOGUE: LegalReviewCatalogueSection = {
  updated: '2026-03-16',
  items: [
    { kind: '行政处罚', criteria: '拟作出较大数额罚款或者没收较大数额违法所得、非法财物的', level: '区级', field: '市场监管各领域', amountThreshold: '对个人罚款或者没收金额1万元以上，对法人或者其他组织10万元以上', reviewer: '法规科' },
    { kind: '行政处罚', criteria: '拟作出吊销许可证件、降低资质等级、责令停产停业、责令关闭、限制从业的', level: '区级', field: '市场监管各领域', reviewer: '法规科' },
    { kind: '行政处罚', criteria: '拟适用一般程序作出行政处罚决定的（办审分离）', level: '区级', field: '市场监管各领域', reviewer: '法规科' },
    { kind: '行政许可', criteria: '拟作出不予许可决定，或者依法变更、撤回、撤销行政许可的', level: '区级', field: '食品经营、特种设备', reviewer: '法规科' },
    { kind: '行政强制', criteria: '拟对涉案财物采取查封、扣押措施，且财物价值较大的', level: '区级', field: '食品安全、产品质量、特种设备', amountThreshold: '涉案财物价值5万元以上', reviewer: '法规科' },
    { kind: '其他', criteria: '经过听证程序、案情疑难复杂、涉及多个法律关系，或者可能造成重大社会影响的', level: '区级', field: '市场监管各领域', reviewer: '法规科（必要时听取法律顾问、公职律师意见）' },
  ],
};

export const AV_RECORDING: AvRecordingSection = {
  updated: '2026-03-16',
  items: [
    { scene: '查封、扣押场所、设施或者财物', recording: 'full' },
    { scene: '责令停产停业、吊销许可证件等决定的现场执行', recording: 'full' },
    { scene: '罚没物品的处置、销毁', recording: 'full' },
    { scene: '组织听证', recording: 'full' },
    { scene: '询问室内的询问（调查）', recording: 'full' },
    { scene: '日常监督检查、双随机抽查的现场检查', recording: 'as-needed' },
    { scene: '抽样取证、证据先行登记保存', recording: 'as-needed' },
    { scene: '当场作出行政处罚决定（简易程序）', recording: 'as-needed' },
    { scene: '留置送达、公告送达', recording: 'as-needed' },
    { scene: '处理投诉举报的现场核查', recording: 'as-needed' },
  ],
};
