/**
 * Invitations to a reseller relationship (docs/partner-center.md §5): the partner gets an
 * e-mail draft carrying its personalized link, may edit it, and on Done the link is checked to be
 * still there and unchanged. Done records the invitation as sent (who, when, for whom, with the
 * provider or not), which is what acceptance is later matched against.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Member } from '../access/partnerRoles';
import { isIndirectReseller, refusalWithout } from '../access/policy';
import { actorSchema, type Actor } from '../audit/actor';
import { PARTNER_AUDIT_KEY, type AuditLog } from '../audit/auditLog';
import type { PartnerCenterClient } from '../partner-center';
import type { RecordStore } from '../store/recordStore';
import { Repository } from '../store/repository';
import type { CustomerDirectory } from './customerDirectory';
import { checkInvitationLink, withIndirectProvider, type LinkCheck } from './invitationLink';
import { readIndirectProviders, type PartnerContext } from './partnerContext';
import { refuse, type Outcome } from './refusal';

export type InvitationRequest =
  | { kind: 'existing'; customerId: string }
  | { kind: 'new' }
  /** `providerId`: the indirect provider the reseller chose (needed when it has several). */
  | { kind: 'newWithProvider'; providerId?: string };

const targetSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('existing'),
    customerId: z.string(),
    customerName: z.string(),
    /** Partner Center (E2) says the customer already has a reseller relationship with us. */
    alreadyReseller: z.boolean().optional(),
  }),
  z.object({ kind: z.literal('new') }),
  z.object({ kind: z.literal('newWithProvider'), providerId: z.string(), providerName: z.string() }),
]);
export type InvitationTarget = z.infer<typeof targetSchema>;

const invitationSchema = z.object({
  id: z.string(),
  target: targetSchema,
  url: z.string(),
  unofficialUrl: z.boolean(),
  subject: z.string(),
  body: z.string(),
  createdBy: actorSchema,
  createdAt: z.string(),
  status: z.enum(['draft', 'sent']),
  sentBy: actorSchema.optional(),
  sentAt: z.string().optional(),
});
export type Invitation = z.infer<typeof invitationSchema>;

export type Composer = (input: { url: string; partnerName: string; target: InvitationTarget }) => {
  subject: string;
  body: string;
};

export interface InvitationServiceDependencies {
  client: PartnerCenterClient;
  store: RecordStore;
  audit: AuditLog;
  partner: PartnerContext;
  directory: CustomerDirectory;
  now?: () => Date;
}

const MAX_BODY_LENGTH = 10_000;

/** Told of an invitation a Done found recorded as sent; a failure reaches the caller of `complete`. */
export type InvitationRecordedListener = (invitation: Invitation) => Promise<void>;

export class InvitationService {
  private readonly invitations: Repository<Invitation>;
  private readonly now: () => Date;
  private readonly recordedListeners: InvitationRecordedListener[] = [];

  constructor(private readonly deps: InvitationServiceDependencies) {
    this.invitations = new Repository(deps.store, 'invitations', invitationSchema);
    this.now = deps.now ?? (() => new Date());
  }

  onRecorded(listener: InvitationRecordedListener): void {
    this.recordedListeners.push(listener);
  }

  async draft(
    actor: Actor,
    member: Member | undefined,
    request: InvitationRequest,
    compose: Composer,
  ): Promise<Outcome<{ invitation: Invitation }>> {
    const notAllowed = refusalWithout(member, 'invite');
    if (notAllowed) return notAllowed;
    const target = await this.resolveTarget(request);
    if (!target.ok) return target;
    const link = await this.link(target.target);
    const text = compose({
      url: link.url,
      partnerName: this.deps.partner.profile.companyName,
      target: target.target,
    });
    const invitation: Invitation = {
      id: randomUUID(),
      target: target.target,
      url: link.url,
      unofficialUrl: link.unofficial,
      subject: text.subject,
      body: text.body,
      createdBy: actor,
      createdAt: this.now().toISOString(),
      status: 'draft',
    };
    await this.invitations.create(invitation.id, invitation);
    await this.deps.audit.append(auditKey(invitation.target), {
      actor,
      action: 'invitation.drafted',
      detail: {
        invitationId: invitation.id,
        target: invitation.target.kind,
        unofficialUrl: invitation.unofficialUrl,
      },
    });
    return { ok: true, invitation };
  }

  /**
   * Done: keeps the edited text and records the invitation as sent when the link is intact. A broken
   * link gives `check` ≠ 'ok' and the draft (with the edit) stays a draft. Each Done that finds the
   * invitation sent (a repeated one too) tells the `onRecorded` listeners.
   */
  async complete(
    actor: Actor,
    member: Member | undefined,
    invitationId: string,
    editedBody: string,
  ): Promise<Outcome<{ invitation: Invitation; check: LinkCheck }>> {
    const outcome = await this.record(actor, member, invitationId, editedBody);
    if (outcome.ok && outcome.check === 'ok' && outcome.invitation.status === 'sent') {
      for (const listener of this.recordedListeners) await listener(outcome.invitation);
    }
    return outcome;
  }

  /**
   * Keeps the edited text on a draft without recording it as sent, so the card's mail button can carry
   * it; `check` says whether the link is still intact. A sent invitation keeps its text.
   */
  async keepEdit(
    member: Member | undefined,
    invitationId: string,
    editedBody: string,
  ): Promise<Outcome<{ invitation: Invitation; check: LinkCheck }>> {
    return this.write(member, invitationId, editedBody, () => undefined);
  }

  private async record(
    actor: Actor,
    member: Member | undefined,
    invitationId: string,
    editedBody: string,
  ): Promise<Outcome<{ invitation: Invitation; check: LinkCheck }>> {
    const outcome = await this.write(member, invitationId, editedBody, () => ({
      status: 'sent',
      sentBy: actor,
      sentAt: this.now().toISOString(),
    }));
    if (outcome.ok && outcome.written && outcome.check === 'ok') {
      const next = outcome.invitation;
      await this.deps.audit.append(auditKey(next.target), {
        actor,
        action: 'invitation.recorded',
        detail: {
          invitationId,
          target: next.target.kind,
          withProvider: next.target.kind === 'newWithProvider',
        },
      });
    }
    return outcome;
  }

  /** Writes the edited body on a draft, and `whenIntact`'s fields when the link is intact. */
  private async write(
    member: Member | undefined,
    invitationId: string,
    editedBody: string,
    whenIntact: () => Pick<Invitation, 'status' | 'sentBy' | 'sentAt'> | undefined,
  ): Promise<Outcome<{ invitation: Invitation; check: LinkCheck; written?: boolean }>> {
    const notAllowed = refusalWithout(member, 'invite');
    if (notAllowed) return notAllowed;
    const current = await this.invitations.get(invitationId);
    if (!current) return refuse({ reason: 'notFound' });
    if (current.value.status === 'sent') return { ok: true, invitation: current.value, check: 'ok' };
    const body = editedBody.slice(0, MAX_BODY_LENGTH);
    const check = checkInvitationLink(body, current.value.url);
    const next: Invitation = { ...current.value, body, ...(check === 'ok' ? whenIntact() : {}) };
    const written = await this.invitations.replace(invitationId, current.etag, next);
    // Someone pressed Done on the same draft at the same moment: theirs stands.
    if (!written.ok)
      return written.current
        ? { ok: true, invitation: written.current.value, check: 'ok' }
        : refuse({ reason: 'stale' });
    return { ok: true, invitation: next, check, written: true };
  }

  async get(invitationId: string): Promise<Invitation | undefined> {
    return (await this.invitations.get(invitationId))?.value;
  }

  private async resolveTarget(request: InvitationRequest): Promise<Outcome<{ target: InvitationTarget }>> {
    switch (request.kind) {
      case 'existing': {
        const customer = await this.deps.directory.byId(request.customerId);
        if (!customer) return refuse({ reason: 'notFound' });
        const read = await this.deps.client.getCustomer({ correlationId: randomUUID() }, customer.id);
        return {
          ok: true,
          target: {
            kind: 'existing',
            customerId: customer.id,
            customerName: customer.name,
            alreadyReseller: read.relationshipToPartner === 'reseller',
          },
        };
      }
      case 'new':
        return { ok: true, target: { kind: 'new' } };
      case 'newWithProvider': {
        if (!isIndirectReseller(this.deps.partner.profile)) return refuse({ reason: 'resellerOnly' });
        // Read now (E7), so a provider added since the start counts and a refusal reaches the user.
        const providers = await readIndirectProviders(this.deps.client);
        this.deps.partner.providers = providers;
        if (providers.length === 0) return refuse({ reason: 'noProvider' });
        const provider =
          providers.length === 1 && request.providerId === undefined
            ? providers[0]
            : providers.find((p) => p.id === request.providerId);
        if (!provider) {
          return refuse({
            reason: 'chooseProvider',
            providers: providers.map((p) => ({ id: p.id, name: p.name ?? p.id })),
          });
        }
        return {
          ok: true,
          target: {
            kind: 'newWithProvider',
            providerId: provider.id,
            providerName: provider.name ?? provider.id,
          },
        };
      }
    }
  }

  /**
   * Partner Center's own link (E3) for everyone; for an invitation with the provider, the reseller's
   * link naming the chosen provider in `indirectCSPId` (docs/partner-center.md §5).
   */
  private async link(target: InvitationTarget): Promise<{ url: string; unofficial: boolean }> {
    const request = await this.deps.client.getRelationshipRequest({ correlationId: randomUUID() });
    if (target.kind !== 'newWithProvider') return { url: request.url, unofficial: false };
    return withIndirectProvider(request.url, target.providerId);
  }
}

function auditKey(target: InvitationTarget): string {
  return target.kind === 'existing' ? target.customerId : PARTNER_AUDIT_KEY;
}
