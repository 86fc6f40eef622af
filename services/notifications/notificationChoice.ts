/**
 * `notify here`, `notify here provider`, `notify off`: a member with the `notify` permission
 * (services/access/policy.ts) chooses the Teams channel or group chat that receives the notifications.
 * Refused first for the role, then for a conversation that is not a channel or group chat.
 */
import type { Member } from '../access/partnerRoles';
import { refusalWithout } from '../access/policy';
import type { Outcome } from '../relationships/refusal';
import type { ChannelRegistry, NotificationPurpose, ReferenceLike, RegisteredBy } from './channelRegistry';

export type NotificationChoice = 'here' | 'hereProvider' | 'off';

export async function chooseNotificationChannel(
  registry: ChannelRegistry,
  member: Member | undefined,
  choice: NotificationChoice,
  conversation: { reference: ReferenceLike; registeredBy: RegisteredBy; locale: string },
): Promise<Outcome<{ purpose?: NotificationPurpose }> | { ok: false; reason: 'notChannel' }> {
  const notAllowed = refusalWithout(member, 'notify');
  if (notAllowed) return notAllowed;
  const { reference } = conversation;
  const type = reference.conversation?.conversationType;
  if (type !== 'channel' && type !== 'groupChat') return { ok: false, reason: 'notChannel' };
  if (choice === 'off') {
    await registry.unregister(reference.conversation?.id ?? '');
    return { ok: true };
  }
  const purpose = choice === 'hereProvider' ? 'provider' : 'events';
  await registry.register(reference, purpose, conversation.registeredBy, conversation.locale);
  return { ok: true, purpose };
}
