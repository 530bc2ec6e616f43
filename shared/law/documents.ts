// Where each regulation lives in texts/ and how it is laid out. Several documents share one file (the
// regulations README): 000 holds the four Hangzhou documents (captured twice; the first copy is complete),
// 003 holds unrelated background, then Hebei, then Shandong; 004 holds the four Wuhan documents.
import type { DocumentId } from '../catalogue/types.ts';

/**
 * articles: 第N条 with 款 (paragraphs) and 项 (items) — cited as 6(1), 10 ¶2, 13–15, 8.
 * outline: 一、/（一）/1. sections — cited as (四), 二, 二(一), 二(一)2.
 */
export type DocumentLayout = 'articles' | 'outline';

export interface DocumentSpec {
  id: DocumentId;
  file: string;
  title: string;
  /** 文号 or issuer, as the regulations README gives it. */
  number: string;
  /** Date of issue, YYYY-MM-DD. */
  date: string;
  jurisdiction: string;
  layout: DocumentLayout;
  /** The text starts at the first occurrence of `start` (searched from the end of the previous document in the same file). */
  start: string;
  /** …and ends right before the first occurrence of `end` after `start` (end of file when absent). */
  end?: string;
  /**
   * Later parts of a document id holding several instruments (hz-px): their articles are keyed
   * `${part.title} ${n}`; the first part's articles are keyed by number alone.
   */
  parts?: { title: string; start: string }[];
  /** outline layout: chapter headings that run on into their text without a break (Hebei, extracted from PDF). */
  chapterHeadings?: string[];
  /** The source was hard-wrapped at a fixed width (PDF): lines are joined unless the next one opens a section. */
  isHardWrapped?: boolean;
  /** PDF extraction artefacts fixed in the index (never in texts/): ㊂ → 。 and so on. */
  replacements?: [string, string][];
}

const HEBEI_TITLE = '河北省全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度实施方案';

export const DOCUMENTS: DocumentSpec[] = [
  {
    id: 'hz-gs', file: '000_9737d5107621a3f6.txt', title: '杭州市行政执法公示办法', number: '杭依办〔2019〕19号', date: '2019-12-09',
    jurisdiction: '杭州市', layout: 'articles', start: '\n杭州市行政执法公示办法\n', end: '\n杭州市行政执法全过程记录办法\n',
  },
  {
    id: 'hz-jl', file: '000_9737d5107621a3f6.txt', title: '杭州市行政执法全过程记录办法', number: '杭依办〔2019〕19号', date: '2019-12-09',
    jurisdiction: '杭州市', layout: 'articles', start: '\n杭州市行政执法全过程记录办法\n', end: '\n杭州市重大执法决定法制审核办法\n',
  },
  {
    id: 'hz-sh', file: '000_9737d5107621a3f6.txt', title: '杭州市重大执法决定法制审核办法', number: '杭依办〔2019〕19号', date: '2019-12-09',
    jurisdiction: '杭州市', layout: 'articles', start: '\n杭州市重大执法决定法制审核办法\n', end: '\n杭州市行政执法人员培训制度\n',
  },
  {
    id: 'hz-px', file: '000_9737d5107621a3f6.txt', title: '杭州市行政执法人员培训制度', number: '杭依办〔2019〕19号', date: '2019-12-09',
    jurisdiction: '杭州市', layout: 'articles', start: '\n杭州市行政执法人员培训制度\n', end: '加入收藏】',
    parts: [{ title: '杭州市法制审核人员培训制度', start: '\n杭州市法制审核人员培训制度\n' }],
  },
  {
    id: 'qp', file: '001_25f5c6e4610de4f9.txt', title: '青浦区全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度实施方案（草案）',
    number: '青浦区人民政府（草案）', date: '2024-02-20', jurisdiction: '上海市青浦区', layout: 'outline',
    start: '\n青浦区全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度实施方案\n'
  },
  {
    id: 'zc', file: '002_bab8d83bc39ca0f1.txt', title: '周村区行政执法公示制度执法全过程记录制度重大执法决定法制审核制度实施办法',
    number: '周政办发〔2018〕18号', date: '2018-03-23', jurisdiction: '淄博市周村区', layout: 'articles',
    start: '\n周村区行政执法公示制度执法全过程记录制度重大执法决定法制审核制度实施办法\n', end: '\n———',
  },
  {
    id: 'hb', file: '003_c13d4d59ca699387.txt', title: HEBEI_TITLE, number: '冀政办字〔2019〕31号', date: '2019-03-13',
    jurisdiction: '河北省', layout: 'outline', start: '河北省人民政府办公厅关于印发', end: '\n机构改革后全省行政处罚与行政强制权力事项上网运行工作调整方案',
    // ㊂ ㊁ ‘ “ stand for 。、《 》; the extraction turned the quotes around 三项制度 and others into spaces and dropped the brackets of 文号.
    replacements: [
      ['㊂', '。'], ['㊁', '、'], ['‘', '《'], ['“', '》'], [' 三项制度 ', '“三项制度”'], [' 三个办法 ', '“三个办法”'],
      [' 双随机、一公开 ', '“双随机、一公开”'], [' 一网通办 ', '“一网通办”'], [' 行政执法先进单位 ', '“行政执法先进单位”'], [' 行政执法标兵 ', '“行政执法标兵”'],
      ['冀政办字 2019 31号', '冀政办字〔2019〕31号'], ['国办发 2018 118号', '国办发〔2018〕118号'],
    ],
    chapterHeadings: [
      '一、总体要求',
      '二、全面推行行政执法公示制度,着力打造透明政府',
      '三、全面推行执法全过程记录制度,着力规范行政执法程序',
      '四、全面推行重大执法决定法制审核制度,确保守住合法行政底线',
      '五、推进行政执法信息化建设,为全面推行“三项制度”提供技术保障',
      '六、加大组织保障力度,确保全面推行“三项制度”取得实效',
    ],
  },
  {
    id: 'sd', file: '003_c13d4d59ca699387.txt', title: '机构改革后全省行政处罚与行政强制权力事项上网运行工作调整方案',
    number: '山东省司法厅', date: '2019-04-28', jurisdiction: '山东省', layout: 'outline',
    start: '\n机构改革后全省行政处罚与行政强制权力事项上网运行工作调整方案(2019)\n', end: '\n(本资料非正式文本',
    isHardWrapped: true,
  },
  {
    id: 'wh-gs', file: '004_ad90a98d2c75cea6.txt', title: '市民政系统行政执法公示办法', number: '武汉市民政局', date: '2017-07-01',
    jurisdiction: '武汉市民政系统', layout: 'articles', start: '\n市民政系统行政执法公示办法\n', end: '\n市民政系统行政执法过错责任追究办法\n',
  },
  {
    id: 'wh-zr', file: '004_ad90a98d2c75cea6.txt', title: '市民政系统行政执法过错责任追究办法', number: '武汉市民政局', date: '2017-07-01',
    jurisdiction: '武汉市民政系统', layout: 'articles', start: '\n市民政系统行政执法过错责任追究办法\n', end: '\n市民政系统重大行政执法决定\n',
  },
  {
    id: 'wh-sh', file: '004_ad90a98d2c75cea6.txt', title: '市民政系统重大行政执法决定法制审核办法', number: '武汉市民政局', date: '2017-07-01',
    jurisdiction: '武汉市民政系统', layout: 'articles', start: '\n市民政系统重大行政执法决定\n', end: '\n市民政系统行政执法全过程记录办法\n',
  },
  {
    id: 'wh-jl', file: '004_ad90a98d2c75cea6.txt', title: '市民政系统行政执法全过程记录办法', number: '武汉市民政局', date: '2017-07-01',
    jurisdiction: '武汉市民政系统', layout: 'articles', start: '\n市民政系统行政执法全过程记录办法\n', end: '\n附件:',
  },
];
