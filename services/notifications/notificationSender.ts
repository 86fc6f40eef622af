/**
 * Delivers the outbox: in enqueue order per conversation, one message in flight per conversation,
 * within Teams' rate limits (rateLimiter.ts), through a ChannelTransport.
 *
 * Outcomes of one attempt:
 * - delivered → the entry becomes `sent` with the activity id Teams returned; `onDelivered` listeners
 *   hear about it and `outbox.sentActivityId(entryId)` answers from the store afterwards.
 * - 429 → tried again after Retry-After (capped), or after an exponential backoff with jitter when the
 *   answer has none; never given up on, never counted against the retry budget. Only that conversation
 *   waits: the others (of its tenant too) go on, and the throttled send gives its slot in the rate
 *   limits back (Teams did not take it), so throttling does not eat the tenant's rate.
 * - 5xx, 408, network failure → retried with exponential backoff and jitter up to `maxAttempts`, then
 *   kept as `failed` with the error (logged; `outbox.listFailed()`, `outbox.retryFailed(id)`).
 * - 403/404 on a send (BotNotInConversationRoster, ConversationBlockedByUser, ConversationNotFound) → the
 *   reference is dead: the channel is removed from the registry and the entry dropped; the channel's
 *   other entries are dropped as they come up. On an update, a 403/404 without one of those codes means
 *   the message is gone, not the channel: the entry is kept as `failed`.
 * - other 4xx → `failed` at once (retrying a bad request does not help).
 *
 * The loop (`start`) runs a pass when something is enqueued, when a delivery finishes, when the next
 * entry is due, and every `pollIntervalMs` (entries written by another process). `drain()` runs passes
 * until nothing is in flight and nothing is due now: tests call it instead of waiting.
 *
 * The pending list is kept in memory between passes: read from the store's index on start, on every
 * `pollIntervalMs` and at the start of `drain()`, extended by the outbox's enqueue notifications, and
 * trimmed as entries are sent, failed or dropped (the outbox batches the index writes). A pass never
 * trusts it alone: each head's entry is read and skipped unless its own state is still `pending`.
 *
 * Long because delivery order, the per-conversation lock, rate limits and the outcome of each attempt form one loop.
 */
import type { Logger } from '../logging/logger';
import type { ChannelRegistry, ChannelRegistration } from './channelRegistry';
import { ChannelDeliveryError, DEAD_REFERENCE_CODES, type ChannelTransport } from './channelTransport';
import type { IndexItem, Outbox, OutboxEntry } from './outbox';
import { RateLimiter, TEAMS_RATE_LIMITS, type RateLimits, type RatePermit } from './rateLimiter';

export interface NotificationSenderOptions {
  /** Rate rules (default: Teams' documented limits). */
  limits?: RateLimits;
  /** Attempts for 5xx / network failures before an entry is kept as failed (default 5). */
  maxAttempts?: number;
  /** First backoff (default 1000 ms); doubles per attempt, with jitter. */
  backoffBaseMs?: number;
  /** Longest backoff (default 5 min). */
  backoffMaxMs?: number;
  /** Longest wait honoured from a Retry-After header (default 10 min). */
  maxRetryAfterMs?: number;
  /** Re-read the pending index this often even when idle (default 60 s). */
  pollIntervalMs?: number;
  /** Conversations delivered to at the same time (default 64). */
  maxInFlight?: number;
  logger?: Logger;
  /** Clock (epoch ms), for tests. */
  now?: () => number;
  /** Random in [0, 1), for the jitter; tests pass a constant. */
  random?: () => number;
}

export interface DeliveredNotification {
  entryId: string;
  conversationKey: string;
  kind: 'send' | 'update';
  /** The id of the message in the channel (for an update: the message replaced). */
  activityId?: string;
  dedupeKey?: string;
  purpose?: 'events' | 'provider';
}

export interface SenderStats {
  sent: number;
  /** 429 answers, and 5xx / network failures that will be retried. */
  retried: number;
  failed: number;
  /** Entries dropped because their channel is gone. */
  dropped: number;
  /** Times a due entry waited because a rate rule refused it. */
  rateLimited: number;
}

type Change = Pick<OutboxEntry, 'attempts' | 'throttled' | 'lastError'>;

export class NotificationSender {
  readonly limiter: RateLimiter;
  readonly stats: SenderStats = { sent: 0, retried: 0, failed: 0, dropped: 0, rateLimited: 0 };
  private readonly options: Required<Omit<NotificationSenderOptions, 'logger' | 'limits'>>;
  private readonly logger?: Logger;
  private readonly inFlight = new Map<string, Promise<void>>();
  /** Entries known to be waiting (backoff, Retry-After) until the given time; saves store reads. */
  private readonly waiting = new Map<string, number>();
  private readonly listeners = new Set<(delivered: DeliveredNotification) => void>();
  /** The pending list in memory: ids per conversation in delivery order, and id → conversation. */
  private readonly queues = new Map<string, string[]>();
  private readonly queued = new Map<string, string>();
  /** Read the store's index at the next pass (start, drain, an enqueue we were not told the items of). */
  private reloadNeeded = true;
  private loadedAt = -Infinity;
  /** Tenant of each conversation seen, so a pass skips a throttled tenant's channels without reads. */
  private readonly tenants = new Map<string, string>();
  private passChain: Promise<unknown> = Promise.resolve();
  private running = false;
  private timer?: NodeJS.Timeout;
  private timerAt = Infinity;
  private unsubscribe?: () => void;

  constructor(
    private readonly outbox: Outbox,
    private readonly registry: ChannelRegistry,
    private readonly transport: ChannelTransport,
    options: NotificationSenderOptions = {},
  ) {
    this.logger = options.logger;
    this.options = {
      maxAttempts: options.maxAttempts ?? 5,
      backoffBaseMs: options.backoffBaseMs ?? 1000,
      backoffMaxMs: options.backoffMaxMs ?? 5 * 60_000,
      maxRetryAfterMs: options.maxRetryAfterMs ?? 10 * 60_000,
      pollIntervalMs: options.pollIntervalMs ?? 60_000,
      maxInFlight: options.maxInFlight ?? 64,
      now: options.now ?? (() => Date.now()),
      random: options.random ?? Math.random,
    };
    this.limiter = new RateLimiter(options.limits ?? TEAMS_RATE_LIMITS, this.options.now);
  }

  /** Starts delivering, beginning with whatever the store holds from before a restart. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.unsubscribe = this.outbox.onEnqueued((added) => {
      if (added) this.remember(added);
      else this.reloadNeeded = true;
      this.schedule(0);
    });
    this.reloadNeeded = true;
    this.schedule(0);
  }

  /** Stops the loop and waits for the deliveries in flight; pending entries stay in the store. */
  async stop(): Promise<void> {
    this.running = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.clearTimer();
    await this.passChain;
    await Promise.all(this.inFlight.values());
    await this.outbox.flush().catch((error: unknown) => {
      this.logger?.error({ err: { message: (error as Error).message } }, 'pending index update failed');
    });
  }

  /**
   * Delivers everything that can be delivered now: runs passes until nothing is in flight and no entry
   * is both due and allowed by the rate limits. Entries waiting for a backoff or the limiter stay queued.
   */
  async drain(): Promise<void> {
    this.reloadNeeded = true;
    for (;;) {
      const { launched, again } = await this.runPass();
      if (this.inFlight.size > 0) {
        await Promise.race(this.inFlight.values());
        continue;
      }
      if (launched === 0 && !again) return;
    }
  }

  /** Hears about every delivered entry (with the activity id Teams gave it). Returns an unsubscribe. */
  onDelivered(listener: (delivered: DeliveredNotification) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // --- loop ---

  private schedule(delayMs: number): void {
    if (!this.running) return;
    const at = this.options.now() + Math.max(0, delayMs);
    if (this.timer && this.timerAt <= at) return;
    this.clearTimer();
    this.timerAt = at;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.timerAt = Infinity;
        void this.loopPass();
      },
      Math.max(0, delayMs),
    );
    this.timer.unref?.();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = Infinity;
  }

  private async loopPass(): Promise<void> {
    if (!this.running) return;
    try {
      const { again, nextAt } = await this.runPass();
      const wait = nextAt === undefined ? this.options.pollIntervalMs : nextAt - this.options.now();
      this.schedule(again ? 0 : Math.min(this.options.pollIntervalMs, wait));
    } catch (error) {
      this.logger?.error({ err: { message: (error as Error).message } }, 'notification pass failed');
      this.schedule(Math.min(this.options.pollIntervalMs, 5000));
    }
  }

  /** Passes never overlap (each reads the index and decides what to launch). */
  private runPass(): Promise<{ launched: number; again: boolean; nextAt?: number }> {
    const result = this.passChain.then(() => this.pass());
    this.passChain = result.catch(() => undefined);
    return result;
  }

  private async pass(): Promise<{ launched: number; again: boolean; nextAt?: number }> {
    if (this.reloadNeeded || this.options.now() - this.loadedAt >= this.options.pollIntervalMs) {
      await this.reload();
    }
    let launched = 0;
    let again = false;
    let nextAt: number | undefined;
    const later = (at: number) => (nextAt = nextAt === undefined ? at : Math.min(nextAt, at));
    /** Tenants the limiter refused in this pass, until when. */
    const refusedTenants = new Map<string, number>();

    for (const [conversationKey, ids] of this.queues) {
      const entryId = ids[0];
      if (entryId === undefined || this.inFlight.has(conversationKey)) continue;
      if (this.inFlight.size >= this.options.maxInFlight) break; // a finishing delivery wakes the loop
      const now = this.options.now();
      const knownTenant = this.tenants.get(conversationKey);
      const tenantAt = knownTenant === undefined ? undefined : refusedTenants.get(knownTenant);
      if (tenantAt !== undefined && tenantAt > now) {
        later(tenantAt);
        continue;
      }
      const waitUntil = this.waiting.get(entryId);
      if (waitUntil !== undefined && waitUntil > now) {
        later(waitUntil);
        continue;
      }
      const entry = await this.outbox.getEntry(entryId);
      if (!entry || entry.state !== 'pending') {
        this.forget(entryId);
        this.outbox.unindex(entryId);
        again = true;
        continue;
      }
      const notBefore = entry.notBefore ? Date.parse(entry.notBefore) : 0;
      if (notBefore > now) {
        this.waiting.set(entryId, notBefore);
        later(notBefore);
        continue;
      }
      this.waiting.delete(entryId);
      const registration = await this.registry.get(conversationKey);
      if (!registration) {
        await this.outbox.drop(entryId);
        this.forget(entryId);
        this.stats.dropped++;
        this.logger?.warn(
          { entryId, conversationId: conversationKey },
          'notification dropped: channel not registered',
        );
        again = true;
        continue;
      }
      const tenant = registration.reference.conversation.tenantId ?? '';
      this.tenants.set(conversationKey, tenant);
      const decision = this.limiter.tryAcquire(conversationKey, tenant);
      if (!decision.allowed) {
        this.stats.rateLimited++;
        if (decision.scope === 'tenant') refusedTenants.set(tenant, decision.retryAt);
        later(decision.retryAt);
        continue;
      }
      launched++;
      const delivery = this.deliver(entry, registration, decision.permit).finally(() => {
        this.inFlight.delete(conversationKey);
        this.schedule(0);
      });
      this.inFlight.set(conversationKey, delivery);
    }
    return { launched, again, nextAt };
  }

  // --- the pending list in memory ---

  /** Replaces the in-memory list with the store's index (the order there is the delivery order). */
  private async reload(): Promise<void> {
    this.reloadNeeded = false;
    this.loadedAt = this.options.now();
    const items = await this.outbox.pending();
    this.queues.clear();
    this.queued.clear();
    this.remember(items);
    for (const conversationKey of this.tenants.keys()) {
      if (!this.queues.has(conversationKey)) this.tenants.delete(conversationKey);
    }
  }

  private remember(items: IndexItem[]): void {
    for (const { id, conversationKey } of items) {
      if (this.queued.has(id)) continue;
      this.queued.set(id, conversationKey);
      const queue = this.queues.get(conversationKey);
      if (queue) queue.push(id);
      else this.queues.set(conversationKey, [id]);
    }
  }

  /** Takes an entry off the in-memory list (sent, failed, dropped, or found not pending). */
  private forget(entryId: string): void {
    const conversationKey = this.queued.get(entryId);
    if (conversationKey === undefined) return;
    this.queued.delete(entryId);
    const queue = this.queues.get(conversationKey);
    if (!queue) return;
    const at = queue.indexOf(entryId);
    if (at >= 0) queue.splice(at, 1);
    if (queue.length === 0) this.queues.delete(conversationKey);
  }

  // --- one delivery ---

  private async deliver(
    entry: OutboxEntry,
    registration: ChannelRegistration,
    permit: RatePermit,
  ): Promise<void> {
    const log = { entryId: entry.id, conversationId: entry.conversationKey, kind: entry.kind };
    let activityId: string | undefined;
    try {
      if (entry.kind === 'send') {
        activityId = (await this.transport.send(registration.reference, entry.activity ?? {})).id;
      } else {
        activityId = entry.targetActivityId;
        await this.transport.update(
          registration.reference,
          entry.targetActivityId ?? '',
          entry.activity ?? {},
        );
      }
    } catch (error) {
      const failure = toDeliveryError(error);
      // A 429 was not taken by Teams: its slot goes back to the tenant's other conversations.
      if (failure.status === 429) this.limiter.release(permit);
      else this.limiter.answered(permit);
      await this.guard(log, () => this.handleFailure(entry, failure));
      return;
    }
    this.limiter.answered(permit);
    await this.guard(log, async () => {
      await this.outbox.markSent(entry, activityId);
      this.forget(entry.id);
      this.stats.sent++;
      this.logger?.info({ ...log, activityId }, 'notification delivered');
      this.emit({
        entryId: entry.id,
        conversationKey: entry.conversationKey,
        kind: entry.kind,
        activityId,
        dedupeKey: entry.dedupeKey,
        purpose: entry.purpose,
      });
    });
  }

  private async handleFailure(entry: OutboxEntry, error: ChannelDeliveryError): Promise<void> {
    const log = {
      entryId: entry.id,
      conversationId: entry.conversationKey,
      kind: entry.kind,
      status: error.status,
    };
    const lastError = { status: error.status, code: error.code, message: error.message.slice(0, 500) };
    const now = this.options.now();
    const { status } = error;

    if (status === 429) {
      const throttled = entry.throttled + 1;
      const wait =
        error.retryAfterSeconds !== undefined
          ? Math.min(error.retryAfterSeconds * 1000, this.options.maxRetryAfterMs)
          : this.backoff(throttled);
      await this.reschedule(entry, { attempts: entry.attempts, throttled, lastError }, now + wait);
      this.logger?.warn({ ...log, retryInMs: wait }, 'notification throttled by Teams; will retry');
      return;
    }

    if (status === 403 || status === 404) {
      const dead =
        entry.kind === 'send' || (error.code !== undefined && DEAD_REFERENCE_CODES.includes(error.code));
      if (dead) {
        await this.registry.remove(entry.conversationKey, `${status} ${error.code ?? ''}`.trim());
        await this.outbox.drop(entry.id);
        this.forget(entry.id);
        this.stats.dropped++;
        this.logger?.warn(
          { ...log, code: error.code },
          'notification dropped: the channel reference is dead',
        );
        return;
      }
    }

    const transient = status === 0 || status === 408 || status >= 500;
    const attempts = entry.attempts + 1;
    if (transient && attempts < this.options.maxAttempts) {
      const wait = this.backoff(attempts);
      await this.reschedule(entry, { attempts, throttled: entry.throttled, lastError }, now + wait);
      this.logger?.warn({ ...log, attempts, retryInMs: wait }, 'notification delivery failed; will retry');
      return;
    }
    await this.outbox.markFailed(entry, { attempts, throttled: entry.throttled, lastError });
    this.forget(entry.id);
    this.waiting.delete(entry.id);
    this.stats.failed++;
    this.logger?.error(
      { ...log, attempts, code: error.code, error: lastError.message },
      'notification failed',
    );
  }

  private async reschedule(entry: OutboxEntry, change: Change, at: number): Promise<void> {
    await this.outbox.reschedule(entry, change, at);
    this.waiting.set(entry.id, at);
    this.stats.retried++;
  }

  /** base · 2^(n−1), capped, with jitter: a random point in the upper half. */
  private backoff(attempt: number): number {
    const capped = Math.min(
      this.options.backoffMaxMs,
      this.options.backoffBaseMs * 2 ** Math.min(attempt - 1, 30),
    );
    return Math.round(capped * (0.5 + 0.5 * this.options.random()));
  }

  /** Store failures after a delivery: logged; the entry stays pending and is tried again later. */
  private async guard(log: Record<string, unknown>, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.logger?.error(
        { ...log, err: { message: (error as Error).message } },
        'notification bookkeeping failed',
      );
    }
  }

  private emit(delivered: DeliveredNotification): void {
    for (const listener of this.listeners) {
      try {
        listener(delivered);
      } catch (error) {
        this.logger?.error({ err: { message: (error as Error).message } }, 'onDelivered listener failed');
      }
    }
  }
}

function toDeliveryError(error: unknown): ChannelDeliveryError {
  if (error instanceof ChannelDeliveryError) return error;
  return new ChannelDeliveryError(0, undefined, error instanceof Error ? error.message : String(error));
}
