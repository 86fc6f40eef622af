/**
 * Keys as the backends store them. teams-ai builds keys such as
 * `msteams/28:<bot>/conversations/19:…@thread.tacv2;messageid=…`, which can exceed what an adapter
 * allows (@keyv/postgres: VARCHAR(255), namespace included). A key longer than the budget keeps a
 * readable head and ends with the SHA-256 of the whole key, so it stays unique and deterministic.
 */
import { createHash } from 'node:crypto';

/** Characters left for our key after keyv's `<namespace>:` prefix, with room to spare under 255. */
export const MAX_STORED_KEY_LENGTH = 200;
const HEAD_LENGTH = MAX_STORED_KEY_LENGTH - 65;

export function storedKey(key: string): string {
  if (key.length <= MAX_STORED_KEY_LENGTH) return key;
  const digest = createHash('sha256').update(key).digest('hex');
  return `${key.slice(0, HEAD_LENGTH)}#${digest}`;
}
