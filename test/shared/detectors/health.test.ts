// Health: a condition introduced by 诊断为 / 患有 / 因 / 出现 … in the same clause; medical words about no
// one's health (病死猪, 消火栓, a law's title, a quoted advertisement) are not.
import { expect } from '@open-wc/testing';
import { leaks } from './helpers.ts';

const health = (text: string) => leaks(text).filter(([type]) => type === 'health').map(([, value]) => value);

describe('health detector', () => {
  it('takes the diagnosis after 诊断为 and hides it entirely', () => {
    expect(health('经医院诊断为右手食指、中指末节离断伤。')).to.deep.equal(['右手食指、中指末节离断伤']);
  });

  it('includes 患有 and joins a clause that continues the condition', () => {
    expect(health('被处罚人在陈述中称其患有冠心病，已行心脏支架手术，采伐杉木系为翻修自家房屋。')).to.deep.equal(['患有冠心病，已行心脏支架手术']);
  });

  it('ends the condition before the word that closes it (接受, 前来, 患者, 期间)', () => {
    expect(health('顾客因先天性上睑下垂接受提肌矫正。')).to.deep.equal(['先天性上睑下垂']);
    expect(health('其称因2型糖尿病并发周围神经病变前来购买。')).to.deep.equal(['2型糖尿病并发周围神经病变']);
    expect(health('霍玉芬系脑梗死后遗症伴左侧肢体偏瘫患者，住院期间')).to.deep.equal(['脑梗死后遗症伴左侧肢体偏瘫']);
  });

  it('takes symptoms written as 出现…症状, pregnancy and disability', () => {
    expect(health('食用后出现急性肠胃炎症状并就医。')).to.deep.equal(['急性肠胃炎']);
    expect(health('食用后出现呕吐、腹泻症状。')).to.deep.equal(['呕吐、腹泻']);
    expect(health('被处罚单位在其怀孕七个月期间将其退回。')).to.deep.equal(['怀孕七个月']);
  });

  it('reads traditional characters', () => {
    expect(health('遊客莊秀琴患有高血壓，途中血壓驟升暈倒，由同行遊客送醫。')).to.deep.equal(['患有高血壓，途中血壓驟升暈倒']);
  });

  it('never flags medical words that describe no one’s health', () => {
    expect(health('当事人收购病死猪3头，未按规定处理。')).to.deep.equal([]);
    expect(health('因消火栓损坏，未保持完好有效。')).to.deep.equal([]);
    expect(health('因违反《中华人民共和国传染病防治法》的规定')).to.deep.equal([]);
    expect(health('以“宝宝过敏再没犯过”等虚假评价误导消费者')).to.deep.equal([]);
    expect(health('发生一起伤亡事故，未取得医疗机构执业许可证。')).to.deep.equal([]);
  });

  it('does not take 病史 named as a kind of data for anyone’s history, but reads what a person’s says', () => {
    expect(health('收集会员的姓名、身高体重、既往病史等信息，其中“既往病史”为必填项。')).to.deep.equal([]);
    expect(health('会员仇建新，手机139****8805，既往病史“无”；')).to.deep.equal([]);
    expect(health('会员贲志远，既往病史“高血压2级，服用氨氯地平”；')).to.have.length(1);
  });

  it('does not take the symptoms of a counted group for a person’s health, but one person’s (一名患者) still', () => {
    expect(health('称当日有5名就餐者在当事人经营的冷面馆就餐后出现呕吐、腹泻症状，到医院就诊。')).to.deep.equal([]);
    expect(health('宴后次日，有37名就餐者先后出现腹痛、腹泻、发热等症状。')).to.deep.equal([]);
    expect(health('确认为一起由副溶血性弧菌引起的食源性疾病事件。')).to.deep.equal([]);
    expect(health('另一名患者区锦荣称其术后感染发热三天。')).to.deep.equal(['术后感染发热三天']);
  });
});
