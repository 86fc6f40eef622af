/**
 * Notification fan-out to 5,000 channel references: the real ChannelRegistry, Outbox,
 * NotificationSender and Teams transport (through the adapter) against a connector that enforces
 * Teams-like limits and answers 429 beyond them. Two cases on the same registered channels: the limits
 * alone, and the limits with 10% of the sends within them answered 429 with Retry-After (injected).
 * Per case: achieved rate as a fraction of the allowed rate, nothing lost, nothing duplicated.
 */
import { createAdapter } from '../../bot/adapter';
import { createTeamsChannelTransport } from '../../bot/teamsChannelTransport';
import { ChannelRegistry } from '../../services/notifications/channelRegistry';
import { NotificationSender } from '../../services/notifications/notificationSender';
import { Outbox } from '../../services/notifications/outbox';
import { openStore } from '../../services/store/openStore';
import { parseStoreUrl } from '../../services/store/storeUrl';
import type { Logger } from '../../services/logging/logger';
import { quietLogger, time } from './harness';
import { PER_TENANT, TeamsLimitedConnector, type InjectedThrottling } from './teamsLimitedConnector';

export const CHANNELS = 5_000;
export const TENANTS = 5;
const TIMEOUT_MS = 120_000;

/** The injected case: 10% of the sends within the limits answered 429 with `Retry-After: 1`. */
export const INJECTED: InjectedThrottling = { throttleFraction: 0.1, throttleRetryAfterS: 1, seed: 18 };

export interface FanoutCase {
  name: string;
  /** Fraction of the sends within the limits answered 429 anyway (0: the limits alone). */
  injectedFraction: number;
  retryAfterS: number;
  achievedRate: number;
  fraction: number;
  deliveredUnique: number;
  duplicates: number;
  lost: number;
  /** 429s beyond the Teams limits (the sender's own limiter let too much through). */
  throttled: number;
  /** 429s injected within the limits. */
  injected: number;
  senderStats: Record<string, number>;
  enqueueMs: number;
  deliverMs: number;
}

export interface FanoutResult {
  channels: number;
  tenants: number;
  allowedRate: number;
  registerMs: number;
  store: string;
  cases: FanoutCase[];
}

const tenantOfConversation = (id: string) => `tenant-${Number(/(\d+)$/.exec(id)?.[1] ?? 0) % TENANTS}`;

/** One notification to every channel, delivered by a fresh sender against a fresh connector. */
async function deliverOnce(
  name: string,
  injection: InjectedThrottling,
  registry: ChannelRegistry,
  outbox: Outbox,
  connector: TeamsLimitedConnector,
  logger: Logger,
): Promise<FanoutCase> {
  const adapter = createAdapter({ logger });
  const sender = new NotificationSender(
    outbox,
    registry,
    createTeamsChannelTransport(adapter, '', { logger }),
    {
      logger,
    },
  );
  try {
    const enqueued = await time(() =>
      outbox.enqueue({
        purpose: 'events',
        activity: { text: `Contoso accepted the reseller invitation (${name}).` },
      }),
    );
    if (enqueued.value.length !== CHANNELS) throw new Error(`enqueued ${enqueued.value.length}`);
    const started = Date.now();
    sender.start();
    while (connector.delivered.size < CHANNELS && Date.now() - started < TIMEOUT_MS) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const deliverMs = Date.now() - started;
    await sender.stop();
    // Anything still to come (a duplicate) would come now.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const window = Math.max(1, connector.lastAcceptedAt - connector.firstAcceptedAt) / 1000;
    const allowedRate = TENANTS * (PER_TENANT.limit / (PER_TENANT.windowMs / 1000));
    const achievedRate = connector.accepted / window;
    return {
      name,
      injectedFraction: injection.throttleFraction,
      retryAfterS: injection.throttleRetryAfterS,
      achievedRate,
      fraction: achievedRate / allowedRate,
      deliveredUnique: connector.delivered.size,
      duplicates: [...connector.delivered.values()].reduce((sum, n) => sum + n - 1, 0),
      lost: CHANNELS - connector.delivered.size,
      throttled: connector.throttled,
      injected: connector.injected,
      senderStats: { ...sender.stats },
      enqueueMs: enqueued.ms,
      deliverMs,
    };
  } finally {
    await sender.stop().catch(() => undefined);
  }
}

export async function runFanoutBench(storeUrl = 'memory://'): Promise<FanoutResult> {
  const logger = quietLogger();
  const store = await openStore(parseStoreUrl(storeUrl));
  const registry = new ChannelRegistry(store, logger);
  const outbox = new Outbox(store, registry, logger);
  const cases: FanoutCase[] = [];
  // The connector's address is in every registered reference; each case gets a fresh connector on it.
  let connector = new TeamsLimitedConnector(tenantOfConversation);
  const serviceUrl = await connector.start();
  const port = Number(new URL(serviceUrl).port);
  try {
    const registered = await time(async () => {
      for (let n = 0; n < CHANNELS; n++) {
        const id = `19:bench-channel-${n}`;
        await registry.register(
          {
            serviceUrl,
            channelId: 'msteams',
            conversation: {
              id,
              conversationType: 'channel',
              tenantId: tenantOfConversation(id),
              isGroup: true,
            },
            bot: { id: '28:reseller-desk-bot', name: 'Reseller Desk' },
          },
          'events',
          { name: 'bench' },
        );
      }
    });
    const runs: [string, InjectedThrottling][] = [
      ['Teams limits', { throttleFraction: 0, throttleRetryAfterS: 1 }],
      [
        `Teams limits and ${INJECTED.throttleFraction * 100}% answered 429, Retry-After ${INJECTED.throttleRetryAfterS} s`,
        INJECTED,
      ],
    ];
    for (const [index, [name, injection]] of runs.entries()) {
      if (index > 0) {
        await connector.stop();
        connector = new TeamsLimitedConnector(tenantOfConversation, injection);
        await connector.start(port);
      }
      cases.push(await deliverOnce(name, injection, registry, outbox, connector, logger));
    }
    return {
      channels: CHANNELS,
      tenants: TENANTS,
      allowedRate: TENANTS * (PER_TENANT.limit / (PER_TENANT.windowMs / 1000)),
      registerMs: registered.ms,
      store: storeUrl.split(':')[0],
      cases,
    };
  } finally {
    await store.close();
    await connector.stop();
  }
}
