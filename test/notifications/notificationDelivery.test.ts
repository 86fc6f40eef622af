/**
 * The outbox and sender with the real TeamsAdapter (local mode, empty bot app id) and the Bot
 * Framework transport, against a scripted connector on loopback, on memory and SQLite stores.
 * Time is a manual clock: tests advance it and call drain(), never wait for wall-clock timing.
 */
import assert from 'node:assert/strict';
import type { DeliveredNotification } from '../../services/notifications/notificationSender';
import { UnknownChannelError } from '../../services/notifications/outbox';
import { tempSqliteFile } from '../helpers/storeBackends';
import { ScriptedConnector } from './scriptedConnector';
import {
  ADA,
  START,
  ManualClock,
  channelMessageReference,
  openNotifyStack,
  type NotifyStack,
} from './notifyHarness';

const GENERAL = '19:general@thread.tacv2';
const SALES = '19:sales@thread.tacv2';
const card = (title: string) => ({
  attachments: [
    {
      contentType: 'application/vnd.microsoft.card.adaptive',
      content: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: title }] },
    },
  ],
});

for (const backend of ['memory', 'sqlite'] as const) {
  describe(`Notification delivery (${backend})`, () => {
    let connector: ScriptedConnector;
    let stack: NotifyStack;
    let storeUrl: string;

    beforeEach(async () => {
      connector = new ScriptedConnector();
      await connector.start();
      storeUrl = backend === 'memory' ? 'memory://' : `sqlite://${tempSqliteFile()}`;
      stack = await openNotifyStack(storeUrl);
    });
    afterEach(async () => {
      await stack.close();
      await connector.stop();
    });

    const register = (channel = GENERAL, purpose: 'events' | 'provider' = 'events') =>
      stack.registry.register(channelMessageReference(connector.url, channel), purpose, ADA);

    it('posts a top-level message to the channel (no ;messageid=) and records the activity id', async () => {
      await register();
      const delivered: DeliveredNotification[] = [];
      stack.sender.onDelivered((d) => delivered.push(d));
      const [entry] = await stack.outbox.enqueue({ purpose: 'events', activity: card('Customer accepted') });
      assert.equal(
        (await stack.outbox.getEntry(entry.entryId))?.state,
        'pending',
        'stored before enqueue returns',
      );

      await stack.sender.drain();

      assert.equal(connector.requests.length, 1);
      const request = connector.requests[0];
      assert.equal(request.method, 'POST');
      assert.equal(request.path, `/v3/conversations/${encodeURIComponent(GENERAL)}/activities`);
      assert.equal(request.conversationId, GENERAL);
      assert.ok(!request.path.includes('messageid'));
      assert.equal(request.body.type, 'message');
      assert.equal(request.body.replyToId, undefined, 'a new post, not a reply');
      assert.equal(request.body.attachments[0].content.body[0].text, 'Customer accepted');

      assert.deepEqual(delivered, [
        {
          entryId: entry.entryId,
          conversationKey: GENERAL,
          kind: 'send',
          activityId: 'activity-1',
          dedupeKey: undefined,
          purpose: 'events',
        },
      ]);
      assert.equal(await stack.outbox.sentActivityId(entry.entryId), 'activity-1');
      const sent = await stack.outbox.getEntry(entry.entryId);
      assert.equal(sent?.state, 'sent');
      assert.equal(sent?.activity, undefined, 'the body is not kept once sent');
      assert.deepEqual(await stack.outbox.pending(), []);
    });

    it('429 with Retry-After 1 then 200: waits, delivers once, loses nothing', async () => {
      await register();
      connector.script.push({ status: 429, retryAfter: '1' });
      const [entry] = await stack.outbox.enqueue({ conversationKey: GENERAL, activity: { text: 'hello' } });

      await stack.sender.drain();
      assert.equal(
        connector.requests.length,
        1,
        'one HTTP request: no retries hidden in the connector client',
      );
      const waiting = await stack.outbox.getEntry(entry.entryId);
      assert.equal(waiting?.state, 'pending');
      assert.equal(waiting?.throttled, 1);
      assert.equal(waiting?.attempts, 0, '429 does not use up the retry budget');
      assert.equal(waiting?.notBefore, new Date(stack.clock.time + 1000).toISOString());

      stack.clock.advance(999);
      await stack.sender.drain();
      assert.equal(connector.requests.length, 1, 'not before Retry-After');

      stack.clock.advance(1);
      await stack.sender.drain();
      assert.equal(connector.accepted.length, 1);
      assert.equal(connector.requests.length, 2);
      assert.equal(await stack.outbox.sentActivityId(entry.entryId), 'activity-1');

      await stack.sender.drain();
      assert.equal(connector.accepted.length, 1, 'delivered once');
    });

    it('404 ConversationNotFound: the reference is removed and the entries dropped', async () => {
      await register();
      await register(SALES);
      connector.fallback = { status: 404, code: 'ConversationNotFound' };
      const entries = await stack.outbox.enqueue({ conversationKey: GENERAL, activity: { text: 'one' } });
      await stack.outbox.enqueue({ conversationKey: GENERAL, activity: { text: 'two' } });

      await stack.sender.drain();

      assert.equal(connector.requests.length, 1, 'the second entry is dropped without a request');
      assert.equal(await stack.registry.get(GENERAL), undefined);
      assert.deepEqual(
        (await stack.registry.list()).map((r) => r.key),
        [SALES],
      );
      assert.equal(await stack.outbox.getEntry(entries[0].entryId), undefined);
      assert.deepEqual(await stack.outbox.pending(), []);
      assert.equal(stack.sender.stats.dropped, 2);
      const removal = stack.log.entries().find((e) => e.msg === 'notification channel removed');
      assert.equal(removal?.why, '404 ConversationNotFound');
    });

    it('403 BotNotInConversationRoster is a dead reference too', async () => {
      await register();
      connector.script.push({ status: 403, code: 'BotNotInConversationRoster' });
      await stack.outbox.enqueue({ purpose: 'events', activity: { text: 'x' } });
      await stack.sender.drain();
      assert.equal(await stack.registry.get(GENERAL), undefined);
    });

    it('500 every time: bounded retries with backoff, then kept as failed with the error', async () => {
      await register();
      connector.fallback = { status: 500 };
      const [entry] = await stack.outbox.enqueue({ conversationKey: GENERAL, activity: { text: 'x' } });

      // random() = 0 → backoff is half of 1 s, 2 s, 4 s, 8 s.
      const waits: number[] = [];
      for (let i = 0; i < 10 && (await stack.outbox.getEntry(entry.entryId))?.state === 'pending'; i++) {
        await stack.sender.drain();
        const current = await stack.outbox.getEntry(entry.entryId);
        if (current?.state !== 'pending') break;
        const wait = Date.parse(current.notBefore!) - stack.clock.time;
        waits.push(wait);
        stack.clock.advance(wait);
      }

      assert.deepEqual(waits, [500, 1000, 2000, 4000]);
      assert.equal(connector.requests.length, 5, 'maxAttempts = 5');
      const failed = await stack.outbox.getEntry(entry.entryId);
      assert.equal(failed?.state, 'failed');
      assert.equal(failed?.attempts, 5);
      assert.equal(failed?.lastError?.status, 500);
      assert.ok(failed?.activity, 'the activity is kept for a retry');
      assert.deepEqual(
        (await stack.outbox.listFailed()).map((e) => e.id),
        [entry.entryId],
      );
      assert.deepEqual(await stack.outbox.pending(), []);
      assert.ok(await stack.registry.get(GENERAL), 'a 5xx does not remove the channel');
      assert.ok(stack.log.entries().some((e) => e.msg === 'notification failed' && e.level === 'error'));

      // An operator puts it back once the connector works again.
      connector.fallback = { status: 200 };
      assert.equal(await stack.outbox.retryFailed(entry.entryId), true);
      await stack.sender.drain();
      assert.equal(connector.accepted.length, 1);
      assert.deepEqual(await stack.outbox.listFailed(), []);
    });

    it('fans out to every channel of the purpose, and not to others', async () => {
      await register(GENERAL, 'events');
      await register(SALES, 'events');
      await register('19:provider@thread.tacv2', 'provider');
      const entries = await stack.outbox.enqueue({
        purpose: 'events',
        activity: card('Relationship removed'),
      });
      assert.deepEqual(
        entries.map((e) => [e.conversationKey, e.duplicate]),
        [
          [GENERAL, false],
          [SALES, false],
        ],
      );
      await stack.sender.drain();
      assert.deepEqual(connector.accepted.map((r) => r.conversationId).sort(), [GENERAL, SALES]);
    });

    it('a dedupeKey enqueues the same event once per channel', async () => {
      await register(GENERAL);
      const first = await stack.outbox.enqueue({
        purpose: 'events',
        activity: { text: 'a' },
        dedupeKey: 'evt-1',
      });
      await register(SALES);
      const second = await stack.outbox.enqueue({
        purpose: 'events',
        activity: { text: 'a' },
        dedupeKey: 'evt-1',
      });
      assert.deepEqual(
        second.map((e) => [e.conversationKey, e.duplicate]),
        [
          [GENERAL, true],
          [SALES, false],
        ],
      );
      assert.equal(second[0].entryId, first[0].entryId);
      await stack.sender.drain();
      await stack.outbox.enqueue({ purpose: 'events', activity: { text: 'a' }, dedupeKey: 'evt-1' });
      await stack.sender.drain();
      assert.equal(connector.accepted.length, 2, 'once per channel, also after delivery');
    });

    it('updates a sent message in place: PUT /v3/conversations/<id>/activities/<activityId>', async () => {
      await register();
      const [entry] = await stack.outbox.enqueue({
        conversationKey: GENERAL,
        activity: card('Approval pending'),
      });
      await stack.sender.drain();
      const activityId = await stack.outbox.sentActivityId(entry.entryId);
      assert.ok(activityId);

      const update = await stack.outbox.enqueueUpdate({
        conversationKey: `${GENERAL};messageid=999`,
        activityId,
        activity: card('Approved by Ada'),
      });
      await stack.sender.drain();

      const put = connector.requests[1];
      assert.equal(put.method, 'PUT');
      assert.equal(
        put.path,
        `/v3/conversations/${encodeURIComponent(GENERAL)}/activities/${encodeURIComponent(activityId)}`,
      );
      assert.equal(put.body.id, activityId);
      assert.equal(put.body.attachments[0].content.body[0].text, 'Approved by Ada');
      assert.equal((await stack.outbox.getEntry(update.entryId))?.state, 'sent');
    });

    it('an update answered 404 without a dead-reference code fails the entry but keeps the channel', async () => {
      await register();
      connector.script.push({ status: 404, code: 'ActivityNotFound' });
      const update = await stack.outbox.enqueueUpdate({
        conversationKey: GENERAL,
        activityId: 'gone',
        activity: { text: 'x' },
      });
      await stack.sender.drain();
      assert.equal((await stack.outbox.getEntry(update.entryId))?.state, 'failed');
      assert.ok(await stack.registry.get(GENERAL));
    });

    it('20 entries to one conversation go no faster than the per-conversation limits', async () => {
      await register();
      for (let i = 0; i < 20; i++) {
        await stack.outbox.enqueue({ conversationKey: GENERAL, activity: { text: `message ${i}` } });
      }
      await stack.sender.drain();
      assert.equal(connector.accepted.length, 7, '7 per second');
      assert.ok(stack.sender.stats.rateLimited > 0);

      stack.clock.advance(1000);
      await stack.sender.drain();
      assert.equal(connector.accepted.length, 8, '8 per 2 seconds');

      stack.clock.advance(1000);
      await stack.sender.drain();
      assert.equal(connector.accepted.length, 15);

      stack.clock.advance(1000);
      await stack.sender.drain();
      assert.equal(connector.accepted.length, 16);

      stack.clock.advance(1000);
      await stack.sender.drain();
      assert.equal(connector.accepted.length, 20);
      assert.deepEqual(
        connector.accepted.map((r) => r.body.text),
        Array.from({ length: 20 }, (_, i) => `message ${i}`),
        'in enqueue order',
      );
    });

    it('rejects an unknown conversationKey and a non-JSON or oversized activity', async () => {
      await assert.rejects(
        stack.outbox.enqueue({ conversationKey: '19:nobody@thread.tacv2', activity: { text: 'x' } }),
        UnknownChannelError,
      );
      await register();
      await assert.rejects(
        stack.outbox.enqueue({ conversationKey: GENERAL, activity: { text: 'x'.repeat(90 * 1024) } }),
        /under/,
      );
      assert.deepEqual(await stack.outbox.enqueue({ purpose: 'provider', activity: { text: 'x' } }), []);
    });

    it('start(): the loop wakes on enqueue and delivers without drain()', async () => {
      await register();
      stack.sender.start();
      await stack.outbox.enqueue({ purpose: 'events', activity: { text: 'live' } });
      const [request] = await connector.waitForAccepted(1);
      assert.equal(request.body.text, 'live');
    });
  });
}

describe('Notification outbox across a restart (SQLite)', () => {
  it('delivers after a restart what was enqueued before, when the connector was down', async () => {
    const connector = new ScriptedConnector();
    await connector.start();
    const url = connector.url;
    const port = connector.port;
    await connector.stop(); // the connector is down: requests fail with ECONNREFUSED

    const storeUrl = `sqlite://${tempSqliteFile()}`;
    const before = await openNotifyStack(storeUrl, { backoffBaseMs: 20 });
    await before.registry.register(channelMessageReference(url), 'events', ADA);
    const [entry] = await before.outbox.enqueue({
      purpose: 'events',
      activity: { text: 'kept' },
      dedupeKey: 'e-1',
    });
    await before.sender.drain();
    const failedOnce = await before.outbox.getEntry(entry.entryId);
    assert.equal(failedOnce?.state, 'pending');
    assert.equal(failedOnce?.attempts, 1);
    assert.equal(failedOnce?.lastError?.status, 0, 'a network failure has no status');
    await before.close();

    const back = new ScriptedConnector();
    await back.start(port);
    const after = await openNotifyStack(storeUrl, {}, new ManualClock(START + 60_000));
    try {
      after.sender.start();
      const [request] = await back.waitForAccepted(1);
      assert.equal(request.body.text, 'kept');
      await after.sender.drain();
      assert.equal((await after.outbox.getEntry(entry.entryId))?.state, 'sent');
      assert.deepEqual(await after.outbox.pending(), []);
    } finally {
      await after.close();
      await back.stop();
    }
  });
});

describe('Notification outbox: pending index upkeep (SQLite)', () => {
  it('rewrites the pending index per batch, not per delivery, and skips listed entries already sent', async () => {
    const connector = new ScriptedConnector();
    await connector.start();
    const stack = await openNotifyStack(`sqlite://${tempSqliteFile()}`);
    try {
      for (let n = 0; n < 10; n++) {
        await stack.registry.register(
          channelMessageReference(connector.url, `19:c${n}@thread.tacv2`),
          'events',
          ADA,
        );
      }
      let indexWrites = 0;
      const cas = stack.store.compareAndSet.bind(stack.store);
      stack.store.compareAndSet = <T>(key: string, etag: string | null, value: T) => {
        if (key === 'notifyOutboxIndex/pending') indexWrites++;
        return cas(key, etag, value);
      };
      const entries = await stack.outbox.enqueue({ purpose: 'events', activity: { text: 'x' } });
      await stack.sender.drain();
      assert.deepEqual(await stack.outbox.pending(), []);
      assert.equal(connector.accepted.length, 10);
      // One write to enqueue, then removals coalesced over a short timer: per delivery would be 11.
      // A loaded machine spreads the deliveries over a few more timer windows, hence the margin.
      assert.ok(indexWrites <= 5, `${indexWrites} index writes for 10 deliveries`);

      // A crash before the batched removal was written: the index still names the sent entries.
      await stack.store.put('notifyOutboxIndex/pending', {
        items: entries.map((e) => ({ id: e.entryId, conversationKey: e.conversationKey })),
      });
      await stack.sender.drain();
      assert.equal(connector.requests.length, 10, 'nothing sent twice');
      assert.deepEqual(await stack.outbox.pending(), []);
    } finally {
      await stack.close();
      await connector.stop();
    }
  });
});
