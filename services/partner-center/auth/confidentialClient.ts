/** MSAL's confidential client of an Entra app registration, as the Partner Center and Graph tokens use it. */
import { ConfidentialClientApplication, LogLevel } from '@azure/msal-node';
import type { Logger } from 'pino';
import { createMsalNetworkClient, type MsalNetworkOptions } from './msalNetworkClient';

/** An Entra app registration's confidential client (client id and secret, in its tenant). */
export interface ConfidentialClientOptions {
  clientId: string;
  clientSecret: string;
  tenantId: string;
  /** Default https://login.microsoftonline.com (tests point it at a loopback identity provider). */
  authorityHost?: string;
  network?: MsalNetworkOptions;
  logger: Logger;
}

/**
 * MSAL's confidential client over this module's network client, for the Partner Center and the Graph
 * tokens alike: MSAL's own warnings are logged, never anything it marks as personal data.
 */
export function createConfidentialClient(options: ConfidentialClientOptions): ConfidentialClientApplication {
  const host = (options.authorityHost ?? 'https://login.microsoftonline.com').replace(/\/+$/, '');
  const { logger } = options;
  return new ConfidentialClientApplication({
    auth: {
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      authority: `${host}/${options.tenantId}`,
      knownAuthorities: [new URL(host).host],
    },
    system: {
      networkClient: createMsalNetworkClient(options.network),
      loggerOptions: {
        piiLoggingEnabled: false,
        logLevel: LogLevel.Warning,
        loggerCallback: (level, message, containsPii) => {
          if (!containsPii && level <= LogLevel.Warning) logger.warn({ msal: message }, 'MSAL');
        },
      },
    },
  });
}
