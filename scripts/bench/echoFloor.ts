/**
 * The floors, built here: restify answering 200 with no bot (the HTTP floor), and an echo bot on the
 * bot's own adapter (the bot floors), both on restify with the same body parser as bot/server.ts and
 * no authentication (local mode, like the bot under test). The echo bot really POSTs its replies.
 */
import type { Activity } from 'botbuilder';
import restify from 'restify';
import { createAdapter } from '../../bot/adapter';
import type { Logger } from '../../services/logging/logger';
import { HOST } from './harness';

export interface Floor {
  url: string;
  close(): Promise<void>;
}

async function listen(server: restify.Server): Promise<string> {
  await new Promise<void>((resolve) => {
    server.listen(0, HOST, () => resolve());
  });
  return `http://${HOST}:${server.address().port}/api/messages`;
}

function close(server: restify.Server): Promise<void> {
  server.server.closeAllConnections?.();
  return new Promise((resolve) => {
    server.close(() => resolve());
  });
}

function baseServer(name: string): restify.Server {
  const server = restify.createServer({ name, handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 512 * 1024 }));
  return server;
}

/** restify returning 200, nothing else. */
export async function startHttpFloor(): Promise<Floor> {
  const server = baseServer('http-floor');
  server.post('/api/messages', async (_req, res) => {
    await Promise.resolve();
    res.send(200);
  });
  const url = await listen(server);
  return { url, close: () => close(server) };
}

/**
 * What the echo bot answers. Without it, one line (floor a): `You said: <text>` for a message, the
 * smallest valid Universal Actions answer (a one-line message) for a card action. With it (floor b),
 * the bot's own answers captured before the run: for a message, the activity the bot sent for the
 * message's first word (`help`, `customers`), for a card action the bot's invoke response body.
 */
export interface EchoAnswers {
  messages: Record<string, Partial<Activity>>;
  invoke?: unknown;
}

/**
 * An echo bot on the bot's own adapter (bot/adapter.ts: TeamsAdapter, outbound clients kept across
 * turns), so that the floor and the bot differ only by what the bot does in its turn.
 */
export async function startEchoBot(logger: Logger, answers?: EchoAnswers): Promise<Floor> {
  const adapter = createAdapter({ logger });
  const server = baseServer('echo-floor');
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, async (context) => {
      const activity = context.activity;
      if (activity.type === 'message') {
        const text = activity.text ?? '';
        const space = text.indexOf(' ');
        const answer = answers?.messages[space < 0 ? text : text.slice(0, space)];
        await context.sendActivity(answer ?? `You said: ${text}`);
      } else if (activity.type === 'invoke') {
        const verb = (activity.value as { action?: { verb?: unknown } } | undefined)?.action?.verb;
        await context.sendActivity({
          type: 'invokeResponse',
          value: {
            status: 200,
            body: answers?.invoke ?? {
              statusCode: 200,
              type: 'application/vnd.microsoft.activity.message',
              value: `You said: ${String(verb)}`,
            },
          },
        });
      }
    });
  });
  const url = await listen(server);
  return { url, close: () => close(server) };
}
