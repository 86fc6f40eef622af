/**
 * The replica demo's load balancer: a loopback HTTP proxy that sends each request to the next
 * replica in turn (as App Service or Container Apps would spread them), skips a replica that refuses
 * the connection (a dead one) and tells which replica answered in an `X-Replica` header.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Backend {
  name: string;
  port: number;
}

export interface RoundRobinProxy {
  url: string;
  /** Requests answered per replica. */
  served: Map<string, number>;
  close(): Promise<void>;
}

export async function startRoundRobinProxy(
  backends: Backend[],
  port: number,
  host = '127.0.0.1',
): Promise<RoundRobinProxy> {
  const served = new Map(backends.map((b) => [b.name, 0]));
  let next = 0;

  const forward = (
    request: http.IncomingMessage,
    body: Buffer,
    response: http.ServerResponse,
    tried: number,
  ): void => {
    if (tried >= backends.length) {
      response.writeHead(502, { 'Content-Type': 'text/plain' }).end('No replica is answering.\n');
      return;
    }
    const backend = backends[next++ % backends.length];
    const upstream = http.request(
      // A new connection each time: a dead replica then refuses at once instead of failing a reused socket.
      {
        host,
        port: backend.port,
        method: request.method,
        path: request.url,
        headers: request.headers,
        agent: false,
      },
      (answer) => {
        served.set(backend.name, (served.get(backend.name) ?? 0) + 1);
        response.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'x-replica': backend.name });
        answer.pipe(response);
      },
    );
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      if (response.headersSent) return void response.destroy();
      // Refused: the replica is down; the request never reached it, so another may take it.
      if (error.code === 'ECONNREFUSED') forward(request, body, response, tried + 1);
      else
        response.writeHead(502, { 'Content-Type': 'text/plain' }).end(`${backend.name}: ${error.message}\n`);
    });
    upstream.end(body);
  };

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => forward(request, Buffer.concat(chunks), response, 0));
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${bound}`,
    served,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
