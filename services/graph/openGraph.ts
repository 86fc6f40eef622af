/**
 * The GDAP client for the bot's mode, like openPartnerCenter for Partner Center: the sandbox talks
 * to the emulator's Graph routes (`{emulator}/graph/v1.0`) with any token; live mode talks to
 * GRAPH_BASE_URL with the token GRAPH_AUTH names (docs/graph.md §2). One HttpGdapClient either way.
 */
import type { Logger } from 'pino';
import type { PartnerCenterSettings } from '../partner-center/auth/partnerCenterSettings';
import { createSecureAppModelTokenProvider } from '../partner-center/auth/secureAppModelTokenProvider';
import type { RecordStore } from '../store/recordStore';
import { createGdapClient } from './gdapClient';
import type { GdapClient } from './gdapClient';
import { SANDBOX_GRAPH_PATH } from './graphHttp';
import type { GraphSettings } from './graphSettings';
import {
  ClientCredentialsTokenProvider,
  graphDefaultScope,
  staticGraphTokenProvider,
} from './graphTokenProvider';
import type { GraphTokenProvider } from './graphTokenProvider';

export type OpenGdapOptions =
  | { mode: 'sandbox'; emulatorUrl: string; logger: Logger }
  | {
      mode: 'live';
      settings: GraphSettings;
      /** Delegated mode redeems Partner Center's stored refresh token. */
      partnerCenter: PartnerCenterSettings;
      store: RecordStore;
      logger: Logger;
    };

export function openGdapClient(options: OpenGdapOptions): GdapClient {
  const { logger } = options;
  if (options.mode === 'sandbox') {
    return createGdapClient({
      baseUrl: `${options.emulatorUrl.replace(/\/+$/, '')}${SANDBOX_GRAPH_PATH}`,
      tokenProvider: staticGraphTokenProvider('sandbox'),
      logger,
    });
  }
  const { settings, partnerCenter } = options;
  const scope = graphDefaultScope(settings.baseUrl);
  const tokenProvider: GraphTokenProvider =
    settings.auth === 'application'
      ? new ClientCredentialsTokenProvider({ ...settings, scope, logger })
      : createSecureAppModelTokenProvider({
          ...partnerCenter,
          store: options.store,
          logger,
          scopes: [scope],
          service: 'Microsoft Graph',
        });
  return createGdapClient({ baseUrl: settings.baseUrl, tokenProvider, logger });
}
