// The random-inspection list (双随机一公开) and published results of its inspections in 2025–2026.
import type { InspectionItem, InspectionListSection, InspectionResult } from '../../../shared/schema/index.ts';
import { workingDayAfter } from './dates.ts';
import type { Random } from './random.ts';

const BODY = '江城市东湖区市场监督管理局';

const ITEMS: InspectionItem[] = [
  { name: '食品销售者检查', basis: '《中华人民共和国食品安全法》第一百一十条', body: BODY, target: '辖区内取得食品经营许可的食品销售者', content: '经营资质、进货查验记录、食品贮存条件、过期食品处置、标签标识', method: '现场检查，必要时抽样检验', ratio: '不低于检查对象总数的5%', frequency: '每年不少于1次' },
  { name: '餐饮服务提供者检查', basis: '《中华人民共和国食品安全法》第一百一十条', body: BODY, target: '辖区内餐饮服务提供者（含学校、托幼机构食堂）', content: '许可证公示、从业人员健康证明、加工制作规范、餐饮具清洗消毒、食品添加剂使用', method: '现场检查', ratio: '不低于检查对象总数的5%；学校食堂全覆盖', frequency: '每年不少于1次' },
  { name: '特种设备使用单位检查', basis: '《中华人民共和国特种设备安全法》第五十七条', body: BODY, target: '辖区内电梯、锅炉、压力容器、场（厂）内专用机动车辆使用单位', content: '使用登记、定期检验、作业人员持证、安全管理制度和应急预案', method: '现场检查', ratio: '不低于检查对象总数的3%', frequency: '每年不少于1次' },
  { name: '工业产品生产许可证获证企业检查', basis: '《中华人民共和国工业产品生产许可证管理条例》第三十七条', body: BODY, target: '辖区内取得工业产品生产许可证的企业', content: '持续保持获证条件、产品标注许可证标志和编号', method: '现场检查，书面检查', ratio: '不低于检查对象总数的5%', frequency: '每年不少于1次' },
  { name: '产品质量监督抽查', basis: '《中华人民共和国产品质量法》第十五条', body: BODY, target: '辖区内生产、销售企业的产品', content: '产品是否符合国家标准、行业标准及明示的质量要求', method: '抽样检验', ratio: '依据年度抽查计划确定批次', frequency: '每年1次' },
  { name: '广告发布行为检查', basis: '《中华人民共和国广告法》第四十九条', body: BODY, target: '辖区内广告主、广告经营者、广告发布者', content: '广告内容真实性、禁止性用语、特殊商品广告审查', method: '网络监测，现场检查', ratio: '不低于检查对象总数的3%', frequency: '每年不少于1次' },
  { name: '企业公示信息抽查', basis: '《企业信息公示暂行条例》第十四条', body: BODY, target: '辖区内登记的企业', content: '年度报告公示信息、即时公示信息的真实性', method: '书面检查，实地核查，网络监测', ratio: '不低于企业总数的3%', frequency: '每年1次' },
  { name: '个体工商户年度报告信息抽查', basis: '《促进个体工商户发展条例》第二十九条', body: BODY, target: '辖区内登记的个体工商户', content: '年度报告信息的真实性', method: '书面检查，实地核查', ratio: '不低于个体工商户总数的1%', frequency: '每年1次' },
  { name: '价格行为检查', basis: '《中华人民共和国价格法》第三十四条', body: BODY, target: '辖区内商场、超市、农贸市场、停车场、景区经营者', content: '明码标价、价格欺诈、政府定价和指导价执行', method: '现场检查', ratio: '不低于检查对象总数的3%', frequency: '每年不少于1次' },
  { name: '计量器具使用单位检查', basis: '《中华人民共和国计量法》第九条', body: BODY, target: '集贸市场、加油站、医疗机构等强制检定计量器具使用单位', content: '强制检定计量器具登记、检定合格情况', method: '现场检查', ratio: '不低于检查对象总数的5%', frequency: '每年1次' },
  { name: '药品零售企业检查', basis: '《中华人民共和国药品管理法》第九十九条', body: BODY, target: '辖区内药品零售企业', content: '执业药师在岗、处方药销售、药品储存陈列、追溯记录', method: '现场检查', ratio: '不低于检查对象总数的5%', frequency: '每年不少于1次' },
  { name: '化妆品经营者检查', basis: '《化妆品监督管理条例》第四十六条', body: BODY, target: '辖区内化妆品经营者', content: '进货查验记录、产品标签、过期产品处置', method: '现场检查，抽样检验', ratio: '不低于检查对象总数的3%', frequency: '每年1次' },
];

const TARGETS = ['江城市东湖区好邻居便利店', '江城市鑫湖超市有限公司', '江城市东湖区老街坊面馆', '江城市湖滨实验小学食堂', '江城市新港物业管理有限公司', '江城市东湖区鸿运加油站有限公司', '江城市瑞康大药房连锁有限公司东湖店', '江城市花山农贸市场管理有限公司', '江城市东湖区悦美化妆品店', '江城市宏达电器制造有限公司', '江城市东湖经济开发区锦程包装材料有限公司', '江城市湖光广告传媒有限公司', '江城市东湖区星辰停车场管理有限公司', '江城市东湖区阿香米线店'];

type Outcome = InspectionResult['outcome'];
const RESULTS: [itemIndex: number, outcome: Outcome, result: string, followUp?: string][] = [
  [0, 'compliant', '未发现问题'],
  [1, 'compliant', '未发现问题'],
  [1, 'non-compliant', '发现1名从业人员健康证明过期', '已责令当场改正，复查合格'],
  [2, 'non-compliant', '1台乘客电梯超过定期检验有效期', '已责令停止使用，移交执法稽查大队立案查处'],
  [9, 'compliant', '未发现问题'],
  [10, 'compliant', '未发现问题'],
  [7, 'not-found', '通过登记的经营场所无法联系', '已列入经营异常名录'],
  [11, 'non-compliant', '发现3个批次化妆品超过使用期限', '已责令下架并立案调查'],
  [3, 'compliant', '未发现问题'],
  [5, 'non-compliant', '网站宣传使用“国家级”用语', '已责令改正，移交执法稽查大队'],
  [8, 'compliant', '未发现问题'],
  [6, 'non-compliant', '年度报告公示的从业人数与实际不符', '已责令更正公示信息'],
  [4, 'compliant', '抽检2批次产品，检验结果合格'],
  [0, 'closed', '检查对象已办理注销登记'],
];

export function composeInspections(random: Random): InspectionListSection {
  const results: InspectionResult[] = RESULTS.map(([itemIndex, outcome, result, followUp], index) => {
    const month = 3 + Math.floor(index * 1.4);
    const date = workingDayAfter(`${month > 12 ? 2026 : 2025}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-${String(random.int(3, 26)).padStart(2, '0')}`, 0);
    return { item: ITEMS[itemIndex]?.name ?? '', target: TARGETS[index] ?? '', date, kind: 'random', outcome, result, ...(followUp ? { followUp } : {}) };
  });
  return { updated: '2026-11-06', items: ITEMS, results };
}
