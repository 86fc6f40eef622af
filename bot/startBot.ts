/** Composition root: wires config, store, Partner Center, adapter, application and HTTP server into a running bot. *
 * Long because starting the bot wires every part in order (store, Partner Center, services, adapter,
 * server, background work) and closes them in reverse.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import type { ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import type { Config } from '../services/config/config';
import { describeConfig } from '../services/config/config';
import type { Logger } from '../services/logging/logger';
import type { ExecutionStep } from '../services/workflows/executionStep';
import { createDeskServices, type DeskServices } from '../services/deskServices';
import { SignedLinks } from '../services/evidence/signedLinks';
import { openPartnerCenter, type OpenedPartnerCenter } from '../services/partner-center';
import { LeaseRunner } from '../services/store/lease';
import { openStore } from '../services/store/openStore';
import type { RecordStore } from '../services/store/recordStore';
import { TurnStateStorage } from '../services/store/turnStateStorage';
import { ChannelRegistry } from '../services/notifications/channelRegistry';
import { NotificationSender } from '../services/notifications/notificationSender';
import { Outbox } from '../services/notifications/outbox';
import {
  WebhookVerifier,
  type WebhookVerifierOptions,
} from '../services/partner-center/webhook/webhookVerifier';
import { handleWebhookEvent } from '../services/relationships/webhookEvents';
import { WorkflowScheduler } from '../services/workflows/workflowScheduler';
import { createAdapter } from './adapter';
import { createChatOpener } from './chatOpener';
import { sandboxClock } from '../services/config/sandboxClock';
import { DeskNotifier } from './notifications/deskNotifier';
import { createTeamsChannelTransport } from './teamsChannelTransport';
import { createApplication } from './app';
import { createHttpServer } from './server';

export interface StartOptions {
  logger: Logger;
  authOverrides?: Partial<ConfigurationBotFrameworkAuthenticationOptions>;
  /** Partner Center webhook verification (tests replace the certificate download). */
  webhook?: WebhookVerifierOptions;
  /** The clock the sandbox and the services read (tests move it); otherwise SANDBOX_NOW or the real one. */
  now?: () => Date;
}

export interface RunningBot {
  address: AddressInfo;
  /** http://host:port of the bot. */
  url: string;
  store: RecordStore;
  partnerCenter: OpenedPartnerCenter;
  services: DeskServices;
  stop(graceMs?: number): Promise<void>;
  /**
   * Resolves when this process has nothing under way that a user could still see: no activity being
   * processed, no background workflow work (executions, sweeps) running, and, on the replica that
   * delivers notifications, the outbox delivered as far as it can be now (entries waiting for a
   * backoff or a rate limit stay queued). Tests wait for it before checking that nothing more came.
   */
  settled(): Promise<void>;
}

/** Things to close on stop, in reverse order of opening. */
class Closers {
  private readonly closers: (() => Promise<void>)[] = [];
  add(close: () => Promise<void>): void {
    this.closers.unshift(close);
  }
  async closeAll(): Promise<void> {
    for (const close of this.closers.splice(0)) await close();
  }
}

export async function startBot(
  config: Config,
  { logger, authOverrides, webhook, now: clock }: StartOptions,
): Promise<RunningBot> {
  logger.info({ config: describeConfig(config) }, 'starting');
  if (!config.credentials) {
    logger.warn(
      'LOCAL MODE: no MicrosoftAppId is set, so requests are NOT authenticated. ' +
        'This is for the Agents Playground on this machine only: never expose this process to a network.',
    );
  }
  const closers = new Closers();
  try {
    const store = await openStore(config.store, {
      onBackendError: (error) =>
        logger.warn({ err: { message: String((error as Error)?.message ?? error) } }, 'store error'),
    });
    closers.add(() => store.close());
    await store.ping();

    // SANDBOX_NOW: the sandbox and the services see the sandbox clock (operational timing stays real).
    const now = clock ?? (config.sandboxNow ? sandboxClock(config.sandboxNow) : undefined);
    if (config.sandboxNow)
      logger.warn({ sandboxNow: config.sandboxNow.toISOString() }, 'sandbox clock set by SANDBOX_NOW');
    if (config.sandboxDelay)
      logger.warn({ sandboxDelay: config.sandboxDelay }, 'sandbox calls delayed by SANDBOX_DELAY_MS');
    const partnerCenter = await openPartnerCenter(
      config.partnerCenterSettings
        ? { mode: 'live', settings: config.partnerCenterSettings, graph: config.graphSettings, store, logger }
        : {
            mode: 'sandbox',
            store,
            logger,
            sandboxData: config.sandboxData,
            sandboxCustomers: config.sandboxCustomers,
            sandboxUrl: config.sandboxUrl,
            now,
            answerDelay: config.sandboxDelay,
          },
    );
    closers.add(() => partnerCenter.close());
    if (partnerCenter.emulator) {
      const { url, partner, customerCount } = partnerCenter.emulator;
      logger.info(
        { url, partner: partner.companyName, customers: customerCount },
        'sandbox Partner Center started',
      );
    } else if (partnerCenter.sandbox) {
      const { url, partner } = partnerCenter.sandbox;
      logger.info({ url, partner: partner.companyName }, 'using the sandbox Partner Center at SANDBOX_URL');
    }

    const profile = partnerCenter.sandbox?.partner ?? config.partnerProfile;
    if (!profile) throw new Error('live mode needs the partner profile (PARTNER_TYPE, PARTNER_NAME)');
    const adapter = createAdapter({ credentials: config.credentials, authOverrides, logger });
    const botAppId = config.credentials?.appId ?? '';

    // Channel notifications: references, a durable outbox, and the sender that posts through the adapter.
    const registry = new ChannelRegistry(store, logger);
    const outbox = new Outbox(store, registry, logger);
    const sender = new NotificationSender(
      outbox,
      registry,
      createTeamsChannelTransport(adapter, botAppId, { logger }),
      { logger, pollIntervalMs: 5_000 },
    );
    // Links to evidence packs and audit exports: signed, expiring, to the public address (or, in the
    // sandbox without PUBLIC_BASE_URL, to this process's own address once it listens).
    let ownUrl = `http://${config.host}:${config.port}`;
    const links = new SignedLinks({
      key: config.links.key,
      validDays: config.links.validDays,
      baseUrl: () => config.links.publicBaseUrl ?? ownUrl,
    });
    if (config.links.generated) {
      logger.warn(
        'EVIDENCE_LINK_KEY is not set: links to evidence packs and audit exports are signed with a key made for this process; they stop working when it restarts and other replicas refuse them.',
      );
    }
    if (!config.links.publicBaseUrl && config.credentials) {
      logger.warn(
        'PUBLIC_BASE_URL is not set: links to evidence packs and audit exports name this process’s own address, which people’s browsers may not reach.',
      );
    }
    // The services decide every notification; the notifier renders its card and enqueues it.
    const notifier = new DeskNotifier({ registry, outbox, roles: config.roles, links });

    const services = await createDeskServices({
      client: partnerCenter.client,
      store,
      logger,
      profile,
      gdapClient: partnerCenter.gdap,
      emulatorUrl: partnerCenter.sandbox?.url,
      publisher: notifier,
      registry,
      chatOpener: createChatOpener(adapter, botAppId),
      members: () => config.roles.members,
      policy: config.approvals,
      directory: { refreshMs: config.customerListRefreshMs },
      now,
      links,
      onExecutionStep: config.crashAt ? crashAtSteps(config.crashAt, logger) : undefined,
    });
    partnerCenter.emulator?.onInvitationAccepted((event) => {
      const customer = { id: event.customerId, name: event.companyName, domain: event.domain };
      void services.acceptances.accepted(customer, 'emulator').catch((error: unknown) => {
        logger.warn({ err: { message: (error as Error).message } }, 'acceptance not recorded');
      });
    });

    // Background work runs under leases: with several replicas on Redis or Postgres, one sends the
    // notifications and one sweeps; another takes over within a lease's time when it dies.
    const replica = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    const onLeaseError = (error: unknown) =>
      logger.warn({ err: { message: (error as Error).message } }, 'background lease step failed');
    let delivering = false;
    const sending = new LeaseRunner({
      store,
      name: 'notification-sender',
      holderId: replica,
      ttlMs: 30_000,
      intervalMs: 5_000,
      // The holder's sender wakes on its own enqueues and polls for the other replicas'.
      job: () => Promise.resolve(),
      onLeaseChange: (held) => {
        delivering = held;
        if (held) sender.start();
        else void sender.stop();
      },
      onError: onLeaseError,
    });
    sending.start();
    closers.add(async () => {
      await sending.stop();
      await sender.stop();
    });
    // Work left by a previous process (approved or executing requests) resumes with the first sweep;
    // the services' periodic work (customer list, closing cancellation windows) runs about every 15 minutes.
    const scheduler = new WorkflowScheduler({
      workflow: services.workflow,
      logger,
      periodicEvery: Math.max(1, Math.round((15 * 60_000) / config.sweepIntervalMs)),
      periodic: () => services.periodicWork(),
    });
    const sweeping = new LeaseRunner({
      store,
      name: 'workflow-sweeper',
      holderId: replica,
      ttlMs: 2 * config.sweepIntervalMs,
      intervalMs: config.sweepIntervalMs,
      // The first sweep runs at once: it resumes work a previous process left (approved, executing).
      job: async () => {
        await scheduler.runSweep();
      },
      onError: onLeaseError,
    });
    sweeping.start();
    closers.add(async () => {
      await sweeping.stop();
      await scheduler.stop();
    });

    const app = createApplication({
      adapter,
      storage: new TurnStateStorage(store),
      logger,
      services,
      roles: config.roles,
      registry,
      botAppId: config.credentials?.appId,
    });
    const http = createHttpServer({
      adapter,
      app,
      store,
      logger,
      allowedTenants: config.allowedTenants,
      evidence: { links, evidence: services.evidence, logger },
      webhook: {
        verifier: new WebhookVerifier({ trustedHosts: config.webhookCertificateHosts, ...webhook }),
        handle: (body) =>
          handleWebhookEvent(
            {
              client: partnerCenter.client,
              acceptances: services.acceptances,
              directory: services.directory,
              logger,
            },
            body,
          ),
      },
    });
    const address = await http.listen(config.port, config.host);
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    ownUrl = `http://${host}:${address.port}`;
    logger.info({ port: address.port, host: address.address }, 'listening');

    let stopping: Promise<void> | undefined;
    return {
      address,
      url: `http://${host}:${address.port}`,
      store,
      partnerCenter,
      services,
      async settled() {
        // Each step can start work for another (a turn approves, the execution notifies): repeat until
        // a round finds nothing under way.
        for (;;) {
          const started = scheduler.started;
          await http.idle();
          await scheduler.idle();
          if (delivering) await sender.drain();
          if (http.inFlight === 0 && scheduler.started === started && !scheduler.busy) return;
        }
      },
      stop(graceMs) {
        stopping ??= (async () => {
          logger.info({ inFlight: http.inFlight }, 'stopping');
          await http.close(graceMs);
          await closers.closeAll();
          logger.info('stopped');
        })();
        return stopping;
      },
    };
  } catch (error) {
    await closers.closeAll().catch(() => undefined);
    throw error;
  }
}

/** Crash trials (TEST_CRASH_AT): the process dies like a `kill -9` when an execution reaches a step. */
function crashAtSteps(steps: ExecutionStep[], logger: Logger): (step: ExecutionStep) => void {
  logger.warn({ steps }, 'TEST_CRASH_AT is set: this process will kill itself during removals');
  return (step) => {
    if (steps.includes(step)) process.kill(process.pid, 'SIGKILL');
  };
}
