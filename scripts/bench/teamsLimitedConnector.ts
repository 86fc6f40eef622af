/**
 * A loopback Bot Framework connector that enforces Teams-like limits (sliding windows: per
 * conversation 7/1 s, 8/2 s, 60/30 s; per tenant 50/1 s, the documented limits; the bot's TEAMS_RATE_LIMITS
 * counts the tenant rule over 1.05 s for margin) and answers 429 with Retry-After beyond them. It records
 * which conversations got a message.
 *
 * Injected throttling (`throttleFraction`, on top of the limits): that fraction of the requests the limits
 * would accept, drawn by a seeded generator, is answered 429 with `Retry-After: throttleRetryAfterS`
 * instead, as Teams does when its service is busy. An injected 429 delivers nothing and, like a 429
 * beyond the limits, is not counted in the windows (Teams counts the messages it accepts).
 */
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HOST } from './harness';

interface Rule {
  limit: number;
  windowMs: number;
}

const PER_CONVERSATION: Rule[] = [
  { limit: 7, windowMs: 1_000 },
  { limit: 8, windowMs: 2_000 },
  { limit: 60, windowMs: 30_000 },
];
export const PER_TENANT: Rule = { limit: 50, windowMs: 1_000 };

export interface InjectedThrottling {
  /** Fraction (0..1) of the requests within the limits answered 429 anyway. */
  throttleFraction: number;
  /** The Retry-After (seconds) of an injected 429. */
  throttleRetryAfterS: number;
  /** Seed of the generator that picks them (same seed, same picks for the same request order). */
  seed?: number;
}

function allowed(times: number[], rules: Rule[], now: number): boolean {
  return rules.every((rule) => times.filter((t) => t > now - rule.windowMs).length < rule.limit);
}

/** mulberry32: a small seeded generator in [0, 1), so runs draw alike. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class TeamsLimitedConnector {
  accepted = 0;
  /** 429s beyond the limits (the sender's limiter should keep this near 0). */
  throttled = 0;
  /** 429s injected within the limits. */
  injected = 0;
  firstAcceptedAt = 0;
  lastAcceptedAt = 0;
  /** Messages accepted per conversation id. */
  readonly delivered = new Map<string, number>();
  private readonly byConversation = new Map<string, number[]>();
  private readonly byTenant = new Map<string, number[]>();
  private readonly draw: () => number;

  /** Conversation id → tenant id (the bench registers references with a tenant per conversation). */
  constructor(
    private readonly tenantOf: (conversationId: string) => string,
    private readonly injection: InjectedThrottling = { throttleFraction: 0, throttleRetryAfterS: 1 },
  ) {
    this.draw = seeded(injection.seed ?? 18);
  }

  private readonly server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const match = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      const conversation = decodeURIComponent(match?.[1] ?? '');
      const tenant = this.tenantOf(conversation);
      const now = Date.now();
      const conv = this.byConversation.get(conversation) ?? [];
      const ten = this.byTenant.get(tenant) ?? [];
      if (!allowed(conv, PER_CONVERSATION, now) || !allowed(ten, [PER_TENANT], now)) {
        this.throttled++;
        this.refuse(res, 1);
        return;
      }
      if (this.injection.throttleFraction > 0 && this.draw() < this.injection.throttleFraction) {
        this.injected++;
        this.refuse(res, this.injection.throttleRetryAfterS);
        return;
      }
      conv.push(now);
      ten.push(now);
      if (conv.length > 60) conv.shift();
      while (ten.length && ten[0] <= now - PER_TENANT.windowMs) ten.shift();
      this.byConversation.set(conversation, conv);
      this.byTenant.set(tenant, ten);
      this.accepted++;
      this.firstAcceptedAt ||= now;
      this.lastAcceptedAt = now;
      this.delivered.set(conversation, (this.delivered.get(conversation) ?? 0) + 1);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"id":"sent-${this.accepted}"}`);
    });
  });

  private refuse(res: http.ServerResponse, retryAfterS: number): void {
    res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(retryAfterS) });
    res.end(JSON.stringify({ error: { code: 'Throttled', message: 'Too many requests' } }));
  }

  /** Listens on `port` (0: any free port) and answers the service URL. */
  async start(port = 0): Promise<string> {
    this.server.listen(port, HOST);
    await once(this.server, 'listening');
    return `http://${HOST}:${(this.server.address() as AddressInfo).port}/`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
