import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../widgets/staff-board/staff-board.ts';
import type { ZfgsStaffBoard } from '../../widgets/staff-board/staff-board.ts';
import { staffBoardExamples } from '../../widgets/staff-board/staff-board.examples.ts';
import { describeExamples } from './example-suite.ts';
import { renderExample, shadowText } from './support.ts';

describeExamples(staffBoardExamples);

const example = (name: string) => staffBoardExamples.examples.find((each) => each.name === name)!;

async function render(name: string, attributes: Record<string, string> = {}): Promise<ZfgsStaffBoard> {
  return (await renderExample('zfgs-staff-board', example(name), attributes)) as unknown as ZfgsStaffBoard;
}

const shownNames = (element: Element) => [...element.shadowRoot!.querySelectorAll('[part="card"] .heading')].map((each) => each.textContent);
const button = (element: Element, text: string) => [...element.shadowRoot!.querySelectorAll('button')].find((each) => each.textContent === text)!;

describe('<zfgs-staff-board>', () => {
  it('shows every person with position, window, duties and unit, and the service lines', async () => {
    const element = await render('sample-agency');
    expect(shownNames(element)).to.deep.equal(['宋雅琴', '邱子航', '龚佳怡', '覃振华']);
    const text = shadowText(element);
    for (const expected of ['窗口位置：东湖区政务服务中心二楼', '窗口号', 'C12', '岗位职责', '申请材料示范文本', '办理进度查询', '咨询电话', '投诉举报电话']) expect(text).to.contain(expected);
    expect(element.shadowRoot!.querySelector('a[href="tel:12315"]')).not.to.equal(null);
  });

  it('names each photo and loads it only from a safe URL', async () => {
    const element = await render('with-photos');
    const photos = [...element.shadowRoot!.querySelectorAll<HTMLImageElement>('[part="photo"]')];
    expect(photos.map((photo) => photo.alt)).to.deep.equal(['陆思远的照片', '沈佳宁的照片']);
    expect(photos[0]!.getAttribute('src')).to.equal(new URL('photos/staff-1.svg', document.baseURI).href);
  });

  it('in kiosk mode shows one person at a time and steps with the buttons, from the keyboard too', async () => {
    const element = await render('kiosk', { interval: '3600' });
    expect(shownNames(element)).to.deep.equal(['宋雅琴']);
    button(element, '下一位').click();
    await element.updateComplete;
    expect(shownNames(element)).to.deep.equal(['邱子航']);
    button(element, '上一位').focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(shownNames(element)).to.deep.equal(['宋雅琴']);
    button(element, '上一位').click();
    await element.updateComplete;
    expect(shownNames(element)).to.deep.equal(['覃振华']);
    expect(shadowText(element)).to.contain('第 4 位，共 4 位');
  });

  it('advances on its own and stops when paused', async () => {
    const element = await render('kiosk', { interval: '0.05' });
    element.dispatchEvent(new PointerEvent('pointerleave'));
    await waitUntil(() => shownNames(element)[0] !== '宋雅琴', 'the board did not advance', { timeout: 5000 });
    button(element, '暂停轮播').click();
    await element.updateComplete;
    expect(element.isRotating).to.equal(false);
    expect(element.shadowRoot!.querySelector('.slide')!.getAttribute('aria-live')).to.equal('polite');
    expect(button(element, '继续轮播')).not.to.equal(undefined);
  });

  it('starts paused when the reader prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const element = await render('kiosk', { interval: '3600' });
      expect(element.isRotating).to.equal(false);
      expect(button(element, '继续轮播')).not.to.equal(undefined);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('holds still while focus is inside', async () => {
    const element = await render('kiosk', { interval: '3600' });
    expect(element.isRotating).to.equal(true);
    button(element, '下一位').focus();
    await element.updateComplete;
    expect(element.isRotating).to.equal(false);
  });

  it('prints every person, not one slide', async () => {
    const element = await render('kiosk', { interval: '3600' });
    window.dispatchEvent(new Event('beforeprint'));
    await element.updateComplete;
    try {
      expect(shownNames(element)).to.have.length(4);
      expect(element.isRotating).to.equal(false);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
    }
  });

  it('speaks English under lang="en"', async () => {
    const element = await render('kiosk', { lang: 'en', interval: '3600' });
    expect(shadowText(element)).to.contain('1 of 4');
    expect(button(element, 'Next')).not.to.equal(undefined);
  });
});
