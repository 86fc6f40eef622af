/**
 * The port the notification sender delivers through. The real one (bot/teamsChannelTransport.ts) goes
 * over the Bot Framework adapter; tests may use any implementation.
 */
import type { StoredReference } from './channelRegistry';

export interface ChannelTransport {
  /** Posts a new top-level message; resolves with the id the channel gave the activity. */
  send(reference: StoredReference, activity: object): Promise<{ id?: string }>;
  /** Replaces a message sent earlier. */
  update(reference: StoredReference, activityId: string, activity: object): Promise<void>;
}

/**
 * A delivery the channel refused or that could not reach it. `status` is the HTTP status (0 when the
 * request got no answer: network failure, timeout). `code` is the Bot Framework error code when the
 * body carried one (e.g. ConversationNotFound, BotNotInConversationRoster).
 */
export class ChannelDeliveryError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterSeconds?: number,
    message?: string,
    readonly code?: string,
  ) {
    super(message ?? `Channel delivery failed with status ${status}.`);
    this.name = 'ChannelDeliveryError';
  }
}

/** Bot Framework codes meaning the reference is dead (msteams-docs conversation-messages.md). */
export const DEAD_REFERENCE_CODES = [
  'BotNotInConversationRoster',
  'ConversationBlockedByUser',
  'ConversationNotFound',
];

/** Parses a Retry-After header value (seconds or an HTTP date) into seconds; undefined if unusable. */
export function parseRetryAfter(value: unknown, now: number = Date.now()): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000);
}
