/**
 * The bot's side of the desk's notifications: the EventPublisher the services hand every decided
 * event to (services/notifications/deskEvent.ts; which event tells what to whom is decided in
 * services/notifications/notificationPlan.ts). It renders the notice's card in each channel's language
 * (the language of who ran `notify here`) and enqueues it in the durable outbox, so a restart loses
 * nothing and Teams' limits are respected; NotificationSender delivers it.
 */
import { CardFactory, MessageFactory } from 'botbuilder';
import type { AdaptiveCardJson } from '../../cards/cardTemplate';
import { buildEventCard } from '../../cards/eventCard';
import { invitationTargetView } from '../../cards/invitationDraftCard';
import { buildProviderRemovalRequestCard } from '../../cards/providerRemovalRequestCard';
import { resolveLocale } from '../../cards/strings';
import type { Viewer } from '../../services/access/policy';
import type { RoleDirectory } from '../../services/access/roleDirectory';
import { evidenceLinkFor } from '../../services/evidence/evidenceService';
import type { SignedLinks } from '../../services/evidence/signedLinks';
import type { ChannelRegistration, ChannelRegistry } from '../../services/notifications/channelRegistry';
import type { DeskEvent, EventPublisher, Notice } from '../../services/notifications/deskEvent';
import type { Outbox } from '../../services/notifications/outbox';
import type { PostedCopy } from '../../services/notifications/postedCards';
import { approvalCard } from '../flows/approvalCards';
import { requestedCard } from '../flows/requestedCards';

export interface DeskNotifierDependencies {
  registry: ChannelRegistry;
  outbox: Outbox;
  roles: RoleDirectory;
  /** Signs the evidence packs' links on result cards (none: no link). */
  links?: SignedLinks;
}

function activityOf(card: AdaptiveCardJson): Record<string, unknown> {
  return JSON.parse(JSON.stringify(MessageFactory.attachment(CardFactory.adaptiveCard(card)))) as Record<
    string,
    unknown
  >;
}

export class DeskNotifier implements EventPublisher {
  constructor(private readonly deps: DeskNotifierDependencies) {}

  async publish(event: DeskEvent): Promise<PostedCopy[]> {
    const { registry, outbox } = this.deps;
    const { notice, dedupeKey } = event;
    if (event.send === 'update') {
      for (const copy of event.copies) {
        const activityId =
          copy.activityId ?? (copy.entryId ? await outbox.sentActivityId(copy.entryId) : undefined);
        // Not delivered yet: the copy still queued shows an older state; its refresh shows the current one.
        if (!activityId) continue;
        const channel = await registry.get(copy.conversationKey);
        if (!channel) continue;
        await outbox.enqueueUpdate({
          conversationKey: copy.conversationKey,
          activityId,
          activity: activityOf(this.render(notice, channel)),
          dedupeKey,
        });
      }
      return [];
    }
    const channels =
      event.send === 'post'
        ? await registry.list(event.purpose)
        : [await registry.get(event.conversationKey)].filter((c): c is ChannelRegistration => !!c);
    const posted: PostedCopy[] = [];
    for (const channel of channels) {
      const activity = activityOf(this.render(notice, channel));
      const [entry] = await outbox.enqueue({ conversationKey: channel.key, activity, dedupeKey });
      if (entry && !entry.duplicate)
        posted.push({ conversationKey: entry.conversationKey, entryId: entry.entryId });
    }
    return posted;
  }

  /**
   * The card in the conversation's language; in a person's 1:1 chat, as that person should see it
   * (an approver gets the Approve and Reject buttons without waiting for a refresh).
   */
  private render(notice: Notice, channel: ChannelRegistration): AdaptiveCardJson {
    const locale = resolveLocale(channel.locale);
    switch (notice.card) {
      case 'approval': {
        const person = this.personIn(channel);
        const evidenceUrl = evidenceLinkFor(this.deps.links, notice.request, locale, person);
        return approvalCard(notice.request, locale, this.deps.roles, person, evidenceUrl);
      }
      case 'requested':
        return requestedCard(notice.request, notice.route, notice.approvers, locale);
      case 'event': {
        const { event } = notice;
        if (event.kind === 'invitationRecorded')
          return buildEventCard({ ...event, locale, target: invitationTargetView(event.target) });
        const result =
          event.kind === 'removalExecuted'
            ? ({ id: event.requestId, state: 'completed' } as const)
            : event.kind === 'removalFailed'
              ? ({ id: event.requestId, state: 'failed' } as const)
              : undefined;
        const evidenceUrl =
          result && evidenceLinkFor(this.deps.links, result, locale, this.personIn(channel));
        return buildEventCard({ ...event, locale, evidenceUrl });
      }
      case 'providerRemovalRequest': {
        const { request, reseller } = notice;
        return buildProviderRemovalRequestCard({
          locale,
          reseller,
          customer: { id: request.customerId, name: request.customerName, domain: request.customerDomain },
          requestedBy: request.requestedBy.name,
          at: request.requestedAt,
          reason: request.reason,
        });
      }
    }
  }

  /** The person a 1:1 chat is with, as the roles file knows them; none for a channel or group chat. */
  private personIn(channel: ChannelRegistration): Viewer | undefined {
    if (
      !channel.purposes.includes('direct') ||
      channel.reference.conversation.conversationType !== 'personal'
    )
      return undefined;
    const { name, userId, aadObjectId } = channel.registeredBy;
    return { actor: { name, userId, aadObjectId }, member: this.deps.roles.find({ userId, aadObjectId }) };
  }
}
