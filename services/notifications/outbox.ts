/**
 * The notification outbox: every message to a channel is an entry in the RecordStore before enqueue
 * returns, so a crash or restart after enqueue loses nothing; NotificationSender delivers them.
 *
 * Records:
 * - `notifyOutbox/<entryId>`: one entry (one message, or one update of a sent message, to one channel).
 * - `notifyOutboxIndex/pending`: ids of the entries still to deliver, in enqueue order (which is the
 *   delivery order per conversation). Small; updated with compare-and-set.
 * - `notifyOutboxIndex/failed`: ids of the entries given up on, kept with their error for operators.
 *
 * A delivered entry stays as a small record (state `sent`, the activity id Teams gave it, no activity
 * body): that is how callers find the message again to update it (`sentActivityId`), and what makes a
 * dedupeKey enqueue once per channel for good. An entry with a dedupeKey has an id derived from
 * (channel, dedupeKey), so the second enqueue finds the first by compare-and-set.
 *
 * Delivery is at-least-once: a crash between the channel accepting a message and the entry being
 * marked sent re-sends it after the restart.
 *
 * Taking ids off the pending index is coalesced: markSent/markFailed/drop/unindex update the entry at
 * once and queue its id; the index is rewritten once per batch (at most every UNINDEX_DELAY_MS, and
 * before `pending()` answers or on `flush()`). So the index may briefly (or, after a crash, until the
 * sender next meets them) list entries that are no longer pending: readers check the entry's own state.
 *
 * Long because the entry records, the pending index and their compare-and-set upkeep must change together.
 */
import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Logger } from '../logging/logger';
import type { RecordStore } from '../store/recordStore';
import { Repository } from '../store/repository';
import type { ChannelRegistry, NotificationPurpose } from './channelRegistry';
import { normalizeConversationId } from './channelRegistry';

/** Teams accepts bigger bot messages, but cards above this are a bug on our side (teams-stack §3.5). */
export const MAX_ACTIVITY_BYTES = 80 * 1024;

const activitySchema = z.record(z.unknown());

const entrySchema = z.object({
  id: z.string(),
  conversationKey: z.string(),
  kind: z.enum(['send', 'update']),
  /** The activity to post (plain JSON); removed once sent. */
  activity: activitySchema.optional(),
  /** For `update`: the id of the message to replace. */
  targetActivityId: z.string().optional(),
  dedupeKey: z.string().optional(),
  purpose: z.enum(['events', 'provider']).optional(),
  state: z.enum(['pending', 'failed', 'sent']),
  /** Failed attempts that count towards the retry budget (5xx, network). */
  attempts: z.number().int().nonnegative(),
  /** 429 answers received (retried without limit, never lose the entry). */
  throttled: z.number().int().nonnegative(),
  /** Not to be tried before this ISO time (backoff, Retry-After). */
  notBefore: z.string().optional(),
  lastError: z.object({ status: z.number(), code: z.string().optional(), message: z.string() }).optional(),
  sentActivityId: z.string().optional(),
  createdAt: z.string(),
  sentAt: z.string().optional(),
  failedAt: z.string().optional(),
});

export type OutboxEntry = z.infer<typeof entrySchema>;

const indexSchema = z.object({
  items: z.array(z.object({ id: z.string(), conversationKey: z.string() })),
});

export type IndexItem = z.infer<typeof indexSchema>['items'][number];

/** Longest delay before queued removals from the pending index are written (one write per batch). */
export const UNINDEX_DELAY_MS = 100;

export type EnqueueTarget = { purpose: NotificationPurpose } | { conversationKey: string };

export type EnqueueRequest = EnqueueTarget & {
  /** A plain-JSON activity: `{ attachments: [...] }`, `{ text }`, … (type defaults to message). */
  activity: Record<string, unknown>;
  /** The same (channel, dedupeKey) is enqueued only once, ever (e.g. the event's id). */
  dedupeKey?: string;
};

export interface EnqueueUpdateRequest {
  conversationKey: string;
  /** The id of the message to replace (from `sentActivityId` or an `onDelivered` event). */
  activityId: string;
  activity: Record<string, unknown>;
  dedupeKey?: string;
}

export interface EnqueuedEntry {
  entryId: string;
  conversationKey: string;
  /** True when an entry with the same dedupeKey already existed for this channel (nothing added). */
  duplicate: boolean;
}

export class UnknownChannelError extends Error {
  constructor(readonly conversationKey: string) {
    super(`No notification channel is registered as ${conversationKey}.`);
    this.name = 'UnknownChannelError';
  }
}

/** Serializes async work in this process (index read-modify-writes), so they do not conflict here. */
class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work, work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

export class Outbox {
  private readonly entries: Repository<OutboxEntry>;
  private readonly index: Repository<z.infer<typeof indexSchema>>;
  private readonly indexQueue = new SerialQueue();
  private readonly listeners = new Set<(added?: IndexItem[]) => void>();
  /** Ids to take off the pending index with the next batched write. */
  private readonly unindexQueued = new Set<string>();
  private unindexTimer?: NodeJS.Timeout;

  constructor(
    store: RecordStore,
    private readonly registry: ChannelRegistry,
    private readonly logger?: Logger,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.entries = new Repository(store, 'notifyOutbox', entrySchema);
    this.index = new Repository(store, 'notifyOutboxIndex', indexSchema);
  }

  /**
   * Writes one entry per target channel (every channel of `purpose`, or the one `conversationKey`)
   * and returns once they are stored. No channel for the purpose → an empty list. An unknown
   * conversationKey → UnknownChannelError.
   */
  async enqueue(request: EnqueueRequest): Promise<EnqueuedEntry[]> {
    const activity = checkActivity(request.activity);
    const targets =
      'purpose' in request
        ? (await this.registry.list(request.purpose)).map((registration) => registration.key)
        : [await this.requireChannel(request.conversationKey)];
    if (targets.length === 0) {
      this.logger?.info(
        { purpose: 'purpose' in request ? request.purpose : undefined },
        'no channel to notify',
      );
      return [];
    }
    const purpose = 'purpose' in request ? request.purpose : undefined;
    const results: (EnqueuedEntry & { repair?: boolean })[] = [];
    for (const conversationKey of targets) {
      results.push(
        await this.add({ kind: 'send', conversationKey, activity, dedupeKey: request.dedupeKey, purpose }),
      );
    }
    const added = results.filter((r) => !r.duplicate || r.repair);
    await this.addToPending(added);
    this.wake(added.map((r) => ({ id: r.entryId, conversationKey: r.conversationKey })));
    return results.map(({ entryId, conversationKey, duplicate }) => ({
      entryId,
      conversationKey,
      duplicate,
    }));
  }

  /** Queues the replacement of a message sent earlier (approval cards are updated in place). */
  async enqueueUpdate(request: EnqueueUpdateRequest): Promise<EnqueuedEntry> {
    const activity = checkActivity(request.activity);
    if (!request.activityId) throw new Error('enqueueUpdate needs the activityId of the message to replace.');
    const conversationKey = await this.requireChannel(request.conversationKey);
    const result = await this.add({
      kind: 'update',
      conversationKey,
      activity,
      targetActivityId: request.activityId,
      dedupeKey: request.dedupeKey,
    });
    const added = !result.duplicate || result.repair ? [result] : [];
    await this.addToPending(added);
    this.wake(added.map((r) => ({ id: r.entryId, conversationKey: r.conversationKey })));
    return { entryId: result.entryId, conversationKey, duplicate: result.duplicate };
  }

  async getEntry(entryId: string): Promise<OutboxEntry | undefined> {
    return (await this.entries.get(entryId))?.value;
  }

  /** The id Teams gave the message of a delivered entry; undefined while it is not delivered. */
  async sentActivityId(entryId: string): Promise<string | undefined> {
    const entry = await this.getEntry(entryId);
    return entry?.state === 'sent' ? entry.sentActivityId : undefined;
  }

  /**
   * Ids of the entries still to deliver, in delivery order (per conversation). Writes the queued
   * removals first; with several processes the list may still name entries another one just sent.
   */
  async pending(): Promise<IndexItem[]> {
    await this.flush();
    return (await this.index.get('pending'))?.value.items ?? [];
  }

  /** Writes the queued removals from the pending index now (the sender calls it when it stops). */
  async flush(): Promise<void> {
    this.clearUnindexTimer();
    if (this.unindexQueued.size === 0) return;
    await this.indexQueue.run(async () => {
      if (this.unindexQueued.size === 0) return;
      const ids = new Set(this.unindexQueued);
      await this.index.update(
        'pending',
        (current) =>
          current?.items.some((i) => ids.has(i.id))
            ? { items: current.items.filter((i) => !ids.has(i.id)) }
            : undefined,
        20,
      );
      for (const id of ids) this.unindexQueued.delete(id);
    });
  }

  /** Entries given up on, with their last error. */
  async listFailed(): Promise<OutboxEntry[]> {
    const items = (await this.index.get('failed'))?.value.items ?? [];
    const found: OutboxEntry[] = [];
    for (const item of items) {
      const entry = await this.getEntry(item.id);
      if (entry?.state === 'failed') found.push(entry);
    }
    return found;
  }

  /** Puts a failed entry back in the queue with a fresh retry budget. */
  async retryFailed(entryId: string): Promise<boolean> {
    const entry = await this.getEntry(entryId);
    if (entry?.state !== 'failed') return false;
    await this.entries.update(entryId, (current) =>
      current
        ? { ...current, state: 'pending', attempts: 0, notBefore: undefined, failedAt: undefined }
        : undefined,
    );
    await this.removeFrom('failed', entryId);
    await this.addToPending([{ entryId, conversationKey: entry.conversationKey }]);
    this.wake([{ id: entryId, conversationKey: entry.conversationKey }]);
    return true;
  }

  /**
   * Called by the sender (and tests) when something is queued, with the items added to the pending
   * index (in order). Returns an unsubscribe function.
   */
  onEnqueued(listener: (added?: IndexItem[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // --- state changes, used by NotificationSender ---

  async markSent(entry: OutboxEntry, activityId: string | undefined): Promise<void> {
    await this.entries.update(entry.id, (current) =>
      current
        ? {
            ...current,
            state: 'sent',
            activity: undefined,
            notBefore: undefined,
            lastError: undefined,
            sentActivityId: activityId ?? current.targetActivityId,
            sentAt: new Date(this.now()).toISOString(),
          }
        : undefined,
    );
    this.queueUnindex(entry.id);
  }

  async reschedule(
    entry: OutboxEntry,
    change: Pick<OutboxEntry, 'attempts' | 'throttled' | 'lastError'>,
    at: number,
  ) {
    await this.entries.update(entry.id, (current) =>
      current ? { ...current, ...change, notBefore: new Date(at).toISOString() } : undefined,
    );
  }

  async markFailed(entry: OutboxEntry, change: Pick<OutboxEntry, 'attempts' | 'throttled' | 'lastError'>) {
    await this.entries.update(entry.id, (current) =>
      current
        ? {
            ...current,
            ...change,
            state: 'failed',
            notBefore: undefined,
            failedAt: new Date(this.now()).toISOString(),
          }
        : undefined,
    );
    await this.indexQueue.run(() =>
      this.index.update('failed', (current) =>
        current?.items.some((i) => i.id === entry.id)
          ? undefined
          : { items: [...(current?.items ?? []), { id: entry.id, conversationKey: entry.conversationKey }] },
      ),
    );
    this.queueUnindex(entry.id);
  }

  /** Takes an id off the pending index, with the next batch (its entry is gone or no longer pending). */
  unindex(entryId: string): void {
    this.queueUnindex(entryId);
  }

  /** Forgets an entry that can never be delivered (its channel is gone). */
  async drop(entryId: string): Promise<void> {
    await this.entries.delete(entryId);
    this.queueUnindex(entryId);
  }

  // --- internals ---

  private async requireChannel(conversationKey: string): Promise<string> {
    const registration = await this.registry.get(normalizeConversationId(conversationKey));
    if (!registration) throw new UnknownChannelError(conversationKey);
    return registration.key;
  }

  private async add(
    fields: Pick<
      OutboxEntry,
      'kind' | 'conversationKey' | 'activity' | 'targetActivityId' | 'dedupeKey' | 'purpose'
    >,
  ): Promise<EnqueuedEntry & { repair?: boolean }> {
    const entryId =
      fields.dedupeKey === undefined
        ? randomUUID()
        : `d-${createHash('sha256')
            .update(`${fields.kind}\n${fields.conversationKey}\n${fields.dedupeKey}`)
            .digest('hex')
            .slice(0, 40)}`;
    const entry: OutboxEntry = {
      id: entryId,
      ...fields,
      state: 'pending',
      attempts: 0,
      throttled: 0,
      createdAt: new Date(this.now()).toISOString(),
    };
    const result = await this.entries.replace(entryId, null, entry);
    if (result.ok) return { entryId, conversationKey: fields.conversationKey, duplicate: false };
    // Already there: a duplicate. If it is still pending, make sure it is indexed (a crash may have
    // happened between writing the entry and indexing it).
    return {
      entryId,
      conversationKey: fields.conversationKey,
      duplicate: true,
      repair: result.current?.value.state === 'pending',
    };
  }

  private addToPending(entries: { entryId: string; conversationKey: string }[]): Promise<unknown> {
    if (entries.length === 0) return Promise.resolve();
    return this.indexQueue.run(() => {
      // Pending again (retryFailed, a repaired duplicate): a queued removal must not take it off.
      for (const e of entries) this.unindexQueued.delete(e.entryId);
      return this.index.update(
        'pending',
        (current) => {
          const items = current?.items ?? [];
          const known = new Set(items.map((i) => i.id));
          const added = entries
            .filter((e) => !known.has(e.entryId))
            .map((e) => ({ id: e.entryId, conversationKey: e.conversationKey }));
          return added.length ? { items: [...items, ...added] } : undefined;
        },
        20,
      );
    });
  }

  private queueUnindex(entryId: string): void {
    this.unindexQueued.add(entryId);
    this.scheduleUnindex(UNINDEX_DELAY_MS);
  }

  private scheduleUnindex(delayMs: number): void {
    if (this.unindexTimer) return;
    this.unindexTimer = setTimeout(() => {
      this.unindexTimer = undefined;
      this.flush().catch((error: unknown) => {
        // The ids stay queued for a later batch; meanwhile readers skip the entries by their state.
        this.logger?.error(
          { err: { message: (error as Error).message } },
          'pending index update failed; will retry',
        );
        if (this.unindexQueued.size > 0) this.scheduleUnindex(5000);
      });
    }, delayMs);
    this.unindexTimer.unref?.();
  }

  private clearUnindexTimer(): void {
    if (this.unindexTimer) clearTimeout(this.unindexTimer);
    this.unindexTimer = undefined;
  }

  private removeFrom(list: 'pending' | 'failed', entryId: string): Promise<unknown> {
    return this.indexQueue.run(() =>
      this.index.update(
        list,
        (current) =>
          current?.items.some((i) => i.id === entryId)
            ? { items: current.items.filter((i) => i.id !== entryId) }
            : undefined,
        20,
      ),
    );
  }

  private wake(added: IndexItem[]): void {
    for (const listener of this.listeners) {
      try {
        listener(added);
      } catch (error) {
        this.logger?.error({ err: { message: (error as Error).message } }, 'outbox listener failed');
      }
    }
  }
}

function checkActivity(activity: Record<string, unknown>): Record<string, unknown> {
  const parsed = activitySchema.safeParse(activity);
  if (!parsed.success) throw new Error('A notification activity must be a plain object.');
  let json: string;
  try {
    json = JSON.stringify(activity);
  } catch {
    throw new Error('A notification activity must be plain JSON.');
  }
  if (Buffer.byteLength(json, 'utf8') > MAX_ACTIVITY_BYTES) {
    throw new Error(`A notification activity must stay under ${MAX_ACTIVITY_BYTES} bytes.`);
  }
  return JSON.parse(json) as Record<string, unknown>;
}
