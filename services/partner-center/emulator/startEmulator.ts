/**
 * Starts the Partner Center emulator: loads the tenant fixture (given, from a file, or the bundled
 * demo tenant), loads its overlay from the RecordStore and listens on loopback. The bot then talks
 * to `url` through the same PartnerCenterClient as in live mode, and to `url` + `/graph/v1.0`
 * through the same Graph client (GDAP relationships) as in live mode.
 */
import { readFile } from 'node:fs/promises';
import type { Logger } from 'pino';
import type { RecordStore } from '../../store/recordStore';
import type { PartnerProfile } from '../model/partnerProfile';
import type { AnswerDelay } from './answerDelay';
import { CustomerIndex } from './customerIndex';
import { GeneratedCustomers, generatedPartner } from './fixture/generatedCustomers';
import { EmulatedGraph } from './emulatedGraph';
import { EmulatedPartnerCenter } from './emulatedPartnerCenter';
import type { InvitationAccepted } from './emulatedPartnerCenter';
import { listenEmulator } from './emulatorServer';
import type { CallsInFlight, EmulatorRequestLogEntry } from './emulatorServer';
import { FaultInjector } from './faultInjector';
import type { FaultConfig } from './faultInjector';
import { parseSandboxTenant } from './fixture/sandboxTenant';
import type { SandboxTenant, SandboxTenantInput } from './fixture/sandboxTenant';
import demoTenant from './fixture/demoTenant.json';
import { TenantOverlay } from './tenantOverlay';

export interface EmulatorOptions {
  store: RecordStore;
  logger: Logger;
  /** A fixture object (validated here). */
  fixture?: SandboxTenantInput | SandboxTenant;
  /** A fixture JSON file (SANDBOX_DATA). Neither: the bundled demo tenant. */
  fixturePath?: string;
  /**
   * Instead of a fixture, a generated tenant of this many customers (SANDBOX_CUSTOMERS, `--generate`):
   * the customers of `generateTenant`, made on demand rather than held (GeneratedCustomers).
   */
  generate?: number;
  /** Must be a loopback address (default 127.0.0.1). */
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  faults?: FaultConfig;
  /** The emulator's clock (NCE windows, deadlines, what it records). Default: the system clock. */
  now?: () => Date;
  /**
   * The instant a fixture's relative dates (`+30d`) are counted from. Default: `now()`. The bot passes
   * the real clock, so that with SANDBOX_NOW a later sandbox time really is past those dates.
   */
  anchor?: Date;
  /** Overlay key namespace under `pc-sandbox/` (default: the partner tenant id). */
  namespace?: string;
  /**
   * How long a terminated GDAP relationship takes to read `terminated` (default 2 s; it reads
   * `terminationRequested`, then `terminating`, meanwhile). 0: the next read.
   */
  gdapTerminationDelayMs?: number;
  /** Every Partner Center and Graph call answered after this delay (SANDBOX_DELAY_MS); default none. */
  answerDelay?: AnswerDelay;
}

export interface RunningEmulator {
  url: string;
  partner: PartnerProfile;
  faults: FaultInjector;
  /** The last requests received, oldest first (bounded; for tests and demos). */
  requests: readonly EmulatorRequestLogEntry[];
  /** Partner Center and Graph calls being answered now, and the most at once (tests count concurrency). */
  callsInFlight: CallsInFlight;
  /** Number of customers known to the emulator (listed or not). */
  customerCount: number;
  onInvitationAccepted(listener: (event: InvitationAccepted) => void): void;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export async function loadSandboxTenant(
  options: Pick<EmulatorOptions, 'fixture' | 'fixturePath'>,
  now: Date,
) {
  if (options.fixture) return parseSandboxTenant(options.fixture, now);
  if (options.fixturePath) {
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(options.fixturePath, 'utf8'));
    } catch (error) {
      throw new Error(
        `SANDBOX_DATA ${options.fixturePath} could not be read as JSON: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    return parseSandboxTenant(raw, now);
  }
  return parseSandboxTenant(demoTenant, now);
}

export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host))
    throw new Error(`The Partner Center emulator listens on loopback only (got ${host}).`);
  const now = options.now ?? (() => new Date());
  const generated = new GeneratedCustomers(options.generate ?? 0);
  const tenant: SandboxTenant =
    options.generate === undefined
      ? await loadSandboxTenant(options, options.anchor ?? now())
      : { partner: generatedPartner(), partnerRelationships: [], customers: [] };
  const overlay = await TenantOverlay.load(options.store, options.namespace ?? tenant.partner.tenantId);
  const index = new CustomerIndex(tenant.customers, generated);
  const pc = new EmulatedPartnerCenter(tenant, index, overlay, now);
  const graph = new EmulatedGraph(tenant, index, overlay, now, options.gdapTerminationDelayMs);
  const faults = new FaultInjector(options.faults);
  const server = await listenEmulator({
    pc,
    graph,
    overlay,
    faults,
    logger: options.logger,
    host,
    port: options.port ?? 0,
    answerDelay: options.answerDelay,
  });
  options.logger.info(
    { url: server.url, customers: index.size, partnerType: pc.partner.type },
    'Partner Center emulator listening',
  );
  return {
    url: server.url,
    partner: pc.partner,
    faults,
    requests: server.requests,
    callsInFlight: server.callsInFlight,
    get customerCount() {
      return index.size;
    },
    onInvitationAccepted: (listener) => pc.events.on('invitationAccepted', listener),
    close: () => server.close(),
  };
}
