/**
 * Customer search at 1k, 10k, 100k generated customers: typeahead latency in process (the index the
 * picker's `application/search` answers from), and how the cache is filled (E1 paging through the
 * PartnerCenterClient against the emulator) and refreshed (single flight, every 15 minutes).
 */
import type { Member } from '../../services/access/partnerRoles';
import { generateTenant } from '../../services/partner-center';
import { createPartnerCenterClient } from '../../services/partner-center/client/httpPartnerCenterClient';
import { staticTokenProvider } from '../../services/partner-center/auth/tokenProvider';
import { startEmulator } from '../../services/partner-center/emulator/startEmulator';
import { CustomerDirectory } from '../../services/relationships/customerDirectory';
import { CustomerSearchIndex } from '../../services/relationships/customerSearchIndex';
import { openStore } from '../../services/store/openStore';
import { parseStoreUrl } from '../../services/store/storeUrl';
import { percentile, quietLogger, time } from './harness';

/** Searches as a Helpdesk agent, the least role that may view customers. */
const BENCH_USER: Member = { name: 'Bench', roles: ['helpdeskAgent'], approver: false };

/**
 * What users type into the picker: single letters, keystroke by keystroke, a domain, a miss, and words
 * that are each common but rarely together (each of "00" and "gen01" starts the words of 10,000 of the
 * 100,000 generated customers, and no customer has both): the slow path of a typeahead that reads
 * customers in name order until its page is full.
 */
export const TYPEAHEAD = {
  'single letters': ['g', 'c', 'o', '0'],
  keystrokes: [
    'ge',
    'gen',
    'gene',
    'generated',
    'generated c',
    'generated cu',
    'generated customer 0',
    'generated customer 00',
    'generated customer 000',
    'generated customer 0004',
    'gen0004',
    'gen000421.onmicrosoft.com',
    'customer 9',
    'zz',
    'nomatch',
  ],
  'common words rarely together': [
    '00 gen01',
    '01 gen02',
    '03 gen07',
    '09 gen00',
    'customer 05 gen06',
    'onmicrosoft 02 gen04',
    '0 gen09 04',
  ],
} as const;
const QUERIES: string[] = Object.values(TYPEAHEAD).flat();
const ROUNDS = 60;

export interface SearchSize {
  customers: number;
  buildMs: number;
  /** Over every query of every round. */
  p50: number;
  p99: number;
  max: number;
  worstQuery: string;
  meanUs: number;
  /** Per kind of query (TYPEAHEAD's groups). */
  groups: { name: string; p99: number; max: number }[];
}

export interface CacheFill {
  customers: number;
  pageSize: number;
  listRequests: number;
  ms: number;
  requestsPerSecond: number;
  concurrentStaleCalls: number;
  refreshRequests: number;
  refreshMs: number;
}

export function searchAt(customers: number): SearchSize {
  const summaries = generateTenant(customers).customers.map((c) => ({
    id: c.id,
    name: c.companyProfile.companyName,
    domain: c.companyProfile.domain,
  }));
  const built = performance.now();
  const index = new CustomerSearchIndex(summaries);
  const buildMs = performance.now() - built;
  // Typeahead answers with `suggest` (first 15 in name order, no total), as the bot's search invoke does.
  // Warm-up: a few passes, so the rounds measure the optimized code rather than its compilation.
  for (let pass = 0; pass < 5; pass++) for (const query of QUERIES) index.suggest(query, 15);
  const samples: number[] = [];
  const byQuery = new Map<string, number[]>(QUERIES.map((query) => [query, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of QUERIES) {
      const started = performance.now();
      index.suggest(query, 15);
      const ms = performance.now() - started;
      samples.push(ms);
      byQuery.get(query)?.push(ms);
    }
  }
  const worst = [...byQuery.entries()].map(([query, times]) => [query, Math.max(...times)] as const);
  const [worstQuery] = [...worst].sort((a, b) => b[1] - a[1])[0];
  return {
    customers,
    buildMs,
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    max: Math.max(...samples),
    worstQuery,
    meanUs: (samples.reduce((a, b) => a + b, 0) / samples.length) * 1000,
    groups: Object.entries(TYPEAHEAD).map(([name, queries]) => {
      const times = queries.flatMap((query) => byQuery.get(query) ?? []);
      return { name, p99: percentile(times, 99), max: Math.max(...times) };
    }),
  };
}

export async function cacheFill(customers: number): Promise<CacheFill> {
  const logger = quietLogger();
  const store = await openStore(parseStoreUrl('memory://'));
  const emulator = await startEmulator({ store, logger, fixture: generateTenant(customers) });
  try {
    const client = createPartnerCenterClient({
      baseUrl: emulator.url,
      tokenProvider: staticTokenProvider('sandbox'),
      logger,
    });
    let clock = Date.now();
    const pageSize = 500;
    const directory = new CustomerDirectory(client, logger, { pageSize, now: () => clock });
    const listed = () => emulator.requests.filter((r) => r.route === 'listCustomers').length;
    const fill = await time(() => directory.reload());
    const listRequests = listed();
    if (fill.value.size !== customers) throw new Error(`filled ${fill.value.size} of ${customers}`);
    // 16 minutes later, 50 users type at once: they are answered from the old index, one refresh runs.
    clock += 16 * 60_000;
    const concurrentStaleCalls = 50;
    const refreshStarted = performance.now();
    await Promise.all(
      Array.from({ length: concurrentStaleCalls }, () => directory.search(BENCH_USER, 'gen', 15)),
    );
    await directory.reload(); // joins the background refresh (single flight)
    const refreshMs = performance.now() - refreshStarted;
    return {
      customers,
      pageSize,
      listRequests,
      ms: fill.ms,
      requestsPerSecond: listRequests / (fill.ms / 1000),
      concurrentStaleCalls,
      refreshRequests: listed() - listRequests,
      refreshMs,
    };
  } finally {
    await emulator.close();
    await store.close();
  }
}

export async function runSearchBench(log: (line: string) => void) {
  const sizes: SearchSize[] = [];
  for (const customers of [1_000, 10_000, 100_000]) {
    sizes.push(searchAt(customers));
    const s = sizes[sizes.length - 1];
    log(
      `  search ${customers}: p99 ${s.p99.toFixed(3)} ms (${s.groups.map((g) => `${g.name} ${g.p99.toFixed(3)}`).join(', ')}; ` +
        `build ${Math.round(s.buildMs)} ms)`,
    );
  }
  const fill = await cacheFill(100_000);
  log(`  cache fill 100k: ${fill.listRequests} requests in ${Math.round(fill.ms)} ms`);
  return { sizes, fill, queries: QUERIES.length, rounds: ROUNDS };
}
