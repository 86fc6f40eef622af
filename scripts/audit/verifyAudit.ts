/**
 * `npm run audit:verify`: checks the hash chain of every audit trail in the store named by STORE_URL
 * (from the environment or .env, as the bot reads it). Prints OK with the counts and exits 0, or one
 * line per broken trail naming the first entry that is wrong (changed, missing, reordered) and exits 1.
 * Exits 2 when the store cannot be opened.
 */
import { existsSync } from 'node:fs';
import { AuditLog } from '../../services/audit/auditLog';
import { describeReport, verifyAll } from '../../services/audit/auditVerifier';
import { DEFAULT_STORE_URL } from '../../services/config/config';
import { openStore } from '../../services/store/openStore';
import type { RecordStore } from '../../services/store/recordStore';
import { parseStoreUrl, type StoreLocation } from '../../services/store/storeUrl';

const say = (line: string) => process.stdout.write(`${line}\n`);
const fail = (line: string, code: number): never => {
  process.stderr.write(`audit:verify: ${line}\n`);
  process.exit(code);
};

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  let location: StoreLocation;
  try {
    location = parseStoreUrl(process.env.STORE_URL?.trim() || DEFAULT_STORE_URL);
  } catch (error) {
    return fail(`STORE_URL ${(error as Error).message}`, 2);
  }
  if (location.kind === 'memory') return fail('STORE_URL memory:// holds nothing between processes.', 2);
  let store: RecordStore;
  try {
    store = await openStore(location);
    await store.ping();
  } catch (error) {
    return fail(`STORE_URL ${location.redacted}: ${(error as Error).message}`, 2);
  }
  try {
    say(`Audit trails in ${location.redacted}`);
    const report = await verifyAll(new AuditLog(store));
    for (const line of describeReport(report)) say(line);
    process.exitCode = report.broken.length > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => fail((error as Error).message ?? String(error), 2));
