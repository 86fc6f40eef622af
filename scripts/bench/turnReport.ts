/**
 * The turn section of docs/performance.md (report.ts places it): the workload, the floors and the bot
 * against floor (b), with the summary rows of its targets.
 */
import type { LoadResult } from './harness';
import { LOAD } from './harness';
import type { TurnBenchResult, TurnCase } from './turnBench';
import { PARTS } from './cpuProfileSummary';

const f = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const ok = (met: boolean) => (met ? 'met' : '**not met**');
const spread = (ratios: number[]) => `${f(Math.min(...ratios), 2)}–${f(Math.max(...ratios), 2)}`;
const cpu = (r: LoadResult) => f(r.cpuUsPerRequest ?? NaN);

type Table = (head: string[], rows: (string | number)[][]) => string;

export const throughputRatio = (c: TurnCase) => c.bot.rps / c.echo.rps;
export const p99Ratio = (c: TurnCase) => c.bot.p99 / c.echo.p99;
/** The targets: ≥ 0.8× floor (b)'s throughput, p99 ≤ 2× floor (b)'s p99. */
export const meetsTargets = (c: TurnCase) => throughputRatio(c) >= 0.8 && p99Ratio(c) <= 2;

export function turnSummaryRows(turns: TurnBenchResult): string[][] {
  return turns.cases.map((c) => [
    `${c.store} · ${c.name}: ≥ 0.8× the throughput of the echo bot giving the same answer, p99 ≤ 2× its p99`,
    `${f(throughputRatio(c), 2)}×, ${f(p99Ratio(c), 1)}×`,
    `${ok(throughputRatio(c) >= 0.8)} / ${ok(p99Ratio(c) <= 2)}`,
  ]);
}

/** The method of the turn cases, for "How to reproduce". */
export function turnMethod(): string {
  return `Each turn case warms both servers up for ${LOAD.warmupS} s, then runs ${LOAD.rounds} rounds (\`BENCH_ROUNDS\`) of one ${LOAD.sliceS} s
slice of the echo bot and one of the bot, the order alternating (echo–bot, bot–echo, …) so that a change in
the machine's speed during the case falls on both alike; the slices of each are then taken together: mean
req/s, CPU over all requests, and p50 and p99 over every response of the case (all the slices' latencies
merged, not a median of per-slice percentiles, which would smooth away the tail p99 is there to show).
The per-round ratios show the noise.`;
}

/** The profiled runs: µs of CPU per turn by part of the stack, the bot next to floor (b), per case. */
function profileSection(turns: TurnBenchResult, table: Table): string {
  const cases = turns.cases.filter((c) => c.profile);
  if (!cases.length) return '';
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const rows = PARTS.map((part) => [
    part,
    ...cases.map((c) => {
      const { bot, echo } = c.profile as NonNullable<TurnCase['profile']>;
      return `${f(bot[part])} / ${f(echo[part])}`;
    }),
  ]);
  rows.push([
    '**total**',
    ...cases.map((c) => {
      const { bot, echo } = c.profile as NonNullable<TurnCase['profile']>;
      return `**${f(sum(Object.values(bot)))} / ${f(sum(Object.values(echo)))}**`;
    }),
  ]);
  const budget = cases.map((c) => {
    const { bot, echo } = c.profile as NonNullable<TurnCase['profile']>;
    const echoUs = sum(Object.values(echo));
    return `${c.name}: ${f(sum(Object.values(bot)) - echoUs)} µs on top of (b), ${f(echoUs / 4)} µs allowed`;
  });
  return `
### Where a turn's CPU goes

After its rounds, each SQLite case runs once more for ${cases[0].profile?.seconds} s on floor (b) and on the bot with V8's
sampling CPU profiler on (\`cpuProfileSummary.ts\`; the profiler slows turns, so these runs give the split,
not the figures above). µs of CPU per turn, **bot / floor (b)**, by the part of the stack each sample's frame
belongs to (a native frame counts for the JavaScript that called it):

${table(['Part', ...cases.map((c) => c.name)], rows)}

0.8× of (b)'s throughput leaves the bot a quarter of (b)'s CPU per turn for all of its own work: ${budget.join('; ')}.
`;
}

export function turnSection(turns: TurnBenchResult, table: Table): string {
  const { workload } = turns;
  const floorRows = turns.floors.map((floor) => [
    floor.name,
    floor.answerBytes.toLocaleString('en-US'),
    `${f(floor.line.rps)}, ${f(floor.line.p99, 1)}, ${cpu(floor.line)}`,
    `${f(floor.card.rps)}, ${f(floor.card.p99, 1)}, ${cpu(floor.card)}`,
    `${f(floor.card.rps / floor.line.rps, 2)}× (${spread(floor.roundRatios)})`,
  ]);
  const caseRows = turns.cases.map((c) => [
    c.store,
    c.name,
    f(c.bot.rps),
    f(c.bot.p50, 1),
    f(c.bot.p99, 1),
    c.bot.errors + c.bot.non2xx,
    cpu(c.bot),
    f(c.logBytesPerTurn),
    `${f(c.echo.rps)}, ${f(c.echo.p99, 1)}, ${cpu(c.echo)}`,
    `**${f(throughputRatio(c), 2)}×** (${spread(c.roundRatios)})`,
    `${f((c.echo.cpuUsPerRequest ?? NaN) / (c.bot.cpuUsPerRequest ?? NaN), 2)}×`,
    `${f(p99Ratio(c), 2)}×`,
    `${ok(throughputRatio(c) >= 0.8)} / ${ok(p99Ratio(c) <= 2)}`,
  ]);
  return `## Turns over HTTP

Each turn is a real POST /api/messages; the adapter POSTs its replies to a loopback connector (counting,
200). Like for like:

- **Same adapter.** The floors are an echo bot on the bot's own adapter (\`bot/adapter.ts\`: teams-ai's
  TeamsAdapter, botbuilder's outbound clients kept across turns), on restify with the same body parser, no
  authentication (local mode, like the bot here). Floor (a) answers one line (\`You said: …\`, or for a card
  click the smallest valid Universal Actions answer, a one-line message); floor (b) answers **the very card
  the bot answers** in that case, captured from the bot before the run. The targets compare the bot with (b).
- **Varied requests.** ${workload.users} users (a roles file of sales agents, admin agents and global admins) in
  ${workload.conversations} conversations (each user's 1:1 chat), \`customers <text>\` with ${workload.queries.toLocaleString('en-US')} distinct
  search texts over a generated tenant of 1,000 customers (each text a prefix of "generated", of "customer"
  and of the six-digit number, from 100 to 1,000 matches), and ${workload.clicks.toLocaleString('en-US')} distinct clicks
  (\`customers.page\`: full pages of those searches). Requests walk through these in turn, so consecutive turns
  come from different users, conversations and searches (\`scripts/bench/turnWorkload.ts\`). Before anything
  is measured each user says \`help\` once (their first contact registers their 1:1 chat).
- **Real logging.** The bot logs at its default level (LOG_LEVEL unset: \`info\`, a line per command and per
  card click) to its stdout, a pipe the bench drains, as a container runtime would; "log B/turn" is what it
  wrote per turn.

### Floors

The HTTP floor (restify answering 200, no bot): ${f(turns.httpFloor.rps)} req/s, p99 ${f(turns.httpFloor.p99, 1)} ms, ${cpu(turns.httpFloor)} µs CPU
per request. The echo bot's two floors per case, interleaved like the cases below (req/s, p99 ms, CPU µs/request):

${table(['Case', "bot's answer, bytes", '(a) one line', "(b) the bot's card", '(b) ÷ (a) (rounds)'], floorRows)}

### Reseller Desk against floor (b)

${table(
  [
    'Store',
    'Case',
    'req/s',
    'p50 ms',
    'p99 ms',
    'errors',
    'CPU µs/turn',
    'log B/turn',
    'echo (b) req/s, p99 ms, CPU µs (same rounds)',
    'throughput vs (b) (rounds min–max)',
    '(b) CPU ÷ bot CPU',
    'p99 vs (b)',
    'targets',
  ],
  caseRows,
)}
${profileSection(turns, table)}${turns.skipped.length ? `\nNot run: ${turns.skipped.join('; ')}.\n` : ''}`;
}
