/** Invitation drafts: create one (E3 link or the reseller+provider link) and complete it on Done. */
import type { AdaptiveCardJson } from '../../cards/cardTemplate';
import { buildInvitationDraftCard, invitationTargetView } from '../../cards/invitationDraftCard';
import { composeInvitationEmail } from '../../cards/invitationEmail';
import type { InvitationDraftView } from '../../cards/views';
import type { Invitation, InvitationRequest } from '../../services/relationships/invitationService';
import type { LinkCheck } from '../../services/relationships/invitationLink';
import { refusalCard } from './notices';
import type { FlowDependencies, Turn } from './turn';

/** Who an invitation is for, as the cards show it. */
function draftView(turn: Turn, invitation: Invitation, check: LinkCheck = 'ok'): InvitationDraftView {
  return {
    locale: turn.locale,
    draftId: invitation.id,
    target: invitationTargetView(invitation.target),
    subject: invitation.subject,
    body: invitation.body,
    url: invitation.url,
    unofficialUrl: invitation.unofficialUrl,
    problem: check === 'ok' ? undefined : check,
    completed:
      invitation.status === 'sent' && invitation.sentBy && invitation.sentAt
        ? { by: invitation.sentBy.name, at: invitation.sentAt }
        : undefined,
  };
}

export async function startInvitation(
  deps: FlowDependencies,
  turn: Turn,
  request: InvitationRequest,
): Promise<AdaptiveCardJson> {
  const result = await deps.services.invitations.draft(turn.actor, turn.member, request, (input) =>
    composeInvitationEmail(turn.locale, {
      partnerName: input.partnerName,
      url: input.url,
      target: invitationTargetView(input.target),
    }),
  );
  if (!result.ok) return refusalCard(turn, result);
  return buildInvitationDraftCard(draftView(turn, result.invitation));
}

/**
 * Done records the invitation as sent (when the link is intact); `keepEdit` only keeps the edited
 * text, so the card comes back with a mail button that carries it.
 */
export async function completeInvitation(
  deps: FlowDependencies,
  turn: Turn,
  draftId: string,
  editedBody: string,
  step: 'done' | 'keepEdit' = 'done',
): Promise<AdaptiveCardJson> {
  const { invitations } = deps.services;
  const result =
    step === 'done'
      ? await invitations.complete(turn.actor, turn.member, draftId, editedBody)
      : await invitations.keepEdit(turn.member, draftId, editedBody);
  if (!result.ok) return refusalCard(turn, result);
  return buildInvitationDraftCard(draftView(turn, result.invitation, result.check));
}
