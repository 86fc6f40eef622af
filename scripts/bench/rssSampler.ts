/**
 * The RSS of another process, from /proc (Linux): VmRSS sampled every SAMPLE_MS, and each phase's peak from
 * VmHWM, the kernel's high-water mark, reset at the phase's start through /proc/<pid>/clear_refs, so a peak
 * between two samples is not missed. Reads nothing but /proc: the process is not asked anything.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export const SAMPLE_MS = 10;

export interface PhasePeak {
  /** VmHWM at the end of the phase (reset at its start), or the highest sample when it cannot be reset. */
  peakMb: number;
  /** The highest VmRSS sample in the phase. */
  sampledPeakMb: number;
}

const mb = (kb: number) => Math.round((kb / 1024) * 10) / 10;

/** RSS of a process from /proc: the current VmRSS and VmHWM, in kB. */
function readStatus(pid: number): { rssKb: number; hwmKb: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = /VmRSS:\s+(\d+)/.exec(status);
    const hwm = /VmHWM:\s+(\d+)/.exec(status);
    return rss && hwm ? { rssKb: Number(rss[1]), hwmKb: Number(hwm[1]) } : undefined;
  } catch {
    return undefined;
  }
}

/** Samples a process's RSS; `phase()` starts a new phase (peak reset) and returns the last one's peaks. */
export class RssSampler {
  readonly samples: { at: number; rssKb: number }[] = [];
  readonly exact: boolean;
  private phaseMaxKb = 0;
  private runMaxKb = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly pid: number) {
    this.exact = this.resetPeak();
    this.timer = setInterval(() => this.sample(), SAMPLE_MS);
  }

  sample(): number {
    const status = readStatus(this.pid);
    if (!status) return NaN;
    this.samples.push({ at: performance.now(), rssKb: status.rssKb });
    this.phaseMaxKb = Math.max(this.phaseMaxKb, status.rssKb);
    this.runMaxKb = Math.max(this.runMaxKb, status.rssKb);
    return status.rssKb;
  }

  /** The current RSS, MB. */
  now(): number {
    return mb(this.sample());
  }

  /** Ends the current phase: its peak (VmHWM since the last reset) and highest sample; resets both. */
  phase(): PhasePeak {
    this.sample();
    const hwm = readStatus(this.pid)?.hwmKb ?? NaN;
    const result = { peakMb: mb(this.exact ? hwm : this.phaseMaxKb), sampledPeakMb: mb(this.phaseMaxKb) };
    this.resetPeak();
    this.phaseMaxKb = 0;
    return result;
  }

  /** Samples over `ms` of idle: median, min and max, MB. */
  async window(ms: number): Promise<{ medianMb: number; minMb: number; maxMb: number }> {
    const from = this.samples.length;
    await new Promise((resolve) => setTimeout(resolve, ms));
    const values = this.samples
      .slice(from)
      .map((s) => s.rssKb)
      .sort((a, b) => a - b);
    return {
      medianMb: mb(values[Math.floor(values.length / 2)]),
      minMb: mb(values[0]),
      maxMb: mb(values[values.length - 1]),
    };
  }

  get runPeakMb(): number {
    return mb(this.runMaxKb);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Writing 5 to clear_refs resets VmHWM to the current RSS (Linux ≥ 4.0). */
  private resetPeak(): boolean {
    try {
      writeFileSync(`/proc/${this.pid}/clear_refs`, '5');
      return true;
    } catch {
      return false;
    }
  }
}
