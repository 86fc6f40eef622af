/**
 * When the weekly GDAP digest goes out: ISO weeks (Monday to Sunday, UTC; week 1 holds the first
 * Thursday), the first periodic run of a week with an events channel and Graph, Graph listed once a
 * week however often the periodic work runs, a failure tried again on the next run; and the plan's
 * dedupe key.
 */
import assert from 'node:assert/strict';
import { gdapReport } from '../cards/fixtures';
import { GdapDigest } from '../../services/notifications/gdapDigest';
import type { DeskEvent } from '../../services/notifications/deskEvent';
import { isoWeekOf } from '../../services/notifications/isoWeek';
import { NotificationPlan } from '../../services/notifications/notificationPlan';
import type { GdapHealth } from '../../services/relationships/gdapHealth';
import { openStore } from '../../services/store/openStore';
import type { RecordStore } from '../../services/store/recordStore';
import { parseStoreUrl } from '../../services/store/storeUrl';
import { silentLogger } from '../partner-center/emulatorHarness';

describe('ISO weeks', () => {
  it('start on Monday, and the first days of January may belong to the previous year', () => {
    assert.equal(isoWeekOf(new Date('2026-03-02T00:00:00Z')), '2026-W10', 'a Monday');
    assert.equal(isoWeekOf(new Date('2026-03-08T23:59:59Z')), '2026-W10', 'its Sunday');
    assert.equal(isoWeekOf(new Date('2026-03-09T00:00:00Z')), '2026-W11');
    assert.equal(isoWeekOf(new Date('2026-01-01T12:00:00Z')), '2026-W01', 'a Thursday: week 1');
    assert.equal(isoWeekOf(new Date('2021-01-01T12:00:00Z')), '2020-W53');
    assert.equal(isoWeekOf(new Date('2024-12-30T12:00:00Z')), '2025-W01');
  });
});

describe('the weekly GDAP digest', () => {
  let store: RecordStore;
  let clock: Date;
  let health: GdapHealth;
  let listings: number;
  let sent: { week: string; total: number }[];
  let channels: number;
  let digest: GdapDigest;

  beforeEach(async () => {
    store = await openStore(parseStoreUrl('memory://'));
    clock = new Date('2026-03-04T12:00:00Z');
    health = { available: true, report: gdapReport(3, 5) };
    listings = 0;
    sent = [];
    channels = 1;
    digest = new GdapDigest({
      store,
      health: {
        configured: true,
        current: () => {
          listings++;
          return Promise.resolve(health);
        },
      },
      plan: {
        gdapDigest: (week, report) => {
          sent.push({ week, total: report.sections.endingSoon.total });
          return Promise.resolve();
        },
      },
      channels: { list: () => Promise.resolve(Array.from<never>({ length: channels })) },
      logger: silentLogger,
      now: () => clock,
    });
  });
  afterEach(() => store.close());

  it('is sent on the first run of a week, and not again that week: Graph is listed once', async () => {
    assert.equal(await digest.sendIfDue(), 'sent');
    for (let run = 0; run < 5; run++) assert.equal(await digest.sendIfDue(), 'alreadySent');
    clock = new Date('2026-03-08T23:59:00Z');
    assert.equal(await digest.sendIfDue(), 'alreadySent', 'Sunday night is the same week');
    assert.equal(listings, 1);
    clock = new Date('2026-03-09T00:01:00Z');
    assert.equal(await digest.sendIfDue(), 'sent');
    assert.deepEqual(sent, [
      { week: '2026-W10', total: 5 },
      { week: '2026-W11', total: 5 },
    ]);
  });

  it('waits for an events channel, then sends that week’s digest', async () => {
    channels = 0;
    assert.equal(await digest.sendIfDue(), 'noChannel');
    assert.equal(listings, 0, 'nothing is listed for nobody');
    channels = 1;
    assert.equal(await digest.sendIfDue(), 'sent');
  });

  it('tries again on the next run when Graph could not be read', async () => {
    health = {
      available: false,
      failure: { code: 'serviceNotAvailable', description: 'Down.', service: 'graph' },
    };
    assert.equal(await digest.sendIfDue(), 'unavailable');
    health = { available: true, report: gdapReport(1, 1) };
    assert.equal(await digest.sendIfDue(), 'sent');
    assert.equal(sent.length, 1);
  });

  it('is not sent without Microsoft Graph (live mode without GRAPH_AUTH)', async () => {
    const without = new GdapDigest({
      store,
      health: { configured: false, current: () => Promise.reject(new Error('not called')) },
      plan: { gdapDigest: () => Promise.reject(new Error('not called')) },
      channels: { list: () => Promise.reject(new Error('not called')) },
      logger: silentLogger,
      now: () => clock,
    });
    assert.equal(await without.sendIfDue(), 'unavailable');
  });

  it('is posted by the plan to the events channels with the week’s dedupe key and three findings a section', async () => {
    const published: DeskEvent[] = [];
    const plan = new NotificationPlan({
      publisher: {
        publish: (event) => {
          published.push(event);
          return Promise.resolve([]);
        },
      },
      postedCards: undefined as never,
      approvals: undefined as never,
      logger: silentLogger,
      now: () => clock,
    });
    await plan.gdapDigest('2026-W10', gdapReport(10, 40));
    assert.equal(published.length, 1);
    const [event] = published;
    assert.deepEqual(
      [event.send, event.send === 'post' && event.purpose, event.dedupeKey],
      ['post', 'events', 'event:gdap-digest:2026-W10'],
    );
    assert.ok(event.notice.card === 'event' && event.notice.event.kind === 'gdapDigest');
    const { report } = event.notice.event as { report: ReturnType<typeof gdapReport> };
    assert.equal(report.sections.endingSoon.total, 40);
    assert.equal(report.sections.endingSoon.findings.length, 3);
  });
});
