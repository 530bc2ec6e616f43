// E-mail addresses: personal ones are leaks; masked, government and a company's own are not.
import { expect } from '@open-wc/testing';
import { everything, leaks, legal, onlyLeak } from './helpers.ts';

describe('email detector', () => {
  it('finds a personal mailbox and masks its local part', () => {
    const finding = onlyLeak('电子邮箱：tengyaqin1990@163.com');
    expect([finding.type, finding.value, finding.masked]).to.deep.equal(['email', 'tengyaqin1990@163.com', 't************@163.com']);
  });

  it('finds addresses with dots, underscores and digits only before the @', () => {
    expect(leaks('邮箱gou.tingting95@foxmail.com，')).to.deep.equal([['email', 'gou.tingting95@foxmail.com']]);
    expect(leaks('（电子邮箱：lizixuan_edu@qq.com）')).to.deep.equal([['email', 'lizixuan_edu@qq.com']]);
    expect(leaks('QQ邮箱：13857123468@qq.com')).to.deep.equal([['email', '13857123468@qq.com']]);
  });

  it('lets masked and government mailboxes pass', () => {
    expect(everything('邮箱：t***@163.com')).to.deep.equal([['masked', 'masked-email', 't***@163.com']]);
    expect(everything('监督邮箱：jubao@hzsc.gov.cn')).to.deep.equal([['public', 'public-email', 'jubao@hzsc.gov.cn']]);
  });

  it("treats a company's own mailbox in its party block as public", () => {
    const text = '当事人：某某科技有限公司\n电子邮箱：service@example.com';
    expect(leaks(text, { party: legal('某某科技有限公司') })).to.deep.equal([]);
  });

  it('ignores an @ that is not part of an address', () => {
    expect(leaks('网名@小明 在群里发言，@ 符号')).to.deep.equal([]);
  });
});
