/**
 * The two people most e2e suites need, each in their own Agents Playground on one bot: Alex (persona 0,
 * Sales agent, who asks) and Megan (persona 1, Admin agent, who approves), each in their 1:1 chat. The
 * first of them to start starts the bot; the other joins it. Registers the suite's before/after hooks.
 */
import { PlaygroundSession } from './playgroundSession';

export const ALEX_CHAT = 'personal-user-id-0';
export const MEGAN_CHAT = 'personal-user-id-1';

export interface TwoPersonas {
  readonly alex: PlaygroundSession;
  readonly megan: PlaygroundSession;
}

export function twoPersonas(
  ports: { bot: number; megan: number; alex: number },
  first: 'megan' | 'alex' = 'megan',
): TwoPersonas {
  const sessions: Partial<Record<'megan' | 'alex', PlaygroundSession>> = {};
  const order = first === 'megan' ? (['megan', 'alex'] as const) : (['alex', 'megan'] as const);
  before(async () => {
    for (const who of order) {
      const session = new PlaygroundSession({
        botPort: ports.bot,
        playgroundPort: ports[who],
        conversationId: who === 'megan' ? MEGAN_CHAT : ALEX_CHAT,
        persona: who === 'megan' ? 1 : 0,
        startBot: who === first,
      });
      sessions[who] = session;
      await session.start();
    }
  });
  after(async () => {
    for (const who of [...order].reverse()) await sessions[who]?.stop();
  });
  const started = (who: 'megan' | 'alex') => {
    const session = sessions[who];
    if (!session) throw new Error(`${who}'s Playground has not started`);
    return session;
  };
  return {
    get alex() {
      return started('alex');
    },
    get megan() {
      return started('megan');
    },
  };
}
