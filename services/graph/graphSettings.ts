/**
 * GRAPH_* settings for Microsoft Graph in live mode (docs/graph.md §2, docs/live-setup.md), read and
 * validated from an env object; every problem is one line naming the variable. Without GRAPH_AUTH,
 * live mode reads no GDAP relationship and says so; the sandbox serves Graph itself and takes none.
 *
 * - GRAPH_AUTH=application: the app's own token (client credentials) in the partner tenant. The app
 *   registration is Partner Center's (PC_CLIENT_ID, PC_CLIENT_SECRET) unless GRAPH_CLIENT_ID and
 *   GRAPH_CLIENT_SECRET name another one of the same tenant.
 * - GRAPH_AUTH=delegated: the Secure Application Model refresh token of Partner Center, redeemed for
 *   Graph; it belongs to Partner Center's app registration, so GRAPH_CLIENT_* are refused.
 *
 * The secret is never part of a problem; log settings only through `describeGraphSettings`.
 */
import { httpsUrl } from '../partner-center/auth/partnerCenterSettings';
import type { PartnerCenterSettings } from '../partner-center/auth/partnerCenterSettings';
import { GLOBAL_GRAPH_URL } from './graphHttp';

export type GraphAuth = 'application' | 'delegated';

export interface GraphSettings {
  auth: GraphAuth;
  /** GRAPH_BASE_URL (default https://graph.microsoft.com/v1.0). */
  baseUrl: string;
  /** application: GRAPH_CLIENT_ID or PC_CLIENT_ID. delegated: PC_CLIENT_ID. */
  clientId: string;
  /** Secret. */
  clientSecret: string;
  /** PC_TENANT_ID: the partner's tenant, where the caller must be. */
  tenantId: string;
  /** PC_AUTHORITY_HOST. */
  authorityHost: string;
}

export type GraphSettingsResult = { ok: true; settings?: GraphSettings } | { ok: false; problems: string[] };

type Env = Record<string, string | undefined>;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const GRAPH_VARIABLES = ['GRAPH_AUTH', 'GRAPH_BASE_URL', 'GRAPH_CLIENT_ID', 'GRAPH_CLIENT_SECRET'];

function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/**
 * `live`: PARTNER_CENTER=live. `partnerCenter`: its valid PC_* settings, if any (their own problems
 * are reported by readPartnerCenterSettings).
 */
export function readGraphSettings(
  env: Env,
  live: boolean,
  partnerCenter: PartnerCenterSettings | undefined,
): GraphSettingsResult {
  const problems: string[] = [];
  const set = GRAPH_VARIABLES.filter((name) => read(env, name) !== undefined);
  if (!live) {
    if (set.length) {
      problems.push(
        `${set.join(', ')}: for PARTNER_CENTER=live only; the sandbox serves Microsoft Graph itself. Unset ${set.length > 1 ? 'them' : 'it'}.`,
      );
      return { ok: false, problems };
    }
    return { ok: true };
  }
  const auth = read(env, 'GRAPH_AUTH');
  if (!auth) {
    if (set.length) {
      problems.push(`${set.join(', ')} set without GRAPH_AUTH: set GRAPH_AUTH=application or delegated.`);
      return { ok: false, problems };
    }
    return { ok: true };
  }
  if (auth !== 'application' && auth !== 'delegated') {
    problems.push(`GRAPH_AUTH must be "application" or "delegated" (got ${JSON.stringify(auth)}).`);
  }
  const baseUrl = httpsUrl(env, 'GRAPH_BASE_URL', GLOBAL_GRAPH_URL, problems);
  const ownId = read(env, 'GRAPH_CLIENT_ID');
  const ownSecret = read(env, 'GRAPH_CLIENT_SECRET');
  if (auth === 'delegated' && (ownId || ownSecret)) {
    problems.push(
      'GRAPH_CLIENT_ID and GRAPH_CLIENT_SECRET are for GRAPH_AUTH=application: delegated mode redeems the Partner Center refresh token, which belongs to PC_CLIENT_ID.',
    );
  }
  if (auth === 'application' && !!ownId !== !!ownSecret) {
    problems.push('Set GRAPH_CLIENT_ID and GRAPH_CLIENT_SECRET together (or neither, to use PC_CLIENT_ID).');
  }
  if (ownId && !GUID.test(ownId))
    problems.push(`GRAPH_CLIENT_ID must be a GUID (got ${JSON.stringify(ownId)}).`);
  if (problems.length || !partnerCenter) return problems.length ? { ok: false, problems } : { ok: true };
  return {
    ok: true,
    settings: {
      auth: auth as GraphAuth,
      baseUrl,
      clientId: ownId ?? partnerCenter.clientId,
      clientSecret: ownSecret ?? partnerCenter.clientSecret,
      tenantId: partnerCenter.tenantId,
      authorityHost: partnerCenter.authorityHost,
    },
  };
}

/** The settings without the secret, for logs and the startup banner. */
export function describeGraphSettings(settings: GraphSettings): Record<string, string> {
  return {
    auth: settings.auth,
    baseUrl: settings.baseUrl,
    clientId: settings.clientId,
    tenantId: settings.tenantId,
  };
}
