/**
 * The 1:1 chats the bot can write to, per person: how an approval card reaches an approver when no
 * channel runs `notify here`, and how a requester hears about their request.
 *
 * A chat is remembered when the person writes to the bot in it (bot/app.ts calls `remember` on every
 * personal-scope turn; nothing is written when it is already known) and stored as a ChannelRegistration
 * with the purpose `direct`, so the outbox delivers to it like to any channel. `directChatOf/<person>`
 * points from the person (Entra object id, and Teams user id) to that registration.
 *
 * A person the bot has never talked with gets a chat opened for them (`reach`): Microsoft's
 * "Send proactive messages" page (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages)
 * creates a 1:1 conversation with the person's Teams user id (29:…) or, in personal scope, their
 * Entra object id, the tenant id and the bot; it fails (403) unless the app is installed for the
 * person. The port that does it is bot/'s (ChatOpener).
 */
import { z } from 'zod';
import type { Actor } from '../audit/actor';
import type { Logger } from '../logging/logger';
import type { RecordStore } from '../store/recordStore';
import { Repository } from '../store/repository';
import type { ChannelRegistration, ChannelRegistry, ReferenceLike, StoredReference } from './channelRegistry';
import { normalizeConversationId } from './channelRegistry';

/** Opens a 1:1 conversation with a person, in the tenant and through the service of `via`. */
export interface ChatOpener {
  open(via: StoredReference, person: { id: string }): Promise<ReferenceLike>;
}

const pointerSchema = z.object({ key: z.string() });

/** How long a remembered chat is trusted without reading the store again. */
const TRUST_MS = 60_000;
const MAX_SEEN = 10_000;

/** Where a person can be written to: a chat found or opened, or why not. */
export type Reach =
  | { ok: true; registration: ChannelRegistration; opened: boolean }
  | { ok: false; why: 'noIdentity' | 'noReference' | 'refused' };

/** The keys a person is filed under: Entra object id (lower case), then Teams user id. */
function personKeys(person: Pick<Actor, 'aadObjectId' | 'userId'>): string[] {
  const keys: string[] = [];
  if (person.aadObjectId) keys.push(`aad:${person.aadObjectId.toLowerCase()}`);
  if (person.userId) keys.push(`user:${person.userId}`);
  return keys;
}

export class DirectChats {
  private readonly pointers: Repository<z.infer<typeof pointerSchema>>;
  /** Person key → conversation key and service URL last written or read (see TRUST_MS). */
  private readonly seen = new Map<string, { key: string; serviceUrl: string; at: number }>();

  constructor(
    store: RecordStore,
    private readonly registry: ChannelRegistry,
    private readonly opener: ChatOpener | undefined,
    private readonly logger?: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.pointers = new Repository(store, 'directChatOf', pointerSchema);
  }

  /**
   * A person wrote to the bot in their 1:1 chat: that chat is where the bot writes to them, in the
   * language they use. Writes only when the chat is new or its service URL moved.
   */
  async remember(person: Actor, reference: ReferenceLike, locale?: string): Promise<void> {
    const keys = personKeys(person);
    const conversationId = reference.conversation?.id;
    if (keys.length === 0 || !conversationId || !reference.serviceUrl) return;
    const key = normalizeConversationId(conversationId);
    const at = this.now().getTime();
    const known = this.seen.get(keys[0]);
    if (known && known.key === key && known.serviceUrl === reference.serviceUrl && at - known.at < TRUST_MS)
      return;
    const stored = await this.registry.get(key);
    const pointer = (await this.pointers.get(keys[0]))?.value.key;
    const sameLocale = !locale || stored?.locale === locale;
    if (
      stored?.purposes.includes('direct') &&
      stored.reference.serviceUrl === reference.serviceUrl &&
      pointer === key &&
      sameLocale
    ) {
      this.note(keys[0], key, reference.serviceUrl);
      return;
    }
    await this.file(person, reference, keys, locale);
  }

  /** The person's 1:1 chat, if the bot knows one. */
  async chatOf(person: Pick<Actor, 'aadObjectId' | 'userId'>): Promise<ChannelRegistration | undefined> {
    for (const personKey of personKeys(person)) {
      const pointer = (await this.pointers.get(personKey))?.value.key;
      const registration = pointer ? await this.registry.get(pointer) : undefined;
      if (registration?.purposes.includes('direct')) return registration;
    }
    return undefined;
  }

  /**
   * The person's 1:1 chat: the one known, else one opened through `via` (a reference in the same
   * tenant: the requester's chat or a channel). Never throws: a refusal answers why.
   */
  async reach(person: Actor, via: StoredReference | undefined, locale?: string): Promise<Reach> {
    const known = await this.chatOf(person);
    if (known) return { ok: true, registration: known, opened: false };
    const id = person.userId ?? person.aadObjectId;
    if (!id) return { ok: false, why: 'noIdentity' };
    if (!via || !this.opener) return { ok: false, why: 'noReference' };
    try {
      const reference = await this.opener.open(via, { id });
      const registration = await this.file(person, reference, personKeys(person), locale);
      this.logger?.info({ conversationId: registration.key }, 'opened a 1:1 chat');
      return { ok: true, registration, opened: true };
    } catch (error) {
      this.logger?.warn(
        {
          err: {
            status: (error as { status?: number }).status,
            code: (error as { code?: string }).code,
            message: (error as Error).message,
          },
        },
        'could not open a 1:1 chat',
      );
      return { ok: false, why: 'refused' };
    }
  }

  private async file(
    person: Actor,
    reference: ReferenceLike,
    keys: string[],
    locale: string | undefined,
  ): Promise<ChannelRegistration> {
    const registration = await this.registry.register(
      reference,
      'direct',
      { name: person.name, userId: person.userId, aadObjectId: person.aadObjectId },
      locale,
    );
    for (const personKey of keys) await this.pointers.update(personKey, () => ({ key: registration.key }));
    this.note(keys[0], registration.key, registration.reference.serviceUrl);
    return registration;
  }

  private note(personKey: string, key: string, serviceUrl: string): void {
    this.seen.delete(personKey);
    if (this.seen.size >= MAX_SEEN) this.seen.delete(this.seen.keys().next().value as string);
    this.seen.set(personKey, { key, serviceUrl, at: this.now().getTime() });
  }
}
