/**
 * Fault injection for tests and benchmarks, per route (or '*' for all): random 429s (with
 * Retry-After) and 500s, added latency, requests that never get an answer (timeouts), and a
 * deterministic queue of faults for the next requests (what contract tests use), which may also be
 * a given Partner Center error answer, and held routes: their requests wait until the caller releases
 * them (a slow call whose end a test decides, instead of a latency it must guess). Graph routes answer the same faults in Graph's shapes (a 429
 * or 503 with `Retry-After`, Graph's error body; emulatorServer.ts).
 *
 * A faulted request has no effect on the tenant.
 */
export type RouteName =
  | 'listCustomers'
  | 'getCustomer'
  | 'updateCustomer'
  | 'relationshipRequest'
  | 'customerRelationships'
  | 'partnerRelationships'
  | 'listSubscriptions'
  | 'getSubscription'
  | 'updateSubscription'
  | 'getOrder'
  | 'updateOrder'
  | 'listEntitlements'
  // Microsoft Graph (GDAP), under /graph/v1.0
  | 'listGdapRelationships'
  | 'getGdapRelationship'
  | 'listGdapAccessAssignments'
  | 'createGdapRequest'
  | 'getGdapRequest';

/** An error answer: Partner Center's body (`code`, `description`), or Graph's (`code`, `message`) on Graph routes. */
export interface ErrorAnswer {
  status: number;
  code: number | string;
  description: string;
}

export type Fault = 429 | 500 | 503 | 'timeout' | ErrorAnswer;

export interface RouteFaults {
  /** Probability in [0, 1] of a 429. */
  rate429?: number;
  /** Retry-After sent with 429s (seconds; default 1), and with 503s on Graph routes when set. */
  retryAfterSeconds?: number;
  /** Probability in [0, 1] of a 500. */
  rate500?: number;
  /** Probability in [0, 1] of never answering (the client's timeout fires). */
  timeoutRate?: number;
  /** Added before every answer. */
  latencyMs?: number;
  /** Faults for the next requests, in order, before the random ones apply. */
  next?: Fault[];
}

export type FaultConfig = Partial<Record<RouteName | '*', RouteFaults>>;

export type FaultDecision =
  | { kind: 'none' }
  | { kind: 'status'; status: 429 | 500 | 503; retryAfterSeconds?: number }
  | { kind: 'error'; answer: ErrorAnswer }
  | { kind: 'timeout' };

/** A held route (`FaultInjector.hold`). */
export interface HeldRoute {
  /** Resolves when the first request to the route has arrived and is waiting. */
  readonly arrived: Promise<void>;
  /** Requests waiting so far, and those still to come, go on. */
  release(): void;
}

export class FaultInjector {
  private config: FaultConfig;
  private readonly holds = new Map<RouteName, { arrive(): void; released: Promise<void>; release(): void }>();

  constructor(
    config: FaultConfig = {},
    private readonly random: () => number = Math.random,
  ) {
    this.config = structuredClone(config);
  }

  /** Replaces the faults of one route ('*' = every route). */
  set(route: RouteName | '*', faults: RouteFaults | undefined): void {
    if (faults === undefined) delete this.config[route];
    else this.config[route] = structuredClone(faults);
  }

  /** Removes every fault and releases every held route. */
  clear(): void {
    this.config = {};
    for (const hold of [...this.holds.values()]) hold.release();
  }

  /** Requests to `route` wait (before any other fault applies) until `release()`. */
  hold(route: RouteName): HeldRoute {
    this.holds.get(route)?.release();
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const hold = {
      arrive,
      released,
      release: () => {
        if (this.holds.get(route) === hold) this.holds.delete(route);
        release();
      },
    };
    this.holds.set(route, hold);
    return { arrived, release: hold.release };
  }

  /** Waits while `route` is held (resolves at once otherwise). */
  async waitWhileHeld(route: RouteName): Promise<void> {
    const hold = this.holds.get(route);
    if (!hold) return;
    hold.arrive();
    await hold.released;
  }

  latencyFor(route: RouteName): number {
    return (this.config[route]?.latencyMs ?? 0) + (this.config['*']?.latencyMs ?? 0);
  }

  decide(route: RouteName): FaultDecision {
    for (const faults of [this.config[route], this.config['*']]) {
      if (!faults) continue;
      const queued = faults.next?.shift();
      if (queued !== undefined) return this.toDecision(queued, faults);
      if (faults.timeoutRate && this.random() < faults.timeoutRate) return { kind: 'timeout' };
      if (faults.rate429 && this.random() < faults.rate429) return this.toDecision(429, faults);
      if (faults.rate500 && this.random() < faults.rate500) return this.toDecision(500, faults);
    }
    return { kind: 'none' };
  }

  private toDecision(fault: Fault, faults: RouteFaults): FaultDecision {
    if (fault === 'timeout') return { kind: 'timeout' };
    if (typeof fault === 'object') return { kind: 'error', answer: fault };
    if (fault === 429)
      return { kind: 'status', status: 429, retryAfterSeconds: faults.retryAfterSeconds ?? 1 };
    return fault === 503 && faults.retryAfterSeconds !== undefined
      ? { kind: 'status', status: 503, retryAfterSeconds: faults.retryAfterSeconds }
      : { kind: 'status', status: fault };
  }
}
