/** The domain services the bot calls, wired over one Partner Center client and one store. */
import type { Logger } from './logging/logger';
import { AuditLog } from './audit/auditLog';
import type { PartnerCenterClient, PartnerProfile } from './partner-center';
import { CustomerDirectory, type CustomerDirectoryOptions } from './relationships/customerDirectory';
import { sandboxGdap, unavailableGdap, type GdapSource } from './relationships/gdapSource';
import { InvitationService } from './relationships/invitationService';
import { loadPartnerContext, type PartnerContext } from './relationships/partnerContext';
import { RemovalService, type ProviderChannel } from './relationships/removalService';
import type { RecordStore } from './store/recordStore';

export interface DeskServices {
  partner: PartnerContext;
  directory: CustomerDirectory;
  gdap: GdapSource;
  client: PartnerCenterClient;
  audit: AuditLog;
  invitations: InvitationService;
  removal: RemovalService;
}

export interface DeskServicesOptions {
  client: PartnerCenterClient;
  store: RecordStore;
  logger: Logger;
  profile: PartnerProfile;
  /** Sandbox only: where the emulator serves GDAP data. */
  emulatorUrl?: string;
  providerChannel: ProviderChannel;
  directory?: CustomerDirectoryOptions;
  now?: () => Date;
}

export async function createDeskServices(options: DeskServicesOptions): Promise<DeskServices> {
  const { client, store, logger, now } = options;
  const partner = await loadPartnerContext(client, options.profile, logger);
  const directory = new CustomerDirectory(client, logger, options.directory);
  const audit = new AuditLog(store, now);
  const gdap = options.emulatorUrl ? sandboxGdap(options.emulatorUrl) : unavailableGdap;
  return {
    partner,
    directory,
    gdap,
    client,
    audit,
    invitations: new InvitationService({ client, store, audit, partner, directory, now }),
    removal: new RemovalService({
      client,
      store,
      audit,
      partner,
      directory,
      gdap,
      providerChannel: options.providerChannel,
      logger,
      now,
    }),
  };
}
