// The toolbar click's message to the side panel: "audit this tab". The service worker writes it to
// chrome.storage.session (per window, since each window has its own side panel) right after opening the
// panel; the panel reads it when it loads and watches it while open. Storage rather than runtime messages
// because a panel that is still loading would miss a message, and the worker keeps no state in globals.
export interface AuditRequest {
  tabId: number;
  windowId: number;
  /** Date.now() of the click: a second click on the same tab is a new request. */
  requestedAt: number;
}

export const auditRequestKey = (windowId: number): string => `audit-request-${windowId}`;

function isAuditRequest(value: unknown): value is AuditRequest {
  const request = value as Partial<AuditRequest> | undefined;
  return typeof request?.tabId === 'number' && typeof request.windowId === 'number' && typeof request.requestedAt === 'number';
}

export async function postAuditRequest(request: AuditRequest): Promise<void> {
  await chrome.storage.session.set({ [auditRequestKey(request.windowId)]: request });
}

export async function takeAuditRequest(windowId: number): Promise<AuditRequest | undefined> {
  const key = auditRequestKey(windowId);
  const stored = (await chrome.storage.session.get(key))[key];
  if (!isAuditRequest(stored)) return undefined;
  await chrome.storage.session.remove(key);
  return stored;
}

/** Calls `listener` for each new request for this window while the panel is open. */
export function onAuditRequest(windowId: number, listener: (request: AuditRequest) => void): () => void {
  const key = auditRequestKey(windowId);
  const handler = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    const value = changes[key]?.newValue;
    if (area === 'session' && isAuditRequest(value)) {
      void chrome.storage.session.remove(key);
      listener(value);
    }
  };
  chrome.storage.onChanged.addListener(handler);
  return () => chrome.storage.onChanged.removeListener(handler);
}
