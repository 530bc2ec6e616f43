// The parties of the sample decisions: companies (public: name, USCC, address, legal representative),
// 个体工商户 (public: trade name, USCC, business address, operator) and natural persons (public: the name; the
// rest masked as published decisions must: ID as 429901********1234, home address cut to the district).
import type { Party } from '../../../shared/schema/index.ts';
import { REGION_CODE, uscc } from './identifiers.ts';
import { personNames } from './names.ts';
import type { Random } from './random.ts';

export type Trade = 'shop' | 'supermarket' | 'restaurant' | 'property' | 'media' | 'appliance' | 'pharmacy' | 'trading';

export interface PartyDetails {
  party: Party;
  /** The lines that introduce the party at the top of a decision, already redacted. */
  header: string[];
  /** How the text refers to the party after the header. */
  short: '当事人';
  address: string;
}

const BRANDS = '湖畔 锦程 丰禾 润达 嘉和 晨曦 益民 安和 聚福 同顺 顺景 云帆 长青 德润 恒泰 佳禾 悦邻 新港 东润 和鑫 百川 鼎盛 禾丰 春晖 汇源达 明湖 星河 瑞丰 柳岸 鸿福 康宁 金穗 乐邦 绿野 青禾 信达 万家兴 盈泰 南湖 福满园 品鲜 睿达 远航 合众 兴隆 诚信源 晓月 启航 丰源 泰和 博远 优选 天和 福满家 湖韵 四季鲜'.split(' ');
const ROADS = ['湖滨路', '湖光大道', '新港路', '花山大道', '东湖大街', '滨江路', '翠柳街', '建设路', '学府路', '工业园一路'];
const SUFFIX: Record<Trade, [company: string, single: string]> = {
  shop: ['商贸有限公司', '便利店'],
  supermarket: ['超市有限公司', '副食店'],
  restaurant: ['餐饮管理有限公司', '小吃店'],
  property: ['物业服务有限公司', '物业服务部'],
  media: ['文化传媒有限公司', '广告工作室'],
  appliance: ['电器销售有限公司', '五金电器店'],
  pharmacy: ['医药连锁有限公司', '大药房'],
  trading: ['贸易有限公司', '经营部'],
};

export function partyFactory(random: Random) {
  const people = personNames(random, 200);
  const brands = random.sample(BRANDS, BRANDS.length);
  let nextPerson = 0;
  let nextBrand = 0;
  const person = () => people[nextPerson++ % people.length] ?? '';
  const brand = () => brands[nextBrand++ % brands.length] ?? '';
  const address = () => `江城市东湖区${random.pick(ROADS)}${random.int(1, 399)}号`;
  const maskedId = () => `${REGION_CODE}********${random.int(1000, 9999)}`;

  return {
    /** Any name, for an officer or a masked third party. */
    person,
    company(trade: Trade): PartyDetails {
      const name = `江城市${brand()}${SUFFIX[trade][0]}`;
      const code = uscc(random, '91');
      const representative = person();
      const place = address();
      return {
        party: { kind: 'legal', name, uscc: code, legalRepresentative: representative },
        header: [`当事人：${name}`, `统一社会信用代码：${code}`, `住所：${place}`, `法定代表人：${representative}`],
        short: '当事人',
        address: place,
      };
    },
    individualBusiness(trade: Trade): PartyDetails {
      const name = `江城市东湖区${brand()}${SUFFIX[trade][1]}`;
      const code = uscc(random, '92');
      const operator = person();
      const place = address();
      return {
        party: { kind: 'other', name, uscc: code, legalRepresentative: operator },
        header: [`当事人：${name}（个体工商户）`, `统一社会信用代码：${code}`, `经营场所：${place}`, `经营者：${operator}`, `经营者身份证号码：${maskedId()}`],
        short: '当事人',
        address: place,
      };
    },
    naturalPerson(): PartyDetails {
      const name = person();
      const born = random.int(1965, 1998);
      return {
        party: { kind: 'natural', name },
        header: [`当事人：${name}`, `性别：${random.chance(0.6) ? '男' : '女'}`, `出生年份：${born}年`, `身份证号码：${maskedId()}`, '住址：江城市东湖区（详细地址已隐去）'],
        short: '当事人',
        address: '江城市东湖区',
      };
    },
  };
}

export type PartyFactory = ReturnType<typeof partyFactory>;
