/**
 * Notification fan-out to 5,000 channel references: the real ChannelRegistry, Outbox,
 * NotificationSender and Teams transport (through the adapter) against a connector that enforces
 * Teams-like limits and answers 429 beyond them. Achieved rate as a fraction of the allowed rate,
 * and nothing lost.
 */
import { createAdapter } from '../../bot/adapter';
import { createTeamsChannelTransport } from '../../bot/teamsChannelTransport';
import { ChannelRegistry } from '../../services/notifications/channelRegistry';
import { NotificationSender } from '../../services/notifications/notificationSender';
import { Outbox } from '../../services/notifications/outbox';
import { openStore } from '../../services/store/openStore';
import { parseStoreUrl } from '../../services/store/storeUrl';
import { quietLogger, time } from './harness';
import { PER_TENANT, TeamsLimitedConnector } from './teamsLimitedConnector';

export const CHANNELS = 5_000;
export const TENANTS = 5;
const TIMEOUT_MS = 120_000;

export interface FanoutResult {
  channels: number;
  tenants: number;
  allowedRate: number;
  achievedRate: number;
  fraction: number;
  deliveredUnique: number;
  duplicates: number;
  lost: number;
  throttled: number;
  senderStats: Record<string, number>;
  registerMs: number;
  enqueueMs: number;
  deliverMs: number;
  store: string;
}

const tenantOfConversation = (id: string) => `tenant-${Number(/(\d+)$/.exec(id)?.[1] ?? 0) % TENANTS}`;

export async function runFanoutBench(storeUrl = 'memory://'): Promise<FanoutResult> {
  const logger = quietLogger();
  const connector = new TeamsLimitedConnector(tenantOfConversation);
  const serviceUrl = await connector.start();
  const store = await openStore(parseStoreUrl(storeUrl));
  const registry = new ChannelRegistry(store, logger);
  const outbox = new Outbox(store, registry, logger);
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
    const enqueued = await time(() =>
      outbox.enqueue({ purpose: 'events', activity: { text: 'Contoso accepted the reseller invitation.' } }),
    );
    if (enqueued.value.length !== CHANNELS) throw new Error(`enqueued ${enqueued.value.length}`);
    const started = Date.now();
    sender.start();
    while (connector.delivered.size < CHANNELS && Date.now() - started < TIMEOUT_MS) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const deliverMs = Date.now() - started;
    await sender.stop();
    const window = Math.max(1, connector.lastAcceptedAt - connector.firstAcceptedAt) / 1000;
    const allowedRate = TENANTS * (PER_TENANT.limit / (PER_TENANT.windowMs / 1000));
    const achievedRate = connector.accepted / window;
    const duplicates = [...connector.delivered.values()].reduce((sum, n) => sum + n - 1, 0);
    return {
      channels: CHANNELS,
      tenants: TENANTS,
      allowedRate,
      achievedRate,
      fraction: achievedRate / allowedRate,
      deliveredUnique: connector.delivered.size,
      duplicates,
      lost: CHANNELS - connector.delivered.size,
      throttled: connector.throttled,
      senderStats: { ...sender.stats },
      registerMs: registered.ms,
      enqueueMs: enqueued.ms,
      deliverMs,
      store: storeUrl.split(':')[0],
    };
  } finally {
    await sender.stop().catch(() => undefined);
    await store.close();
    await connector.stop();
  }
}
