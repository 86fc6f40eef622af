/** The Microsoft Graph layer's public surface: the GDAP client, its model, errors, auth and settings. */
export { createGdapClient, HttpGdapClient } from './gdapClient';
export type { CustomerRelationshipsQuery, GdapClient, TerminateOutcome } from './gdapClient';
export { GLOBAL_GRAPH_URL, GRAPH_FAILURES, GraphHttp, SANDBOX_GRAPH_PATH } from './graphHttp';
export type { GraphCallContext, GraphHttpOptions } from './graphHttp';
export * from './graphErrors';
export * from './entraRoles';
export * from './model/gdapRelationship';
export * from './model/graphResources';
export {
  ClientCredentialsTokenProvider,
  graphDefaultScope,
  staticGraphTokenProvider,
} from './graphTokenProvider';
export type { GraphTokenProvider } from './graphTokenProvider';
export { describeGraphSettings, readGraphSettings } from './graphSettings';
export type { GraphAuth, GraphSettings, GraphSettingsResult } from './graphSettings';
export { openGdapClient } from './openGraph';
export type { OpenGdapOptions } from './openGraph';
