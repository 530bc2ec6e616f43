// Home addresses: below district level after a home label; a company's 住所 and 经营场所, the agency's
// address, masked addresses and addresses cut to district level are not leaks.
import { expect } from '@open-wc/testing';
import { everything, leaks, legal, natural, onlyLeak } from './helpers.ts';

describe('home-address detector', () => {
  it('finds an address after 住址 and cuts it to district level', () => {
    const finding = onlyLeak('住址：杭州市西湖区三墩镇金家渡路88号6幢2单元502室\n');
    expect([finding.type, finding.value, finding.masked]).to.deep.equal(['home-address', '杭州市西湖区三墩镇金家渡路88号6幢2单元502室', '杭州市西湖区****']);
  });

  it('knows 家庭住址, 现住址, 户籍地址 and a bracketed 住址 in a sentence', () => {
    expect(leaks('家庭住址：长沙市岳麓区莲花镇桐木村石塘组27号')).to.have.length(1);
    expect(leaks('现住址：福建省厦门市思明区莲前西路８１６号莲丰新村１２号楼４０２室')).to.have.length(1);
    expect(leaks('户籍地址：内蒙古自治区呼和浩特市武川县哈乐镇乌兰不浪村三社')[0]?.[0]).to.equal('home-address');
    expect(leaks('养殖户祁生福（住址：西宁市湟中区多巴镇玉拉村二社15号）证实')).to.deep.include(['home-address', '西宁市湟中区多巴镇玉拉村二社15号']);
  });

  it('ends an address written inline at the next clause (住址…501及诊断…)', () => {
    expect(leaks('患者任婉清的姓名、住址北京市海淀区北太平庄路18号院3号楼2单元501及诊断')).to.deep.include(['home-address', '北京市海淀区北太平庄路18号院3号楼2单元501']);
  });

  it('reads 住所 as a home for a natural person and as a registered address for a company', () => {
    expect(leaks('住所：杭州市西湖区三墩镇金家渡路88号6幢', { party: natural('周建明') })).to.have.length(1);
    const company = '住所：北京市朝阳区十八里店乡吕家营村南工业大院6号';
    expect(leaks(company, { party: legal('北京恒拓机械加工有限公司') })).to.deep.equal([]);
    expect(everything(company, { party: legal('北京恒拓机械加工有限公司') })[0]?.[1]).to.equal('business-address');
    expect(leaks('住所（住址）：中国（上海）自由贸易试验区张杨路1588号3楼', { party: legal('某公司') })).to.deep.equal([]);
  });

  it('reads 地址 as a home only for a person named in the sentence or a natural-person party', () => {
    expect(leaks('收件人甘露，电话135 0451 2368，地址哈尔滨市南岗区西大直街118号4单元602室；')).to.deep.include(['home-address', '哈尔滨市南岗区西大直街118号4单元602室']);
    expect(leaks('当事人：王春生\n地址：武汉市江汉区振兴一路45号1栋2单元302', { party: natural('王春生') })).to.have.length(1);
    expect(leaks('当事人：某公司\n地址：深圳市南山区朗山路16号3栋4楼', { party: legal('某公司') })).to.deep.equal([]);
  });

  it('finds a home written inline after ，住 or （住, but not 住院, 住宿 or a 住所 label', () => {
    const party = '当事人：欧阳振华，男，公民身份号码330602197804120731，住浙江省绍兴市越城区府山街道仓桥直街47号2幢301室，系个体工商户。';
    expect(leaks(party).filter(([type]) => type === 'home-address')).to.deep.equal([['home-address', '浙江省绍兴市越城区府山街道仓桥直街47号2幢301室']]);
    expect(leaks('投诉业主罗秀英（住翠屏区锦绣江南小区3栋1单元1201室）反映').filter(([type]) => type === 'home-address')).to.deep.equal([['home-address', '翠屏区锦绣江南小区3栋1单元1201室']]);
    expect(leaks('患者李某，住院治疗5天，经市医院3号楼会诊')).to.deep.equal([]);
    expect(leaks('当事人：锦州渤海精工机械有限公司，住所：锦州市古塔区北京路四段8号，法定代表人：侯振江。')).to.deep.equal([]);
  });

  it("reads a business's 地址 (诊所地址, 门店地址) as public even in a natural-person party's block", () => {
    const text = '当事人：段金凤\n执业机构：大理市下关金凤中医诊所（个体）\n诊所地址：大理市下关镇建设路96号\n\n经查';
    expect(leaks(text, { party: natural('段金凤') })).to.deep.equal([]);
    expect(everything(text, { party: natural('段金凤') })).to.deep.include(['public', 'business-address', '大理市下关镇建设路96号']);
  });

  it("never flags the agency's address, a masked address or one cut to district level", () => {
    expect(leaks('（本局地址：杭州市西湖区文二西路720号，邮政编码：310012）')).to.deep.equal([]);
    expect(everything('住址：小店区某某小区')).to.deep.equal([['masked', 'masked-address', '小店区某某小区']]);
    expect(leaks('住址：杭州市西湖区')).to.deep.equal([]);
    expect(leaks('住址：杭州市西湖区****')).to.deep.equal([]);
  });
});
