/**
 * The domain services the bot calls, wired over one Partner Center client and one store, with the
 * notification plan (services/notifications/notificationPlan.ts) registered on their events once.
 */
import type { Logger } from './logging/logger';
import { AuditLog } from './audit/auditLog';
import { EvidenceService } from './evidence/evidenceService';
import type { SignedLinks } from './evidence/signedLinks';
import { AcceptanceWatcher } from './relationships/acceptanceWatcher';
import type { PartnerCenterClient, PartnerProfile } from './partner-center';
import { CustomerDirectory, type CustomerDirectoryOptions } from './relationships/customerDirectory';
import type { GdapClient } from './graph/gdapClient';
import { openGdapClient } from './graph/openGraph';
import { graphGdap, unavailableGdap, type GdapSource } from './relationships/gdapSource';
import { GdapHealthService } from './relationships/gdapHealthService';
import { GdapTerminationService } from './relationships/gdapTerminationService';
import { InvitationService } from './relationships/invitationService';
import { loadPartnerContext, type PartnerContext } from './relationships/partnerContext';
import type { RemovalBlocker } from './relationships/removalPreflight';
import { RemovalService } from './relationships/removalService';
import type { Member } from './access/partnerRoles';
import { ApprovalDelivery } from './notifications/approvalDelivery';
import { ChannelRegistry } from './notifications/channelRegistry';
import type { EventPublisher } from './notifications/deskEvent';
import { DirectChats, type ChatOpener } from './notifications/directChats';
import { GdapDigest } from './notifications/gdapDigest';
import { NotificationPlan } from './notifications/notificationPlan';
import { PostedCards } from './notifications/postedCards';
import type { RecordStore } from './store/recordStore';
import { findClosingWindows } from './workflows/cancellationWindowWatch';
import { dueReminders } from './workflows/scheduleReminders';
import type { ExecutionStep } from './workflows/executionStep';
import type { ApprovalPolicy } from './workflows/removalRequest';
import { RemovalWorkflow } from './workflows/removalWorkflow';

export interface DeskServices {
  partner: PartnerContext;
  directory: CustomerDirectory;
  gdap: GdapSource;
  /** The Graph client behind `gdap`, when Graph can be read (sandbox, or live with GRAPH_AUTH). */
  gdapClient?: GdapClient;
  /** GDAP health over every customer (`gdap`, the weekly digest). */
  gdapHealth: GdapHealthService;
  client: PartnerCenterClient;
  audit: AuditLog;
  /** Evidence packs, their links, audit exports. */
  evidence: EvidenceService;
  invitations: InvitationService;
  removal: RemovalService;
  /** Ending GDAP relationships on their own (the customer kept). */
  gdapTermination: GdapTerminationService;
  workflow: RemovalWorkflow;
  acceptances: AcceptanceWatcher;
  notifications: NotificationPlan;
  /** Where approval cards go; the requester's card followed. */
  approvals: ApprovalDelivery;
  /** The people's 1:1 chats with the bot. */
  directChats: DirectChats;
  /** The clock every service reads (tests set it). */
  now: () => Date;
  /**
   * The periodic work (bot/startBot.ts runs it about every 15 minutes, under the sweep's lease):
   * re-reads the customer list (new customers are acceptances), warns of cancellation windows closing
   * and reminds of scheduled removals, and sends the weekly GDAP digest (on a later run than the
   * process's first).
   */
  periodicWork(): Promise<void>;
}

export interface DeskServicesOptions {
  client: PartnerCenterClient;
  store: RecordStore;
  logger: Logger;
  profile: PartnerProfile;
  /** Microsoft Graph for GDAP relationships (openPartnerCenter's `gdap`). */
  gdapClient?: GdapClient;
  /** Sandbox only: the emulator, whose Graph routes serve GDAP when no `gdapClient` is given. */
  emulatorUrl?: string;
  /** Where every notification the services decide leaves (bot/ renders and enqueues it). */
  publisher: EventPublisher;
  /** The stored conversations (channels and 1:1 chats); one is made over `store` when not given. */
  registry?: ChannelRegistry;
  /** Opens a 1:1 chat with an approver the bot has not talked with (bot/ implements it). */
  chatOpener?: ChatOpener;
  /** The roles file's members: approvers are found among them. */
  members?: () => readonly Member[];
  directory?: CustomerDirectoryOptions;
  policy?: Partial<ApprovalPolicy>;
  /** Signs the links to evidence packs and audit exports (none: no links, exports refused). */
  links?: SignedLinks;
  now?: () => Date;
  /** Called at each step of a removal's execution (crash trials). */
  onExecutionStep?: (step: ExecutionStep, requestId: string) => void;
}

export async function createDeskServices(options: DeskServicesOptions): Promise<DeskServices> {
  const { client, store, logger, now } = options;
  const registry = options.registry ?? new ChannelRegistry(store, logger, now);
  const directChats = new DirectChats(store, registry, options.chatOpener, logger, now);
  const postedCards = new PostedCards(store);
  const approvals = new ApprovalDelivery({
    publisher: options.publisher,
    postedCards,
    registry,
    directChats,
    store,
    members: options.members ?? (() => []),
    logger,
  });
  const notifications = new NotificationPlan({
    publisher: options.publisher,
    postedCards,
    approvals,
    logger,
    now: now ?? (() => new Date()),
  });
  const partner = await loadPartnerContext(client, options.profile, logger);
  const directory = new CustomerDirectory(client, logger, options.directory);
  const audit = new AuditLog(store, now);
  const gdapClient =
    options.gdapClient ??
    (options.emulatorUrl
      ? openGdapClient({ mode: 'sandbox', emulatorUrl: options.emulatorUrl, logger })
      : undefined);
  const gdap = gdapClient ? graphGdap(gdapClient, logger) : unavailableGdap;
  const gdapHealth = new GdapHealthService({
    client: gdapClient,
    directory,
    logger,
    now: now ?? (() => new Date()),
  });
  const gdapDigest = new GdapDigest({
    store,
    health: gdapHealth,
    plan: notifications,
    channels: registry,
    logger,
    now: now ?? (() => new Date()),
  });
  const acceptances = new AcceptanceWatcher(store, audit, logger, now);
  directory.onNewCustomers(async (customers) => {
    for (const customer of customers) await acceptances.accepted(customer, 'polling');
  });
  // The workflow re-checks blockers through the removal service (declared below) before executing.
  const workflow: RemovalWorkflow = new RemovalWorkflow({
    store,
    audit,
    client,
    logger,
    now,
    policy: options.policy,
    onExecutionStep: options.onExecutionStep,
    checkBlockers: (customerId): Promise<RemovalBlocker[] | 'gone'> => removal.blockersOf(customerId),
    prepareSchedule: (request) => removal.prepareSchedule(request),
    gdapClient,
    onRemoved: (customerId) => {
      directory.forget(customerId);
      void acceptances.forget(customerId).catch(() => undefined);
    },
  });
  const removal: RemovalService = new RemovalService({
    workflow,
    client,
    store,
    audit,
    partner,
    directory,
    gdap,
    providerChannel: notifications,
    logger,
    now,
  });
  const gdapTermination = new GdapTerminationService({ workflow, client, directory, gdap, now });
  const invitations = new InvitationService({ client, store, audit, partner, directory, now });
  const evidence = new EvidenceService({
    requests: workflow,
    audit,
    links: options.links,
    now: now ?? (() => new Date()),
  });
  notifications.listen({ workflow, acceptances, invitations, channels: registry });
  let periodicRuns = 0;
  return {
    partner,
    directory,
    gdap,
    gdapClient,
    gdapHealth,
    client,
    audit,
    evidence,
    invitations,
    removal,
    gdapTermination,
    workflow,
    acceptances,
    notifications,
    approvals,
    directChats,
    now: now ?? (() => new Date()),
    async periodicWork() {
      const firstRun = periodicRuns++ === 0;
      await directory.reload();
      const at = now?.() ?? new Date();
      await notifications.cancellationWindowsClosing(
        await findClosingWindows(workflow, (id) => removal.blockersOf(id), at),
      );
      await notifications.removalReminders(dueReminders(await workflow.all(), at));
      // Not on a process's first run: a starting replica catches up first, and a channel that runs
      // `notify here` right after a start gets the digest on the next run (about 15 minutes later).
      if (firstRun) return;
      await gdapDigest.sendIfDue().catch((error: unknown) => {
        logger.warn({ err: { message: (error as Error).message } }, 'weekly GDAP digest not sent');
      });
    },
  };
}
