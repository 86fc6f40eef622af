/**
 * Encryption at rest for the Partner Center refresh token (docs/partner-center.md §6): AES-256-GCM
 * from node:crypto, a random 12-byte IV per write, the 16-byte authentication tag checked on every
 * read, and associated data naming what the ciphertext is for (tenant and app), so a record copied
 * under another tenant or app does not decrypt. The key is PC_TOKEN_ENCRYPTION_KEY: 32 random bytes,
 * base64. Error messages never carry the key or the plaintext.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const TOKEN_KEY_BYTES = 32;

/** A sealed value: base64 of IV, tag and ciphertext, each stored apart so the format is readable. */
export interface SealedValue {
  iv: string;
  tag: string;
  data: string;
}

/** The stored value cannot be decrypted with this key (wrong key, or the record was altered). */
export class TokenDecryptionError extends Error {
  constructor() {
    super(
      'The stored Partner Center refresh token cannot be decrypted with PC_TOKEN_ENCRYPTION_KEY: it is not the key the token was stored with, or the record was altered. Restore the key, or have an agent consent again and set the new PC_REFRESH_TOKEN (docs/partner-center.md §6).',
    );
    this.name = 'TokenDecryptionError';
  }
}

/**
 * PC_TOKEN_ENCRYPTION_KEY's value as a key, or the problem in one line (never the value itself).
 * Standard base64 of exactly 32 bytes, as `openssl rand -base64 32` prints it.
 */
export function parseTokenEncryptionKey(raw: string): { key: Buffer } | { problem: string } {
  const text = raw.trim();
  const key = Buffer.from(text, 'base64');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text) || key.length !== TOKEN_KEY_BYTES) {
    return {
      problem: `PC_TOKEN_ENCRYPTION_KEY must be ${TOKEN_KEY_BYTES} random bytes in base64, e.g. from \`openssl rand -base64 32\` (got ${text.length} characters, ${key.length} bytes).`,
    };
  }
  return { key };
}

export function sealToken(key: Buffer, plaintext: string, associatedData: string): SealedValue {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return {
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
}

/** The plaintext, or TokenDecryptionError when the key or the associated data do not match. */
export function openToken(key: Buffer, sealed: SealedValue, associatedData: string): string {
  const iv = Buffer.from(sealed.iv, 'base64');
  const tag = Buffer.from(sealed.tag, 'base64');
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new TokenDecryptionError();
  try {
    const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(associatedData, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    throw new TokenDecryptionError();
  }
}

/** SHA-256 (hex) of a token: recognises the environment's token again without storing it. */
export function tokenFingerprint(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
