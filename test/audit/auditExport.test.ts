/**
 * Audit export: the entries of a period across customers, found through the day index (only the
 * trails with an entry on one of the period's days are read), as CSV a spreadsheet opens safely
 * (RFC 4180 quoting, formulas neutralised) and as JSON.
 */
import assert from 'node:assert/strict';
import { AuditLog } from '../../services/audit/auditLog';
import { checkPeriod, entriesOf, exportCsv, exportJson } from '../../services/audit/auditExport';
import { openStore } from '../../services/store/openStore';
import type { RecordStore } from '../../services/store/recordStore';
import { parseStoreUrl } from '../../services/store/storeUrl';
import { csvCell } from '../../services/text/csv';
import { tempSqliteFile } from '../helpers/storeBackends';

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF), for checking what a spreadsheet reads. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  return rows;
}

describe('audit export', () => {
  let store: RecordStore;
  let clock: Date;
  let audit: AuditLog;
  const reads: string[] = [];

  beforeEach(async () => {
    const real = await openStore(parseStoreUrl(`sqlite://${tempSqliteFile()}`));
    reads.length = 0;
    // Every key read, to show which trails an export opens.
    store = new Proxy(real, {
      get(target, property, receiver) {
        if (property === 'get')
          return (key: string) => {
            reads.push(key);
            return target.get(key);
          };
        const value = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    clock = new Date('2025-03-01T09:00:00Z');
    audit = new AuditLog(store, () => clock);
    const at = async (iso: string, customer: string, name: string) => {
      clock = new Date(iso);
      await audit.append(customer, {
        actor: { name, aadObjectId: '00000000-0000-0000-0000-0000000000aa' },
        action: 'subscription.suspended',
        detail: { id: 'sub-1', name: 'Plan, "Premium"\nline two' },
        correlationId: 'c-1',
      });
    };
    await at('2025-03-01T09:00:00Z', 'contoso', 'Alex');
    await at('2025-03-02T23:59:59Z', 'fabrikam', '=HYPERLINK("http://evil","x")');
    await at('2025-03-03T00:00:00Z', 'contoso', 'Megan');
    await at('2025-04-10T12:00:00Z', 'northwind', 'Isaiah');
  });
  afterEach(async () => {
    await store.close();
  });

  it('finds the period’s entries across customers, whole UTC days, and opens only the trails of those days', async () => {
    reads.length = 0;
    const entries = await entriesOf(audit, { from: '2025-03-01', to: '2025-03-02' });
    assert.deepEqual(
      entries.map((e) => [e.customerId, e.actor.name]),
      [
        ['contoso', 'Alex'],
        ['fabrikam', '=HYPERLINK("http://evil","x")'],
      ],
    );
    const trailsRead = reads.filter((key) => key.startsWith('audit/'));
    assert.deepEqual(trailsRead.sort(), ['audit/contoso', 'audit/fabrikam'], 'northwind is never opened');
    assert.ok(!reads.includes('auditTrails/all'), 'no list of every trail is needed');
  });

  it('writes CSV that reads back field for field, with formulas shown as text', async () => {
    const entries = await entriesOf(audit, { from: '2025-03-01', to: '2025-03-31' });
    const csv = exportCsv(entries);
    assert.ok(csv.startsWith('\ufeffat,customerId,action,actor,'));
    assert.ok(csv.endsWith('\r\n'));
    const rows = parseCsv(csv.slice(1));
    assert.equal(rows.length, 4);
    const header = rows[0];
    const fabrikam = Object.fromEntries(header.map((name, i) => [name, rows[2][i]]));
    assert.equal(fabrikam.actor, `'=HYPERLINK("http://evil","x")`);
    assert.deepEqual(JSON.parse(fabrikam.detail), { id: 'sub-1', name: 'Plan, "Premium"\nline two' });
    assert.equal(fabrikam.correlationId, 'c-1');
    assert.match(fabrikam.hash, /^[0-9a-f]{64}$/);
  });

  it('neutralises every cell that starts like a formula, and quotes what RFC 4180 says', () => {
    assert.equal(csvCell('=1+1'), "'=1+1");
    assert.equal(csvCell('+33 1 23'), "'+33 1 23");
    assert.equal(csvCell('-5'), "'-5");
    assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvCell('\tx'), "'\tx");
    assert.equal(csvCell('\rx'), `"'\rx"`);
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell(undefined), '');
  });

  it('writes JSON with the period, the customers counted and every entry with its chain fields', async () => {
    const period = { from: '2025-03-01', to: '2025-04-30' };
    const json = JSON.parse(exportJson(period, await entriesOf(audit, period), '2025-05-01T00:00:00.000Z'));
    assert.equal(json.format, 'reseller-desk/audit-export');
    assert.deepEqual(json.period, { from: '2025-03-01', to: '2025-04-30', timeZone: 'UTC' });
    assert.equal(json.customers, 3);
    assert.equal(json.entries.length, 4);
    assert.equal(json.entries[3].customerId, 'northwind');
    assert.equal(typeof json.entries[0].prevHash, 'string');
  });

  it('takes two real days in order, at most 366 apart', () => {
    assert.deepEqual(checkPeriod('2025-01-01', '2025-12-31'), {
      ok: true,
      period: { from: '2025-01-01', to: '2025-12-31' },
    });
    assert.deepEqual(checkPeriod('2025-02-30', '2025-03-01'), { ok: false, problem: 'format' });
    assert.deepEqual(checkPeriod('1/2/2025', '2025-03-01'), { ok: false, problem: 'format' });
    assert.deepEqual(checkPeriod('2025-03-02', '2025-03-01'), { ok: false, problem: 'order' });
    assert.deepEqual(checkPeriod('2024-01-01', '2025-01-02'), { ok: false, problem: 'tooLong' });
  });
});
