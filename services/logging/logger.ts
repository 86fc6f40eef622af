/**
 * Structured JSON logging (pino). Every line carries the current turn's request id, and the fields
 * that could hold a credential are censored (censorSecrets.ts): we never log tokens, secrets or
 * customer records.
 */
import pino from 'pino';
import type { DestinationStream, Logger } from 'pino';
import { censorSecrets } from './censorSecrets';
import { currentRequestContext } from './requestContext';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export type { Logger } from 'pino';

export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'reseller-desk' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }), log: censorSecrets, bindings: censorSecrets },
      mixin() {
        const context = currentRequestContext();
        return context ? { requestId: context.requestId } : {};
      },
    },
    destination,
  );
}
