// publication-channel (advisory): a dedicated 行政执法公示专栏 on the agency portal, linked to the unified
// platform (hb (四); qp 二(一)1; zc 6, 8; wh-gs 6).
import type { RuleFinding as Finding } from './types.ts';
import { pageOf } from './support/page.ts';
import { TITLE_TARGET } from './support/presence.ts';
import { lazySnippet } from './support/snippet.ts';
import type { Rule } from './types.ts';

const COLUMN = /(行政)?执法(信息)?公示(专栏|专区|栏目)?|执法公开(专栏|专区)/;
const PLATFORM = /(执法|公示|信息|监督)(公示)?(平台|系统)|统一(公示)?平台|政务服务网|一体化(在线)?(政务)?(服务)?平台|信用中国|国家企业信用信息公示/;

export const publicationChannel: Rule = {
  id: 'publication-channel',
  reasons: ['columnAndPlatform', 'noPlatformLink', 'notOnPage', 'missing'],
  evaluate(snapshots, context) {
    const pages = snapshots.map(pageOf);
    const column = pages.flatMap((page) => [
      ...(COLUMN.test(page.title) ? [{ page, target: TITLE_TARGET, text: page.snapshot.title }] : []),
      ...page.headings.filter((item) => COLUMN.test(item.compact)).map((item) => ({ page, target: item.item.target, text: item.item.text })),
      ...page.links.filter((item) => item.compact.length <= 30 && COLUMN.test(item.compact)).map((item) => ({ page, target: item.item.target, text: item.item.text })),
    ])[0];
    const platform = pages.flatMap((page) => page.links.filter((item) => PLATFORM.test(item.compact)).map((item) => ({ page, item })))[0];
    const at = (status: Finding['status'], reason: string, where: { page: (typeof pages)[number]; target: string[]; text: string }, data: Finding['data'] = {}): Finding =>
      ({ status, target: where.target, url: where.page.url, snippet: where.text ? lazySnippet(context, where.text) : '', reason, data });
    if (column && platform) return [at('pass', 'columnAndPlatform', column, { href: platform.item.item.href })];
    if (column) return [at('fail', 'noPlatformLink', column)];
    return [at(context.isSite ? 'fail' : 'review', context.isSite ? 'missing' : 'notOnPage', { page: pages[0]!, target: [], text: '' })];
  },
};
