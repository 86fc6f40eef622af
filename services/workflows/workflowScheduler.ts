/**
 * Runs the workflow's background work in this process: an approved request is executed right after
 * the approval (after the card click has been answered, never inside it), and every `sweepMs` the
 * workflow sweeps (expiry, resume, retries) and the customer list is re-read to notice acceptances.
 * `stop` waits for work in progress. Several replicas need leases around this (a later issue).
 */
import type { Logger } from '../logging/logger';
import type { RemovalWorkflow } from './removalWorkflow';

export interface WorkflowSchedulerOptions {
  workflow: RemovalWorkflow;
  logger: Logger;
  /** Between sweeps (default 60 s). */
  sweepMs?: number;
  /** Extra periodic work (e.g. polling the customer list), run after each sweep. */
  periodic?: () => Promise<void>;
  /** Run `periodic` only every Nth sweep (default 15: every 15 minutes with 60 s sweeps). */
  periodicEvery?: number;
}

export class WorkflowScheduler {
  private timer?: NodeJS.Timeout;
  private readonly inFlight = new Set<Promise<unknown>>();
  private sweeps = 0;
  private stopped = false;

  constructor(private readonly options: WorkflowSchedulerOptions) {
    options.workflow.onTransition((request) => {
      if (request.state === 'approved' && !this.stopped)
        void this.track(() => options.workflow.execute(request.id));
      return Promise.resolve();
    });
  }

  /** First sweep at once (resumes work left by a previous process), then every `sweepMs`. */
  start(): void {
    this.stopped = false;
    this.tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await Promise.allSettled([...this.inFlight]);
  }

  /** Waits for the work started so far (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private tick(): void {
    if (this.stopped) return;
    void this.track(async () => {
      await this.options.workflow.sweep();
      const every = this.options.periodicEvery ?? 15;
      if (this.options.periodic && this.sweeps % every === 0) await this.options.periodic();
      this.sweeps++;
    }).finally(() => {
      if (!this.stopped) this.timer = setTimeout(() => this.tick(), this.options.sweepMs ?? 60_000);
    });
  }

  private track(work: () => Promise<unknown>): Promise<unknown> {
    // Deferred so it never runs inside the caller's turn.
    const run = new Promise<void>((resolve) => setImmediate(resolve)).then(work).catch((error: unknown) => {
      this.options.logger.error(
        { err: { message: (error as Error).message } },
        'background workflow work failed',
      );
    });
    this.inFlight.add(run);
    void run.finally(() => this.inFlight.delete(run));
    return run;
  }
}
