// Runs in Chromium (bundled by pageWithModule): first render of <zfgs-officers> with n entries, measured inside the
// page from setting the data to a laid-out first page, and the time until every entry is validated.
import '../../widgets/officers/officers.ts';
import type { ZfgsOfficers } from '../../widgets/officers/officers.ts';
import type { Officer, OfficersSection } from '../../shared/schema/index.ts';

const AREAS = ['上城区', '拱墅区', '西湖区', '滨江区', '萧山区'];
const CATEGORIES = ['市场监管综合执法', '城市管理综合执法', '交通运输综合执法'];

export function officers(count: number): OfficersSection {
  const items = Array.from({ length: count }, (_, index): Officer => ({
    name: `执法人员${index}`,
    certificateNumber: String(33010000000 + index),
    unit: '示例市市场监督管理局',
    position: '执法队员',
    category: CATEGORIES[index % CATEGORIES.length]!,
    area: AREAS[index % AREAS.length]!,
    status: index % 101 === 0 ? 'suspended' : 'valid',
    validFrom: '2021-01-01',
    validUntil: index % 7 === 0 ? '2024-03-01' : '2027-12-31',
  }));
  return { updated: '2024-05-01', items };
}

export interface RenderTiming {
  /** Data set → first page rendered and laid out. */
  firstRenderMs: number;
  /** Data set → every entry validated and the island written. */
  settledMs: number;
}

async function once(data: OfficersSection): Promise<RenderTiming> {
  const element = document.createElement('zfgs-officers') as ZfgsOfficers;
  element.setAttribute('profile', 'zc');
  element.setAttribute('now', '2024-06-01');
  const t0 = performance.now();
  element.data = data;
  document.body.append(element);
  await element.updateComplete;
  void element.shadowRoot!.querySelector('table')!.getBoundingClientRect();
  const firstRenderMs = performance.now() - t0;
  await element.settled;
  const settledMs = performance.now() - t0;
  element.remove();
  return { firstRenderMs, settledMs };
}

/** Medians of `runs` renders of fresh elements, after one unmeasured warm-up. */
export async function renderTiming(count: number, runs = 9): Promise<RenderTiming> {
  const data = officers(count);
  await once(data);
  const samples: RenderTiming[] = [];
  for (let i = 0; i < runs; i += 1) samples.push(await once(structuredClone(data)));
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { firstRenderMs: median(samples.map((s) => s.firstRenderMs)), settledMs: median(samples.map((s) => s.settledMs)) };
}
