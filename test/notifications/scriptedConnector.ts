/**
 * A Bot Framework connector on loopback for the notification tests: records every request (POST of a
 * new message, PUT of an update) and answers from a script of statuses (then 200), with Retry-After
 * and Bot Framework error codes. Dedicated to test/notifications (test/helpers/fakeConnector.ts is
 * shared and cannot script sequences or updates).
 */
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorRequest {
  method: string;
  path: string;
  conversationId: string;
  /** For PUT /v3/conversations/{id}/activities/{activityId}. */
  activityId?: string;
  status: number;
  body: any;
}

export interface ScriptedAnswer {
  status: number;
  retryAfter?: string;
  code?: string;
}

export class ScriptedConnector {
  readonly requests: ConnectorRequest[] = [];
  /** Answers for the next requests, in order; when empty, `fallback` answers. */
  readonly script: ScriptedAnswer[] = [];
  fallback: ScriptedAnswer = { status: 200 };
  private readonly server = http.createServer((req, res) => this.handle(req, res));
  private nextId = 1;

  async start(port = 0): Promise<string> {
    this.server.listen(port, '127.0.0.1');
    await once(this.server, 'listening');
    return this.url;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    if (!this.server.listening) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The requests the connector accepted (2xx). */
  get accepted(): ConnectorRequest[] {
    return this.requests.filter((r) => r.status < 300);
  }

  /** Resolves when `count` requests were accepted, or rejects after `timeoutMs`. */
  async waitForAccepted(count: number, timeoutMs = 5000): Promise<ConnectorRequest[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.accepted.length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} accepted, got ${this.accepted.length}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return this.accepted;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? '');
      const answer = this.script.shift() ?? this.fallback;
      this.requests.push({
        method: req.method ?? '',
        path: req.url ?? '',
        conversationId: decodeURIComponent(match?.[1] ?? ''),
        activityId: match?.[2] ? decodeURIComponent(match[2]) : undefined,
        status: answer.status,
        body: raw ? JSON.parse(raw) : undefined,
      });
      if (answer.status >= 300) {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (answer.retryAfter !== undefined) headers['retry-after'] = answer.retryAfter;
        res.writeHead(answer.status, headers);
        res.end(
          JSON.stringify({ error: { code: answer.code ?? 'TestFailure', message: 'connector refused' } }),
        );
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ id: match?.[2] ? decodeURIComponent(match[2]) : `activity-${this.nextId++}` }),
      );
    });
  }
}
