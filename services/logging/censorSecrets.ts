/**
 * What could hold a credential in a log line is censored: a field named like a secret (below) at the
 * top of the line or one level down (`{ password }`, `{ options: { clientSecret } }`), and the
 * `authorization` header under `headers` or `req.headers`, in any letter case. We never log tokens,
 * secrets or customer records; this is the net for a field logged by mistake.
 *
 * A plain function over the line's fields rather than pino's `redact` paths: pino 10's redaction parses
 * every path again for every logged value (about 26 KB of garbage and 8 µs per line with these fields,
 * on every turn), this walks the line's own keys once and copies only what it censors.
 */
export const CENSORED = '[redacted]';

/** Field names censored wherever they appear (one level deep, and in headers). */
export const SECRET_FIELDS: ReadonlySet<string> = new Set([
  'authorization',
  'password',
  'secret',
  'token',
  'accessToken',
  'refreshToken',
  'access_token',
  'refresh_token',
  'client_secret',
  'clientSecret',
  'tokenEncryptionKey',
  'appPassword',
  'MicrosoftAppPassword',
]);

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `fields` with the values of the keys `censors` picks replaced; the same object when none is. */
function censorKeys(fields: Fields, censors: (key: string) => boolean): Fields {
  let out: Fields | undefined;
  for (const key of Object.keys(fields)) {
    if (censors(key) && fields[key] !== undefined) {
      out ??= { ...fields };
      out[key] = CENSORED;
    }
  }
  return out ?? fields;
}

const isSecret = (key: string) => SECRET_FIELDS.has(key);
const isSecretOrAuthorization = (key: string) => isSecret(key) || key.toLowerCase() === 'authorization';

/** One level below the top: secret fields; in `headers` the authorization header in any case. */
function censorNested(key: string, value: Fields): Fields {
  if (key === 'headers') return censorKeys(value, isSecretOrAuthorization);
  const censored = censorKeys(value, isSecret);
  if (key !== 'req' || !isObject(censored.headers)) return censored;
  const headers = censorKeys(censored.headers, isSecretOrAuthorization);
  return headers === censored.headers ? censored : { ...censored, headers };
}

/** A log line's fields with secrets censored; the same object when there is nothing to censor. */
export function censorSecrets(fields: Fields): Fields {
  let out: Fields | undefined;
  for (const key of Object.keys(fields)) {
    const value = fields[key];
    let next = value;
    if (isSecret(key)) next = value === undefined ? value : CENSORED;
    else if (isObject(value)) next = censorNested(key, value);
    if (next !== value) {
      out ??= { ...fields };
      out[key] = next;
    }
  }
  return out ?? fields;
}
