// Landlines: area code + subscriber number, extensions, bracketed area codes; a natural person's are
// leaks, the agency's, a company's own and hotlines are public.
import { expect } from '@open-wc/testing';
import { assessLandline } from '../../../shared/detectors/landline.ts';
import { everything, leaks, legal, natural, onlyLeak } from './helpers.ts';

describe('landline detector', () => {
  it('finds a natural person’s landline and masks the subscriber number but its last 4 digits', () => {
    const finding = onlyLeak('联系电话：0731-88563412', { party: natural('鲁德厚') });
    expect([finding.type, finding.masked]).to.deep.equal(['landline', '0731-****3412']);
  });

  it('validates the area code and the subscriber number', () => {
    expect(assessLandline('01062753318', [3])?.kind).to.equal('valid');
    expect(assessLandline('057187921356', [4])?.kind).to.equal('valid');
    expect(assessLandline('05710792135', [4])).to.equal(undefined); // subscriber starts with 0
    expect(assessLandline('0001234567', [])).to.equal(undefined);
  });

  it('keeps an extension inside the span (转802, 轉8012, -802)', () => {
    expect(leaks('辦公電話：0579-85239916轉802', { party: natural('駱建偉') })).to.deep.equal([['landline', '0579-85239916轉802']]);
    expect(leaks('工作单位电话010-62753318转6021')).to.deep.equal([['landline', '010-62753318转6021']]);
    expect(leaks('电话：0571-87654321-802')).to.deep.equal([['landline', '0571-87654321-802']]);
  });

  it('reads a bracketed area code and full-width digits', () => {
    expect(leaks('聯繫電話：（0595）22387714')).to.deep.equal([['landline', '（0595）22387714']]);
    expect(leaks('住宅电话：０５９２-５５６３１７２')).to.deep.equal([['landline', '０５９２-５５６３１７２']]);
  });

  it("treats the agency's own phone as public: a line with its postal code, or after the remedy clause", () => {
    expect(leaks('（本局地址：杭州市西湖区文二西路720号，邮政编码：310012，联系电话：0571-87921356）')).to.deep.equal([]);
    const footer = '如不服本决定，可以申请行政复议或者提起行政诉讼。\n某某市某某局\n地址：某市某路8号　电话：0532-85912468';
    expect(leaks(footer, { party: natural('张三') })).to.deep.equal([]);
    expect(everything(footer, { party: natural('张三') })).to.deep.include(['public', 'public-phone', '0532-85912468']);
  });

  it("treats a company's own phone as public, but not a person's named in the sentence", () => {
    const party = legal('某某有限公司');
    expect(leaks('当事人：某某有限公司\n联系电话：0771-3826614', { party })).to.deep.equal([]);
    expect(leaks('消费者余晓静（联系电话：027-84563201）亦反映了类似情况。', { party })).to.deep.equal([
      ['third-party-name', '余晓静'],
      ['landline', '027-84563201'],
    ]);
  });

  it('never takes 400 numbers or short hotlines for landlines', () => {
    expect(leaks('客服热线：400-027-8615　举报电话：12315', { party: natural('张三') })).to.deep.equal([]);
  });
});
