/**
 * Leases: "exactly one replica does this piece of background work", built only on
 * RecordStore.compareAndSet, so a lease is exactly as safe as the store's compare-and-set
 * (across replicas on a store with atomicity 'backend'; within one process otherwise).
 *
 * A lease is one record under `lease/<name>`: { holder, token, expiresAt (ms), acquiredAt }.
 *
 *   const lease = await acquireLease(store, 'expiry-sweep', replicaId, 30_000);
 *   if (lease) { …work…; lease = await renewLease(store, lease, 30_000); …; await releaseLease(store, lease); }
 *
 * - acquireLease: takes the lease when it is free, released, expired (expiresAt <= now), or already
 *   ours; returns undefined when another holder's lease is live. A holder that died simply stops
 *   renewing, and the lease can be taken once it expires.
 * - renewLease: extends our lease; undefined when it was lost (expired and taken by someone else).
 * - releaseLease: frees our lease at once (others need not wait for expiry); false if it was not ours.
 * - `fence` (the record version when acquired) grows with every acquisition; pass it along with
 *   writes the work makes if a stale holder must be told apart.
 * Expiry compares wall clocks of different machines: keep ttlMs far above any clock skew, and stop
 * work when a renew fails. `now` can be injected (tests).
 *
 *   const runner = new LeaseRunner({ store, name: 'notification-sender', holderId: replicaId,
 *     ttlMs: 30_000, intervalMs: 5_000, job: async (signal, lease) => { … } });
 *   runner.start();  …  await runner.stop();   // stop releases the lease
 *
 * LeaseRunner runs `job` every intervalMs only while it holds the lease, renewing it every
 * renewEveryMs (default ttlMs / 3) and trying to acquire it when it does not. A job's AbortSignal
 * fires when the lease is lost or the runner stops. Every runner of the same name competes; when
 * the holder dies, another acquires the lease within about ttlMs + renewEveryMs.
 */
import { randomBytes } from 'node:crypto';
import type { RecordStore } from './recordStore';

export interface LeaseValue {
  /** undefined when released. */
  holder?: string;
  /** New for every acquisition, so a holder recognises its own lease even after a lost reply. */
  token?: string;
  /** ms since the epoch; the lease is free from then on. */
  expiresAt: number;
  acquiredAt?: number;
}

export interface Lease {
  name: string;
  holderId: string;
  token: string;
  /** ms since the epoch, as written. */
  expiresAt: number;
  /** The record version when acquired: increases with every acquisition of this lease. */
  fence: number;
  /** etag of the lease record as last written by us. */
  etag: string;
}

export interface LeaseClock {
  /** ms since the epoch; Date.now by default. */
  now?: () => number;
}

export function leaseKey(name: string): string {
  return `lease/${name}`;
}

function isFree(value: LeaseValue | undefined, holderId: string, now: number): boolean {
  return !value?.holder || value.holder === holderId || value.expiresAt <= now;
}

/** Takes the lease if it is free, expired or ours; undefined when someone else holds it. */
export async function acquireLease(
  store: RecordStore,
  name: string,
  holderId: string,
  ttlMs: number,
  clock: LeaseClock = {},
): Promise<Lease | undefined> {
  const now = (clock.now ?? Date.now)();
  const key = leaseKey(name);
  const current = await store.get<LeaseValue>(key);
  if (!isFree(current?.value, holderId, now)) return undefined;
  const token = randomBytes(9).toString('base64url');
  const value: LeaseValue = { holder: holderId, token, expiresAt: now + ttlMs, acquiredAt: now };
  const result = await store.compareAndSet<LeaseValue>(key, current?.etag ?? null, value);
  if (!result.ok) return undefined;
  return {
    name,
    holderId,
    token,
    expiresAt: value.expiresAt,
    fence: result.record.version,
    etag: result.record.etag,
  };
}

/** Extends our lease to now + ttlMs; undefined when it is no longer ours. */
export async function renewLease(
  store: RecordStore,
  lease: Lease,
  ttlMs: number,
  clock: LeaseClock = {},
): Promise<Lease | undefined> {
  const now = (clock.now ?? Date.now)();
  const key = leaseKey(lease.name);
  let etag = lease.etag;
  for (let attempt = 0; attempt < 2; attempt++) {
    const value: LeaseValue = { holder: lease.holderId, token: lease.token, expiresAt: now + ttlMs };
    const result = await store.compareAndSet<LeaseValue>(key, etag, value);
    if (result.ok) return { ...lease, expiresAt: value.expiresAt, etag: result.record.etag };
    // Our last write may have landed without us seeing the reply: same token means still ours,
    // unless it expired meanwhile (then someone may legitimately have judged it free).
    const current = result.current?.value;
    if (current?.holder !== lease.holderId || current.token !== lease.token || current.expiresAt <= now)
      return undefined;
    etag = result.current!.etag;
  }
  return undefined;
}

/** Frees our lease now; false when it was not ours any more (nothing is changed then). */
export async function releaseLease(store: RecordStore, lease: Lease): Promise<boolean> {
  const key = leaseKey(lease.name);
  const current = await store.get<LeaseValue>(key);
  if (current?.value.holder !== lease.holderId || current.value.token !== lease.token) return false;
  const result = await store.compareAndSet<LeaseValue>(key, current.etag, { expiresAt: 0 });
  return result.ok;
}

/** Who holds a lease now (undefined when free, released or expired). */
export async function leaseHolder(
  store: RecordStore,
  name: string,
  clock: LeaseClock = {},
): Promise<string | undefined> {
  const value = (await store.get<LeaseValue>(leaseKey(name)))?.value;
  const now = (clock.now ?? Date.now)();
  return value?.holder && value.expiresAt > now ? value.holder : undefined;
}

export interface LeaseRunnerOptions extends LeaseClock {
  store: RecordStore;
  name: string;
  holderId: string;
  ttlMs: number;
  /** How often the job runs while the lease is held. */
  intervalMs: number;
  /** How often the lease is renewed (or acquisition tried); default ttlMs / 3. */
  renewEveryMs?: number;
  /** The work; `signal` aborts when the lease is lost or the runner stops. Not run concurrently with itself. */
  job: (signal: AbortSignal, lease: Lease) => Promise<void>;
  /** Failures of the job or of the store (the runner keeps going). */
  onError?: (error: unknown) => void;
  /** Called when this runner gains (true) or loses (false) the lease. */
  onLeaseChange?: (held: boolean) => void;
}

export class LeaseRunner {
  private lease: Lease | undefined;
  private leaseTimer: NodeJS.Timeout | undefined;
  private jobTimer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private abort: AbortController | undefined;
  private leaseStep: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly options: LeaseRunnerOptions) {}

  /** Whether this runner holds the lease (as far as it knows: until its expiresAt). */
  get holding(): boolean {
    return this.lease !== undefined && this.lease.expiresAt > this.now();
  }

  /** Starts the timers (unref'd: they do not keep the process alive). Tries to acquire at once. */
  start(): void {
    this.stopped = false;
    const renewEvery = this.options.renewEveryMs ?? Math.max(1, Math.floor(this.options.ttlMs / 3));
    void this.tickLease().then(() => this.tickJob());
    this.leaseTimer = setInterval(() => void this.tickLease(), renewEvery);
    this.jobTimer = setInterval(() => void this.tickJob(), this.options.intervalMs);
    this.leaseTimer.unref();
    this.jobTimer.unref();
  }

  /**
   * Stops the timers, aborts and awaits a running job, and releases the lease (unless
   * `release: false`, which is what a crash looks like to the others: they wait for expiry).
   */
  async stop({ release = true }: { release?: boolean } = {}): Promise<void> {
    this.stopped = true;
    clearInterval(this.leaseTimer);
    clearInterval(this.jobTimer);
    this.abort?.abort();
    await this.leaseStep;
    await this.running;
    const lease = this.lease;
    this.setLease(undefined);
    if (release && lease) await releaseLease(this.options.store, lease).catch((e) => this.reportError(e));
  }

  /** One lease step: renew when holding, otherwise try to acquire. The timers call it; tests may too. */
  tickLease(): Promise<void> {
    this.leaseStep ??= this.stepLease().finally(() => {
      this.leaseStep = undefined;
    });
    return this.leaseStep;
  }

  /** Runs the job once if the lease is held and the job is not already running. */
  async tickJob(): Promise<void> {
    if (this.stopped || this.running || !this.holding || !this.lease) return;
    const abort = new AbortController();
    this.abort = abort;
    this.running = this.options
      .job(abort.signal, this.lease)
      .catch((error) => this.reportError(error))
      .finally(() => {
        this.running = undefined;
      });
    await this.running;
  }

  private async stepLease(): Promise<void> {
    if (this.stopped) return;
    const { store, name, holderId, ttlMs } = this.options;
    const clock = { now: () => this.now() };
    try {
      const next = this.lease
        ? await renewLease(store, this.lease, ttlMs, clock)
        : await acquireLease(store, name, holderId, ttlMs, clock);
      if (this.stopped) {
        if (next && !this.lease) await releaseLease(store, next);
        return;
      }
      this.setLease(next);
    } catch (error) {
      this.reportError(error);
      // Unsure whether the renew landed: keep the lease only while it is surely still ours.
      if (this.lease && !this.holding) this.setLease(undefined);
    }
  }

  private setLease(next: Lease | undefined): void {
    const had = this.lease !== undefined;
    this.lease = next;
    if (!next) this.abort?.abort();
    if (had !== (next !== undefined)) this.options.onLeaseChange?.(next !== undefined);
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private reportError(error: unknown): void {
    this.options.onError?.(error);
  }
}
