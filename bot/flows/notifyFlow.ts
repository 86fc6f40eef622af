/** `notify here` / `notify here provider` / `notify off`: where the team wants Reseller Desk's notifications. */
import { TurnContext } from 'botbuilder';
import type { AdaptiveCardJson } from '../../cards/cardTemplate';
import { chooseNotificationChannel } from '../../services/notifications/notificationChoice';
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
  const result = await chooseNotificationChannel(deps.registry, turn.member, action, {
    reference: TurnContext.getConversationReference(context.activity),
    registeredBy: { name: turn.actor.name, userId: turn.actor.userId },
    locale: turn.locale,
  });
  if (!result.ok)
    return result.reason === 'notChannel'
      ? notice(turn, { kind: 'notifyNeedsChannel' })
      : refusalCard(turn, result);
  return result.purpose
    ? notice(turn, { kind: 'notifyOn', purpose: result.purpose })
    : notice(turn, { kind: 'notifyOff' });
}
