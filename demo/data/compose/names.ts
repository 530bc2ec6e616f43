// Invented personal names (surname + one or two given characters) and the masked forms decisions publish for
// anyone but the party (张某某). None refers to a real person.
import type { Random } from './random.ts';

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'];
const GIVEN = [...'志明建华国庆晓军伟丽敏静磊洋勇艳杰娟涛超秀霞平刚桂英玉兰文辉力斌波宁红亮飞鹏浩宇婷雪琳欣怡佳睿航博子轩梓涵思远嘉诚俊峰海燕春梅德胜永安立新振华'];

/** `count` different names. */
export function personNames(random: Random, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const given = random.chance(0.7) ? `${random.pick(GIVEN)}${random.pick(GIVEN)}` : random.pick(GIVEN);
    if (given.length === 2 && given[0] === given[1]) continue;
    names.add(`${random.pick(SURNAMES)}${given}`);
  }
  return [...names];
}

/** 张某某 for a full name, as published decisions refer to people other than the party. */
export function maskedName(name: string): string {
  return `${name[0]}某某`;
}
