/** A resource every test of a `describe` gets fresh: opened before each test, closed after it. */

/**
 * Opens `open()` before each test of the enclosing `describe` and closes it after that test. The
 * returned function gives the running test's one.
 */
export function eachTest<T extends { close(): unknown }>(open: () => Promise<T>): () => T {
  let current: T | undefined;
  beforeEach(async () => {
    current = await open();
  });
  afterEach(async () => {
    const opened = current;
    current = undefined;
    await opened?.close();
  });
  return () => {
    if (!current) throw new Error('eachTest: used outside a running test');
    return current;
  };
}
