/**
 * The workflow's background work in this process: an approved request is executed right after the
 * approval (after the card click has been answered, never inside it; the claim to execute is a
 * compare-and-set, so one replica runs it), and `runSweep` — expiry, resuming approved and executing
 * requests, retries, plus the periodic extra work (re-reading the customer list) every Nth sweep. The
 * caller runs `runSweep` on a timer under a lease, so one replica sweeps at a time (bot/startBot.ts).
 * `stop` waits for work in progress.
 */
import type { Logger } from '../logging/logger';
import type { RemovalWorkflow } from './removalWorkflow';

export interface WorkflowSchedulerOptions {
  workflow: RemovalWorkflow;
  logger: Logger;
  /** Extra periodic work (e.g. polling the customer list), run after a sweep. */
  periodic?: () => Promise<void>;
  /** Run `periodic` only every Nth sweep (default 15: every 15 minutes with one sweep a minute). */
  periodicEvery?: number;
}

export class WorkflowScheduler {
  private readonly inFlight = new Set<Promise<unknown>>();
  private sweeps = 0;
  private stopped = false;
  private runs = 0;

  constructor(private readonly options: WorkflowSchedulerOptions) {
    options.workflow.onTransition((request) => {
      if (request.state === 'approved' && !this.stopped)
        void this.track(() => options.workflow.execute(request.id, { whenDue: true }));
      return Promise.resolve();
    });
  }

  /** One sweep (and, every Nth time, the periodic work). Failures are logged. */
  runSweep(): Promise<unknown> {
    return this.track(async () => {
      await this.options.workflow.sweep();
      const every = this.options.periodicEvery ?? 15;
      if (this.options.periodic && this.sweeps % every === 0) await this.options.periodic();
      this.sweeps++;
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.allSettled([...this.inFlight]);
  }

  /** Waits for the work started so far (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** Work running now (an execution, a sweep). */
  get busy(): boolean {
    return this.inFlight.size > 0;
  }

  /** Pieces of work started since this scheduler was made: a change means new work began. */
  get started(): number {
    return this.runs;
  }

  private track(work: () => Promise<unknown>): Promise<unknown> {
    this.runs++;
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
