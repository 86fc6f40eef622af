/** The Graph client pointed at a loopback server (Microsoft's examples replayed) or at the sandbox. */
import { randomUUID } from 'node:crypto';
import { createGdapClient } from '../../services/graph/gdapClient';
import type { GdapClient } from '../../services/graph/gdapClient';
import { SANDBOX_GRAPH_PATH } from '../../services/graph/graphHttp';
import type { GraphCallContext, GraphHttpOptions } from '../../services/graph/graphHttp';
import { staticGraphTokenProvider } from '../../services/graph/graphTokenProvider';
import type { EmulatorOptions } from '../../services/partner-center/emulator/startEmulator';
import { silentLogger, startHarness } from '../partner-center/emulatorHarness';
import type { Harness } from '../partner-center/emulatorHarness';

/** A client with retry waits shrunk for tests (a `Retry-After` is still waited in full). */
export function gdapClientAt(baseUrl: string, options: Partial<GraphHttpOptions> = {}): GdapClient {
  return createGdapClient({
    baseUrl,
    tokenProvider: staticGraphTokenProvider('graph-test-token'),
    logger: silentLogger,
    timeoutMs: 2000,
    retry: { initialDelayMs: 1, maxDelayMs: 5 },
    ...options,
  });
}

export interface GraphHarness extends Harness {
  graphUrl: string;
  gdap: GdapClient;
}

/** The emulator (Partner Center and its Graph routes) and a Graph client pointed at it. */
export async function startGraphHarness(
  options: Partial<EmulatorOptions> = {},
  clientOptions: Partial<GraphHttpOptions> = {},
): Promise<GraphHarness> {
  const harness = await startHarness(options);
  const graphUrl = `${harness.emulator.url}${SANDBOX_GRAPH_PATH}`;
  return { ...harness, graphUrl, gdap: gdapClientAt(graphUrl, clientOptions) };
}

export function graphContext(): GraphCallContext {
  return { correlationId: randomUUID() };
}
