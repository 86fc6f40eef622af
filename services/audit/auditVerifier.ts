/**
 * Verifies every audit trail the index knows (auditIndex.ts) against its hash chain (auditChain.ts):
 * what `npm run audit:verify` prints, and what an evidence pack says about its customer's trail.
 */
import type { AuditLog } from './auditLog';
import { verifyTrail, type ChainProblem, type ChainVerdict } from './auditChain';

export interface BrokenTrail {
  trailId: string;
  problem: ChainProblem;
}

export interface VerificationReport {
  trails: number;
  /** Entries whose chain holds. */
  chained: number;
  /** Entries written before the chain existed: kept, but nothing proves them. */
  unverified: number;
  /** Each broken trail with the first thing wrong in it, in index order. */
  broken: BrokenTrail[];
}

/** One trail's verdict; a trail the index names but the store does not hold has nothing to verify. */
export async function verifyOne(audit: AuditLog, trailId: string): Promise<ChainVerdict> {
  const stored = await audit.stored(trailId);
  return stored === undefined ? { ok: true, chained: 0, unverified: 0 } : verifyTrail(trailId, stored);
}

export async function verifyAll(audit: AuditLog): Promise<VerificationReport> {
  const report: VerificationReport = { trails: 0, chained: 0, unverified: 0, broken: [] };
  for (const trailId of await audit.index.all()) {
    const verdict = await verifyOne(audit, trailId);
    report.trails++;
    report.chained += verdict.chained;
    report.unverified += verdict.unverified;
    if (!verdict.ok) report.broken.push({ trailId, problem: verdict.problem });
  }
  return report;
}

/** The report as the script prints it, one line per broken trail then the summary. */
export function describeReport(report: VerificationReport): string[] {
  const lines = report.broken.map(
    ({ trailId, problem }) =>
      `BROKEN audit/${trailId}: ${problem.kind} at entry ${problem.index} — ${problem.detail}`,
  );
  const prefix =
    report.unverified > 0 ? `, ${report.unverified} written before the chain began (not verifiable)` : '';
  lines.push(
    report.broken.length === 0
      ? `OK: ${report.trails} trails, ${report.chained} entries chained${prefix}.`
      : `${report.broken.length} of ${report.trails} trails are broken (${report.chained} entries verified before the first problem of each${prefix}).`,
  );
  return lines;
}
