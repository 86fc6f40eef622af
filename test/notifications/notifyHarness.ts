/** The notification stack for a test: real store, registry, outbox, sender, TeamsAdapter transport. */
import { TeamsAdapter } from '@microsoft/teams-ai';
import { createTeamsChannelTransport } from '../../bot/teamsChannelTransport';
import { ChannelRegistry, type ReferenceLike } from '../../services/notifications/channelRegistry';
import type { ChannelTransport } from '../../services/notifications/channelTransport';
import {
  NotificationSender,
  type NotificationSenderOptions,
} from '../../services/notifications/notificationSender';
import { Outbox } from '../../services/notifications/outbox';
import { openStore } from '../../services/store/openStore';
import type { RecordStore } from '../../services/store/recordStore';
import { parseStoreUrl } from '../../services/store/storeUrl';
import { captureLogger, type CapturedLogger } from '../helpers/logCapture';

export const START = Date.parse('2026-03-02T09:00:00.000Z');

/** A clock the test moves by hand. */
export class ManualClock {
  constructor(public time = START) {}
  readonly now = (): number => this.time;
  advance(ms: number): void {
    this.time += ms;
  }
}

export interface NotifyStack {
  store: RecordStore;
  registry: ChannelRegistry;
  outbox: Outbox;
  sender: NotificationSender;
  transport: ChannelTransport;
  clock: ManualClock;
  log: CapturedLogger;
  close(): Promise<void>;
}

export async function openNotifyStack(
  storeUrl: string,
  senderOptions: NotificationSenderOptions = {},
  clock = new ManualClock(),
): Promise<NotifyStack> {
  const log = captureLogger();
  const store = await openStore(parseStoreUrl(storeUrl));
  const registry = new ChannelRegistry(store, log.logger, () => new Date(clock.now()));
  const outbox = new Outbox(store, registry, log.logger, clock.now);
  // Local mode: no credentials and an empty bot app id, as against the Agents Playground.
  const transport = createTeamsChannelTransport(new TeamsAdapter({}), '', { logger: log.logger });
  const sender = new NotificationSender(outbox, registry, transport, {
    logger: log.logger,
    now: clock.now,
    random: () => 0,
    ...senderOptions,
  });
  return {
    store,
    registry,
    outbox,
    sender,
    transport,
    clock,
    log,
    async close() {
      await sender.stop();
      await store.close();
    },
  };
}

/** A reference as captured from a message in a Teams channel thread (conversation id with ;messageid=). */
export function channelMessageReference(
  serviceUrl: string,
  channel = '19:general@thread.tacv2',
  rootMessageId = '1709370000000',
): ReferenceLike & Record<string, unknown> {
  return {
    activityId: rootMessageId,
    user: { id: '29:user-1', name: 'Ada', aadObjectId: 'aad-ada' },
    bot: { id: '28:reseller-desk', name: 'Reseller Desk' },
    conversation: {
      id: `${channel};messageid=${rootMessageId}`,
      conversationType: 'channel',
      tenantId: 'tenant-1',
      isGroup: true,
    },
    channelId: 'msteams',
    locale: 'en-US',
    serviceUrl,
  };
}

export const ADA = { name: 'Ada', userId: 'aad-ada' };
