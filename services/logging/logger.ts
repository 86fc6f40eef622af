/**
 * Structured JSON logging (pino). Every line carries the current turn's request id, and the paths
 * that could hold a credential are censored: we never log tokens, secrets or customer records.
 */
import pino from 'pino';
import type { DestinationStream, Logger } from 'pino';
import { currentRequestContext } from './requestContext';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export type { Logger } from 'pino';

/** Field names censored wherever they appear (one level deep, and in headers). */
const SECRET_FIELDS = [
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
];

export const REDACT_PATHS = [
  ...SECRET_FIELDS,
  ...SECRET_FIELDS.map((field) => `*.${field}`),
  'req.headers.authorization',
  'headers.authorization',
  'headers.Authorization',
];

export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'reseller-desk' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
      mixin() {
        const context = currentRequestContext();
        return context ? { requestId: context.requestId } : {};
      },
    },
    destination,
  );
}
