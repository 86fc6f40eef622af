/**
 * Teams throttling for proactive messages, enforced before every send.
 *
 * Documented limits per bot: per conversation 7 messages / 1 s, 8 / 2 s, 60 / 30 s, 1800 / 3600 s; per
 * tenant about 50 requests / s across conversations. Each rule is enforced as a *sliding window* (the
 * times of the recent sends are kept, at most `limit` per rule): a classic token bucket with
 * capacity = limit and refill = limit / window lets up to twice the limit through in one window, which
 * is exactly what Teams answers with 429. A decision is all-or-nothing: a send is allowed only when
 * every rule of the conversation and of the tenant allows it, and only then is it counted.
 *
 * When a send counts: Teams counts a message when the request arrives, which is somewhere between the
 * moment we send it and the moment its answer comes back. A send is counted from `tryAcquire` on, and
 * once answered (`answered`) from the time of its answer instead: its slot then frees one window after
 * Teams' did at the latest, so sends that leave in a burst at the edge of a window never arrive inside it,
 * whatever the latency, without counting the tenant rule over a longer window than Teams does. A send
 * answered 429 was not taken by Teams: `release` gives its slot back, so throttled sends do not eat the
 * tenant's rate (the throttled conversation waits for its Retry-After on its own).
 *
 * The clock is injected so tests advance time instead of sleeping.
 */

export interface RateRule {
  /** At most `limit` sends … */
  limit: number;
  /** … within any `windowMs` milliseconds. */
  windowMs: number;
}

export interface RateLimits {
  perConversation: RateRule[];
  perTenant: RateRule[];
}

/** Teams' documented limits for a bot (learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit). */
export const TEAMS_RATE_LIMITS: RateLimits = {
  perConversation: [
    { limit: 7, windowMs: 1_000 },
    { limit: 8, windowMs: 2_000 },
    { limit: 60, windowMs: 30_000 },
    { limit: 1800, windowMs: 3_600_000 },
  ],
  perTenant: [{ limit: 50, windowMs: 1_000 }],
};

/** One allowed send, to hand back with `answered` or `release` when its answer comes. */
export interface RatePermit {
  readonly conversation: string;
  readonly tenant: string;
  /** The time the send is counted from until it is answered. */
  readonly at: number;
}

export type RateDecision =
  | { allowed: true; permit: RatePermit }
  | {
      allowed: false;
      /** Epoch ms at which the send would be allowed (if nothing else is sent meanwhile). */
      retryAt: number;
      /** Which scope refused: the conversation's rules or the tenant's. */
      scope: 'conversation' | 'tenant';
    };

/** Send times of one scope (a conversation or a tenant), one ring per rule, oldest first. */
class Windows {
  readonly sent: number[][];
  constructor(private readonly rules: RateRule[]) {
    this.sent = rules.map(() => []);
  }

  /** Earliest time a send is allowed (≤ now means now). */
  allowedAt(now: number): number {
    let at = now;
    this.rules.forEach((rule, i) => {
      const times = this.prune(i, now);
      if (times.length >= rule.limit) at = Math.max(at, times[times.length - rule.limit] + rule.windowMs);
    });
    return at;
  }

  record(now: number): void {
    this.rules.forEach((rule, i) => {
      const times = this.sent[i];
      insertInOrder(times, now);
      if (times.length > rule.limit) times.splice(0, times.length - rule.limit);
    });
  }

  /** Takes one send counted at `at` off every rule (if a rule still remembers it). */
  forget(at: number): void {
    for (const times of this.sent) {
      const index = times.lastIndexOf(at);
      if (index >= 0) times.splice(index, 1);
    }
  }

  /** True when no rule remembers a send that still counts at `now`. */
  idle(now: number): boolean {
    return this.rules.every((_, i) => this.prune(i, now).length === 0);
  }

  private prune(i: number, now: number): number[] {
    const times = this.sent[i];
    const windowMs = this.rules[i].windowMs;
    let drop = 0;
    while (drop < times.length && times[drop] + windowMs <= now) drop++;
    if (drop > 0) times.splice(0, drop);
    return times;
  }
}

export class RateLimiter {
  private readonly conversations = new Map<string, Windows>();
  private readonly tenants = new Map<string, Windows>();
  private acquisitions = 0;

  constructor(
    readonly limits: RateLimits = TEAMS_RATE_LIMITS,
    private readonly now: () => number = () => Date.now(),
  ) {
    for (const rule of [...limits.perConversation, ...limits.perTenant]) {
      if (!(rule.limit >= 1 && rule.windowMs > 0))
        throw new Error(`Invalid rate rule ${JSON.stringify(rule)}.`);
    }
  }

  /** Asks to send one message to `conversation` in `tenant`; counts it only when allowed. */
  tryAcquire(conversation: string, tenant: string): RateDecision {
    const now = this.now();
    const conv = this.windows(this.conversations, conversation, this.limits.perConversation);
    const ten = this.windows(this.tenants, tenant, this.limits.perTenant);
    const convAt = conv.allowedAt(now);
    const tenAt = ten.allowedAt(now);
    if (convAt > now || tenAt > now) {
      return convAt >= tenAt
        ? { allowed: false, retryAt: convAt, scope: 'conversation' }
        : { allowed: false, retryAt: tenAt, scope: 'tenant' };
    }
    conv.record(now);
    ten.record(now);
    if (++this.acquisitions % 256 === 0) this.evictIdle(now);
    return { allowed: true, permit: { conversation, tenant, at: now } };
  }

  /** The send of `permit` was answered (delivered, or refused other than by a 429): counted from now on. */
  answered(permit: RatePermit): void {
    const now = this.now();
    for (const windows of this.scopesOf(permit)) {
      windows.forget(permit.at);
      windows.record(Math.max(now, permit.at));
    }
  }

  /** The send of `permit` was answered 429: Teams did not take it, so it does not count. */
  release(permit: RatePermit): void {
    for (const windows of this.scopesOf(permit)) windows.forget(permit.at);
  }

  /** Number of scopes currently remembered (for tests and metrics). */
  get trackedScopes(): number {
    return this.conversations.size + this.tenants.size;
  }

  private scopesOf(permit: RatePermit): Windows[] {
    return [
      this.windows(this.conversations, permit.conversation, this.limits.perConversation),
      this.windows(this.tenants, permit.tenant, this.limits.perTenant),
    ];
  }

  private windows(map: Map<string, Windows>, key: string, rules: RateRule[]): Windows {
    let windows = map.get(key);
    if (!windows) {
      windows = new Windows(rules);
      map.set(key, windows);
    }
    return windows;
  }

  private evictIdle(now: number): void {
    for (const map of [this.conversations, this.tenants]) {
      for (const [key, windows] of map) if (windows.idle(now)) map.delete(key);
    }
  }
}

/** Inserts `value` into ascending `times`, after any equal values (a send is almost always the newest). */
function insertInOrder(times: number[], value: number): void {
  let index = times.length;
  while (index > 0 && times[index - 1] > value) index--;
  times.splice(index, 0, value);
}
