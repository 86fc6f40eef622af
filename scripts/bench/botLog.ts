/** The bot's JSON log lines on its stdout, awaited by message (the bench learns when a load ends from the bot's own word). */
import type { ChildProcess } from 'node:child_process';

/** Keeps the `listening` and `customer list loaded` lines. */
export class BotLog {
  private readonly seen: Record<string, unknown>[] = [];
  private readonly waiters: { msg: string; nth: number; resolve: (line: Record<string, unknown>) => void }[] =
    [];
  private buffer = '';

  constructor(proc: ChildProcess) {
    proc.stdout?.on('data', (chunk: Buffer) => {
      this.buffer += chunk.toString();
      let end: number;
      while ((end = this.buffer.indexOf('\n')) >= 0) {
        const line = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 1);
        if (line.includes('"msg":"customer list loaded"') || line.includes('"msg":"listening"'))
          this.add(JSON.parse(line) as Record<string, unknown>);
      }
    });
  }

  /** The `nth` (1-based) line with this message. */
  wait(msg: string, nth: number, timeoutMs: number): Promise<Record<string, unknown>> {
    const found = this.seen.filter((line) => line.msg === msg)[nth - 1];
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no "${msg}" #${nth} within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.waiters.push({
        msg,
        nth,
        resolve: (line) => {
          clearTimeout(timer);
          resolve(line);
        },
      });
    });
  }

  private add(line: Record<string, unknown>) {
    this.seen.push(line);
    const count = this.seen.filter((seen) => seen.msg === line.msg).length;
    for (const waiter of this.waiters.filter((w) => w.msg === line.msg && w.nth === count)) {
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve(line);
    }
  }
}
