/** `gdap`: the GDAP health card, as the GDAP health service answers this member. */
import type { AdaptiveCardJson } from '../../cards/cardTemplate';
import { buildGdapHealthCard } from '../../cards/gdapHealthCard';
import { refusalCard } from './notices';
import type { FlowDependencies, Turn } from './turn';

export async function gdapHealthCard(deps: FlowDependencies, turn: Turn): Promise<AdaptiveCardJson> {
  const result = await deps.services.gdapHealth.report(turn.member);
  if (!result.ok) return refusalCard(turn, result);
  return buildGdapHealthCard({ locale: turn.locale, health: result.health });
}
