// robots.txt of the audited site (RFC 9309, matched by robots-parser): fetched once per site audit. A missing
// file (4xx) allows everything; an unreachable one (5xx, network) disallows everything, as the RFC says.
import robotsParser from 'robots-parser';
import { fetchResource, type FetchLike, type FetchLimits } from './fetch-resource.ts';

/** The product token our rules are looked up by (besides `*`). */
export const ROBOTS_AGENT = 'zfgs-inspector';

export interface RobotsRules {
  status: 'found' | 'missing' | 'unreachable';
  isAllowed: (url: string) => boolean;
  crawlDelayMs: number;
}

export async function loadRobots(origin: string, limits: FetchLimits, fetchLike?: FetchLike): Promise<RobotsRules> {
  const url = `${origin}/robots.txt`;
  const fetched = await fetchResource(url, limits, fetchLike);
  if (!fetched.ok) {
    const missing = fetched.problem === 'http-status' && /HTTP 4\d\d/.test(fetched.detail);
    return missing
      ? { status: 'missing', isAllowed: () => true, crawlDelayMs: 0 }
      : { status: 'unreachable', isAllowed: () => false, crawlDelayMs: 0 };
  }
  const robots = robotsParser(url, new TextDecoder().decode(fetched.bytes));
  return {
    status: 'found',
    isAllowed: (page) => robots.isAllowed(page, ROBOTS_AGENT) !== false,
    crawlDelayMs: (robots.getCrawlDelay(ROBOTS_AGENT) ?? 0) * 1000,
  };
}
