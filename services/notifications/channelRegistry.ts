/**
 * Where notifications go: the conversation references of the channels registered as notification
 * targets, kept in the RecordStore so they survive restarts and redeploys (an in-memory list loses
 * them, microsoft/botframework-sdk#6063).
 *
 * Records: `notifyChannels/<conversation id>` per channel, and `notifyChannelIndex/all` listing every
 * key (the store cannot list keys), updated with compare-and-set. A registration is written before it
 * is indexed; readers skip index keys whose record is gone.
 *
 * A reference captured from a channel message has conversation.id `<channel>;messageid=<root>`: sending
 * with it posts a thread reply. We keep the part before `;messageid=` so notifications are new top-level
 * posts, and never keep the reference's activityId (that would make every send a reply too).
 *
 * Long because the registration records, their index and the per-process memory of what `refresh`
 * saw must change together.
 */
import { z } from 'zod';
import type { Logger } from '../logging/logger';
import type { RecordStore, StoredRecord } from '../store/recordStore';
import { Repository } from '../store/repository';

export const NOTIFICATION_PURPOSES = ['events', 'provider'] as const;
export type NotificationPurpose = (typeof NOTIFICATION_PURPOSES)[number];
/**
 * Why a conversation is stored: a purpose `notify here` chooses (every card of that purpose is posted
 * there), or `direct`: a conversation the bot writes to about one person (an approver's or a
 * requester's 1:1 chat, services/notifications/directChats.ts), never a broadcast target.
 */
export const CONVERSATION_PURPOSES = [...NOTIFICATION_PURPOSES, 'direct'] as const;
export type ConversationPurpose = (typeof CONVERSATION_PURPOSES)[number];

const storedReferenceSchema = z.object({
  serviceUrl: z.string().min(1),
  channelId: z.string().min(1),
  conversation: z.object({
    id: z.string().min(1),
    conversationType: z.string().optional(),
    tenantId: z.string().optional(),
    isGroup: z.boolean().optional(),
  }),
  bot: z.object({ id: z.string(), name: z.string().optional() }),
});

/** The plain-JSON part of a Bot Framework ConversationReference needed to post proactively. */
export type StoredReference = z.infer<typeof storedReferenceSchema>;

const registrationSchema = z.object({
  key: z.string().min(1),
  reference: storedReferenceSchema,
  purposes: z.array(z.enum(CONVERSATION_PURPOSES)).min(1),
  registeredBy: z.object({
    name: z.string(),
    userId: z.string().optional(),
    aadObjectId: z.string().optional(),
  }),
  registeredAt: z.string(),
  updatedAt: z.string().optional(),
  /** The language notifications are written in: the one of whoever registered the channel. */
  locale: z.string().optional(),
});

export type ChannelRegistration = z.infer<typeof registrationSchema>;

const indexSchema = z.object({ keys: z.array(z.string()) });

/** What register/refresh accept: a ConversationReference (or an activity-derived one), loosely typed. */
export interface ReferenceLike {
  serviceUrl?: string;
  channelId?: string;
  conversation?: { id?: string; conversationType?: string; tenantId?: string; isGroup?: boolean };
  bot?: { id?: string; name?: string };
}

export interface RegisteredBy {
  name: string;
  userId?: string;
  aadObjectId?: string;
}

/** Told after a conversation gains a purpose it did not have (e.g. a channel runs `notify here`). */
export type RegistrationListener = (
  registration: ChannelRegistration,
  purpose: ConversationPurpose,
) => Promise<void>;

/** The conversation id of the top-level channel (or chat) a reference points into. */
export function normalizeConversationId(conversationId: string): string {
  return conversationId.split(';messageid=')[0];
}

/** A plain StoredReference for the top-level conversation, or an Error saying what is missing. */
export function toStoredReference(reference: ReferenceLike): StoredReference {
  const conversationId = reference.conversation?.id;
  if (!reference.serviceUrl || !reference.channelId || !conversationId || reference.bot?.id === undefined) {
    throw new Error('A conversation reference needs serviceUrl, channelId, conversation.id and bot.id.');
  }
  const { conversationType, tenantId, isGroup } = reference.conversation ?? {};
  return storedReferenceSchema.parse({
    serviceUrl: reference.serviceUrl,
    channelId: reference.channelId,
    conversation: { id: normalizeConversationId(conversationId), conversationType, tenantId, isGroup },
    bot: { id: reference.bot.id, name: reference.bot.name },
  });
}

const INDEX_ID = 'all';

/** How long `refresh` trusts what it last saw of a conversation's registration (see `seen`). */
export const REFRESH_TRUST_MS = 60_000;
/** At most this many conversations are remembered by `refresh` (the oldest are forgotten first). */
const MAX_SEEN = 10_000;

/** What `refresh` last saw stored for a conversation: its reference, or that it is not registered. */
interface Seen {
  reference?: StoredReference;
  at: number;
}

export class ChannelRegistry {
  private readonly channels: Repository<ChannelRegistration>;
  private readonly index: Repository<z.infer<typeof indexSchema>>;
  /**
   * The index as this process last read or wrote it. Adding a key tries a compare-and-set against it
   * first (no read); when another writer changed the index meanwhile, that fails and the key is added
   * with a fresh read-modify-write. A key found in it is still checked against the store.
   */
  private indexCache?: { etag: string; keys: string[]; known: Set<string> };
  /**
   * `refresh` runs on every inbound activity; reading the registration each time was a store read per
   * turn. It remembers, per conversation, the registration it last read or wrote (or that there was
   * none) for REFRESH_TRUST_MS: an activity whose serviceUrl and bot match it needs no read. This
   * process's register/unregister/remove update it at once. With several replicas, a registration
   * or change made by another replica is seen here within REFRESH_TRUST_MS: until then an activity
   * showing a moved serviceUrl is not written by this replica (the next one after the window is).
   */
  private readonly seen = new Map<string, Seen>();
  private readonly listeners: RegistrationListener[] = [];

  constructor(
    store: RecordStore,
    private readonly logger?: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.channels = new Repository(store, 'notifyChannels', registrationSchema);
    this.index = new Repository(store, 'notifyChannelIndex', indexSchema);
  }

  /** Listeners run after a conversation gains a purpose, once per gain (services/notifications/notificationPlan.ts). */
  onRegistered(listener: RegistrationListener): void {
    this.listeners.push(listener);
  }

  /**
   * Registers (or adds a purpose to) the conversation of `reference`, normalized to the top-level
   * channel. Returns the registration; its `key` is the normalized conversation id.
   */
  async register(
    reference: ReferenceLike,
    purpose: ConversationPurpose,
    registeredBy: RegisteredBy,
    locale?: string,
  ): Promise<ChannelRegistration> {
    const stored = toStoredReference(reference);
    const key = stored.conversation.id;
    const at = this.now().toISOString();
    let gained = false;
    const record = await this.channels.update(key, (current) => {
      gained = !current?.purposes.includes(purpose);
      return current
        ? {
            ...current,
            reference: stored,
            purposes: current.purposes.includes(purpose) ? current.purposes : [...current.purposes, purpose],
            updatedAt: at,
            locale: locale ?? current.locale,
          }
        : { key, reference: stored, purposes: [purpose], registeredBy, registeredAt: at, locale };
    });
    this.remember(key, record?.value.reference);
    await this.addToIndex(key);
    this.logger?.info(
      { conversationId: key, purpose, registeredBy: registeredBy.userId },
      'notification channel registered',
    );
    if (gained) {
      for (const listener of this.listeners) {
        await listener(record!.value, purpose).catch((error: unknown) =>
          this.logger?.warn(
            { conversationId: key, err: { message: (error as Error).message } },
            'registration listener failed',
          ),
        );
      }
    }
    return record!.value;
  }

  /**
   * Removes a purpose from the channel, or the whole registration when `purpose` is omitted or it was
   * the last one. Returns false when the channel was not registered (for that purpose).
   */
  async unregister(conversationId: string, purpose?: ConversationPurpose): Promise<boolean> {
    const key = normalizeConversationId(conversationId);
    const current = await this.channels.get(key);
    if (!current || (purpose && !current.value.purposes.includes(purpose))) return false;
    const remaining = purpose ? current.value.purposes.filter((p) => p !== purpose) : [];
    if (remaining.length > 0) {
      await this.channels.update(key, (value) =>
        value ? { ...value, purposes: value.purposes.filter((p) => p !== purpose) } : undefined,
      );
    } else {
      await this.forget(key);
    }
    this.logger?.info({ conversationId: key, purpose }, 'notification channel unregistered');
    return true;
  }

  async get(key: string): Promise<ChannelRegistration | undefined> {
    return (await this.channels.get(normalizeConversationId(key)))?.value;
  }

  /** Every channel registered for `purpose` (all channels without one), in registration order. */
  async list(purpose?: ConversationPurpose): Promise<ChannelRegistration[]> {
    const keys = (await this.index.get(INDEX_ID))?.value.keys ?? [];
    const found: ChannelRegistration[] = [];
    for (const key of keys) {
      const registration = (await this.channels.get(key))?.value;
      if (registration && (!purpose || registration.purposes.includes(purpose))) found.push(registration);
    }
    return found;
  }

  /**
   * Call on every inbound activity: when its conversation is registered and the serviceUrl or bot
   * changed, the stored reference is updated. One read and no write otherwise. Returns true on update.
   */
  async refresh(reference: ReferenceLike): Promise<boolean> {
    const conversationId = reference.conversation?.id;
    if (!conversationId) return false;
    const key = normalizeConversationId(conversationId);
    const now = this.now().getTime();
    const seen = this.seen.get(key);
    if (seen && now - seen.at < REFRESH_TRUST_MS && (!seen.reference || !changes(seen.reference, reference)))
      return false;
    const current = (await this.channels.get(key))?.value;
    this.remember(key, current?.reference);
    if (!current || !changes(current.reference, reference)) return false;
    const updated = await this.channels.update(key, (value) => {
      if (!value || !changes(value.reference, reference)) return undefined;
      return {
        ...value,
        reference: {
          ...value.reference,
          serviceUrl: reference.serviceUrl || value.reference.serviceUrl,
          bot:
            reference.bot?.id !== undefined
              ? { id: reference.bot.id, name: reference.bot.name ?? value.reference.bot.name }
              : value.reference.bot,
        },
        updatedAt: this.now().toISOString(),
      };
    });
    this.remember(key, updated?.value.reference);
    this.logger?.info({ conversationId: key }, 'notification channel reference refreshed');
    return true;
  }

  private remember(key: string, reference: StoredReference | undefined): void {
    this.seen.delete(key);
    if (this.seen.size >= MAX_SEEN) this.seen.delete(this.seen.keys().next().value as string);
    this.seen.set(key, { reference, at: this.now().getTime() });
  }

  /** Drops a dead reference (the bot was removed, the conversation is gone or blocked us). */
  async remove(key: string, why: string): Promise<void> {
    const normalized = normalizeConversationId(key);
    await this.forget(normalized);
    this.logger?.warn({ conversationId: normalized, why }, 'notification channel removed');
  }

  private async forget(key: string): Promise<void> {
    await this.channels.delete(key);
    this.remember(key, undefined);
    this.indexCache = undefined;
    this.cacheIndex(
      await this.index.update(INDEX_ID, (current) =>
        current?.keys.includes(key) ? { keys: current.keys.filter((k) => k !== key) } : undefined,
      ),
    );
  }

  private async addToIndex(key: string): Promise<void> {
    const cached = this.indexCache;
    if (cached && !cached.known.has(key)) {
      const result = await this.index.replace(INDEX_ID, cached.etag, { keys: [...cached.keys, key] });
      if (result.ok) {
        this.cacheIndex(result.record);
        return;
      }
    }
    this.indexCache = undefined;
    this.cacheIndex(
      await this.index.update(INDEX_ID, (current) =>
        current?.keys.includes(key) ? undefined : { keys: [...(current?.keys ?? []), key] },
      ),
    );
  }

  private cacheIndex(record: StoredRecord<z.infer<typeof indexSchema>> | undefined): void {
    this.indexCache = record
      ? { etag: record.etag, keys: record.value.keys, known: new Set(record.value.keys) }
      : undefined;
  }
}

function changes(stored: StoredReference, seen: ReferenceLike): boolean {
  if (seen.serviceUrl && seen.serviceUrl !== stored.serviceUrl) return true;
  if (seen.bot?.id !== undefined && seen.bot.id !== stored.bot.id) return true;
  return seen.bot?.name !== undefined && seen.bot.name !== stored.bot.name;
}
