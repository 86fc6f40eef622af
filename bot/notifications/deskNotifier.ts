/**
 * What the team sees in its channels: the approval card of each removal request (posted once, then
 * replaced in place as the request moves on), and an event card for invitations, acceptances,
 * decisions and results. Every card is written in the language of the channel (who ran `notify here`)
 * and goes through the durable outbox, so a restart loses nothing and Teams' limits are respected.
 */
import { CardFactory, MessageFactory } from 'botbuilder';
import type { AdaptiveCardJson } from '../../cards/cardTemplate';
import { buildEventCard } from '../../cards/eventCard';
import { invitationTargetView } from '../../cards/invitationDraftCard';
import { buildProviderRemovalRequestCard } from '../../cards/providerRemovalRequestCard';
import { resolveLocale, type Locale } from '../../cards/strings';
import type { EventView } from '../../cards/views';
import type { RoleDirectory } from '../../services/access/roleDirectory';
import type { Logger } from '../../services/logging/logger';
import type { ChannelRegistration, NotificationPurpose } from '../../services/notifications/channelRegistry';
import type { ChannelRegistry } from '../../services/notifications/channelRegistry';
import type { Outbox } from '../../services/notifications/outbox';
import type { PostedCards } from '../../services/notifications/postedCards';
import type { Acceptance } from '../../services/relationships/acceptanceWatcher';
import type { Invitation } from '../../services/relationships/invitationService';
import type { ProviderChannel, ProviderRemovalRequest } from '../../services/relationships/removalService';
import type { ClosingWindow } from '../../services/workflows/cancellationWindowWatch';
import type { RemovalRequest, RemovalState } from '../../services/workflows/removalRequest';
import { approvalCard } from '../flows/approvalCards';

type EventBody = EventView extends infer V
  ? V extends { locale: unknown }
    ? Omit<V, 'locale'>
    : never
  : never;

export interface DeskNotifierDependencies {
  registry: ChannelRegistry;
  outbox: Outbox;
  postedCards: PostedCards;
  roles: RoleDirectory;
  logger: Logger;
}

function activityOf(card: AdaptiveCardJson): Record<string, unknown> {
  return JSON.parse(JSON.stringify(MessageFactory.attachment(CardFactory.adaptiveCard(card)))) as Record<
    string,
    unknown
  >;
}

export class DeskNotifier implements ProviderChannel {
  constructor(private readonly deps: DeskNotifierDependencies) {}

  /** Posts a card to every channel registered for `purpose`, each in its own language. */
  private async post(
    purpose: NotificationPurpose,
    dedupeKey: string,
    cardFor: (locale: Locale, channel: ChannelRegistration) => AdaptiveCardJson,
  ): Promise<{ conversationKey: string; entryId: string }[]> {
    const channels = await this.deps.registry.list(purpose);
    const posted: { conversationKey: string; entryId: string }[] = [];
    for (const channel of channels) {
      const card = cardFor(resolveLocale(channel.locale), channel);
      const [entry] = await this.deps.outbox.enqueue({
        conversationKey: channel.key,
        activity: activityOf(card),
        dedupeKey,
      });
      if (entry && !entry.duplicate)
        posted.push({ conversationKey: entry.conversationKey, entryId: entry.entryId });
    }
    return posted;
  }

  private event(dedupeKey: string, body: EventBody): Promise<unknown> {
    return this.post('events', dedupeKey, (locale) => buildEventCard({ locale, ...body }));
  }

  /** Workflow transitions: the approval card is posted on a new request and replaced on every change. */
  async requestChanged(request: RemovalRequest, previous: RemovalState | undefined): Promise<void> {
    const customer = { id: request.customerId, name: request.customerName, domain: request.customerDomain };
    if (previous === undefined) {
      const posted = await this.post('events', `approval:${request.id}`, (locale) =>
        approvalCard(request, locale, this.deps.roles),
      );
      await this.deps.postedCards.add(request.id, posted);
      return;
    }
    await this.replaceApprovalCards(request);
    const at = request.decision?.at ?? request.execution?.finishedAt ?? new Date().toISOString();
    switch (request.state) {
      case 'approved':
      case 'rejected':
      case 'expired':
      case 'cancelled': {
        const by =
          request.state === 'approved'
            ? request.approvals[request.approvals.length - 1]?.by.name
            : request.decision?.by?.name;
        await this.event(`event:${request.id}:${request.state}`, {
          kind: 'removalDecided',
          state: request.state,
          customer,
          by,
          reason: request.decision?.reason,
          requestId: request.id,
          at,
        });
        return;
      }
      case 'completed':
        await this.event(`event:${request.id}:completed`, {
          kind: 'removalExecuted',
          customer,
          requestId: request.id,
          correlationId: request.correlationId,
          at,
        });
        return;
      case 'failed':
        await this.event(`event:${request.id}:failed`, {
          kind: 'removalFailed',
          customer,
          requestId: request.id,
          error: request.execution?.error ?? { code: 'Unknown', description: 'The removal failed.' },
          at,
        });
        return;
      default:
        return;
    }
  }

  private async replaceApprovalCards(request: RemovalRequest): Promise<void> {
    const version = `${request.state}:${request.approvals.length}:${request.execution?.attempts ?? 0}`;
    for (const post of await this.deps.postedCards.list(request.id)) {
      const activityId = await this.deps.outbox.sentActivityId(post.entryId);
      // Not delivered yet: the copy still queued shows an older state; its refresh shows the current one.
      if (!activityId) continue;
      const channel = await this.deps.registry.get(post.conversationKey);
      if (!channel) continue;
      const card = approvalCard(request, resolveLocale(channel.locale), this.deps.roles);
      await this.deps.outbox.enqueueUpdate({
        conversationKey: post.conversationKey,
        activityId,
        activity: activityOf(card),
        dedupeKey: `approval:${request.id}:${version}`,
      });
    }
  }

  /** Once per request and subscription: cancel before the window closes, or the removal waits for the term end. */
  async cancellationWindowClosing(closing: ClosingWindow): Promise<void> {
    const { request, blocker } = closing;
    await this.event(`event:window:${request.id}:${blocker.id}`, {
      kind: 'cancellationWindowClosing',
      customer: { id: request.customerId, name: request.customerName, domain: request.customerDomain },
      subscriptionName: blocker.name,
      until: blocker.cancellableUntil,
      requestId: request.id,
      at: new Date().toISOString(),
    });
  }

  async invitationRecorded(invitation: Invitation): Promise<void> {
    if (invitation.status !== 'sent') return;
    await this.event(`event:invitation:${invitation.id}`, {
      kind: 'invitationRecorded',
      by: invitation.sentBy?.name ?? invitation.createdBy.name,
      target: invitationTargetView(invitation.target),
      at: invitation.sentAt ?? invitation.createdAt,
    });
  }

  async customerAccepted(acceptance: Acceptance): Promise<void> {
    await this.event(`event:accepted:${acceptance.customerId}:${acceptance.at}`, {
      kind: 'customerAccepted',
      customer: { id: acceptance.customerId, name: acceptance.name, domain: acceptance.domain },
      invitedBy: acceptance.invitedBy,
      at: acceptance.at,
    });
  }

  /** ProviderChannel: a reseller's removal request, to the channels where the provider runs `notify here provider`. */
  async deliver(
    request: ProviderRemovalRequest,
    reseller: { name: string; mpnId: string },
  ): Promise<'sent' | 'noChannel'> {
    const posted = await this.post('provider', `provider:${request.id}`, (locale) =>
      buildProviderRemovalRequestCard({
        locale,
        reseller,
        customer: { id: request.customerId, name: request.customerName, domain: request.customerDomain },
        requestedBy: request.requestedBy.name,
        at: request.requestedAt,
        reason: request.reason,
      }),
    );
    this.deps.logger.info(
      { requestId: request.id, channels: posted.length },
      'provider removal request posted',
    );
    return posted.length > 0 ? 'sent' : 'noChannel';
  }
}
