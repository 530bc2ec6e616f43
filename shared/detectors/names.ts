// Reading a Chinese personal name at a position, forwards or backwards. A name is a surname (or the first
// syllable of a Tibetan, Mongolian, Uyghur or Yi name) plus given-name characters, and it must END at a
// boundary: punctuation, a digit, or a word that typically follows a name (陈述, 证实, 在, 的 …). That end
// test, not a list of names, is what separates 刘晓燕提供 from 刘晓燕提 or 消费者权益.
import { isHan, NORM, codeSet, isMaskChar } from './chars.ts';
import { wordList } from './keywords.ts';
import { nameStart } from './surnames.ts';

/**
 * Characters that (almost) never occur in a given name but often follow or surround one. Ethnic names are
 * why 日, 月, 次, 其, 格, 拉, 巴 are absent (沙马日布, 尼玛次仁, 其其格).
 */
const NOT_IN_GIVEN_NAME = codeSet(
  '的了在是等对向从被将已未不均约称之所也而或但这那些个们把给让用以到着过号于及与并该此每另再又还就都即便由' +
  '自至按据依曾须款年时名证处说示息数量计述况部门额件品物料费价场店司局厅科室区市省县镇乡路街楼层栋幢罚法' +
  '条项规违案查营销售购卖收账户卡银电话码址住系因各分只份台辆箱盒袋瓶吨斤亿第共某人者员支内外上下状统',
);

/**
 * Characters common in given names. Only used when no boundary confirms where a name ends (患者段秀兰进行…):
 * then a name is accepted if every given-name character is a common one.
 */
const COMMON_GIVEN_NAME = codeSet(
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红燕鹏辉婷宇浩凯健俊帆帅旭宁龙林欣佳怡梓涵轩子晨雨泽' +
  '瑞博文思嘉诗雅琪晓小建国志海永德立春金成兴福祥荣生宏东新光玲凤兰珍梅莉琳慧巧美倩雪颖露瑶璐娇淑惠珠翠月莲' +
  '琴芬菊香云彩丹蓉薇菲洁晶妍茜秋琼娥爱妮媛婕悦蕾馨欢岚苗婉璇莹姗嫣楠柔竹虹纯凝晴昕琦可心依安宜茹蔚菁芸芝蓓青' +
  '冰霏清彤曦语梦萌婧毅峰保力世广义良山仁波贵元全胜学才发武利飞彬富顺信昌康星天达岩中茂进坚和彪诚先敬震振壮' +
  '群豪邦承乐绍功松善厚庆民友裕河哲江亮政谦奇翰朗伯言若鸣朋斌梁栋维启克伦翔辰士家致树炎泰盛雄琛钧冠策腾榕' +
  '风航弘峻锋洪鑫锐睿昊然铭阳晖冬夏银铁钢卫兵跃向前方长宝贝琳琅桐杉柏森淼鹤鸿雁凌霄岳崇嵩峥巍川源泉润渊涵' +
  '湘沛洲浦滨潇瀚霖雷电虎豹麟骏驰骐驹勤俭恭孝忠贤良淳朴真善诚信宽容勋彰显耀灿烁炜煜炳烨焕熙照晟昱晔暄景晋' +
  '时季节年运会合同如意吉祥喜庆泓澜漪沁溪汐沫洛凡亦尔若兮芊芮萱蔓薰荷菡芷兰蕙蓁莎娅婷媚婵娴嫦姝媚妤姣娉' +
  '巴特尔格日勒图尼玛次仁央宗扎西卓达瓦多吉拉姆普布桑旺堆丹增索朗益阿苦哈惹马沙',
);

/** Words that may directly follow a name (besides punctuation). Single characters first, then words. */
const AFTER_NAME = wordList(
  '在 于 的 等 系 称 向 因 为 将 和 及 与 处 对 也 亦 均 已 曾 是 说 自 从 被 把 给 让 之 所 其 就 到 未 不 并 共 各 正在 进行 ' +
  '两 二 三 四 五 六 七 八 九 十 一 名 作 现 当 先 后 又 再 还 则 即 便 仍 才 都 只 会 能 可 应 须 虽 而 或 若 如 由 经 据 按 ' +
  '陈述 证实 证明 证言 反映 投诉 举报 申诉 承认 表示 供述 提供 出具 签字 签名 确认 实施 操作 安装 驾驶 销售 售出 ' +
  '购买 购进 支付 收取 转账 组织 发送 发现 联系 保管 负责 陪同 送医 送往 带领 办理 接受 出现 患有 患 自述 到场 ' +
  '提出 参与 介绍 委托 同意 指使 安排 告知 要求 拒绝 持有 使用 经营 从事 租用 居住 报案 报警 笔录 询问 名下 ' +
  '本人 家中 住处 手机 电话 身份 夫妇 母子 父子 签收 领取 代签 知情 确定 协助 主动 当场 现场 交纳 缴纳 取得 ' +
  '前往 离开 进入 入住 乘坐 搭乘 驾车 运输 装载 清运 倾倒 采伐 开垦 捕捞 收购 出售 转卖 转售 借用 冒用 ' +
  '代为 代替 申请 登记 填写 填报 记录 统计 核对 核实 拍摄 截图 下单 付款 消费 就诊 治疗 住院 入院 死亡 受伤 ' +
  '突发 遗留 证人 反馈 回忆 坦白 交代 辩称 声称 自称 诉称 反应 咨询 投保 参保 持卡 开户 存入 汇入 转入 转出',
);

/** Common words that start with a surname character and would otherwise read as a two-character name. */
const NOT_A_NAME = wordList(
  '牟利 牟取 付清 付给 付出 和平 和谐 和解 和睦 和好 和气 和美 和田 和其 和有关 和个人 和单位 ' +
  '权利 权益 权力 权限 权属 成本 成果 成绩 成品 常规 常态 常见 文化 文明 文物 程度 路线 江河 关联 关键 关闭 关停 连接 安置 宁波 申诉 申辩 申明 严禁 严厉 任意 解决 解答 印章 印刷 印发 包含 管道 管辖 管线 危险 危害 危化 危房 孔洞 井盖 井口 闭合 闭环 宣传 宣告 宣布 晋升 容积 容量 容器 敬请 巴士 宗教 宗地 庞大 盖章 练习 廉政 祖籍 丰富 索要 索取 索赔 薄弱 辜负 羊肉 乌鲁 诸如 玉米 宾馆 勾结 茅草 揭发 揭露 冶炼 奉行 衡量 洪水 洪涝 赖以 丘陵 畅通 冒用 冒充 冒名 修改 修订 修建 修理 修复 鲜活 鲜肉 隆重 况且 华为 万家 黄牛 白条 毕业 季节性 石油 石化 金属 金店 钢材 田园 乔迁 伍佰 谢绝 谢谢 邓小平 毛泽东 信息 银行 哈尔滨 纳税 纳入 纳米 纳凉 那么 那些 那个 那里 那样 那天 那时 那种 共计 合计 查阅 查看 查询 查明 查处 查获 查封 查实 管理 管控 应当 应该 全部 全面 成立 成功 成为 付款 付费 钱财 钱物 财物 总计 人数 数量 姓名 身份 家属 亲属 本人 证言 投诉 举报 反映 陈述 称其 多次 多名 次日 当日 ' +
  '当天 当场 当晚 现场 同日 同时 同期 同意 金额 金融 金钱 黄金 石材 石料 马路 高度 高速 高温 高压 高价 高额 ' +
  '白天 白色 白酒 黄色 红色 方面 方式 方法 方案 方向 时间 时期 时段 钱款 万元 万余 田地 林地 林木 江边 江面 ' +
  '海上 海边 河道 关于 关系 包括 包装 常年 常住 程序 严重 严格 项目 车辆 车主 车牌 车间 房屋 房产 毛利 毛重 ' +
  '史上 文件 文书 文字 安全 安排 安装 管理 宁可 宋体 路段 路口 路边 左右 左侧 右侧 华人 向其 向我 向本 于是 ' +
  '于当 余额 余款 任何 任务 任职 齐全 成年 成本 成交 成员 曾经 夏季 秋季 冬季 春季 全部 全体 全额 单位 单据 ' +
  '柯式 易燃 易制 邮寄 申报 申领 申请 杨树 柳树 松树 花卉 苗木 苗圃 蒙古 沙土 沙石 石子 乔木 谷物 连续 连同 ' +
  '解除 解释 章程 燕窝 燕麦 伊犁 凌晨 冷库 冷藏 司法 司机 甘肃 宁夏 云南 贵州 广西 江苏 江西 湖南 ' +
  '杭州 罗列 戴帽 母亲 父亲 母婴 卫生 卫健 欧元 欧洲 温度 温室 汤料 鲍鱼 武器 武装 尚未 尚有 应当 应急 应予 ' +
  '邢台 钟表 钟点 宫颈 韩国 姜黄 段落 龙头 龙虾 龙门 季度 季节 费用 焦炭 焦油 晋城 晋中 邵阳 秦皇 ' +
  '范围 梁上 柴油 柴草 游戏 游客 游泳 景区 景点 骆驼 雷电 雷达 苗族 田间 田野 农药',
);

export interface NameSpan {
  start: number;
  end: number;
  /** Characters kept visible when masked (the surname). */
  keep: number;
  /** Already masked: 张某, 李某某, 王**. */
  isMasked: boolean;
}

const MASKED_GIVEN = codeSet('某*×');

function isMaskedGiven(code: number): boolean {
  return MASKED_GIVEN[NORM[code] ?? code] === 1 || isMaskChar(code);
}

const LENGTHS_2_3 = [3, 2];
const LENGTHS_3_4 = [3, 4];
const LENGTHS_2_4 = [3, 2, 4];

/** Whether a name may end at `end`: the text ends, a non-Han character follows, or a follower word does. */
function isNameEnd(text: string, end: number): boolean {
  if (end >= text.length) return true;
  if (!isHan(text.charCodeAt(end))) return true;
  return AFTER_NAME.hasMatchAt(text, end);
}

function hasGivenNameCharacters(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const code = text.charCodeAt(i);
    if (!isHan(code) || NOT_IN_GIVEN_NAME[NORM[code] ?? code] === 1) return false;
  }
  return true;
}

/** A middle dot between the parts of a transliterated name (阿依古丽·买买提). */
function isNameDot(code: number): boolean {
  return code === 0xb7 || code === 0x30fb || code === 0x2022 || code === 0x2027;
}

/** Reads a transliterated name with middle dots starting at `start`, e.g. 阿卜杜拉·哈桑. */
function readDottedName(text: string, start: number): NameSpan | undefined {
  let end = start;
  let parts = 0;
  for (;;) {
    const partStart = end;
    while (end < text.length && end - partStart < 8 && isHan(text.charCodeAt(end))) end += 1;
    if (end - partStart < 1) return undefined;
    parts += 1;
    if (!isNameDot(text.charCodeAt(end)) || !isHan(text.charCodeAt(end + 1))) break;
    end += 1;
  }
  if (parts < 2 || end - start > 16 || !isNameEnd(text, end)) return undefined;
  return { start, end, keep: 1, isMasked: false };
}

/** Whether a name dot follows the run of Chinese characters starting at `start` (a cheap test before reading). */
function hasDotAhead(text: string, start: number): boolean {
  let end = start;
  while (end < text.length && end - start < 8 && isHan(text.charCodeAt(end))) end += 1;
  return isNameDot(text.charCodeAt(end));
}

function hasCommonGivenName(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (COMMON_GIVEN_NAME[NORM[text.charCodeAt(i)] ?? 0] !== 1) return false;
  return true;
}

/**
 * How sure the context is that a name follows: `role` (a role word precedes: a name whose end no boundary
 * confirms is still taken when its given-name characters are all common ones), `weak` (only a generic role
 * ending such as 工 or 户 precedes: the given-name characters must be common ones as well as bounded), or
 * `plain`.
 */
export type NameContext = 'role' | 'weak' | 'plain';

/** Reads a personal name starting exactly at `start`, or undefined when none starts there. */
export function readName(text: string, start: number, context: NameContext = 'plain'): NameSpan | undefined {
  const shape = nameStart(text, start);
  if (!shape) return hasDotAhead(text, start) ? readDottedName(text, start) : undefined;
  if (isMaskedGiven(text.charCodeAt(start + shape.keep))) {
    let end = start + shape.keep;
    while (end < text.length && end - start - shape.keep < 3 && isMaskedGiven(text.charCodeAt(end))) end += 1;
    return { start, end, keep: shape.keep, isMasked: true };
  }
  if (NOT_A_NAME.hasMatchAt(text, start)) return undefined;
  if (hasDotAhead(text, start)) {
    const dotted = readDottedName(text, start);
    if (dotted) return dotted;
  }
  // Three characters first (the most common shape), then two, then four.
  const lengths = shape.maxLength === 4 ? (shape.minLength === 3 ? LENGTHS_3_4 : LENGTHS_2_4) : LENGTHS_2_3;
  for (const length of lengths) {
    const end = start + length;
    if (end > text.length) continue;
    if (hasGivenNameCharacters(text, start + shape.keep, end) && isNameEnd(text, end)) {
      if (context === 'weak' && !hasCommonGivenName(text, start + shape.keep, end)) continue;
      return { start, end, keep: shape.keep, isMasked: false };
    }
  }
  if (context === 'role') {
    for (const length of lengths) {
      const end = start + length;
      if (end <= text.length && hasGivenNameCharacters(text, start + shape.keep, end) && hasCommonGivenName(text, start + shape.keep, end)) {
        return { start, end, keep: shape.keep, isMasked: false };
      }
    }
  }
  return undefined;
}

/**
 * Reads a name ending exactly at `end` when nothing delimits its start (利用张三等…, 通过李四名下…): the
 * longest shape whose given-name characters are all common ones, never reaching back over `notBefore`.
 */
export function readNameEndingAt(text: string, end: number, notBefore: number): NameSpan | undefined {
  for (const length of LENGTHS_2_4) {
    const start = end - length;
    if (start < 0 || start < notBefore) continue;
    const shape = nameStart(text, start);
    if (!shape || length < shape.minLength || length > shape.maxLength) continue;
    if (hasGivenNameCharacters(text, start + shape.keep, end) && hasCommonGivenName(text, start + shape.keep, end)) {
      if (NOT_A_NAME.hasMatchAt(text, start)) continue;
      return { start, end, keep: shape.keep, isMasked: false };
    }
  }
  return undefined;
}

/**
 * Reads a name ending exactly at `end` whose start is clearly delimited (line start or punctuation before
 * it): 童思雨，收款银行卡… or “；汪振宇，联系电话…”.
 */
export function readNameBefore(text: string, end: number): NameSpan | undefined {
  for (const length of LENGTHS_2_4) {
    const start = end - length;
    if (start < 0) continue;
    if (start > 0 && isHan(text.charCodeAt(start - 1))) continue;
    const name = readName(text, start);
    if (name && !name.isMasked && name.end === end) return name;
  }
  return undefined;
}
