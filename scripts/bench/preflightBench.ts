/**
 * Removal pre-flight for a customer with 200 subscriptions: how many Partner Center calls (one per
 * resource kind: E2 customer, E8 subscriptions, E11 entitlements, E6 partner relationships, GDAP) and
 * how long, through the real services (startBot) against the sandbox emulator. Then the same with the
 * sandbox answering each call after DELAY (SANDBOX_DELAY_MS ± SANDBOX_DELAY_JITTER_MS): the wall time
 * in units of that delay is the number of Partner Center round trips a partner waits for, and the
 * emulator's peak of calls in flight shows how many were asked at once.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import demoRoles from '../../services/access/demoRoles.json';
import { RoleDirectory } from '../../services/access/roleDirectory';
import { generateTenant } from '../../services/partner-center';
import { generatedId } from '../../services/partner-center/emulator/fixture/generateTenant';
import { PERSONAS } from '../../test/helpers/activities';
import { percentile, startBenchBot } from './harness';

export const SUBSCRIPTIONS = 200;
const RUNS = 30;
/** The sandbox's answer delay for the delayed runs: 150 ms ± 30 ms per call. */
export const DELAY = { ms: 150, jitterMs: 30 };
const DELAYED_RUNS = 10;

export interface DelayedPreflight {
  delayMs: number;
  jitterMs: number;
  runs: number;
  p50: number;
  max: number;
  /** p50 ÷ the delay: Partner Center round trips, one after the other. */
  roundTrips: number;
  /** Most Partner Center calls in flight at once during a pre-flight. */
  peakInFlight: number;
}

export interface PreflightResult {
  subscriptions: number;
  callsPerPreflight: number;
  callsByKind: Record<string, number>;
  firstMs: number;
  p50: number;
  p99: number;
  runs: number;
  blockers: number;
  delayed: DelayedPreflight;
}

function routeOf(entry: { route?: string; path: string }): string {
  if (entry.route) return entry.route;
  return entry.path.split('?')[0].replace(/[0-9a-f]{8}-[0-9a-f-]{27}/gi, '{id}');
}

/** The same pre-flight on a bot whose sandbox answers each call after DELAY. */
async function measureDelayed(file: string, customerId: string): Promise<DelayedPreflight> {
  const bot = await startBenchBot({
    STORE_URL: 'memory://',
    SANDBOX_DATA: file,
    SANDBOX_DELAY_MS: String(DELAY.ms),
    SANDBOX_DELAY_JITTER_MS: String(DELAY.jitterMs),
  });
  try {
    const member = RoleDirectory.fromJson(demoRoles).find(PERSONAS.meganAdminApprover);
    const emulator = bot.partnerCenter.emulator!;
    const samples: number[] = [];
    let peakInFlight = 0;
    for (let run = 0; run < DELAYED_RUNS; run++) {
      emulator.callsInFlight.resetPeak();
      const t = performance.now();
      const outcome = await bot.services.removal.preflight(member, customerId);
      samples.push(performance.now() - t);
      peakInFlight = Math.max(peakInFlight, emulator.callsInFlight.peak);
      if (!outcome.ok) throw new Error('preflight refused');
    }
    const p50 = percentile(samples, 50);
    return {
      delayMs: DELAY.ms,
      jitterMs: DELAY.jitterMs,
      runs: DELAYED_RUNS,
      p50,
      max: Math.max(...samples),
      roundTrips: p50 / DELAY.ms,
      peakInFlight,
    };
  } finally {
    await bot.stop();
  }
}

export async function runPreflightBench(): Promise<PreflightResult> {
  const tenant = generateTenant(10);
  const customer = tenant.customers[0];
  const template = customer.subscriptions[0];
  customer.subscriptions = Array.from({ length: SUBSCRIPTIONS }, (_, n) => ({
    ...template,
    id: generatedId(0x5c, n),
    offerName: `${template.offerName} #${n}`,
  }));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reseller-bench-'));
  const file = path.join(dir, 'preflight-tenant.json');
  writeFileSync(file, JSON.stringify(tenant));
  const bot = await startBenchBot({ STORE_URL: 'memory://', SANDBOX_DATA: file });
  let undelayed: Omit<PreflightResult, 'delayed'>;
  try {
    const member = RoleDirectory.fromJson(demoRoles).find(PERSONAS.meganAdminApprover);
    const emulator = bot.partnerCenter.emulator!;
    const before = emulator.requests.length;
    const started = performance.now();
    const first = await bot.services.removal.preflight(member, customer.id);
    const firstMs = performance.now() - started;
    if (!first.ok) throw new Error(`preflight refused: ${JSON.stringify(first).slice(0, 200)}`);
    const calls = emulator.requests.slice(before);
    const callsByKind: Record<string, number> = {};
    for (const call of calls) callsByKind[routeOf(call)] = (callsByKind[routeOf(call)] ?? 0) + 1;
    const samples: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const t = performance.now();
      const outcome = await bot.services.removal.preflight(member, customer.id);
      samples.push(performance.now() - t);
      if (!outcome.ok) throw new Error('preflight refused');
    }
    undelayed = {
      subscriptions: SUBSCRIPTIONS,
      callsPerPreflight: calls.length,
      callsByKind,
      firstMs,
      p50: percentile(samples, 50),
      p99: percentile(samples, 99),
      runs: RUNS,
      blockers: (first as { report: { blockers: unknown[] } }).report.blockers.length,
    };
  } finally {
    await bot.stop();
  }
  return { ...undelayed, delayed: await measureDelayed(file, customer.id) };
}
