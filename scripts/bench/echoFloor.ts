/**
 * The floors, built here: restify answering 200 with no bot (the HTTP floor), and a bare botbuilder
 * CloudAdapter echo bot on restify (the bot floor), both with the same body parser as bot/server.ts and
 * no authentication (local mode, like the bot under test). The echo bot really POSTs its reply.
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import restify from 'restify';
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
 * A bare CloudAdapter echo bot: `You said: <text>` for messages, `You said: <verb>` for card actions, or,
 * given `invokeBody`, that body for every card action (the bench passes the bot's own answer, to measure
 * what the size of the answer alone costs).
 */
export async function startEchoBot(invokeBody?: unknown): Promise<Floor> {
  const adapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: '',
      MicrosoftAppPassword: '',
      MicrosoftAppType: 'MultiTenant',
      MicrosoftAppTenantId: '',
    }),
  );
  const server = baseServer('echo-floor');
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, async (context) => {
      if (context.activity.type === 'message') {
        await context.sendActivity(`You said: ${context.activity.text}`);
      } else if (context.activity.type === 'invoke') {
        // The smallest valid Universal Actions answer: a message (Teams shows an error for an empty body).
        const verb = (context.activity.value as { action?: { verb?: unknown } } | undefined)?.action?.verb;
        await context.sendActivity({
          type: 'invokeResponse',
          value: {
            status: 200,
            body: invokeBody ?? {
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
