/**
 * The emulator's HTTP face (node:http): Partner Center paths, headers and status codes, Microsoft
 * Graph's GDAP paths under /graph/v1.0 (./graphRoutes.ts), plus a few sandbox-only routes under
 * /sandbox. Listens on loopback only.
 *
 * Per request: bearer token check → fault injection → MS-RequestId replay (Partner Center mutations)
 * → the emulated endpoint. Partner Center responses echo MS-RequestId and MS-CorrelationId; Graph
 * responses carry `request-id` and echo `client-request-id`, and Graph errors carry both (with the
 * date) in `innerError`, as Graph's error body does.
 *
 * Long because it is the route table of every emulated Partner Center path plus the request pipeline they share.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Logger } from 'pino';
import { SANDBOX_GRAPH_PATH } from '../../graph/graphHttp';
import { drawAnswerDelay, type AnswerDelay } from './answerDelay';
import type { EmulatedGraph } from './emulatedGraph';
import { graphError } from './graphCollection';
import type { EmulatedPartnerCenter } from './emulatedPartnerCenter';
import { ID, header } from './emulatorRoute';
import type { ParsedRequest, Route } from './emulatorRoute';
import { badInput, pcError } from './emulatorResult';
import type { EmulatorResult } from './emulatorResult';
import type { FaultDecision, FaultInjector, RouteName } from './faultInjector';
import { graphRoutes } from './graphRoutes';
import type { TenantOverlay } from './tenantOverlay';

const MAX_BODY_BYTES = 1_000_000;

function routes(
  pc: EmulatedPartnerCenter,
  graph: EmulatedGraph,
  log: readonly EmulatorRequestLogEntry[],
): Route[] {
  return [
    ...graphRoutes(graph),
    {
      method: 'GET',
      pattern: /^\/v1\/customers\/?$/i,
      name: 'listCustomers',
      handle: (_m, r) => pc.listCustomers(r.query, header(r, 'MS-ContinuationToken')),
    },
    {
      method: 'GET',
      pattern: /^\/v1\/customers\/relationshiprequests\/?$/i,
      name: 'relationshipRequest',
      handle: () => pc.relationshipRequest(),
    },
    {
      method: 'GET',
      pattern: new RegExp(`^/v1/customers/${ID}/?$`, 'i'),
      name: 'getCustomer',
      handle: ([id]) => pc.getCustomer(id),
    },
    {
      method: 'PATCH',
      pattern: new RegExp(`^/v1/customers/${ID}/?$`, 'i'),
      name: 'updateCustomer',
      mutation: true,
      handle: ([id], r) => pc.updateCustomer(id, r.body),
    },
    {
      method: 'GET',
      pattern: new RegExp(`^/v1/customers/${ID}/relationships/?$`, 'i'),
      name: 'customerRelationships',
      handle: ([id]) => pc.customerRelationships(id),
    },
    {
      method: 'GET',
      pattern: /^\/v1\/relationships\/?$/i,
      name: 'partnerRelationships',
      handle: (_m, r) => pc.partnerRelationships(r.query.get('relationship_type')),
    },
    {
      method: 'GET',
      pattern: new RegExp(`^/v1/customers/${ID}/subscriptions/?$`, 'i'),
      name: 'listSubscriptions',
      handle: ([id]) => pc.listSubscriptions(id),
    },
    {
      method: 'GET',
      pattern: new RegExp(`^/v1/customers/${ID}/subscriptions/${ID}/?$`, 'i'),
      name: 'getSubscription',
      handle: ([id, sid]) => pc.getSubscription(id, sid),
    },
    {
      method: 'PATCH',
      pattern: new RegExp(`^/v1/customers/${ID}/subscriptions/${ID}/?$`, 'i'),
      name: 'updateSubscription',
      mutation: true,
      handle: ([id, sid], r) => pc.updateSubscription(id, sid, r.body, header(r, 'If-Match')),
    },
    {
      method: 'GET',
      pattern: new RegExp(`^/v1/customers/${ID}/orders/${ID}/?$`, 'i'),
      name: 'getOrder',
      handle: ([id, orderId]) => pc.getOrder(id, orderId),
    },
    {
      method: 'PATCH',
      pattern: new RegExp(`^/v1/customers/${ID}/orders/${ID}/?$`, 'i'),
      name: 'updateOrder',
      mutation: true,
      handle: ([id, orderId], r) => pc.updateOrder(id, orderId, r.body),
    },
    {
      method: 'GET',
      pattern: new RegExp(`^/v1/customers/${ID}/entitlements/?$`, 'i'),
      name: 'listEntitlements',
      handle: ([id], r) => pc.listEntitlements(id, r.query),
    },
    // Sandbox only.
    {
      method: 'GET',
      pattern: /^\/sandbox\/health$/,
      handle: () => ({ status: 200, body: { status: 'ok' } }),
    },
    {
      // The partner profile, for a bot that uses this emulator remotely (SANDBOX_URL).
      method: 'GET',
      pattern: /^\/sandbox\/partner$/,
      handle: () => ({ status: 200, body: pc.partner }),
    },
    {
      // The request log (bounded), optionally only the paths under `?path=` (case-insensitive).
      method: 'GET',
      pattern: /^\/sandbox\/requests$/,
      handle: (_m, r) => {
        const prefix = r.query.get('path')?.toLowerCase();
        const items = prefix ? log.filter((entry) => entry.path.toLowerCase().startsWith(prefix)) : log;
        return { status: 200, body: { items: [...items] } };
      },
    },
    {
      method: 'POST',
      pattern: /^\/sandbox\/invitations\/accept$/,
      handle: (_m, r) => pc.acceptInvitation(r.body),
    },
    {
      method: 'POST',
      pattern: new RegExp(`^/sandbox/customers/${ID}/entitlements/${ID}/cancel$`),
      handle: ([id, orderId]) => pc.cancelEntitlement(id, orderId),
    },
  ];
}

async function readBody(request: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error('body too large');
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text.trim() ? (JSON.parse(text) as unknown) : undefined;
}

function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

/** One answered (or deliberately unanswered) request, for tests and demos. */
export interface EmulatorRequestLogEntry {
  method: string;
  path: string;
  route?: RouteName;
  requestId?: string;
  correlationId?: string;
  /** 0 when the request was left unanswered (injected timeout). */
  status: number;
  replayed: boolean;
}

const REQUEST_LOG_SIZE = 1000;

/** Partner Center and Graph calls being answered right now, and the most at once since the last reset. */
export interface CallsInFlight {
  readonly now: number;
  readonly peak: number;
  resetPeak(): void;
}

export interface EmulatorServer {
  url: string;
  /** The last requests, oldest first (bounded). */
  requests: EmulatorRequestLogEntry[];
  callsInFlight: CallsInFlight;
  close(): Promise<void>;
}

/** A fault as Graph would answer it: Graph's error body, `Retry-After` on 429 (and on 503 when set). */
function graphFault(fault: Exclude<FaultDecision, { kind: 'none' } | { kind: 'timeout' }>): EmulatorResult {
  if (fault.kind === 'error') {
    return graphError(fault.answer.status, String(fault.answer.code), fault.answer.description);
  }
  const seconds = fault.retryAfterSeconds;
  const headers: Record<string, string> = seconds === undefined ? {} : { 'Retry-After': String(seconds) };
  if (fault.status === 429) {
    return { ...graphError(429, 'TooManyRequests', 'Too many requests (injected by the sandbox).'), headers };
  }
  const code = fault.status === 503 ? 'serviceNotAvailable' : 'generalException';
  return {
    ...graphError(fault.status, code, 'Unexpected service error (injected by the sandbox).'),
    headers,
  };
}

export async function listenEmulator(options: {
  pc: EmulatedPartnerCenter;
  graph: EmulatedGraph;
  overlay: TenantOverlay;
  faults: FaultInjector;
  logger: Logger;
  host: string;
  port: number;
  /** Every Partner Center and Graph call answered after this delay (SANDBOX_DELAY_MS). */
  answerDelay?: AnswerDelay;
}): Promise<EmulatorServer> {
  const { pc, graph, overlay, faults, logger } = options;
  const requests: EmulatorRequestLogEntry[] = [];
  const calls = { now: 0, peak: 0 };
  const callsInFlight: CallsInFlight = {
    get now() {
      return calls.now;
    },
    get peak() {
      return calls.peak;
    },
    resetPeak: () => {
      calls.peak = calls.now;
    },
  };
  const table = routes(pc, graph, requests);
  const sockets = new Set<Socket>();
  /** In-flight mutations by MS-RequestId, so two concurrent duplicates have one effect. */
  const inflight = new Map<string, Promise<EmulatorResult>>();
  const record = (entry: EmulatorRequestLogEntry): void => {
    requests.push(entry);
    if (requests.length > REQUEST_LOG_SIZE) requests.shift();
  };

  async function execute(
    route: Route,
    match: string[],
    parsed: ParsedRequest,
    method: string,
    path: string,
  ): Promise<EmulatorResult & { replayed?: boolean }> {
    const requestId = header(parsed, 'MS-RequestId');
    if (!route.mutation || !requestId) return route.handle(match, parsed);
    const running = inflight.get(requestId);
    if (running) return { ...(await running), replayed: true };
    const work = (async (): Promise<EmulatorResult & { replayed?: boolean }> => {
      const previous = await overlay.replay(requestId);
      if (previous && previous.method === method && previous.path === path) {
        return { status: previous.status, body: previous.body, replayed: true };
      }
      const result = await route.handle(match, parsed);
      if (result.status < 500 && result.status !== 429) {
        await overlay.rememberReplay(requestId, { method, path, status: result.status, body: result.body });
      }
      return result;
    })();
    inflight.set(requestId, work);
    try {
      return await work;
    } finally {
      inflight.delete(requestId);
    }
  }

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://emulator');
    const method = (request.method ?? 'GET').toUpperCase();
    const isGraph = url.pathname === SANDBOX_GRAPH_PATH || url.pathname.startsWith(`${SANDBOX_GRAPH_PATH}/`);
    const graphRequestId = randomUUID();
    const clientRequestId = String(request.headers['client-request-id'] ?? graphRequestId);
    const responseHeaders: Record<string, string> = isGraph
      ? {
          'Content-Type': 'application/json; charset=utf-8',
          'request-id': graphRequestId,
          'client-request-id': clientRequestId,
        }
      : {
          'Content-Type': 'application/json; charset=utf-8',
          'MS-RequestId': String(request.headers['ms-requestid'] ?? randomUUID()),
          'MS-CorrelationId': String(request.headers['ms-correlationid'] ?? randomUUID()),
          'MS-CV': randomUUID(),
          'MS-ServerId': 'pc-sandbox-emulator',
        };
    const logEntry = (status: number, replayed = false): EmulatorRequestLogEntry => ({
      method,
      path: url.pathname,
      route: route?.name,
      requestId: isGraph ? graphRequestId : (request.headers['ms-requestid'] as string | undefined),
      correlationId: isGraph ? clientRequestId : (request.headers['ms-correlationid'] as string | undefined),
      status,
      replayed,
    });
    const send = (result: EmulatorResult & { replayed?: boolean }): void => {
      record(logEntry(result.status, result.replayed));
      let body = result.body;
      const error = (body as { error?: Record<string, unknown> } | undefined)?.error;
      if (isGraph && result.status >= 400 && error && typeof error === 'object') {
        // Graph's error body names the request in innerError (docs/graph.md §3).
        const date = new Date().toISOString().slice(0, 19);
        body = {
          error: {
            ...error,
            innerError: { date, 'request-id': graphRequestId, 'client-request-id': clientRequestId },
          },
        };
      }
      response.writeHead(result.status, { ...responseHeaders, ...result.headers });
      response.end(body === undefined ? '' : JSON.stringify(body));
    };

    let route: Route | undefined;
    let match: string[] = [];
    for (const candidate of table) {
      const found = candidate.pattern.exec(url.pathname);
      if (found && candidate.method === method) {
        route = candidate;
        match = found.slice(1).map((part) => decodeURIComponent(part));
        break;
      }
    }
    if (!route) {
      send(
        isGraph
          ? graphError(404, 'itemNotFound', `The sandbox has no Graph route for ${method} ${url.pathname}.`)
          : pcError(404, 1000, `Not found: no route for ${method} ${url.pathname}.`),
      );
      return;
    }
    // A held route answers when the caller releases it (faultInjector.ts), then as usual.
    if (route.name) await faults.waitWhileHeld(route.name);
    if (isGraph && !/^Bearer\s+\S+/i.test(request.headers.authorization ?? '')) {
      send(graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.'));
      return;
    }
    if (url.pathname.startsWith('/v1/')) {
      const authorization = request.headers.authorization ?? '';
      if (!/^Bearer\s+\S+/i.test(authorization)) {
        send(pcError(401, 800001, 'Partner Token missing in request context'));
        return;
      }
    }
    if (route.name) {
      await delay(faults.latencyFor(route.name) + drawAnswerDelay(options.answerDelay));
      const fault = faults.decide(route.name);
      if (fault.kind === 'timeout') {
        record(logEntry(0)); // never answered; closed with the server or by the client
        return;
      }
      if (fault.kind !== 'none' && route.api === 'graph') {
        send(graphFault(fault));
        return;
      }
      if (fault.kind === 'error') {
        send(pcError(fault.answer.status, fault.answer.code, fault.answer.description));
        return;
      }
      if (fault.kind === 'status') {
        if (fault.status === 429) {
          const seconds = fault.retryAfterSeconds ?? 1;
          send({
            status: 429,
            headers: { 'Retry-After': String(seconds) },
            body: { statusCode: 429, message: `Rate limit is exceeded. Try again in ${seconds} seconds.` },
          });
        } else {
          send(pcError(fault.status, 800003, 'Unexpected service error (injected by the sandbox).'));
        }
        return;
      }
    }
    let body: unknown;
    try {
      body = await readBody(request);
    } catch {
      send(
        isGraph
          ? graphError(400, 'invalidRequest', 'The body is not JSON.')
          : badInput('the body is not JSON.'),
      );
      return;
    }
    const parsed: ParsedRequest = {
      query: url.searchParams,
      headers: request.headers,
      body,
      graphBase: `http://${request.headers.host ?? 'emulator'}${SANDBOX_GRAPH_PATH}`,
    };
    send(await execute(route, match, parsed, method, url.pathname.toLowerCase()));
  }

  const server = http.createServer((request, response) => {
    const isCall = /^\/(v1|graph)\//.test(request.url ?? '');
    if (isCall) {
      calls.peak = Math.max(calls.peak, ++calls.now);
      response.once('close', () => calls.now--);
    }
    handle(request, response).catch((error: unknown) => {
      logger.error({ err: error, path: request.url }, 'Partner Center emulator failed a request');
      if (!response.headersSent) {
        response.writeHead(500, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify(pcError(500, 800003, 'Unexpected service error').body));
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${address.address}:${address.port}`,
    requests,
    callsInFlight,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
