/**
 * The audit entries of a period across customers, as CSV and JSON. A period is a span of whole UTC
 * days, both included, at most MAX_PERIOD_DAYS long; its entries are found through the day index
 * (auditIndex.ts): only the trails with an entry on one of its days are read, never a list of store
 * keys. Entries older than a trail's length cap are no longer stored and so not exported.
 */
import { toCsv } from '../text/csv';
import type { AuditEntry, AuditLog } from './auditLog';

export const MAX_PERIOD_DAYS = 366;
const DAY_MS = 86_400_000;

export interface Period {
  /** yyyy-mm-dd, UTC, included. */
  from: string;
  /** yyyy-mm-dd, UTC, included. */
  to: string;
}

export type PeriodProblem = 'format' | 'order' | 'tooLong';

/** Two yyyy-mm-dd dates that exist, in order, at most MAX_PERIOD_DAYS apart. */
export function checkPeriod(
  from: string,
  to: string,
): { ok: true; period: Period } | { ok: false; problem: PeriodProblem } {
  const start = dayNumber(from);
  const end = dayNumber(to);
  if (start === undefined || end === undefined) return { ok: false, problem: 'format' };
  if (start > end) return { ok: false, problem: 'order' };
  if (end - start + 1 > MAX_PERIOD_DAYS) return { ok: false, problem: 'tooLong' };
  return { ok: true, period: { from, to } };
}

/** Days since the epoch of a real yyyy-mm-dd date (2025-02-30 is not one). */
function dayNumber(day: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day) return undefined;
  return ms / DAY_MS;
}

function daysOf(period: Period): string[] {
  const days: string[] = [];
  for (
    let ms = Date.parse(`${period.from}T00:00:00Z`);
    ms <= Date.parse(`${period.to}T00:00:00Z`);
    ms += DAY_MS
  )
    days.push(new Date(ms).toISOString().slice(0, 10));
  return days;
}

export interface ExportedEntry extends AuditEntry {
  /** The trail: a customer's tenant id, or `partner` for events not about one customer. */
  customerId: string;
}

/** The entries of the period, oldest first (then by customer and place in the chain). */
export async function entriesOf(audit: AuditLog, period: Period): Promise<ExportedEntry[]> {
  const trails = new Set<string>();
  for (const day of daysOf(period)) for (const id of await audit.index.on(day)) trails.add(id);
  const start = `${period.from}T00:00:00.000Z`;
  const end = new Date(Date.parse(`${period.to}T00:00:00Z`) + DAY_MS).toISOString();
  const found: ExportedEntry[] = [];
  for (const customerId of trails) {
    for (const entry of await audit.entries(customerId)) {
      if (entry.at >= start && entry.at < end) found.push({ customerId, ...entry });
    }
  }
  return found.sort(
    (a, b) =>
      a.at.localeCompare(b.at) || a.customerId.localeCompare(b.customerId) || (a.seq ?? 0) - (b.seq ?? 0),
  );
}

/** The CSV columns: stable English names, for spreadsheets and scripts alike. */
export const EXPORT_COLUMNS = [
  'at',
  'customerId',
  'action',
  'actor',
  'actorAadObjectId',
  'actorUserId',
  'correlationId',
  'detail',
  'seq',
  'prevHash',
  'hash',
] as const;

export function exportCsv(entries: readonly ExportedEntry[]): string {
  return toCsv(
    EXPORT_COLUMNS,
    entries.map((e) => [
      e.at,
      e.customerId,
      e.action,
      e.actor.name,
      e.actor.aadObjectId,
      e.actor.userId,
      e.correlationId,
      Object.keys(e.detail).length > 0 ? JSON.stringify(e.detail) : '',
      e.seq,
      e.prevHash,
      e.hash,
    ]),
  );
}

export function exportJson(period: Period, entries: readonly ExportedEntry[], generatedAt: string): string {
  const document = {
    format: 'reseller-desk/audit-export',
    version: 1,
    period: { ...period, timeZone: 'UTC' },
    generatedAt,
    customers: new Set(entries.map((e) => e.customerId)).size,
    entries,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
