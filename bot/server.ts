/**
 * The HTTP edge (restify 11): POST /api/messages into the adapter and the teams-ai Application,
 * GET /healthz (the process is alive), GET /readyz (the store answers), the signed links to evidence
 * packs and audit exports (GET /evidence/…, /audit-export/…: evidence/evidenceRoutes.ts, authorised by
 * their signature alone), and a graceful close that stops accepting, lets in-flight turns finish and
 * only then returns.
 *
 * Statuses of POST /api/messages, whatever the body:
 * - 200: the turn ran (or the activity was ignored: a tenant not allowed); an invoke's body is its
 *   invoke response;
 * - 400: the body is not JSON, not an object, or not an activity of the shape the bot answers
 *   (activityShape.ts) — nothing runs;
 * - 401: production mode and no valid Bot Framework token — nothing runs;
 * - 413: the body is over 512 KB;
 * - 501: an invoke the bot does not implement (unknown invoke name, or a search of another dataset),
 *   the Bot Framework's answer to such invokes;
 * - 503 (with Retry-After): the bot is shutting down.
 * A 500 means a bug: the request failed outside any turn.
 */
import type { AddressInfo } from 'node:net';
import type { Application, TeamsAdapter } from '@microsoft/teams-ai';
import restify from 'restify';
import type { Logger } from '../services/logging/logger';
import { runWithRequestContext } from '../services/logging/requestContext';
import type { WebhookVerifier } from '../services/partner-center/webhook/webhookVerifier';
import type { WebhookOutcome } from '../services/relationships/webhookEvents';
import type { RecordStore } from '../services/store/recordStore';
import { checkActivityShape } from './activityShape';
import { registerEvidenceRoutes, type EvidenceRouteDependencies } from './evidence/evidenceRoutes';
import type { AppTurnState } from './app';

export interface HttpServerDependencies {
  adapter: TeamsAdapter;
  app: Application<AppTurnState>;
  store: RecordStore;
  logger: Logger;
  /** Only these Entra tenants' activities reach the bot (checked after authentication); undefined: any. */
  allowedTenants?: string[];
  /** Partner Center webhook events (POST /api/partner-center/events), verified before anything runs. */
  webhook?: {
    verifier: WebhookVerifier;
    handle(body: unknown): Promise<WebhookOutcome>;
  };
  /** The signed links to evidence packs and audit exports (none: not served). */
  evidence?: EvidenceRouteDependencies;
}

export interface HttpServer {
  listen(port: number, host: string): Promise<AddressInfo>;
  /** Stops accepting, waits for in-flight turns (up to `graceMs`), then resolves. */
  close(graceMs?: number): Promise<void>;
  readonly inFlight: number;
  /** Resolves when no activity is being processed (at once when none is). */
  idle(): Promise<void>;
}

const MAX_BODY_BYTES = 512 * 1024;

/** The tenant of an activity as Teams sends it (conversation first, then channelData). */
function tenantOf(activity: {
  conversation?: { tenantId?: string };
  channelData?: { tenant?: { id?: string } };
}) {
  return (activity.conversation?.tenantId ?? activity.channelData?.tenant?.id)?.toLowerCase();
}

export function createHttpServer({
  adapter,
  app,
  store,
  logger,
  webhook,
  allowedTenants,
  evidence,
}: HttpServerDependencies): HttpServer {
  const server = restify.createServer({ name: 'reseller-desk', handleUncaughtExceptions: false });
  let inFlight = 0;
  let closing = false;
  let drained: (() => void) | undefined;
  const idleWaiters: (() => void)[] = [];

  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: MAX_BODY_BYTES }));

  server.post('/api/messages', async (req, res) => {
    if (closing) {
      res.header('Retry-After', '5');
      res.send(503, { error: 'shutting down' });
      return;
    }
    inFlight++;
    try {
      const shape = checkActivityShape(req.body);
      if (!shape.ok) {
        logger.warn({ problem: shape.problem }, 'not an activity this bot can answer: refused');
        res.send(400, { error: 'not a Bot Framework activity this bot can answer', problem: shape.problem });
        return;
      }
      await runWithRequestContext(() =>
        adapter.process(req, res, async (context) => {
          logger.debug({ type: context.activity.type, name: context.activity.name }, 'turn');
          const tenant = tenantOf(context.activity);
          if (allowedTenants && (!tenant || !allowedTenants.includes(tenant))) {
            logger.warn(
              { tenant: tenant ?? '(none)' },
              'activity from a tenant that is not allowed: ignored',
            );
            return;
          }
          await app.run(context);
        }),
      );
    } catch (error) {
      logger.error({ err: { message: (error as Error).message } }, 'request failed outside a turn');
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    } finally {
      inFlight--;
      if (inFlight === 0) {
        drained?.();
        for (const wake of idleWaiters.splice(0)) wake();
      }
    }
  });

  server.post('/api/partner-center/events', async (req, res) => {
    if (!webhook || closing) {
      res.send(503, { error: 'unavailable' });
      return;
    }
    const verdict = await webhook.verifier.verify(req.headers, (req as { rawBody?: string }).rawBody);
    if (!verdict.ok) {
      logger.warn({ reason: verdict.reason }, 'Partner Center webhook refused');
      res.send(401, { error: 'unauthorized' });
      return;
    }
    try {
      const outcome = await runWithRequestContext(() => webhook.handle(req.body));
      res.send(outcome === 'invalid' ? 400 : 200, { outcome });
    } catch (error) {
      logger.error({ err: { message: (error as Error).message } }, 'Partner Center webhook failed');
      res.send(500, { error: 'internal error' });
    }
  });

  if (evidence) registerEvidenceRoutes(server, evidence, () => closing);

  server.get('/healthz', async (_req, res) => {
    await Promise.resolve();
    res.send(200, { status: 'ok' });
  });

  server.get('/readyz', async (_req, res) => {
    if (closing) {
      res.send(503, { status: 'shutting down' });
      return;
    }
    try {
      await store.ping();
      res.send(200, { status: 'ready' });
    } catch (error) {
      res.send(503, { status: 'store unavailable', detail: (error as Error).message });
    }
  });

  return {
    get inFlight() {
      return inFlight;
    },
    idle: () =>
      inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => idleWaiters.push(resolve)),
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.removeListener('error', reject);
          resolve(server.address());
        });
      });
    },
    async close(graceMs = 10_000) {
      closing = true;
      const stopped = new Promise<void>((resolve) => {
        server.close(() => resolve());
      });
      if (inFlight > 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            logger.warn({ inFlight }, 'shutdown grace period over with turns still running');
            resolve();
          }, graceMs);
          drained = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      server.server.closeIdleConnections?.();
      await Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, 1000))]);
    },
  };
}
