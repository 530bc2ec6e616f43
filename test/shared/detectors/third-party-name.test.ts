// Names of people other than the party: seeded by role words, found again wherever they recur; the party,
// its legal representative and the officers are public; masked names pass; common words are not names.
import { expect } from '@open-wc/testing';
import { scan } from '../../../shared/detectors/scan.ts';
import { everything, leaks, legal, natural } from './helpers.ts';

const names = (text: string, party = natural('周建明')) =>
  leaks(text, { party }).filter(([type]) => type === 'third-party-name').map(([, value]) => value);
/** The same, the party learnt from the text alone. */
const namesFromText = (text: string) => leaks(text).filter(([type]) => type === 'third-party-name').map(([, value]) => value);

describe('third-party-name detector', () => {
  it('finds names after the roles of the issue', () => {
    for (const role of ['证人', '被害人', '举报人', '消费者', '患者', '驾驶员', '购买人', '委托代理人', '监护人']) {
      expect(names(`${role}刘晓燕证实了上述情况。`), role).to.deep.equal(['刘晓燕']);
    }
  });

  it('masks a name to surname + 某 (某某 for longer names)', () => {
    const [three, two] = scan('证人刘晓燕、甘露证实', { party: natural('周建明') });
    expect([three?.masked, two?.masked]).to.deep.equal(['刘某某', '甘某']);
    expect(scan('律师欧阳书琪到场')[0]?.masked).to.equal('欧阳某某');
  });

  it('finds every later and earlier mention of a name once its role is known', () => {
    const text = '本局接到刘晓燕的投诉。经查，消费者刘晓燕于3月10日购买饼干，刘晓燕提供了小票。';
    expect(names(text)).to.deep.equal(['刘晓燕', '刘晓燕', '刘晓燕']);
  });

  it('finds names listed with 、 和 及, also after a bracketed aside', () => {
    expect(names('乘客龙思雨、何俊峰陈述')).to.deep.equal(['龙思雨', '何俊峰']);
    expect(names('乘客龙思雨和何俊峰的证人证言')).to.deep.equal(['龙思雨', '何俊峰']);
    expect(names('买家刘春生（联系电话：15912376540）、杜明辉等人通过转账')).to.deep.equal(['刘春生', '杜明辉']);
  });

  it('finds names in 等N名 lists, 名下, and frames such as 从…处', () => {
    expect(names('先后利用符雅婷、王海燕、陈立坤等11名离岛旅客的额度')).to.deep.equal(['符雅婷', '王海燕', '陈立坤']);
    expect(names('向罗小梅、邓建华等15名求职者收取费用')).to.deep.equal(['罗小梅', '邓建华']);
    expect(names('资金回流至关丽娜名下银行卡')).to.deep.equal(['关丽娜']);
    expect(names('当事人从蔡志明处购进减肥茶')).to.deep.equal(['蔡志明']);
  });

  it('reads two- and four-character, compound-surname, ethnic and transliterated names', () => {
    expect(names('作坊雇工吴小平、金良证实，废水直排。')).to.deep.equal(['吴小平', '金良']);
    expect(names('维保人员尼玛次仁、边巴在现场')).to.deep.equal(['尼玛次仁', '边巴']);
    expect(names('被困乘客央金因病在被困期间')).to.deep.equal(['央金']);
    expect(names('参演人员包括演员许嘉禾、欧阳书琪等5人')).to.deep.equal(['许嘉禾', '欧阳书琪']);
    expect(names('銷售給外國採購商阿卜杜拉·哈桑，貨值金額')).to.deep.equal(['阿卜杜拉·哈桑']);
  });

  it('reads traditional characters', () => {
    expect(names('購買農藥的農戶李正富、趙桂蘭證實', natural('楊春梅'))).to.deep.equal(['李正富', '趙桂蘭']);
  });

  it("keeps the party's own name, the legal representative and the officers public", () => {
    expect(names('对当事人周建明的询问笔录', natural('周建明'))).to.deep.equal([]);
    const company = '当事人：北京恒拓机械加工有限公司\n法定代表人：郝振东\n\n询问笔录（被询问人：郝振东、车间主任邵海波、证人岳晓琳）';
    expect(names(company, legal('北京恒拓机械加工有限公司'))).to.deep.equal(['邵海波', '岳晓琳']);
    const officers = '执法人员：陈立（执法证号：33010619006）、何佳怡（执法证号：33010621031）';
    expect(leaks(officers)).to.deep.equal([]);
    expect(everything(officers).filter(([, type]) => type === 'officer-name').map(([, , value]) => value)).to.deep.equal(['陈立', '何佳怡']);
  });

  it("keeps an individual business's 经营者 and a sole proprietorship's 投资人 public in the party block", () => {
    const shop = '当事人：江城市东湖区信达小吃店（个体工商户）\n统一社会信用代码：92429901MA4U1HWD3R\n经营场所：江城市东湖区学府路385号\n' +
      '经营者：徐建国\n经营者身份证号码：429901********6083\n\n经查，徐建国于2026年5月从经营者王大明处购进食品，供货人李小红送货。';
    expect(names(shop, { kind: 'other', name: '江城市东湖区信达小吃店' })).to.deep.equal(['王大明', '李小红']);
    expect(namesFromText(shop)).to.deep.equal(['王大明', '李小红']);
    expect(everything(shop).filter(([, type]) => type === 'legal-rep-name').map(([, , value]) => value)).to.deep.equal(['徐建国']);
    for (const label of ['经营者姓名', '投资人', '投资人姓名', '负责人姓名', '法定代表人姓名']) {
      const text = `当事人：城关区福祥商行（个人独资企业）\n${label}：徐建国\n\n经查，当事人的投资人徐建国称`;
      expect(namesFromText(text), label).to.deep.equal([]);
    }
    // After the party block the same labels name other businesses' people.
    expect(namesFromText('当事人：某某店\n经营者：徐建国\n\n经查，当事人从邻近摊位经营者：王大明处购进，另一商行投资人李小红证实')).to.deep.equal(['王大明', '李小红']);
  });

  it('reads names after 包括, after further roles and rare surnames, and in 受…委托', () => {
    expect(names('投诉业主包括：罗秀英（住翠屏区某小区）、何建华')).to.deep.equal(['罗秀英', '何建华']);
    expect(names('接收者包括宋桂兰（13909372418）、魏长春')).to.deep.equal(['宋桂兰', '魏长春']);
    expect(names('帮厨母秀英未取得健康证明，当班网管阳俊杰承认')).to.deep.equal(['母秀英', '阳俊杰']);
    expect(names('驾驶员宛小军、会员贲志远、会员濮雅文到场')).to.deep.equal(['宛小军', '贲志远', '濮雅文']);
    expect(names('上述捲菸系受冉德勝委託從外地運回')).to.deep.equal(['冉德勝']);
  });

  it('takes a person named with an enforcement certificate for an officer, and the contacts on that line for the agency', () => {
    const text = '逾期不改正的，本办将依法予以行政处罚。\n\n九江市人民防空办公室\n联系人：彭志远（执法证号：36040019052）　联系电话：0792-8591236\n';
    expect(leaks(text)).to.deep.equal([]);
    expect(everything(text).filter(([, type]) => type === 'officer-name' || type === 'public-phone')).to.deep.equal([
      ['public', 'officer-name', '彭志远'],
      ['public', 'public-phone', '0792-8591236'],
    ]);
    expect(names('联系人：彭志远（联系电话：0792-8591236）')).to.deep.equal(['彭志远']);
  });

  it("learns the party from the decision's party line when the caller does not say", () => {
    const text = '当事人：周建明（个体工商户）\n身份证号码：330106197906234172\n\n举报人孙某称，对当事人周建明进行询问';
    const found = scan(text, { decisionDate: '2024-05-20' }).map((f) => f.type);
    expect(found).to.deep.equal(['id-number']);
  });

  it('finds a name again within its decision, not in the next decision of the same text', () => {
    const prose = '本局认为，当事人的上述行为违反了有关规定，依法应予处罚。'.repeat(20);
    const first = `当事人：周建明\n\n证人刘晓燕证实，刘晓燕于当日购买。${prose}\n\n`;
    const second = '当事人：吴海\n\n经查，刘晓燕路沿线的广告牌未经审批。';
    expect(names(first + second)).to.deep.equal(['刘晓燕', '刘晓燕']);
  });

  it('lets masked names pass', () => {
    expect(everything('举报人孙某举报，顾客沈某某、丁某反映，另有王**').filter(([c]) => c === 'masked').map(([, , v]) => v)).to.deep.equal(['孙某', '沈某某', '丁某', '王**']);
    expect(names('举报人孙某举报，顾客沈某某、丁某反映')).to.deep.equal([]);
  });

  it('does not read common words after a role as names', () => {
    expect(names('违反了《中华人民共和国消费者权益保护法》')).to.deep.equal([]);
    expect(names('涉及用户信息312条，顾客共计57人，直接涉及有关人员权利、义务')).to.deep.equal([]);
    expect(names('通过其开户银行转账，户名：某某公司')).to.deep.equal([]);
    expect(names('当事人未对员工查阅、拍摄运单行为采取管控措施')).to.deep.equal([]);
  });
});
