import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../widgets/officers/officers.ts';
import type { ZfgsOfficers } from '../../widgets/officers/officers.ts';
import { officersExamples } from '../../widgets/officers/officers.examples.ts';
import type { Officer, OfficersSection } from '../../shared/schema/index.ts';
import { describeExamples } from './example-suite.ts';
import { renderExample, shadowText } from './support.ts';

describeExamples(officersExamples);

const example = (name: string) => officersExamples.examples.find((each) => each.name === name)!;

async function render(name: string, attributes: Record<string, string> = {}): Promise<ZfgsOfficers> {
  return (await renderExample('zfgs-officers', example(name), attributes)) as unknown as ZfgsOfficers;
}

function bodyRows(element: Element): HTMLTableRowElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr')];
}

function rowOf(element: Element, name: string): HTMLTableRowElement | undefined {
  return bodyRows(element).find((row) => row.querySelector('th')?.textContent === name);
}

function headers(element: Element): string[] {
  return [...element.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.replace(/\s+/g, ' ').trim());
}

async function typeInto(element: ZfgsOfficers, selector: string, value: string): Promise<void> {
  const input = element.shadowRoot!.querySelector<HTMLInputElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await element.updateComplete;
}

async function choose(element: ZfgsOfficers, id: string, value: string): Promise<void> {
  const select = element.shadowRoot!.querySelector<HTMLSelectElement>(`select#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await element.updateComplete;
}

function many(count: number): OfficersSection {
  return {
    updated: '2024-05-01',
    items: Array.from({ length: count }, (_, index): Officer => ({
      name: `测试人员${index}`,
      certificateNumber: String(33000000000 + index),
      status: index % 97 === 0 ? 'revoked' : 'valid',
      validUntil: index % 10 === 0 ? '2024-01-01' : '2027-01-01',
    })),
  };
}

describe('<zfgs-officers> certificate states', () => {
  it('states each certificate in words with an icon, judged on the `now` date', async () => {
    const element = await render('every-certificate-state', { 'page-size': '50' });
    const stateOf = (name: string) => rowOf(element, name)!.querySelector('[part="state"]')!;
    const expected: [string, string, string][] = [
      ['王建国', 'valid', '有效'],
      ['李晓梅', 'expiring', '即将到期（19 天后）'],
      ['黄丽', 'expiring', '今日到期'],
      ['张伟', 'expired', '已过期（2024年3月31日）'],
      ['梁栋', 'expired', '已过期（2024年5月31日）'],
      ['周强', 'not-yet-valid', '尚未生效（2024年7月1日 起）'],
      ['刘洋', 'suspended', '暂停执法'],
      ['陈静', 'revoked', '已注销'],
    ];
    for (const [name, state, words] of expected) {
      expect(stateOf(name).getAttribute('data-state'), name).to.equal(state);
      expect(stateOf(name).textContent!.trim(), name).to.equal(words);
      expect(stateOf(name).querySelector('svg[aria-hidden="true"]'), name).not.to.equal(null);
    }
  });

  it('keeps expired and revoked officers listed and counts every state', async () => {
    const element = await render('every-certificate-state', { 'page-size': '50' });
    expect(bodyRows(element)).to.have.length(23);
    expect(element.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.contain('共 23 人；证件有效 16 人，即将到期 3 人，已过期 2 人，暂停执法 1 人，已注销 1 人');
  });

  it('moves the judgement with `now`', async () => {
    const element = await render('every-certificate-state', { now: '2030-01-01', 'page-size': '50' });
    expect(rowOf(element, '王建国')!.querySelector('[part="state"]')!.getAttribute('data-state')).to.equal('expired');
  });

  it('lists auxiliary staff under hz with their role and no certificate', async () => {
    const element = await render('profile-hz-auxiliary');
    expect(headers(element)).to.include('人员类别');
    const row = rowOf(element, '钱嘉怡')!;
    expect(row.textContent).to.contain('执法辅助人员');
    expect(row.querySelector('[part="state"]')!.textContent!.trim()).to.equal('无执法证（辅助人员）');
  });
});

describe('<zfgs-officers> sample agency', () => {
  it('marks the expired and the expiring certificate of the sample on its reference date, keeping both listed', async () => {
    const element = (await renderExample('zfgs-officers', example('sample-agency'), { 'page-size': '100' })) as unknown as ZfgsOfficers;
    expect(bodyRows(element)).to.have.length(50);
    const states = [...element.shadowRoot!.querySelectorAll('[part="state"]')].map((each) => each.getAttribute('data-state'));
    expect(states.filter((state) => state === 'expired')).to.have.length(1);
    expect(states.filter((state) => state === 'expiring')).to.have.length(1);
    expect(states.filter((state) => state === 'auxiliary')).to.have.length(2);
  });
});

describe('<zfgs-officers> profile columns', () => {
  it('shows the columns each profile requires', async () => {
    const zc = await render('profile-zc');
    for (const label of ['单位', '职务', '执法证号', '执法类别', '执法区域']) expect(headers(zc).some((h) => h.includes(label)), label).to.equal(true);
    const wh = await render('profile-wh');
    for (const label of ['性别', '年龄', '职务', '证件有效期']) expect(headers(wh).some((h) => h.includes(label)), label).to.equal(true);
    expect(rowOf(wh, '蔡文华')!.textContent).to.contain('46 岁');
    expect(rowOf(wh, '潘晓燕')!.textContent).to.contain('34 岁');
  });

  it('says "not provided" where a required field is missing', async () => {
    const element = await renderExample('zfgs-officers', {
      name: 'missing-unit',
      title: { 'zh-CN': '', en: '' },
      attributes: { profile: 'zc', now: '2024-06-01' },
      data: { updated: '2024-01-01', items: [{ name: '缺单位', certificateNumber: '1', status: 'valid' }] },
    });
    expect(bodyRows(element)[0]!.querySelectorAll('td.missing')).to.have.length(4);
    expect(bodyRows(element)[0]!.textContent).to.contain('未提供');
  });

  it('uses English headers and states under lang="en"', async () => {
    const element = await render('profile-wh', { lang: 'en' });
    expect(headers(element).join('|')).to.contain('Certificate validity');
    expect(rowOf(element, '田野')!.textContent).to.contain('Expired (31 December 2023)');
  });
});

describe('<zfgs-officers> search, filters, sort, pages', () => {
  it('finds officers by name or by certificate number (full-width digits too) and announces the count', async () => {
    const element = await render('every-certificate-state');
    await typeInto(element, '#search', '张伟');
    expect(bodyRows(element).map((row) => row.querySelector('th')!.textContent)).to.deep.equal(['张伟']);
    expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('找到 1 人，显示第 1–1 人。');
    await typeInto(element, '#search', '３３０１００２００１３');
    expect(bodyRows(element).map((row) => row.querySelector('th')!.textContent)).to.deep.equal(['胡军']);
    await typeInto(element, '#search', '不存在的人');
    expect(bodyRows(element)).to.have.length(0);
    expect(shadowText(element)).to.contain('没有符合条件的执法人员');
  });

  it('filters by category, area and certificate state', async () => {
    const element = await render('profile-zc');
    await choose(element, 'category', '市场监管综合执法');
    expect(bodyRows(element).map((row) => row.querySelector('th')!.textContent)).to.have.members(['曹阳', '彭丽娜']);
    await choose(element, 'area', '北郊镇');
    expect(bodyRows(element).map((row) => row.querySelector('th')!.textContent)).to.deep.equal(['彭丽娜']);
    const sample = await render('every-certificate-state');
    await choose(sample, 'stateFilter', 'expired');
    expect(bodyRows(sample).map((row) => row.querySelector('th')!.textContent)).to.have.members(['张伟', '梁栋']);
  });

  it('sorts by a column header, marking the direction with aria-sort', async () => {
    const element = await render('profile-zc');
    const nameHeader = () => element.shadowRoot!.querySelector('thead th')!;
    nameHeader().querySelector('button')!.click();
    await element.updateComplete;
    expect(nameHeader().getAttribute('aria-sort')).to.equal('ascending');
    // pinyin order: cao, han, meng, peng
    expect(bodyRows(element).map((row) => row.querySelector('th')!.textContent)).to.deep.equal(['曹阳', '韩雪', '孟凡刚', '彭丽娜']);
    nameHeader().querySelector('button')!.click();
    await element.updateComplete;
    expect(nameHeader().getAttribute('aria-sort')).to.equal('descending');
    expect(bodyRows(element)[0]!.querySelector('th')!.textContent).to.equal('彭丽娜');
  });

  it('pages through the list with buttons that mark the current page', async () => {
    const element = await render('every-certificate-state');
    expect(bodyRows(element)).to.have.length(20);
    const next = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="pager"] button')].find((button) => button.textContent === '下一页')!;
    next.click();
    await element.updateComplete;
    expect(bodyRows(element).map((row) => row.querySelector('th')!.textContent)).to.deep.equal(['梁栋', '宋佳', '郑凯']);
    expect(element.shadowRoot!.querySelector('[aria-current="page"]')!.textContent).to.equal('2');
    expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('第 2 页，共 2 页');
  });

  it('is usable from the keyboard: type a search, then sort with Enter', async () => {
    const element = await render('profile-zc');
    element.shadowRoot!.querySelector<HTMLInputElement>('#search')!.focus();
    await sendKeys({ type: '3703060020' });
    await element.updateComplete;
    expect(bodyRows(element)).to.have.length(2);
    const sortButton = element.shadowRoot!.querySelector<HTMLButtonElement>('thead th button')!;
    sortButton.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('thead th')!.getAttribute('aria-sort')).to.equal('ascending');
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('thead th')!.getAttribute('aria-sort')).to.equal('descending');
  });
});

describe('<zfgs-officers> long lists and print', () => {
  it('renders one page of 10,000 officers and searches all of them', async () => {
    const element = await fixture<ZfgsOfficers>(html`<zfgs-officers now="2024-06-01" .data=${many(10_000)}></zfgs-officers>`);
    await element.settled;
    expect(bodyRows(element)).to.have.length(20);
    expect(element.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.contain('共 10000 人');
    await typeInto(element, '#search', '测试人员9999');
    expect(bodyRows(element).map((row) => row.querySelector('th')!.textContent)).to.deep.equal(['测试人员9999']);
    expect(JSON.parse(element.querySelector('script')!.textContent!).items).to.have.length(10_000);
  });

  it('prints every officer without controls', async () => {
    const element = await render('every-certificate-state');
    window.dispatchEvent(new Event('beforeprint'));
    await element.updateComplete;
    await emulateMedia({ media: 'print' });
    try {
      expect(bodyRows(element)).to.have.length(23);
      expect(getComputedStyle(element.shadowRoot!.querySelector('.controls')!).display).to.equal('none');
      expect(getComputedStyle(element.shadowRoot!.querySelector('.print-only')!).display).to.equal('block');
    } finally {
      await emulateMedia({ media: 'screen' });
      window.dispatchEvent(new Event('afterprint'));
    }
    await element.updateComplete;
    expect(bodyRows(element)).to.have.length(20);
  });
});
