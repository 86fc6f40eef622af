/** `notify here` / `notify here provider` / `notify off`: where the team wants Reseller Desk's notifications. */
import { TurnContext } from 'botbuilder';
import type { AdaptiveCardJson } from '../../cards/cardTemplate';
import { hasPermission } from '../../services/access/partnerRoles';
import type { NotifyAction } from '../commands/parseCommand';
import { helpCard } from './helpFlow';
import { notice, refusalCard } from './notices';
import type { FlowDependencies, Turn } from './turn';

export async function notifyCommand(
  deps: FlowDependencies,
  turn: Turn,
  context: TurnContext,
  action: NotifyAction,
  args: string,
): Promise<AdaptiveCardJson> {
  if (action === 'unknown') return helpCard(turn, deps.services.partner, `${args}`.trim() ? args : undefined);
  if (!hasPermission(turn.member, 'requestRemoval'))
    return refusalCard(turn, { reason: 'notAllowed', permission: 'requestRemoval' });
  const type = context.activity.conversation?.conversationType;
  if (type !== 'channel' && type !== 'groupChat') return notice(turn, { kind: 'notifyNeedsChannel' });
  if (action === 'off') {
    await deps.registry.unregister(context.activity.conversation.id);
    return notice(turn, { kind: 'notifyOff' });
  }
  const purpose = action === 'hereProvider' ? 'provider' : 'events';
  const reference = TurnContext.getConversationReference(context.activity);
  await deps.registry.register(
    reference,
    purpose,
    { name: turn.actor.name, userId: turn.actor.userId },
    turn.locale,
  );
  return notice(turn, { kind: 'notifyOn', purpose });
}
