// Each toolbar click is audited once although an open panel hears it twice (directly and as the worker's request),
// in either order; a request for a click made before the panel listened has no twin; tabs are kept apart.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ClickTwins, type ClickDelivery } from '../../../extension/storage/click-twins.ts';

const LISTENING_SINCE = 1_000;
const direct = (tabId: number): ClickDelivery => ({ via: 'direct', tabId });
const request = (tabId: number, requestedAt = LISTENING_SINCE + 10): ClickDelivery => ({ via: 'request', tabId, requestedAt });

function starts(deliveries: ClickDelivery[]): boolean[] {
  const twins = new ClickTwins(LISTENING_SINCE);
  return deliveries.map((delivery) => twins.isFirst(delivery));
}

describe('ClickTwins', () => {
  it('starts a click on its direct delivery and drops its request', () => {
    assert.deepEqual(starts([direct(1), request(1), direct(1), request(1)]), [true, false, true, false]);
  });

  it('starts a click on its request when the request comes first, and drops the direct delivery', () => {
    assert.deepEqual(starts([request(1), direct(1), request(1), direct(1)]), [true, false, true, false]);
  });

  it('pairs quick clicks one to one, whatever the interleaving', () => {
    assert.deepEqual(starts([direct(1), direct(1), request(1), request(1)]), [true, true, false, false]);
  });

  it('starts a request made before the panel listened, which no direct delivery follows', () => {
    assert.deepEqual(starts([request(1, LISTENING_SINCE - 5), direct(1), request(1)]), [true, true, false]);
  });

  it('keeps tabs apart', () => {
    assert.deepEqual(starts([direct(1), direct(2), request(2), request(1)]), [true, true, false, false]);
  });
});
