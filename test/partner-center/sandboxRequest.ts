/** A raw HTTP request to the sandbox emulator, as Partner Center's documented examples send it. */
import { randomUUID } from 'node:crypto';

export interface SandboxCall {
  method: string;
  path: string;
  body?: unknown;
  /** A raw body (not JSON-encoded), e.g. to send invalid JSON. */
  rawBody?: string;
  headers?: Record<string, string>;
  /** Leave out the Authorization header. */
  anonymous?: boolean;
}

export interface SandboxAnswer {
  status: number;
  headers: Headers;
  body: any;
}

export async function sandboxRequest(baseUrl: string, request: SandboxCall): Promise<SandboxAnswer> {
  const body = request.rawBody ?? (request.body === undefined ? undefined : JSON.stringify(request.body));
  const response = await fetch(`${baseUrl}${request.path}`, {
    method: request.method,
    headers: {
      ...(request.anonymous ? {} : { Authorization: 'Bearer sandbox-token' }),
      Accept: 'application/json',
      'MS-RequestId': randomUUID(),
      'MS-CorrelationId': randomUUID(),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...request.headers,
    },
    body,
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? (JSON.parse(text) as unknown) : undefined,
  };
}
