/**
 * A loopback Bot Framework connector that enforces Teams-like limits (sliding windows: per
 * conversation 7/1 s, 8/2 s, 60/30 s; per tenant 50/1 s, the documented limits; the bot's TEAMS_RATE_LIMITS
 * counts the tenant rule over 1.05 s for margin) and answers 429 with Retry-After beyond them. It records which conversations got a message.
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

function allowed(times: number[], rules: Rule[], now: number): boolean {
  return rules.every((rule) => times.filter((t) => t > now - rule.windowMs).length < rule.limit);
}

export class TeamsLimitedConnector {
  accepted = 0;
  throttled = 0;
  firstAcceptedAt = 0;
  lastAcceptedAt = 0;
  /** Messages accepted per conversation id. */
  readonly delivered = new Map<string, number>();
  private readonly byConversation = new Map<string, number[]>();
  private readonly byTenant = new Map<string, number[]>();
  /** Conversation id → tenant id (the bench registers references with a tenant per conversation). */
  constructor(private readonly tenantOf: (conversationId: string) => string) {}

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
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' });
        res.end(JSON.stringify({ error: { code: 'Throttled', message: 'Too many requests' } }));
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

  async start(): Promise<string> {
    this.server.listen(0, HOST);
    await once(this.server, 'listening');
    return `http://${HOST}:${(this.server.address() as AddressInfo).port}/`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
