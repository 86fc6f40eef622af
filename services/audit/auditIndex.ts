/**
 * Which audit trails exist, and which had entries on a given day, so that `audit:verify` walks every
 * trail and an export of a period reads only the trails of its days, without listing store keys (the
 * RecordStore cannot). Two kinds of index record, each a set of trail ids kept with compare-and-set:
 * `auditTrails/all` (every trail) and `auditDays/<yyyy-mm-dd>` (the trails with an entry that UTC day).
 *
 * A trail is noted before its entry is appended, so the index is never behind the trails (at worst it
 * names a trail whose append then failed, which reads as no entry). A trail is written to an index once
 * per day at most: this process remembers what it noted. Trails last written before the index existed
 * are found once they get a new entry.
 */
import { z } from 'zod';
import type { RecordStore } from '../store/recordStore';
import { RecordConflictError, Repository } from '../store/repository';

const setSchema = z.object({ ids: z.array(z.string()) });
const ALL = 'all';
/** Notes remembered by this process before it forgets them all (they are only a saving). */
const MEMORY = 20_000;

/** The UTC day of an ISO time, yyyy-mm-dd. */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

export class AuditIndex {
  private readonly trails: Repository<z.infer<typeof setSchema>>;
  private readonly days: Repository<z.infer<typeof setSchema>>;
  private readonly noted = new Set<string>();

  constructor(store: RecordStore) {
    this.trails = new Repository(store, 'auditTrails', setSchema);
    this.days = new Repository(store, 'auditDays', setSchema);
  }

  /** Records that `trailId` gets an entry at `at` (ISO time). */
  async note(trailId: string, at: string): Promise<void> {
    const day = dayOf(at);
    if (!this.noted.has(`*|${trailId}`)) {
      await add(this.trails, ALL, trailId);
      this.remember(`*|${trailId}`);
    }
    if (!this.noted.has(`${day}|${trailId}`)) {
      await add(this.days, day, trailId);
      this.remember(`${day}|${trailId}`);
    }
  }

  /** Every trail id noted, in the order first noted. */
  async all(): Promise<string[]> {
    return (await this.trails.get(ALL))?.value.ids ?? [];
  }

  /** The trails with an entry on a UTC day (yyyy-mm-dd). */
  async on(day: string): Promise<string[]> {
    return (await this.days.get(day))?.value.ids ?? [];
  }

  private remember(key: string): void {
    if (this.noted.size >= MEMORY) this.noted.clear();
    this.noted.add(key);
  }
}

/**
 * Adds `member` to the set `id` with compare-and-set, trying again (after a short random pause, so
 * writers noting many trails at once spread out) while someone else wrote first.
 */
async function add(repository: Repository<{ ids: string[] }>, id: string, member: string): Promise<void> {
  await casLoop(
    async () => {
      const current = await repository.get(id);
      if (current?.value.ids.includes(member)) return true;
      const next = { ids: [...(current?.value.ids ?? []), member] };
      return (await repository.replace(id, current?.etag ?? null, next)).ok;
    },
    repository.collection,
    id,
  );
}

/** Runs `attempt` until it answers true, pausing a little longer after each conflict. */
export async function casLoop(
  attempt: () => Promise<boolean>,
  collection: string,
  id: string,
  maxAttempts = 60,
): Promise<void> {
  for (let tries = 1; tries <= maxAttempts; tries++) {
    if (await attempt()) return;
    await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(tries, 10) * 3));
  }
  throw new RecordConflictError(collection, id, undefined);
}
