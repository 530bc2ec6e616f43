// English of zh-CN/base-bilingual.ts (shown beside the Chinese, so it stays in zfgs.js).
import type { BaseBilingualMessageKey } from '../zh-CN/base-bilingual.ts';

export const baseBilingualMessages: Record<BaseBilingualMessageKey, string> = {
  'base.engineFailedTitle': 'The widget did not load completely',
  'base.engineFailed': 'Part of the widget could not be loaded ({detail}); to protect personal data, nothing is shown. Check that the whole dist/widgets folder was copied to the site.',
  'base.islandJsonInvalid': 'The data embedded in the page is not valid JSON: {detail}.',
};
