// Unified social credit codes are public look-alikes, verified by their GB 32100 check character.
import { expect } from '@open-wc/testing';
import { isMaskedUscc, isValidUscc } from '../../../shared/detectors/uscc.ts';
import { everything } from './helpers.ts';

describe('uscc look-alike', () => {
  it('verifies the GB 32100 check character', () => {
    expect(isValidUscc('91330106MA2H7Q5K0U')).to.equal(false);
    expect(isValidUscc('92330106MA2H7Q5K0U')).to.equal(true);
    expect(isValidUscc('91110105MA01R3KX0J')).to.equal(true);
    expect(isValidUscc('91110105MA01R3KX0K')).to.equal(false);
    expect(isValidUscc('9111010SMA01R3KX0J')).to.equal(false); // S is not in the alphabet
  });

  it('reports USCCs and masked USCCs, never as leaks', () => {
    expect(everything('统一社会信用代码：91110105MA01R3KX0J')).to.deep.equal([['public', 'uscc', '91110105MA01R3KX0J']]);
    expect(everything('（统一社会信用代码：913701********752K）')).to.deep.equal([['masked', 'masked-uscc', '913701********752K']]);
    expect(isMaskedUscc('110108********2216')).to.equal(false);
  });

  it('does not report a licence number built on a USCC (排污许可证编号) as anything personal', () => {
    expect(everything('排污许可证编号：91440300MA5FL2C810001V').filter(([c]) => c === 'leak')).to.deep.equal([]);
  });
});
