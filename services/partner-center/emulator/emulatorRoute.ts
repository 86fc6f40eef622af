/** One route of the emulator's table (emulatorServer.ts, graphRoutes.ts) and the request it is handed. */
import type http from 'node:http';
import type { EmulatorResult } from './emulatorResult';
import type { RouteName } from './faultInjector';

export interface ParsedRequest {
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: unknown;
  /** `http://{host}/graph/v1.0` as this request reached the emulator: Graph's links start there. */
  graphBase: string;
}

export interface Route {
  method: string;
  pattern: RegExp;
  name?: RouteName;
  /** Graph routes answer faults and errors with Graph's error body. */
  api?: 'graph';
  /** Partner Center mutations are replayed for a repeated MS-RequestId. */
  mutation?: boolean;
  handle: (match: string[], request: ParsedRequest) => EmulatorResult | Promise<EmulatorResult>;
}

/** One path segment. */
export const ID = '([^/]+)';

export function header(request: ParsedRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
