// Annual statistics for 2023–2025, each published before 31 January of the next year. The bureau holds no
// levy, payment or adjudication power ('no-power'), which is not the same as having used a power 0 times.
import type { StatisticsSection } from '../../../shared/schema/index.ts';

export const STATISTICS: StatisticsSection = {
  updated: '2026-01-29',
  items: [
    {
      year: 2023,
      publicationDate: '2024-01-26',
      counts: { licence: 1684, penalty: 212, coercion: 23, levy: 'no-power', payment: 'no-power', inspection: 1437, confirmation: 6120, reward: 2, adjudication: 'no-power', other: 9 },
      finesYuan: 3862400,
      notes: '行政许可含食品经营许可和特种设备使用登记；行政确认为市场主体登记。',
    },
    {
      year: 2024,
      publicationDate: '2025-01-24',
      counts: { licence: 1759, penalty: 196, coercion: 17, levy: 'no-power', payment: 'no-power', inspection: 1512, confirmation: 6388, reward: 0, adjudication: 'no-power', other: 6 },
      finesYuan: 3105750,
      notes: '本年度无举报奖励。',
    },
    {
      year: 2025,
      publicationDate: '2026-01-29',
      counts: { licence: 1812, penalty: 184, coercion: 21, levy: 'no-power', payment: 'no-power', inspection: 1605, confirmation: 6541, reward: 3, adjudication: 'no-power', other: 4 },
      finesYuan: 2987300,
    },
  ],
};
