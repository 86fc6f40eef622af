/**
 * A fan-out while Teams answers some sends 429 with Retry-After on top of its limits: nothing lost,
 * nothing sent twice, a throttled conversation waits on its own, and a 429 does not use up the tenant's
 * rate. Real outbox, sender and Teams transport against a scripted connector; manual clock.
 */
import assert from 'node:assert/strict';
import { ScriptedConnector } from './scriptedConnector';
import { ADA, channelMessageReference, openNotifyStack, type NotifyStack } from './notifyHarness';

const CHANNELS = 60;
const channel = (n: number) => `19:fanout-${n}@thread.tacv2`;

describe('Notification fan-out with 10% of sends answered 429', () => {
  let connector: ScriptedConnector;
  let stack: NotifyStack;

  beforeEach(async () => {
    connector = new ScriptedConnector();
    await connector.start();
    stack = await openNotifyStack('memory://');
    // Every tenth request is throttled (Retry-After 1 s), whatever the limits say.
    for (let n = 0; n < 500; n++) {
      connector.script.push(n % 10 === 9 ? { status: 429, retryAfter: '1' } : { status: 200 });
    }
    for (let n = 0; n < CHANNELS; n++) {
      await stack.registry.register(channelMessageReference(connector.url, channel(n)), 'events', ADA);
    }
  });
  afterEach(async () => {
    await stack.close();
    await connector.stop();
  });

  const acceptedPerChannel = () => {
    const counts = new Map<string, number>();
    for (const r of connector.accepted) counts.set(r.conversationId, (counts.get(r.conversationId) ?? 0) + 1);
    return counts;
  };

  it('delivers every channel exactly once, retrying the throttled ones after their Retry-After', async () => {
    await stack.outbox.enqueue({ purpose: 'events', activity: { text: 'Contoso accepted the invitation.' } });
    for (let second = 0; second < 10 && (await stack.outbox.pending()).length > 0; second++) {
      await stack.sender.drain();
      stack.clock.advance(1000);
    }
    const counts = acceptedPerChannel();
    assert.equal(counts.size, CHANNELS, 'no channel lost');
    assert.deepEqual(
      [...counts.values()].filter((n) => n !== 1),
      [],
      'no channel got the message twice',
    );
    assert.ok(
      connector.requests.some((r) => r.status === 429),
      'some sends were throttled',
    );
    assert.equal(stack.sender.stats.sent, CHANNELS);
    assert.deepEqual(await stack.outbox.listFailed(), []);
    assert.deepEqual(await stack.outbox.pending(), []);
  });

  it("a throttled send waits alone: the tenant's other channels go on, and it does not use up the tenant's 50/s", async () => {
    const entries = await stack.outbox.enqueue({ purpose: 'events', activity: { text: 'Contoso.' } });
    await stack.sender.drain();
    const throttled = connector.requests.filter((r) => r.status === 429).map((r) => r.conversationId);
    assert.ok(throttled.length >= 5);
    assert.equal(connector.accepted.length, 50, "the tenant's full 50 in the first second, besides the 429s");
    for (const entry of entries) {
      const stored = await stack.outbox.getEntry(entry.entryId);
      if (throttled.includes(entry.conversationKey)) {
        assert.equal(stored?.state, 'pending');
        assert.equal(stored?.notBefore, new Date(stack.clock.time + 1000).toISOString(), 'per conversation');
      } else if (stored?.state === 'pending') {
        assert.equal(
          stored.notBefore,
          undefined,
          'only the throttled conversations wait for the Retry-After',
        );
      }
    }
  });
});
