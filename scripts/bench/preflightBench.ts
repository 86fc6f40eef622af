/**
 * Removal pre-flight for a customer with 200 subscriptions: how many Partner Center calls (one per
 * resource kind: E2 customer, E8 subscriptions, E11 entitlements, E6 partner relationships, GDAP) and
 * how long, through the real services (startBot) against the sandbox emulator.
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

export interface PreflightResult {
  subscriptions: number;
  callsPerPreflight: number;
  callsByKind: Record<string, number>;
  firstMs: number;
  p50: number;
  p99: number;
  runs: number;
  blockers: number;
}

function routeOf(entry: { route?: string; path: string }): string {
  if (entry.route) return entry.route;
  return entry.path.split('?')[0].replace(/[0-9a-f]{8}-[0-9a-f-]{27}/gi, '{id}');
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
    return {
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
}
