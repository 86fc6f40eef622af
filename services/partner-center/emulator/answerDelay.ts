/**
 * The sandbox's answer delay (SANDBOX_DELAY_MS, SANDBOX_DELAY_JITTER_MS): every Partner Center and Graph
 * call to the emulator is answered after `ms` ± `jitterMs` (uniform), each call on its own, so calls
 * made at the same time wait together and calls made one after another add up, as against the real
 * service. For feeling and measuring what a partner waits for; sandbox only (config.ts refuses it live).
 */
export interface AnswerDelay {
  /** Mean delay per call, in ms. */
  ms: number;
  /** Each call's delay is drawn uniformly in [ms − jitterMs, ms + jitterMs]; at most `ms`. */
  jitterMs: number;
}

/** Longest delay accepted (a minute per call is already far slower than Partner Center). */
export const MAX_ANSWER_DELAY_MS = 60_000;

/** One call's delay in ms (0 without a delay). */
export function drawAnswerDelay(delay: AnswerDelay | undefined, random: () => number = Math.random): number {
  if (!delay || delay.ms <= 0) return 0;
  const jitter = Math.min(delay.jitterMs, delay.ms);
  return Math.max(0, Math.round(delay.ms - jitter + 2 * jitter * random()));
}
