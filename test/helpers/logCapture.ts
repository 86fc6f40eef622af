/** A pino logger whose JSON lines are kept in memory, so tests can read what was logged. */
import { createLogger, type Logger } from '../../services/logging/logger';

export interface CapturedLogger {
  logger: Logger;
  lines: string[];
  entries(): Record<string, unknown>[];
}

export function captureLogger(level: 'debug' | 'info' = 'debug'): CapturedLogger {
  const lines: string[] = [];
  const logger = createLogger(level, { write: (line: string) => lines.push(line) });
  return { logger, lines, entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}
