// The conventional masked forms.
import { expect } from '@open-wc/testing';
import { maskAddress, maskDigits, maskEmail, maskName } from '../../../shared/detectors/masking.ts';
import { maskAccount } from '../../../shared/detectors/bank-account.ts';

describe('masking', () => {
  it('keeps separators and prefixes while masking digits', () => {
    expect(maskDigits('510107 19860217 5358', 6, 4)).to.equal('510107 ******** 5358');
    expect(maskDigits('３５０２０３１９８２０９１６２０８３', 6, 4)).to.equal('３５０２０３********２０８３');
  });

  it('masks names to surname + 某 or 某某', () => {
    expect([maskName('刘晓燕', 1), maskName('甘露', 1), maskName('欧阳书琪', 2), maskName('尼玛次仁', 1)]).to.deep.equal(['刘某某', '甘某', '欧阳某某', '尼某某']);
  });

  it('masks the local part of an e-mail address', () => {
    expect(maskEmail('a.b@qq.com')).to.equal('a**@qq.com');
  });

  it('cuts addresses to district level, traditional characters included', () => {
    expect(maskAddress('内蒙古自治区呼和浩特市武川县哈乐镇乌兰不浪村三社')).to.equal('内蒙古自治区呼和浩特市武川县****');
    expect(maskAddress('昆明市五華區黑林鋪街道海源北路1025號')).to.equal('昆明市五華區****');
    expect(maskAddress('金家渡路88号')).to.equal('****');
  });

  it('never leaves more than half of a short account visible', () => {
    expect(maskAccount('632812365')).to.equal('63*****65');
    expect(maskAccount('6217 0029 0000 8571')).to.equal('6217 **** **** 8571');
  });
});
