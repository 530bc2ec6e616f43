// A toolbar click reaches an open side panel twice: directly (action.onClicked, the quickest way) and as the
// service worker's audit request through chrome.storage.session (the only way to reach a panel the click itself
// opens). Each click is audited once: whichever of its two deliveries comes first starts the audit and the other
// is dropped. A request for a click made before the panel listened has no direct twin.
export type ClickDelivery = { via: 'direct'; tabId: number } | { via: 'request'; tabId: number; requestedAt: number };

export class ClickTwins {
  /** Deliveries still expected for clicks already started, by `${via}:${tabId}`. */
  private readonly expected = new Map<string, number>();

  /** `listeningSince`: Date.now() when the panel began to listen to clicks directly. */
  constructor(private readonly listeningSince: number) {}

  /** Whether this delivery is its click's first, which starts the audit. */
  isFirst(delivery: ClickDelivery): boolean {
    if (delivery.via === 'request' && delivery.requestedAt < this.listeningSince) return true;
    const own = `${delivery.via}:${delivery.tabId}`;
    const awaited = this.expected.get(own) ?? 0;
    if (awaited > 0) {
      this.expected.set(own, awaited - 1);
      return false;
    }
    const twin = `${delivery.via === 'direct' ? 'request' : 'direct'}:${delivery.tabId}`;
    this.expected.set(twin, (this.expected.get(twin) ?? 0) + 1);
    return true;
  }
}
