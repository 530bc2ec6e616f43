// Resident ID numbers: GB 11643 check character, GB/T 2260 region, real past birth date; the written
// variants (x, full-width, split) and every look-alike of the issue.
import { expect } from '@open-wc/testing';
import { assessIdNumber, idCheckCharacter } from '../../../shared/detectors/id-number.ts';
import { isValidRegionPrefix } from '../../../shared/detectors/region-codes.ts';
import { everything, leaks, onlyLeak } from './helpers.ts';

const DECIDED = { decisionDate: '2024-05-20' };

describe('id-number detector', () => {
  it('computes the ISO 7064 MOD 11-2 check character', () => {
    expect(idCheckCharacter('33010619790623417')).to.equal('2');
    expect(idCheckCharacter('63010219700930018')).to.equal('X');
  });

  it('knows province and prefecture prefixes, including abolished prefectures', () => {
    expect(isValidRegionPrefix('330106')).to.equal(true);
    expect(isValidRegionPrefix('452123')).to.equal(true); // old Nanning prefecture
    expect(isValidRegionPrefix('990101')).to.equal(false);
    expect(isValidRegionPrefix('335001')).to.equal(false);
  });

  it('finds an 18-digit ID and masks it to the first 6 and last 4 characters', () => {
    const finding = onlyLeak('身份证号码：330106197906234172', DECIDED);
    expect([finding.type, finding.value, finding.masked, finding.reason]).to.deep.equal(['id-number', '330106197906234172', '330106********4172', 'checkDigitValid']);
  });

  it('accepts an upper- or lower-case X check character', () => {
    expect(leaks('身份证号：63010219700930018X', DECIDED)).to.deep.equal([['id-number', '63010219700930018X']]);
    expect(leaks('身份证号：61011319710504007x', DECIDED)).to.deep.equal([['id-number', '61011319710504007x']]);
  });

  it('reads full-width digits and digits split by spaces or hyphens', () => {
    expect(leaks('居民身份证　３５０２０３１９８２０９１６２０８３', DECIDED)).to.deep.equal([['id-number', '３５０２０３１９８２０９１６２０８３']]);
    expect(leaks('公民身份号码：510107 19860217 5358', DECIDED)).to.deep.equal([['id-number', '510107 19860217 5358']]);
    expect(leaks('身份证号码：1401 0519 7709 2541 80', DECIDED)).to.deep.equal([['id-number', '1401 0519 7709 2541 80']]);
    expect(leaks('身份证号码：510107-19860217-5358', DECIDED)).to.deep.equal([['id-number', '510107-19860217-5358']]);
  });

  it('finds a legacy 15-digit ID and keeps only the region and the last 3 digits', () => {
    const finding = onlyLeak('身份证号码：430104580312171', DECIDED);
    expect([finding.type, finding.masked, finding.reason]).to.deep.equal(['id-number', '430104******171', 'legacyIdNumber']);
  });

  it('finds an ID written as a driving-licence or taxpayer number', () => {
    expect(leaks('机动车驾驶证号：510107198602175358', DECIDED)).to.have.length(1);
    expect(leaks('纳税人识别号：500103199605070620', DECIDED)).to.have.length(1);
  });

  it('treats a wrong check digit as a serial number built like an ID (public look-alike)', () => {
    const text = '报告编号：440305202402220034';
    expect(leaks(text, DECIDED)).to.deep.equal([]);
    expect(everything(text, DECIDED)).to.deep.equal([['public', 'invalid-id-number', '440305202402220034']]);
  });

  it('trusts a serial-number label over a check digit that passes by chance', () => {
    const serial = `51010720230124149`;
    const number = serial + idCheckCharacter(serial);
    expect(leaks(`检验报告编号：${number}`, DECIDED)).to.deep.equal([]);
    expect(everything(`检验报告编号：${number}`, DECIDED)).to.deep.equal([['public', 'licence-number', number]]);
    expect(leaks(`身份证号：${number}`, DECIDED)).to.have.length(1);
  });

  it('rejects an unknown region, an impossible date and a birth date after the decision', () => {
    expect(leaks('编号：991301197906234170', DECIDED)).to.deep.equal([]);
    const impossible = `33010619990230${'123'}`;
    expect(leaks(`编号：${impossible}${idCheckCharacter(impossible)}`, DECIDED)).to.deep.equal([]);
    const future = '33010620250101123';
    expect(leaks(`身份证号：${future}${idCheckCharacter(future)}`, DECIDED)).to.deep.equal([]);
    expect(assessIdNumber(`${future}${idCheckCharacter(future)}`, 20260101)?.kind).to.equal('valid');
  });

  it('lets a properly masked ID pass as masked', () => {
    expect(leaks('身份证号：410105********3028', DECIDED)).to.deep.equal([]);
    expect(everything('身份证号：410105********3028', DECIDED)).to.deep.equal([['masked', 'masked-id-number', '410105********3028']]);
  });

  it('takes every shape with the birth date hidden for a masked ID, even on an unassigned region prefix', () => {
    expect(isValidRegionPrefix('429901')).to.equal(false);
    for (const masked of ['429901********6083', '4299**********6083', '429***********6083', '330106********4172']) {
      for (const text of [`经营者身份证号码：${masked}`, `证件号码：${masked}`, `号码为${masked}的证件`]) {
        expect(everything(text, DECIDED), text).to.deep.equal([['masked', 'masked-id-number', masked]]);
      }
    }
    expect(leaks('身份证号码：******************', DECIDED)).to.deep.equal([]);
    // The same shape after an account label is a card masked to its first 6 and last 4 digits.
    expect(everything('银行卡号：622848********1234', DECIDED)).to.deep.equal([['masked', 'masked-account', '622848********1234']]);
  });

  it('flags a partial mask that still shows the birth date', () => {
    const finding = onlyLeak('身份证号码：41010519520817****', DECIDED);
    expect([finding.type, finding.reason, finding.masked]).to.deep.equal(['id-number', 'partialMask', '410105************']);
    expect(leaks('身份证号：13060219850703***6', DECIDED)).to.have.length(1);
  });

  it('never takes a USCC, an 18-digit licence number or a longer number for an ID', () => {
    expect(everything('统一社会信用代码：92330106MA2H7Q5K0U')).to.deep.equal([['public', 'uscc', '92330106MA2H7Q5K0U']]);
    expect(leaks('施工许可证（编号：130102202307200104）', DECIDED)).to.deep.equal([]);
    expect(leaks('采矿许可证号：C3701002010127120098765', DECIDED)).to.deep.equal([]);
    expect(leaks('流水号：3301061979062341720001', DECIDED)).to.deep.equal([]);
  });

  it('does not take a 15-digit licence code or account number for a legacy ID', () => {
    expect(leaks('民办学校办学许可证编号：教民143010470000127号', DECIDED)).to.deep.equal([]);
    expect(leaks('许可证编号：430104580312171', DECIDED)).to.deep.equal([]);
  });
});
