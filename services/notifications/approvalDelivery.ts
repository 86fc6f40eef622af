/**
 * Where a removal request's approval card goes, and what its requester is told (services/notifications/
 * notificationPlan.ts decides when; this file decides where):
 *
 * - a new request: the approval card to every channel registered for `events`; with none, to each
 *   approver's 1:1 chat (the one known, or one opened: services/notifications/directChats.ts). The
 *   route (channels, people reached, people the bot could not reach, who may approve) is kept, so the
 *   requester's card says where the request went, or plainly that it reached no one and what to do;
 * - a channel that runs `notify here` later gets the approval card of every pending request;
 * - the requester's own "Removal requested" card (the message they clicked in) is replaced in place on
 *   every change, and a decision other than their own cancel, a completion or a failure also arrives
 *   as a message in their 1:1 chat (or, without one, where they asked).
 */
import type { Member } from '../access/partnerRoles';
import { approversAmong } from '../access/policy';
import { sameActor } from '../audit/actor';
import type { Logger } from '../logging/logger';
import type { RecordStore } from '../store/recordStore';
import { Repository } from '../store/repository';
import type { RemovalRequest } from '../workflows/removalRequest';
import { approvalRouteSchema, type ApprovalRoute } from './approvalRoute';
import type { ChannelRegistration, ChannelRegistry, ReferenceLike } from './channelRegistry';
import type { DirectChats } from './directChats';
import type { EventNotice, EventPublisher } from './deskEvent';
import type { PostedCards, PostedCopy } from './postedCards';

export interface ApprovalDeliveryDependencies {
  publisher: EventPublisher;
  postedCards: PostedCards;
  registry: ChannelRegistry;
  directChats: DirectChats;
  store: RecordStore;
  /** The roles file's members (approvers are found among them with services/access/policy.ts). */
  members: () => readonly Member[];
  logger: Logger;
}

/** The subject under which the requester's own card is kept in PostedCards. */
const requesterSubject = (requestId: string) => `requester:${requestId}`;

export class ApprovalDelivery {
  private readonly routes: Repository<ApprovalRoute>;

  constructor(private readonly deps: ApprovalDeliveryDependencies) {
    this.routes = new Repository(deps.store, 'approvalRoute', approvalRouteSchema);
  }

  routeOf(requestId: string): Promise<ApprovalRoute | undefined> {
    return this.routes.get(requestId).then((record) => record?.value);
  }

  /** The approvers of a request: the roles file's, without its requester. */
  approversOf(request: RemovalRequest): Member[] {
    return approversAmong(this.deps.members()).filter((member) => !sameActor(member, request.requestedBy));
  }

  /** A new request: posted to the approvals channels, else sent to each approver's 1:1 chat. */
  async deliver(request: RemovalRequest): Promise<ApprovalRoute> {
    const { publisher, postedCards, registry } = this.deps;
    const notice = { card: 'approval', request } as const;
    const dedupeKey = `approval:${request.id}`;
    const approvers = this.approversOf(request);
    const channels = await registry.list('events');
    const route: ApprovalRoute = {
      channels: channels.map((channel) => channel.registeredBy.name),
      people: [],
      unreachable: [],
      approvers: approvers.map((approver) => approver.name),
    };
    if (channels.length > 0) {
      await postedCards.add(
        request.id,
        await publisher.publish({ send: 'post', purpose: 'events', dedupeKey, notice }),
      );
    } else {
      const via = await this.referenceNear(request);
      for (const approver of approvers) {
        const reached = await this.deps.directChats.reach(approver, via);
        if (!reached.ok) {
          route.unreachable.push(approver.name);
          continue;
        }
        const copies = await publisher.publish({
          send: 'direct',
          conversationKey: reached.registration.key,
          dedupeKey,
          notice,
        });
        await postedCards.add(request.id, copies);
        route.people.push(approver.name);
      }
      if (route.people.length === 0)
        this.deps.logger.warn(
          { requestId: request.id, approvers: approvers.length },
          'removal request reached no approver: no approvals channel and no approver chat',
        );
    }
    await this.routes.update(request.id, () => route);
    return route;
  }

  /** A channel now runs `notify here`: the approval card of every pending request is posted there. */
  async channelRegistered(channel: ChannelRegistration, pending: RemovalRequest[]): Promise<void> {
    for (const request of pending) {
      const copies = await this.deps.publisher.publish({
        send: 'direct',
        conversationKey: channel.key,
        dedupeKey: `approval:${request.id}`,
        notice: { card: 'approval', request },
      });
      await this.deps.postedCards.add(request.id, copies);
      const route = await this.routes.update(request.id, (current) => ({
        ...(current ?? { people: [], unreachable: [], approvers: [] }),
        channels: [...(current?.channels ?? []), channel.registeredBy.name],
      }));
      this.deps.logger.info({ requestId: request.id }, 'pending removal request posted to a new channel');
      await this.updateRequesterCard(request, route?.value, `channel:${channel.key}`);
    }
  }

  /**
   * Keeps the requester's card (the message their request was made in) so each change replaces it.
   * The conversation is kept as a `direct` one unless it is known already.
   */
  async followRequester(
    request: RemovalRequest,
    reference: ReferenceLike,
    activityId: string,
    locale: string,
  ): Promise<void> {
    const { registry } = this.deps;
    const conversationId = reference.conversation?.id;
    if (!conversationId) return;
    const known = await registry.get(conversationId);
    const registration =
      known ??
      (await registry.register(
        reference,
        'direct',
        {
          name: request.requestedBy.name,
          userId: request.requestedBy.userId,
          aadObjectId: request.requestedBy.aadObjectId,
        },
        locale,
      ));
    await this.deps.postedCards.add(requesterSubject(request.id), [
      { conversationKey: registration.key, activityId },
    ]);
  }

  /** After a transition: the requester's card shows it; a result also arrives as a message. */
  async tellRequester(
    request: RemovalRequest,
    event: { dedupeKey: string; event: EventNotice } | undefined,
  ): Promise<void> {
    await this.updateRequesterCard(request, await this.routeOf(request.id));
    if (!event || request.state === 'cancelled' || request.state === 'approved') return;
    const where = await this.requesterConversation(request);
    if (!where) return;
    await this.deps.publisher.publish({
      send: 'direct',
      conversationKey: where,
      dedupeKey: `requester:${event.dedupeKey}`,
      notice: { card: 'event', event: event.event },
    });
  }

  private async updateRequesterCard(
    request: RemovalRequest,
    route: ApprovalRoute | undefined,
    why = `${request.state}:${request.approvals.length}:${request.execution?.attempts ?? 0}`,
  ): Promise<void> {
    const copies: PostedCopy[] = await this.deps.postedCards.list(requesterSubject(request.id));
    if (copies.length === 0) return;
    await this.deps.publisher.publish({
      send: 'update',
      copies,
      dedupeKey: `requested:${request.id}:${why}`,
      notice: { card: 'requested', request, route, approvers: this.approversOf(request).map((a) => a.name) },
    });
  }

  /** The requester's 1:1 chat, else the conversation of their card. */
  private async requesterConversation(request: RemovalRequest): Promise<string | undefined> {
    const chat = await this.deps.directChats.chatOf(request.requestedBy);
    if (chat) return chat.key;
    return (await this.deps.postedCards.list(requesterSubject(request.id)))[0]?.conversationKey;
  }

  /** A conversation in the requester's tenant to open approvers' chats through. */
  private async referenceNear(request: RemovalRequest) {
    const own = await this.deps.directChats.chatOf(request.requestedBy);
    if (own) return own.reference;
    const tenant = (await this.deps.registry.list())[0];
    return tenant?.reference;
  }
}
