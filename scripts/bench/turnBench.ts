/**
 * Turn throughput and latency over real HTTP: the bot (startBot) against its floors (restify 200, a
 * bare CloudAdapter echo bot), same harness, same machine, same run. Each server runs in its own
 * process (benchTarget.ts); this process runs autocannon and the loopback connector the adapters
 * really POST their replies to. Cases: `help`, `customers generated` (a card with 15 results), and an
 * Action.Execute invoke (customers.page, the next 15). Besides req/s and latency, the server's CPU
 * time per request is read around each run: less sensitive than throughput to what else the machine does.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateTenant } from '../../services/partner-center';
import { VERBS } from '../../cards/verbs';
import { actionActivity, messageActivity, PERSONAS } from '../../test/helpers/activities';
import { CountingConnector, LOAD, load, pooled, startTarget, type LoadResult, type Target } from './harness';

const ROUNDS = LOAD.rounds;

export interface TurnCase {
  store: string;
  name: string;
  /** All the bot's slices taken together (harness.pooled), and the echo bot's of the same rounds. */
  bot: LoadResult;
  echo: LoadResult;
  /** Bot req/s ÷ echo req/s in each round: the spread. */
  roundRatios: number[];
}

/** The echo bot answering the bot's own invoke answer, against the plain echo invoke: the answer's cost. */
export interface AnswerSizeFloor {
  bytes: number;
  echoCard: LoadResult;
  echo: LoadResult;
  roundRatios: number[];
}

/**
 * One case: both servers warmed up, then LOAD.rounds rounds of one slice each, the order alternating
 * (echo-bot, bot-echo, …) so a drift of the machine's speed during the case falls on both alike.
 */
async function measureCase(
  name: string,
  echo: Target,
  echoBody: string,
  bot: Target,
  botBody: string,
): Promise<Pick<TurnCase, 'bot' | 'echo' | 'roundRatios'>> {
  const slice = { warmupS: 0, durationS: LOAD.sliceS };
  await load('echo', echo.url, echoBody, echo, { warmupS: 0, durationS: LOAD.warmupS });
  await load(name, bot.url, botBody, bot, { warmupS: 0, durationS: LOAD.warmupS });
  const echoRuns: LoadResult[] = [];
  const botRuns: LoadResult[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    if (round % 2 === 0) {
      echoRuns.push(await load('echo', echo.url, echoBody, echo, slice));
      botRuns.push(await load(name, bot.url, botBody, bot, slice));
    } else {
      botRuns.push(await load(name, bot.url, botBody, bot, slice));
      echoRuns.push(await load('echo', echo.url, echoBody, echo, slice));
    }
  }
  return {
    bot: pooled(botRuns),
    echo: pooled(echoRuns),
    roundRatios: botRuns.map((run, i) => run.rps / echoRuns[i].rps),
  };
}

export interface TurnBenchResult {
  httpFloor: LoadResult;
  echoMessage: LoadResult;
  echoInvoke: LoadResult;
  cases: TurnCase[];
  stores: string[];
  skipped: string[];
}

/** A generated sandbox tenant on disk (SANDBOX_DATA), so `customers generated` has 15+ results. */
export function tenantFile(customers: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reseller-bench-'));
  const file = path.join(dir, `tenant-${customers}.json`);
  writeFileSync(file, JSON.stringify(generateTenant(customers)));
  return file;
}

export function turnBodies(serviceUrl: string) {
  const who = { serviceUrl, ...PERSONAS.alexSales };
  return {
    help: JSON.stringify(messageActivity('help', who)),
    customers: JSON.stringify(messageActivity('customers generated', who)),
    action: JSON.stringify(actionActivity(VERBS.customersPage, { query: 'generated', page: 1 }, who)),
  };
}

/**
 * One POST per case before measuring: status 200, a reply at the connector, a card in the invoke.
 * Returns the invoke's answer (the body of the HTTP response), if there was an invoke.
 */
async function check(url: string, bodies: Record<string, string>, connector: CountingConnector) {
  let invokeAnswer: string | undefined;
  for (const [name, body] of Object.entries(bodies)) {
    const before = connector.received;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`${name}: ${response.status} ${text.slice(0, 200)}`);
    if (name === 'action' && !text.includes('application/vnd.microsoft.card.adaptive'))
      throw new Error(`${name}: no card in the invoke response: ${text.slice(0, 200)}`);
    if (name !== 'action' && connector.received !== before + 1)
      throw new Error(`${name}: the reply did not reach the connector`);
    if (name === 'action') invokeAnswer = text;
  }
  return invokeAnswer;
}

export async function runTurnBench(redisUrl: string | undefined, log: (line: string) => void) {
  const connector = new CountingConnector();
  const serviceUrl = await connector.start();
  const bodies = turnBodies(serviceUrl);
  const sandboxData = tenantFile(1000);
  const skipped: string[] = [];
  try {
    const floor = await startTarget('floor');
    const httpFloor = await load('restify 200', floor.url, bodies.help, floor);
    await floor.stop();
    log(`  http floor ${Math.round(httpFloor.rps)} req/s`);

    // The echo bot stays up: each case interleaves it with the bot (measureCase).
    const echo = await startTarget('echo');
    await check(echo.url, { help: bodies.help, customers: bodies.customers }, connector);
    const echoMessage = await load('echo message', echo.url, bodies.help, echo);
    const echoInvoke = await load('echo invoke', echo.url, bodies.action, echo);
    log(`  echo ${Math.round(echoMessage.rps)} req/s message, ${Math.round(echoInvoke.rps)} req/s invoke`);

    const stores: [string, string][] = [
      ['sqlite', `sqlite://${path.join(path.dirname(sandboxData), 'bench.sqlite')}`],
    ];
    if (redisUrl) stores.push(['redis', redisUrl]);
    else skipped.push('redis (no redis-server on this machine)');
    const cases: TurnCase[] = [];
    let invokeAnswer: string | undefined;
    let answerSize: AnswerSizeFloor | undefined;
    try {
      for (const [store, url] of stores) {
        const bot = await startTarget('bot', { STORE_URL: url, SANDBOX_DATA: sandboxData });
        try {
          const answer = await check(bot.url, bodies, connector);
          if (answer && !invokeAnswer) invokeAnswer = answer;
          for (const [name, body, echoBody] of [
            ['help', bodies.help, bodies.help],
            ['customers (card, 15 results)', bodies.customers, bodies.help],
            ['Action.Execute customers.page', bodies.action, bodies.action],
          ] as const) {
            const measured = await measureCase(name, echo, echoBody, bot, body);
            cases.push({ store, name, ...measured });
            const { bot: b, echo: e, roundRatios } = measured;
            log(
              `  ${store} ${name}: ${Math.round(b.rps)} req/s p99 ${b.p99} ms ${Math.round(b.cpuUsPerRequest ?? NaN)} µs CPU/turn ` +
                `(echo ${Math.round(e.rps)} req/s p99 ${e.p99} ms ${Math.round(e.cpuUsPerRequest ?? NaN)} µs); ` +
                `${(b.rps / e.rps).toFixed(2)}×, rounds ${roundRatios.map((r) => r.toFixed(2)).join(' ')}`,
            );
          }
        } finally {
          await bot.stop();
        }
      }
      if (invokeAnswer) {
        const echoCard = await startTarget('echo-card', { BENCH_INVOKE_BODY: invokeAnswer });
        try {
          const measured = await measureCase(
            'echo answering the bot card',
            echo,
            bodies.action,
            echoCard,
            bodies.action,
          );
          answerSize = {
            bytes: Buffer.byteLength(invokeAnswer),
            echoCard: measured.bot,
            echo: measured.echo,
            roundRatios: measured.roundRatios,
          };
          log(
            `  echo answering the bot's ${answerSize.bytes}-byte card: ${(measured.bot.rps / measured.echo.rps).toFixed(2)}× the echo invoke`,
          );
        } finally {
          await echoCard.stop();
        }
      }
    } finally {
      await echo.stop();
    }
    return { httpFloor, echoMessage, echoInvoke, answerSize, cases, stores: stores.map(([s]) => s), skipped };
  } finally {
    await connector.stop();
  }
}
