/**
 * Opens a 1:1 chat with a person the bot has not talked with (services/notifications/directChats.ts):
 * the Bot Framework's create conversation (`POST /v3/conversations`) through the adapter, in the
 * tenant and through the service URL of a conversation the bot already has. Teams needs one member
 * (the Teams user id, or the Entra object id in personal scope), the tenant id and the bot; it
 * answers 403 when the app is not installed for the person.
 */
import {
  TurnContext,
  type CloudAdapter,
  type ConversationParameters,
  type ConversationReference,
} from 'botbuilder';
import type { StoredReference } from '../services/notifications/channelRegistry';
import type { ChatOpener } from '../services/notifications/directChats';

export type ConversationCreator = Pick<CloudAdapter, 'createConversationAsync'>;

export function createChatOpener(adapter: ConversationCreator, botAppId: string): ChatOpener {
  return {
    async open(via: StoredReference, person: { id: string }) {
      const tenantId = via.conversation.tenantId;
      const parameters = {
        isGroup: false,
        bot: { id: via.bot.id, name: via.bot.name ?? '' },
        members: [{ id: person.id, name: '' }],
        tenantId,
        channelData: tenantId ? { tenant: { id: tenantId } } : undefined,
      } as ConversationParameters;
      let created: Partial<ConversationReference> | undefined;
      // The audience is the adapter's own (undefined: the Bot Framework channel's default).
      await adapter.createConversationAsync(
        botAppId,
        via.channelId,
        via.serviceUrl,
        undefined as unknown as string,
        parameters,
        (context) => {
          created = TurnContext.getConversationReference(context.activity);
          return Promise.resolve();
        },
      );
      if (!created?.conversation?.id) throw new Error('The channel created no conversation.');
      return {
        ...created,
        conversation: { ...created.conversation, conversationType: 'personal', tenantId },
      };
    },
  };
}
