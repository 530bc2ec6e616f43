// The browser half of the meta test (test/node/catalogue.test.ts): the registered rules are exactly the
// automatable catalogue ids, every reason they declare is worded in both locales, and the engine reports the
// version of package.json.
import { expect } from '@open-wc/testing';
import { CATALOGUE } from '../../../shared/catalogue/catalogue.ts';
import { ENGINE_VERSION } from '../../../shared/engine/run.ts';
import { scopedKey } from '../../../shared/i18n/rules/messages.ts';
import { RULES } from '../../../shared/rules/index.ts';

describe('rule registry', () => {
  it('registers one rule per automatable catalogue id, in catalogue order', () => {
    expect(RULES.map((rule) => rule.id)).to.deep.equal(CATALOGUE.filter((entry) => entry.automatable).map((entry) => entry.id));
  });

  it('words every declared reason in zh-CN and en', () => {
    for (const rule of RULES) {
      for (const reason of rule.reasons) {
        for (const locale of ['zh-CN', 'en'] as const) expect(scopedKey(locale, rule.id, `reason.${reason}`), `${rule.id} ${reason} ${locale}`).to.be.a('string');
      }
    }
  });

  it('reports the engine version of package.json', async () => {
    const manifest = (await (await fetch('/package.json', { cache: 'no-store' })).json()) as { version: string };
    expect(ENGINE_VERSION).to.equal(manifest.version);
  });
});
