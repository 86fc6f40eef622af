/**
 * Serializes async sections per key inside one process. This is what makes the keyv record store's
 * compare-and-set atomic — for a single process only (see recordStore.ts).
 */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(key: string, section: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const current = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => current);
    this.tails.set(key, tail);
    await previous;
    try {
      return await section();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** Number of keys with a section running or waiting (for tests and shutdown). */
  get size(): number {
    return this.tails.size;
  }
}
