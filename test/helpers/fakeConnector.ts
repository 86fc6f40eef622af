/**
 * A Bot Framework connector on loopback: the adapter POSTs the bot's replies here (the activity's
 * serviceUrl), and tests read what a user would have seen. Each reply can be delayed or failed.
 */
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CapturedActivity {
  method: string;
  path: string;
  conversationId: string;
  authorization?: string;
  body: any;
}

export class FakeConnector {
  readonly activities: CapturedActivity[] = [];
  /** Every create-conversation request (`POST /v3/conversations`), as sent. */
  readonly conversationsCreated: any[] = [];
  /** Member ids for whom creating a 1:1 conversation is refused with 403 (the app is not installed for them). */
  refuseConversationsWith = new Set<string>();
  /** Delay before answering each request (ms). */
  delayMs = 0;
  /** Status to answer with (the body is a Bot Framework error when it is not 2xx). */
  status = 200;
  private readonly server = http.createServer((req, res) => this.handle(req, res));
  private waiters: (() => void)[] = [];
  private nextId = 1;

  async start(): Promise<string> {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    return this.url;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Resolves when at least `count` activities have arrived, or rejects after `timeoutMs`. */
  async waitFor(count: number, timeoutMs = 5000): Promise<CapturedActivity[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.activities.length < count) {
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`expected ${count} activities at the connector, got ${this.activities.length}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.activities.slice(0, count);
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      if (req.method === 'POST' && /^\/v3\/conversations\/?$/.test(req.url ?? '')) {
        this.createConversation(raw ? JSON.parse(raw) : {}, res);
        return;
      }
      const match = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      const reply = () => {
        if (this.status >= 300) {
          res.writeHead(this.status, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: { code: 'TestFailure', message: 'connector refused' } }));
          return;
        }
        this.activities.push({
          method: req.method ?? '',
          path: req.url ?? '',
          conversationId: decodeURIComponent(match?.[1] ?? ''),
          authorization: req.headers.authorization,
          body: raw ? JSON.parse(raw) : undefined,
        });
        for (const wake of this.waiters.splice(0)) wake();
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `reply-${this.nextId++}` }));
      };
      if (this.delayMs > 0) setTimeout(reply, this.delayMs);
      else reply();
    });
  }

  /** Teams creates a 1:1 chat with the one member unless the app is not installed for them (403). */
  private createConversation(body: any, res: http.ServerResponse): void {
    this.conversationsCreated.push(body);
    const member = String(body?.members?.[0]?.id ?? '');
    if (this.refuseConversationsWith.has(member)) {
      res.writeHead(403, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ error: { code: 'Forbidden', message: 'The bot is not installed for the user.' } }),
      );
      return;
    }
    res.writeHead(201, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: `a:chat-with-${member}` }));
  }
}
