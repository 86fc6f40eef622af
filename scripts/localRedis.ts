/**
 * A throwaway redis-server on a free loopback port (no persistence), for the benchmark and the
 * replica demo when no STORE_URL is given. Undefined when redis-server is not installed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const HOST = '127.0.0.1';

export function onPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, command);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

export async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, HOST);
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function accepts(port: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const socket = net.connect(port, HOST, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

export async function startRedis(): Promise<{ url: string; proc: ChildProcess } | undefined> {
  const binary = onPath('redis-server');
  if (!binary) return undefined;
  const port = await freePort();
  const proc = spawn(binary, ['--port', String(port), '--bind', HOST, '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 50; i++) {
    if (await accepts(port)) return { url: `redis://${HOST}:${port}`, proc };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  proc.kill();
  return undefined;
}
