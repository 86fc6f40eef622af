/**
 * A loopback server (127.0.0.1) that answers every request with one documented response, as
 * Microsoft prints it, and records what the client sent.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DocumentedResponse } from './documentedExample';

export interface ReceivedRequest {
  method: string;
  pathname: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: unknown;
}

export interface ExampleReplayServer {
  url: string;
  received: ReceivedRequest[];
  /** The documented responses served in turn; the last one answers every later request. */
  answerWith(...responses: DocumentedResponse[]): void;
  close(): Promise<void>;
}

/** Headers describing the printed transfer, not the resource. */
const TRANSFER_HEADERS = new Set(['content-length', 'date', 'connection', 'expect', 'transfer-encoding']);

export async function startExampleReplayServer(): Promise<ExampleReplayServer> {
  const received: ReceivedRequest[] = [];
  let queue: DocumentedResponse[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const text = Buffer.concat(chunks).toString('utf8');
      received.push({
        method: request.method ?? '',
        pathname: decodeURIComponent(url.pathname),
        query: url.searchParams,
        headers: request.headers,
        body: text ? (JSON.parse(text) as unknown) : undefined,
      });
      const current = queue.length > 1 ? queue.shift() : queue[0];
      if (!current) {
        response.writeHead(500).end();
        return;
      }
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(current.headers)) {
        if (!TRANSFER_HEADERS.has(name.toLowerCase())) headers[name] = value;
      }
      response.writeHead(current.status, headers);
      response.end(current.body === undefined ? '' : JSON.stringify(current.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    answerWith: (...responses) => {
      queue = [...responses];
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
