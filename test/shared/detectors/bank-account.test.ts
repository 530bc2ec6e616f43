// Bank cards (Luhn) and accounts (by context), of people and of companies; the agency's and treasury's
// payment accounts are public; masked accounts pass and partial masks do not.
import { expect } from '@open-wc/testing';
import { isLuhnValid } from '../../../shared/detectors/bank-account.ts';
import { everything, leaks, onlyLeak } from './helpers.ts';

describe('bank-account detector', () => {
  it('checks the Luhn digit', () => {
    expect(isLuhnValid('6222023301018462712')).to.equal(true);
    expect(isLuhnValid('6222023301018462713')).to.equal(false);
  });

  it('finds cards of 16 to 19 digits, grouped or not, and shows only the first and last 4 digits', () => {
    expect(onlyLeak('卡号：6217 0029 0000 8571 021').masked).to.equal('6217 **** **** ***1 021');
    expect(leaks('童思雨，收款银行卡6214 8327 0019 4561，')).to.deep.equal([
      ['third-party-name', '童思雨'],
      ['bank-account', '6214 8327 0019 4561'],
    ]);
    expect(leaks('卡號：62159814020071489')).to.deep.equal([['bank-account', '62159814020071489']]);
    expect(leaks('（卡号：622823 050301872645）')).to.deep.equal([['bank-account', '622823 050301872645']]);
  });

  it("finds a company's account (not a valid card) by its context", () => {
    const finding = onlyLeak('通过其对公账户（开户行：青岛农商银行黄岛支行，账号：8023 0001 2671 54300）收款');
    expect([finding.type, finding.reason]).to.deep.equal(['bank-account', 'accountContext']);
    expect(leaks('在长沙银行麓山支行开立的账户（账号：800012460219837）')).to.have.length(1);
  });

  it('does not take a long number without account context for an account', () => {
    expect(leaks('货值金额共计12345678901234元，编号1234567890123456')).to.deep.equal([]);
  });

  it("treats the agency's or treasury's fine-payment account as public", () => {
    const text = '缴纳罚没款。户名：杭州市西湖区财政局非税收入专户，开户银行：中国工商银行杭州西湖支行，账号：1202021209900012345。';
    expect(leaks(text)).to.deep.equal([]);
    expect(everything(text)).to.deep.include(['public', 'agency-account', '1202021209900012345']);
  });

  it('reads the payment context before the brackets whose fields are split by ；', () => {
    const text = '当事人应将罚没款缴至临沂市兰山区财政局指定账户（户名：临沂市兰山区财政局；开户行：临商银行兰山支行；账号：8170 1000 0123 5860）。';
    expect(leaks(text)).to.deep.equal([]);
    expect(everything(text)).to.deep.include(['public', 'agency-account', '8170 1000 0123 5860']);
    // A personal account listed the same way stays a leak.
    expect(leaks('当事人收取货款的账户（开户行：临商银行兰山支行；账号：8170 1000 0123 5860）。')).to.deep.equal([['bank-account', '8170 1000 0123 5860']]);
  });

  it('lets a masked account pass and flags one with a single digit hidden', () => {
    expect(everything('账号：6217 **** **** 3309')).to.deep.equal([['masked', 'masked-account', '6217 **** **** 3309']]);
    expect(onlyLeak('卡号：6228 4811 2967 530*').reason).to.equal('partialMask');
  });
});
