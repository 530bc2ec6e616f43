// Chinese surnames: the common single-character ones (well over 95% of the population) and the compound
// ones still in use, written in simplified form (traditional forms fold to these, see chars.ts). Characters
// that are far more often ordinary words than surnames (和 and 于 are kept, their common words are listed in
// names.ts; but 由, 但, 信, 国,
// 海, 南, 平, 来 …) are left out: a name must start with a surname, and those would let common words through.
import { pairHash } from './char-class.ts';
import { codeSet, NORM } from './chars.ts';

const SINGLE =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈' +
  '姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫' +
  '孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅' +
  '童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连' +
  '芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖' +
  '巩佘池麻苑迟邝官封谈匡鞠惠荆乐冀郁胥班储栗燕楚鄢劳谌奚皮粟冼蔺闻厉伊仝区郜阚权屠朴盖练廉禹井祖' +
  '漆巴丰卿狄索宣晋云容敬扈晁芮阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况鲜印逯隆茹诸慕危玉银亢嵇湛宾' +
  '戎勾茅揭尉冶束檀昝奉衡尧闭洪赖丘畅钮冒逄哈纳那和郇贲宛仉濮';

const COMPOUND =
  '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒 西门 夏侯 轩辕 端木 独孤 南宫 ' +
  '万俟 闻人 澹台 公冶 太史 申屠 赫连 呼延 第五 百里 东郭 钟离 拓跋 左丘 濮阳 淳于 单于 公羊 谷梁';

/**
 * First syllables of common Tibetan, Mongolian, Uyghur and Yi given names (which have no surname), for names
 * such as 扎西, 尼玛次仁, 格日勒图, 吉克阿呷. A name may start with one of these instead of a surname.
 */
const NAME_SYLLABLES =
  '扎西 卓玛 次仁 尼玛 达瓦 央金 央宗 格桑 格日 拉姆 拉巴 多吉 平措 旺堆 边巴 巴桑 普布 洛桑 索朗 德吉 旦增 ' +
  '强巴 益西 丹增 阿旺 斯琴 乌兰 乌云 其其 额尔 宝音 那仁 朝鲁 巴特 巴雅 图雅 萨仁 哈斯 布和 孟和 吉克 ' +
  '沙马 阿苦 阿依 买买 热合 艾则 古丽 阿卜 吐尔 努尔 帕提 玉素 阿不 依明 米热 迪丽 阿布 阿力 赛力 木合';

export const SURNAME = codeSet(SINGLE);
export const COMPOUND_SURNAMES = new Set(COMPOUND.split(' ').filter(Boolean));
const SYLLABLES = new Set(NAME_SYLLABLES.split(' ').filter(Boolean));

/** Characters a personal name can start with (for the scan's cheap guard before one-character roles). */
export const NAME_FIRST = codeSet(SINGLE + [...COMPOUND_SURNAMES, ...SYLLABLES].map((name) => name[0]).join(''));

export interface NameStart {
  /** Characters that stay visible when the name is masked (the surname, or the first syllable). */
  keep: number;
  minLength: number;
  maxLength: number;
}

const COMPOUND_SHAPE: NameStart = { keep: 2, minLength: 3, maxLength: 4 };
const SYLLABLE_SHAPE: NameStart = { keep: 1, minLength: 2, maxLength: 4 };
const SURNAME_SHAPE: NameStart = { keep: 1, minLength: 2, maxLength: 3 };
/** Two normalised code units as one number, for pair lookups without building strings. */
const pairKey = (name: string) => name.charCodeAt(0) * 65536 + name.charCodeAt(1);
const COMPOUND_KEYS = new Set([...COMPOUND_SURNAMES].map(pairKey));
const SYLLABLE_KEYS = new Set([...SYLLABLES].map(pairKey));
/** The pairs of both sets by a 16-bit hash: most names start with neither, and a byte read says so. */
const SPECIAL_PAIRS = new Uint8Array(65536);
for (const name of [...COMPOUND_SURNAMES, ...SYLLABLES]) SPECIAL_PAIRS[pairHash(name.charCodeAt(0), name.charCodeAt(1))] = 1;

/** How a personal name starting at `index` may be shaped, or undefined when no name can start there. */
export function nameStart(text: string, index: number): NameStart | undefined {
  const first = NORM[text.charCodeAt(index)] ?? 0;
  if (NAME_FIRST[first] !== 1) return undefined;
  const second = NORM[text.charCodeAt(index + 1)] ?? 0;
  if (SPECIAL_PAIRS[pairHash(first, second)] === 1) {
    const key = first * 65536 + second;
    if (COMPOUND_KEYS.has(key)) return COMPOUND_SHAPE;
    if (SYLLABLE_KEYS.has(key)) return SYLLABLE_SHAPE;
  }
  return SURNAME[first] === 1 ? SURNAME_SHAPE : undefined;
}
