// Records every network request of every target of the browser — tabs, the side panel, the options page, the
// extension's service worker and the workers they start — through the DevTools protocol, from the moment it
// is attached. Used to prove the extension sends nothing anywhere but the audited site.
import type { Browser, CDPSession, Target } from 'puppeteer-core';

export interface LoggedRequest {
  url: string;
  /** The type of the target that made it (page, service_worker, worker …) and its URL. */
  target: string;
}

export interface NetworkLog {
  requests: LoggedRequest[];
  /** Types of the targets watched (page, service_worker, worker …), to show nothing was left out. */
  watchedTypes: Set<string>;
  stop: () => Promise<void>;
}

export async function watchNetwork(browser: Browser, ignore: (target: Target) => boolean = () => false): Promise<NetworkLog> {
  const requests: LoggedRequest[] = [];
  const watchedTypes = new Set<string>();
  const sessions: CDPSession[] = [];
  const watched = new WeakSet<Target>();

  async function attach(target: Target): Promise<void> {
    if (watched.has(target) || ignore(target) || target.type() === 'browser') return;
    watched.add(target);
    try {
      const session = await target.createCDPSession();
      sessions.push(session);
      // The target's type and URL as they are when the request is made (a new tab starts as about:blank).
      session.on('Network.requestWillBeSent', (event) => requests.push({ url: event.request.url, target: `${target.type()} ${target.url()}` }));
      await session.send('Network.enable');
      watchedTypes.add(target.type());
    } catch {
      // a target that closed while attaching
    }
  }

  const onTarget = (target: Target) => void attach(target);
  browser.on('targetcreated', onTarget);
  browser.on('targetchanged', onTarget);
  await Promise.all(browser.targets().map(attach));
  return {
    requests,
    watchedTypes,
    stop: async () => {
      browser.off('targetcreated', onTarget);
      browser.off('targetchanged', onTarget);
      await Promise.all(sessions.map((session) => session.detach().catch(() => undefined)));
    },
  };
}

/** Requests that went anywhere but the allowed origins (and local schemes: data:, blob:, the extension). */
export function requestsOutside(log: NetworkLog, allowedOrigins: readonly string[], extensionId: string): LoggedRequest[] {
  return log.requests.filter(({ url }) => {
    if (/^(data|blob|about):/.test(url)) return false;
    if (url.startsWith(`chrome-extension://${extensionId}/`)) return false;
    try {
      return !allowedOrigins.includes(new URL(url).origin);
    } catch {
      return true;
    }
  });
}
