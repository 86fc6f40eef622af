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
import { resolveLocale, type Locale } from '../../cards/strings';
import type { RoleDirectory } from '../../services/access/roleDirectory';
import type { ChannelRegistry } from '../../services/notifications/channelRegistry';
import type { DeskEvent, EventPublisher, Notice } from '../../services/notifications/deskEvent';
import type { Outbox } from '../../services/notifications/outbox';
import type { PostedCopy } from '../../services/notifications/postedCards';
import { approvalCard } from '../flows/approvalCards';

export interface DeskNotifierDependencies {
  registry: ChannelRegistry;
  outbox: Outbox;
  roles: RoleDirectory;
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
        const activityId = await outbox.sentActivityId(copy.entryId);
        // Not delivered yet: the copy still queued shows an older state; its refresh shows the current one.
        if (!activityId) continue;
        const channel = await registry.get(copy.conversationKey);
        if (!channel) continue;
        const activity = activityOf(this.render(notice, resolveLocale(channel.locale)));
        await outbox.enqueueUpdate({
          conversationKey: copy.conversationKey,
          activityId,
          activity,
          dedupeKey,
        });
      }
      return [];
    }
    const posted: PostedCopy[] = [];
    for (const channel of await registry.list(event.purpose)) {
      const activity = activityOf(this.render(notice, resolveLocale(channel.locale)));
      const [entry] = await outbox.enqueue({ conversationKey: channel.key, activity, dedupeKey });
      if (entry && !entry.duplicate)
        posted.push({ conversationKey: entry.conversationKey, entryId: entry.entryId });
    }
    return posted;
  }

  private render(notice: Notice, locale: Locale): AdaptiveCardJson {
    switch (notice.card) {
      case 'approval':
        return approvalCard(notice.request, locale, this.deps.roles);
      case 'event': {
        const { event } = notice;
        return buildEventCard(
          event.kind === 'invitationRecorded'
            ? { ...event, locale, target: invitationTargetView(event.target) }
            : { ...event, locale },
        );
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
}
