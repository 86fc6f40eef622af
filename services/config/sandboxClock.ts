/**
 * The sandbox clock (SANDBOX_NOW): the time the sandbox Partner Center and the bot's services both
 * see, starting at the given instant and advancing with the real clock, so a plan can be shown end to
 * end — file and approve today, restart on the same store at a later SANDBOX_NOW, see it executed.
 * Operational timing (leases, the outbox, rate limits) keeps the real clock.
 */
export function sandboxClock(start: Date, realNow: () => number = Date.now): () => Date {
  const offset = start.getTime() - realNow();
  return () => new Date(realNow() + offset);
}
