// Mobile numbers: carrier prefixes, the written variants (+86, spaces, dashes, full-width), masked and
// partially masked forms, and the numbers that look like one but are not personal.
import { expect } from '@open-wc/testing';
import { assessMobile } from '../../../shared/detectors/mobile.ts';
import { everything, leaks, onlyLeak } from './helpers.ts';

describe('mobile detector', () => {
  it('finds an 11-digit mobile and shows only the first 3 and last 4 digits', () => {
    const finding = onlyLeak('联系电话：13857123468');
    expect([finding.type, finding.masked]).to.deep.equal(['mobile', '138****3468']);
  });

  it('finds mobiles written with spaces, dashes and full-width digits', () => {
    expect(leaks('联系电话：139 8192 7465')).to.deep.equal([['mobile', '139 8192 7465']]);
    expect(leaks('（联系电话：135-1667-2094）')).to.deep.equal([['mobile', '135-1667-2094']]);
    expect(leaks('手机：１３７７０５２３３１６')).to.deep.equal([['mobile', '１３７７０５２３３１６']]);
  });

  it('keeps a +86 prefix inside the span', () => {
    expect(leaks('联系方式：+86 135 7219 4408')).to.deep.equal([['mobile', '+86 135 7219 4408']]);
    expect(leaks('联系电话：（+86）18976025531')).to.deep.equal([['mobile', '（+86）18976025531']]);
    expect(leaks('联系电话：+86-18180621453')).to.deep.equal([['mobile', '+86-18180621453']]);
    const joined = onlyLeak('联系电话：+8615922813406');
    expect([joined.value, joined.masked]).to.deep.equal(['+8615922813406', '+86159****3406']);
  });

  it('recognises 138****5678 as masked, but 139 5532 46** (two digits hidden) as a leak', () => {
    expect(everything('另有刘某（135****7702）')).to.deep.include(['masked', 'masked-mobile', '135****7702']);
    expect(leaks('另有刘某（135****7702）')).to.deep.equal([]);
    expect(onlyLeak('手机：139 5532 46**').reason).to.equal('partialMask');
  });

  it('rejects numbers off the carrier prefixes and numbers inside longer runs', () => {
    expect(assessMobile('12012345678')).to.equal(undefined);
    expect(assessMobile('14012345678')).to.equal(undefined);
    expect(assessMobile('14712345678')).to.equal('valid');
    expect(leaks('订单号138571234680012')).to.deep.equal([]);
  });

  it('does not flag hotlines or an officer certificate number shaped like a mobile', () => {
    expect(leaks('投诉举报电话：12315　监督电话：12345')).to.deep.equal([]);
    expect(leaks('执法人员：耿立军（冀执13010018115）、米佳（冀执13010021008）')).to.deep.equal([]);
    expect(leaks('执法证号：13010018115')).to.deep.equal([]);
  });

  it("treats a mobile in the agency's contact line as public", () => {
    expect(leaks('地址：某市某路1号　邮编：310012　联系电话：13857123468')).to.deep.equal([]);
  });
});
