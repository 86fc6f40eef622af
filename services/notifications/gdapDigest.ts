/**
 * When the weekly GDAP digest is sent: from the services' periodic work (about every 15 minutes; not
 * the run at a process's start, services/deskServices.ts), the first run of an ISO week (UTC) that has
 * an events channel to post to and can read Graph (a channel registered in the middle of a week gets
 * that week's digest). The store keeps the last week sent
 * (`gdap-digest/last-week`), so the other runs of the week read one record and list nothing in Graph;
 * the notification plan's dedupe key (`event:gdap-digest:<week>`) keeps the card once per channel even
 * if two replicas ever raced. Without Graph (live mode without GRAPH_AUTH) nothing is sent; when Graph
 * fails the week is not recorded, so the next run tries again.
 */
import type { Logger } from '../logging/logger';
import type { GdapHealthService } from '../relationships/gdapHealthService';
import type { RecordStore } from '../store/recordStore';
import type { ChannelRegistry } from './channelRegistry';
import { isoWeekOf } from './isoWeek';
import type { NotificationPlan } from './notificationPlan';

const LAST_WEEK_KEY = 'gdap-digest/last-week';

interface LastWeek {
  week: string;
  /** When it was sent (ISO). */
  at: string;
}

export type DigestOutcome = 'sent' | 'alreadySent' | 'noChannel' | 'unavailable';

export interface GdapDigestDependencies {
  store: RecordStore;
  health: Pick<GdapHealthService, 'configured' | 'current'>;
  plan: Pick<NotificationPlan, 'gdapDigest'>;
  channels: Pick<ChannelRegistry, 'list'>;
  logger: Logger;
  now: () => Date;
}

export class GdapDigest {
  constructor(private readonly deps: GdapDigestDependencies) {}

  /** Sends this week's digest unless it was sent already (or Graph cannot be read). */
  async sendIfDue(): Promise<DigestOutcome> {
    const { store, health, plan, channels, logger, now } = this.deps;
    if (!health.configured) return 'unavailable';
    const week = isoWeekOf(now());
    const last = await store.get<LastWeek>(LAST_WEEK_KEY);
    if (last?.value.week === week) return 'alreadySent';
    if ((await channels.list('events')).length === 0) return 'noChannel';
    const current = await health.current();
    if (!current.available) return 'unavailable';
    await plan.gdapDigest(week, current.report);
    const recorded = await store.compareAndSet<LastWeek>(LAST_WEEK_KEY, last?.etag ?? null, {
      week,
      at: now().toISOString(),
    });
    logger.info({ week, recorded: recorded.ok }, 'weekly GDAP digest sent');
    return 'sent';
  }
}
