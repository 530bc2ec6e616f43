// Suggests a jurisdiction profile from a page's host name. A small table, matched on whole domain labels
// from the right, so `www.hangzhou.gov.cn` and `fgw.hangzhou.gov.cn` match `hangzhou.gov.cn` but
// `nothangzhou.gov.cn` does not. The user's choice in the options always wins over the suggestion.
import type { ProfileId } from '../../shared/catalogue/types.ts';

/** Domain suffix → profile. Documented in extension/README.md; keep the two in step. */
export const PROFILE_BY_DOMAIN: readonly (readonly [string, ProfileId])[] = [
  ['hangzhou.gov.cn', 'hz'],
  ['zhoucun.gov.cn', 'zc'],
  ['zibo.gov.cn', 'zc'],
  ['shqp.gov.cn', 'qp'],
  ['qingpu.gov.cn', 'qp'],
  ['shanghai.gov.cn', 'qp'],
  ['hebei.gov.cn', 'hb'],
  ['wuhan.gov.cn', 'wh'],
];

function isDomainOrSubdomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** The suggested profile for a URL or host name; `baseline` when no entry matches. */
export function suggestProfile(urlOrHost: string): ProfileId {
  let host = urlOrHost.toLowerCase();
  try {
    host = new URL(urlOrHost).hostname.toLowerCase();
  } catch {
    // a bare host name
  }
  host = host.replace(/\.$/, '');
  return PROFILE_BY_DOMAIN.find(([domain]) => isDomainOrSubdomain(host, domain))?.[1] ?? 'baseline';
}
