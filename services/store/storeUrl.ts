/** Parses STORE_URL into the backend it names. */
import path from 'node:path';

export type StoreKind = 'memory' | 'sqlite' | 'redis' | 'postgres';

export interface StoreLocation {
  kind: StoreKind;
  /** The URL as the adapter wants it (sqlite paths made absolute). */
  url: string;
  /** For sqlite: the absolute path of the database file. */
  file?: string;
  /** The URL with any password replaced by ***, for logs and errors. */
  redacted: string;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@');
}

export function parseStoreUrl(raw: string): StoreLocation {
  const match = /^([a-z]+):\/\/(.*)$/i.exec(raw.trim());
  const scheme = match?.[1]?.toLowerCase();
  const rest = match?.[2] ?? '';
  switch (scheme) {
    case 'memory':
      return { kind: 'memory', url: 'memory://', redacted: 'memory://' };
    case 'sqlite': {
      if (!rest) throw new Error('must name a file, e.g. sqlite://./data/reseller-desk.sqlite.');
      const file = path.resolve(rest);
      return { kind: 'sqlite', url: `sqlite://${file}`, file, redacted: `sqlite://${file}` };
    }
    case 'redis':
    case 'rediss':
    case 'postgres':
    case 'postgresql': {
      let parsed: URL;
      try {
        parsed = new URL(raw.trim());
      } catch {
        throw new Error(`is not a valid URL (${redact(raw)}).`);
      }
      if (!parsed.hostname) throw new Error(`must name a host (${redact(raw)}).`);
      const kind: StoreKind = scheme.startsWith('redis') ? 'redis' : 'postgres';
      return { kind, url: raw.trim(), redacted: redact(raw.trim()) };
    }
    default:
      throw new Error(
        `must start with memory://, sqlite://, redis://, rediss:// or postgres:// (got ${JSON.stringify(redact(raw))}).`,
      );
  }
}
