/**
 * `npm run demo:replicas`: the deployment shape on one machine. Two bot replicas (`node
 * dist/bot/main.js`, as in production) share one store and one sandbox Partner Center, behind a
 * round-robin load balancer on PORT (default 3978), so `npm run playground` talks to both without
 * knowing it. The store is STORE_URL (Redis or Postgres), or a throwaway redis-server started here.
 *
 * Try: ask for a removal, approve it as another persona (each click may land on the other replica),
 * `kill -9` one replica (its pid is printed) and keep chatting; the survivor takes over its leases
 * (notifications, the sweep) and any removal it left half-done.
 *
 * Prints `DEMO <load balancer URL> <sandbox URL>` on stdout when ready; everything else on stderr.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createLogger } from '../../services/logging/logger';
import { startEmulator } from '../../services/partner-center/emulator/startEmulator';
import { openStore } from '../../services/store/openStore';
import { parseStoreUrl } from '../../services/store/storeUrl';
import { freePort, startRedis } from '../localRedis';
import { startRoundRobinProxy } from './roundRobinProxy';

const say = (line: string) => process.stderr.write(`demo: ${line}\n`);

async function main(): Promise<void> {
  const children: ChildProcess[] = [];
  let redisServer: ChildProcess | undefined;
  let storeUrl = process.env.STORE_URL;
  if (!storeUrl || !/^(redis|rediss|postgres|postgresql):/.test(storeUrl)) {
    if (storeUrl) say(`STORE_URL ${storeUrl.split(':')[0]}: is not shared between processes; using Redis`);
    const redis = await startRedis();
    if (!redis) {
      say('set STORE_URL=redis://… or postgres://…, or install redis-server (apt-get install redis-server)');
      process.exit(2);
    }
    redisServer = redis.proc;
    storeUrl = redis.url;
    say(`started redis-server for this demo at ${storeUrl} (nothing kept after it stops)`);
  }

  const logger = createLogger((process.env.LOG_LEVEL as 'info' | undefined) ?? 'warn', process.stderr);
  const emulatorStore = await openStore(parseStoreUrl(storeUrl));
  const emulator = await startEmulator({
    store: emulatorStore,
    logger,
    fixturePath: process.env.SANDBOX_DATA,
  });

  const mainJs = path.resolve(__dirname, '../../bot/main.js');
  const replicas = await Promise.all(
    ['a', 'b'].map(async (name) => {
      const port = await freePort();
      const child = spawn(process.execPath, ['--disable-warning=DEP0111', mainJs], {
        env: {
          ...process.env,
          PORT: String(port),
          HOST: '127.0.0.1',
          STORE_URL: storeUrl,
          PARTNER_CENTER: 'sandbox',
          SANDBOX_URL: emulator.url,
          LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
        },
        stdio: ['ignore', 'inherit', 'pipe'],
      });
      children.push(child);
      child.stderr?.on('data', (chunk: Buffer) => {
        for (const line of chunk
          .toString()
          .split('\n')
          .filter((l) => l.trim()))
          process.stderr.write(`[replica ${name}] ${line}\n`);
      });
      child.once('exit', (code, signal) =>
        say(`replica ${name} (pid ${child.pid}) ended: ${signal ?? code}`),
      );
      await waitForReady(port);
      say(`replica ${name}: pid ${child.pid}, http://127.0.0.1:${port}`);
      return { name, port };
    }),
  );

  const proxy = await startRoundRobinProxy(replicas, Number(process.env.PORT ?? 3978));
  say(`load balancer: ${proxy.url}/api/messages → replicas ${replicas.map((r) => r.name).join(', ')}`);
  say('chat with it: `npm run playground` in another terminal, then open http://localhost:56150');
  process.stdout.write(`DEMO ${proxy.url} ${emulator.url}\n`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    say(`served: ${[...proxy.served].map(([name, count]) => `${name} ${count}`).join(', ')}; stopping`);
    await proxy.close();
    const exits = children.map((child) =>
      child.exitCode !== null || child.signalCode !== null
        ? Promise.resolve()
        : new Promise<void>((resolve) => child.once('exit', () => resolve())),
    );
    for (const child of children) child.kill('SIGTERM');
    await Promise.race([Promise.all(exits), new Promise((resolve) => setTimeout(resolve, 12_000))]);
    await emulator.close();
    await emulatorStore.close();
    redisServer?.kill('SIGTERM');
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

/** Resolves when the replica's /healthz answers (bounded). */
async function waitForReady(port: number): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the replica on port ${port} did not start in 30 s`);
}

main().catch((error: unknown) => {
  say(`failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
