/**
 * Configuration from the environment, validated once at start.
 *
 * Every problem is reported as one line naming the variable and what is expected, so an operator can
 * fix it without reading a stack trace. See .env.example and the README's configuration table.
 *
 * Long because every variable is read, validated and explained here, one small reader each, so that an operator's questions have one file.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import demoRoles from '../access/demoRoles.json';
import { RoleDirectory } from '../access/roleDirectory';
import {
  describePartnerCenterSettings,
  readPartnerCenterSettings,
  type PartnerCenterSettings,
  type PartnerProfile,
} from '../partner-center';
import { DEFAULT_CERTIFICATE_HOSTS } from '../partner-center/webhook/webhookVerifier';
import { MAX_ANSWER_DELAY_MS, type AnswerDelay } from '../partner-center/emulator/answerDelay';
import { MAX_GENERATED_CUSTOMERS } from '../partner-center/emulator/fixture/generatedCustomers';
import { describeGraphSettings, readGraphSettings, type GraphSettings } from '../graph/graphSettings';
import { parseStoreUrl, type StoreLocation } from '../store/storeUrl';
import { readLinkSettings, type LinkSettings } from './linkSettings';
import type { LogLevel } from '../logging/logger';
import { EXECUTION_STEPS, type ExecutionStep } from '../workflows/executionStep';
export type { LogLevel } from '../logging/logger';

export type PartnerCenterMode = 'sandbox' | 'live';
export type AppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';

export interface BotCredentials {
  appId: string;
  appPassword: string;
  tenantId: string;
  appType: AppType;
}

export interface Config {
  port: number;
  host: string;
  store: StoreLocation;
  partnerCenter: PartnerCenterMode;
  /** PC_* settings; present exactly when partnerCenter is 'live'. */
  partnerCenterSettings?: PartnerCenterSettings;
  /**
   * GRAPH_* settings: live mode with GRAPH_AUTH set (GDAP relationships read from Microsoft Graph).
   * Absent in live mode without GRAPH_AUTH (GDAP not read) and in the sandbox (it serves Graph).
   */
  graphSettings?: GraphSettings;
  /** Entra tenant ids whose Teams users may use the bot (ALLOWED_TENANTS); undefined: any tenant. */
  allowedTenants?: string[];
  /**
   * Hosts allowed to serve Partner Center's webhook signing certificate (PC_WEBHOOK_CERT_HOSTS;
   * default: the storage host Partner Center documents, docs/partner-center.md §7).
   */
  webhookCertificateHosts: string[];
  /** Maker-checker policy for removals. */
  approvals: { requiredApprovals: number; expiryHours: number; resumeExecutionAfterMs: number };
  /**
   * The signed links to evidence packs and audit exports (EVIDENCE_LINK_KEY, EVIDENCE_LINK_DAYS,
   * PUBLIC_BASE_URL: see linkSettings.ts).
   */
  links: LinkSettings;
  /** How often one replica sweeps the workflows (SWEEP_INTERVAL_SECONDS, default 60). */
  sweepIntervalMs: number;
  /**
   * A search on a customer list older than this reloads it in the background (CUSTOMER_LIST_REFRESH_SECONDS,
   * default 900: 15 minutes).
   */
  customerListRefreshMs: number;
  /**
   * Crash trials only (TEST_CRASH_AT): the process kills itself with SIGKILL when a removal's
   * execution reaches one of these steps. Refused when an app id is configured.
   */
  crashAt?: ExecutionStep[];
  /** Live mode: who the partner is (the sandbox takes it from the tenant fixture). */
  partnerProfile?: PartnerProfile;
  /** Path of the sandbox tenant fixture; undefined means the bundled demo tenant. */
  sandboxData?: string;
  /**
   * Sandbox only (SANDBOX_CUSTOMERS): a generated tenant of this many customers instead of a fixture
   * (docs/sandbox-tenant.md), e.g. to try the bot at a large partner's scale.
   */
  sandboxCustomers?: number;
  /**
   * Sandbox only: the loopback URL of an emulator that is already running (SANDBOX_URL), used instead
   * of starting one in-process, so several replicas share one Partner Center.
   */
  sandboxUrl?: string;
  /**
   * Sandbox only (SANDBOX_NOW, an ISO date-time): the instant the sandbox clock starts at
   * (services/config/sandboxClock.ts); undefined: the real clock.
   */
  sandboxNow?: Date;
  /**
   * Sandbox only (SANDBOX_DELAY_MS, SANDBOX_DELAY_JITTER_MS): the emulator answers every Partner Center
   * and Graph call after this delay, to feel and measure what a partner waits for; undefined: at once.
   */
  sandboxDelay?: AnswerDelay;
  /** Path of the JSON file that maps Teams users to partner roles (undefined: see `roles`). */
  rolesFile?: string;
  /**
   * Who holds which role. From ROLES_FILE; without it, the sandbox uses the demo roles of the
   * Agents Playground personas and live mode grants nobody anything.
   */
  roles: RoleDirectory;
  logLevel: LogLevel;
  /** Undefined in local mode: no app id, so requests are not authenticated. */
  credentials?: BotCredentials;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

export const DEFAULT_STORE_URL = 'sqlite://./data/reseller-desk.sqlite';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Env = Record<string, string | undefined>;

/** Reads a variable, treating an empty or blank value as unset. */
function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

const portSchema = z.coerce.number().int().min(1).max(65535);
const logLevelSchema = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);
const modeSchema = z.enum(['sandbox', 'live']);
const appTypeSchema = z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']);

function quoted(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
}

function readJsonFile(
  name: string,
  file: string,
  problems: string[],
): { path: string; json: unknown } | undefined {
  const resolved = path.resolve(file);
  if (!existsSync(resolved) || !statSync(resolved).isFile()) {
    problems.push(`${name} must be the path of a readable JSON file; ${quoted(file)} does not exist.`);
    return undefined;
  }
  try {
    return { path: resolved, json: JSON.parse(readFileSync(resolved, 'utf8')) as unknown };
  } catch (error) {
    problems.push(
      `${name} must be the path of a JSON file; ${quoted(file)} is not valid JSON (${(error as Error).message}).`,
    );
    return undefined;
  }
}

function readRoles(file: string | undefined, mode: string, problems: string[]): RoleDirectory {
  const source = file ? readJsonFile('ROLES_FILE', file, problems) : undefined;
  if (file && !source) return new RoleDirectory([]);
  try {
    if (source) return RoleDirectory.fromJson(source.json);
    return mode === 'live' ? new RoleDirectory([]) : RoleDirectory.fromJson(demoRoles);
  } catch (error) {
    problems.push(`ROLES_FILE ${quoted(file ?? '')} is not a valid roles file: ${(error as Error).message}.`);
    return new RoleDirectory([]);
  }
}

/** Validates the environment into a Config, or throws a ConfigError listing one line per problem. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];

  const rawPort = read(env, 'PORT') ?? '3978';
  const port = portSchema.safeParse(rawPort);
  if (!port.success) problems.push(`PORT must be an integer between 1 and 65535 (got ${quoted(rawPort)}).`);

  const rawStore = read(env, 'STORE_URL') ?? DEFAULT_STORE_URL;
  let store: StoreLocation | undefined;
  try {
    store = parseStoreUrl(rawStore);
  } catch (error) {
    problems.push(`STORE_URL ${(error as Error).message}`);
  }

  const rawMode = read(env, 'PARTNER_CENTER') ?? 'sandbox';
  const mode = modeSchema.safeParse(rawMode);
  if (!mode.success) problems.push(`PARTNER_CENTER must be "sandbox" or "live" (got ${quoted(rawMode)}).`);

  let partnerCenterSettings: PartnerCenterSettings | undefined;
  if (mode.success && mode.data === 'live') {
    const settings = readPartnerCenterSettings(env);
    if (settings.ok) partnerCenterSettings = settings.settings;
    else problems.push(...settings.problems);
  }
  const partnerProfile = partnerCenterSettings
    ? readPartnerProfile(env, partnerCenterSettings, problems)
    : undefined;
  const graph = readGraphSettings(env, mode.success && mode.data === 'live', partnerCenterSettings);
  if (!graph.ok) problems.push(...graph.problems);
  const graphSettings = graph.ok ? graph.settings : undefined;

  const rawLevel = read(env, 'LOG_LEVEL') ?? 'info';
  const level = logLevelSchema.safeParse(rawLevel);
  if (!level.success) {
    problems.push(`LOG_LEVEL must be one of ${logLevelSchema.options.join(', ')} (got ${quoted(rawLevel)}).`);
  }

  const sandboxFile = read(env, 'SANDBOX_DATA');
  const sandboxData = sandboxFile ? readJsonFile('SANDBOX_DATA', sandboxFile, problems)?.path : undefined;
  const sandboxUrl = readSandboxUrl(read(env, 'SANDBOX_URL'), rawMode, problems);
  const sandboxCustomers = readSandboxCustomers(env, rawMode, problems);
  const sandboxNow = readSandboxNow(read(env, 'SANDBOX_NOW'), rawMode, problems);
  const sandboxDelay = readSandboxDelay(env, rawMode, sandboxUrl !== undefined, problems);
  const rolesFile = read(env, 'ROLES_FILE');
  const roles = readRoles(rolesFile, rawMode, problems);

  const credentials = readCredentials(env, problems);
  const approvals = readApprovals(env, problems);
  const links = readLinkSettings(env, rawMode === 'live', problems);
  const sweepIntervalMs = 1000 * readSeconds(env, 'SWEEP_INTERVAL_SECONDS', 60, 3600, problems);
  const customerListRefreshMs =
    1000 * readSeconds(env, 'CUSTOMER_LIST_REFRESH_SECONDS', 900, 86_400, problems);
  const crashAt = readCrashAt(env, credentials, problems);
  const allowedTenants = readAllowedTenants(env, problems);
  const webhookCertificateHosts = (read(env, 'PC_WEBHOOK_CERT_HOSTS') ?? DEFAULT_CERTIFICATE_HOSTS.join(','))
    .split(',')
    .map((host) => host.trim().toLowerCase())
    .filter(Boolean);

  const host = read(env, 'HOST') ?? (credentials ? '0.0.0.0' : '127.0.0.1');

  if (problems.length > 0 || !port.success || !mode.success || !level.success || !store) {
    throw new ConfigError(problems);
  }
  return {
    port: port.data,
    host,
    store,
    partnerCenter: mode.data,
    partnerCenterSettings,
    graphSettings,
    partnerProfile,
    approvals,
    links,
    sweepIntervalMs,
    customerListRefreshMs,
    crashAt,
    allowedTenants,
    webhookCertificateHosts,
    sandboxData,
    sandboxCustomers,
    sandboxUrl,
    sandboxNow,
    sandboxDelay,
    rolesFile: rolesFile ? path.resolve(rolesFile) : undefined,
    roles,
    logLevel: level.data,
    credentials,
  };
}

const LOOPBACK_URL = /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\]):(\d{1,5})\/?$/i;

/** SANDBOX_URL: http(s)://127.0.0.1|localhost|[::1]:port, in sandbox mode only. */
function readSandboxUrl(raw: string | undefined, mode: string, problems: string[]): string | undefined {
  if (!raw) return undefined;
  if (mode !== 'sandbox') {
    problems.push('SANDBOX_URL is for PARTNER_CENTER=sandbox only: unset it in live mode.');
    return undefined;
  }
  const match = LOOPBACK_URL.exec(raw);
  const port = match ? Number(match[2]) : 0;
  if (!match || port < 1 || port > 65535) {
    problems.push(
      `SANDBOX_URL must be a running emulator's loopback URL, http://127.0.0.1:<port> (or localhost, [::1]) (got ${quoted(raw)}).`,
    );
    return undefined;
  }
  return raw.replace(/\/+$/, '');
}

/** SANDBOX_CUSTOMERS: a whole number of generated customers, in sandbox mode, without SANDBOX_DATA or SANDBOX_URL. */
function readSandboxCustomers(env: Env, mode: string, problems: string[]): number | undefined {
  const raw = read(env, 'SANDBOX_CUSTOMERS');
  if (!raw) return undefined;
  if (mode !== 'sandbox') {
    problems.push('SANDBOX_CUSTOMERS is for PARTNER_CENTER=sandbox only: unset it in live mode.');
    return undefined;
  }
  if (read(env, 'SANDBOX_DATA') || read(env, 'SANDBOX_URL')) {
    problems.push(
      'SANDBOX_CUSTOMERS generates the sandbox tenant: unset SANDBOX_DATA (a fixture) and SANDBOX_URL (another emulator), or SANDBOX_CUSTOMERS.',
    );
    return undefined;
  }
  const count = z.coerce.number().int().min(1).max(MAX_GENERATED_CUSTOMERS).safeParse(raw);
  if (!count.success) {
    problems.push(
      `SANDBOX_CUSTOMERS must be a whole number of customers from 1 to ${MAX_GENERATED_CUSTOMERS.toLocaleString('en-US')} (got ${quoted(raw)}).`,
    );
    return undefined;
  }
  return count.data;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** SANDBOX_NOW: an ISO date-time with its offset, in sandbox mode only (never a live clock). */
function readSandboxNow(raw: string | undefined, mode: string, problems: string[]): Date | undefined {
  if (!raw) return undefined;
  if (mode !== 'sandbox') {
    problems.push('SANDBOX_NOW is for PARTNER_CENTER=sandbox only: live mode runs on the real clock.');
    return undefined;
  }
  const at = Date.parse(raw);
  if (!ISO_DATE_TIME.test(raw) || Number.isNaN(at)) {
    problems.push(
      `SANDBOX_NOW must be an ISO date-time with its offset, e.g. 2027-07-31T09:00:00Z (got ${quoted(raw)}).`,
    );
    return undefined;
  }
  return new Date(at);
}

const delaySchema = z.coerce.number().int().min(0).max(MAX_ANSWER_DELAY_MS);

/**
 * SANDBOX_DELAY_MS (and SANDBOX_DELAY_JITTER_MS, at most the delay): milliseconds, for the emulator this
 * process starts, in sandbox mode only (the live product never slows its own calls down).
 */
function readSandboxDelay(
  env: Env,
  mode: string,
  remoteSandbox: boolean,
  problems: string[],
): AnswerDelay | undefined {
  const rawMs = read(env, 'SANDBOX_DELAY_MS');
  const rawJitter = read(env, 'SANDBOX_DELAY_JITTER_MS');
  if (!rawMs && !rawJitter) return undefined;
  if (mode !== 'sandbox') {
    problems.push(
      'SANDBOX_DELAY_MS and SANDBOX_DELAY_JITTER_MS are for PARTNER_CENTER=sandbox only: unset them in live mode.',
    );
    return undefined;
  }
  if (remoteSandbox) {
    problems.push(
      'SANDBOX_DELAY_MS delays the emulator this process starts; with SANDBOX_URL, give it to that emulator instead.',
    );
    return undefined;
  }
  const ms = delaySchema.safeParse(rawMs ?? '0');
  if (!ms.success) {
    problems.push(
      `SANDBOX_DELAY_MS must be a whole number of milliseconds from 0 to ${MAX_ANSWER_DELAY_MS} (got ${quoted(rawMs ?? '')}).`,
    );
    return undefined;
  }
  const jitter = delaySchema.safeParse(rawJitter ?? '0');
  if (!jitter.success || jitter.data > ms.data) {
    problems.push(
      `SANDBOX_DELAY_JITTER_MS must be a whole number of milliseconds from 0 to SANDBOX_DELAY_MS (${ms.data}) (got ${quoted(rawJitter ?? '')}).`,
    );
    return undefined;
  }
  return ms.data > 0 ? { ms: ms.data, jitterMs: jitter.data } : undefined;
}

function readAllowedTenants(env: Env, problems: string[]): string[] | undefined {
  const raw = read(env, 'ALLOWED_TENANTS');
  if (!raw) return undefined;
  const tenants = raw
    .split(',')
    .map((tenant) => tenant.trim().toLowerCase())
    .filter(Boolean);
  const bad = tenants.find((tenant) => !GUID.test(tenant));
  if (bad || tenants.length === 0) {
    problems.push(
      `ALLOWED_TENANTS must be a comma-separated list of tenant ids (GUIDs) (got ${quoted(bad ?? raw)}).`,
    );
    return undefined;
  }
  return tenants;
}

function readApprovals(env: Env, problems: string[]): Config['approvals'] {
  const rawCount = read(env, 'APPROVALS_REQUIRED') ?? '1';
  const count = z.coerce.number().int().min(1).max(10).safeParse(rawCount);
  if (!count.success)
    problems.push(`APPROVALS_REQUIRED must be an integer from 1 to 10 (got ${quoted(rawCount)}).`);
  const rawHours = read(env, 'REQUEST_EXPIRY_HOURS') ?? '72';
  const hours = z.coerce
    .number()
    .positive()
    .max(24 * 90)
    .safeParse(rawHours);
  if (!hours.success) {
    problems.push(
      `REQUEST_EXPIRY_HOURS must be a number of hours above 0, at most 2160 (got ${quoted(rawHours)}).`,
    );
  }
  const resumeSeconds = readSeconds(env, 'EXECUTION_RESUME_SECONDS', 300, 86_400, problems);
  return {
    requiredApprovals: count.success ? count.data : 1,
    expiryHours: hours.success ? hours.data : 72,
    resumeExecutionAfterMs: resumeSeconds * 1000,
  };
}

/** A whole number of seconds from 1 to `max`. */
function readSeconds(env: Env, name: string, fallback: number, max: number, problems: string[]): number {
  const raw = read(env, name) ?? String(fallback);
  const seconds = z.coerce.number().int().min(1).max(max).safeParse(raw);
  if (seconds.success) return seconds.data;
  problems.push(`${name} must be a whole number of seconds from 1 to ${max} (got ${quoted(raw)}).`);
  return fallback;
}

const executionStepSchema = z.enum(EXECUTION_STEPS);

function readCrashAt(
  env: Env,
  credentials: BotCredentials | undefined,
  problems: string[],
): ExecutionStep[] | undefined {
  const raw = read(env, 'TEST_CRASH_AT');
  if (!raw) return undefined;
  if (credentials) {
    problems.push('TEST_CRASH_AT is for crash trials and cannot be used with MicrosoftAppId.');
    return undefined;
  }
  const steps = z.array(executionStepSchema).safeParse(raw.split(',').map((step) => step.trim()));
  if (!steps.success) {
    problems.push(
      `TEST_CRASH_AT must be a comma-separated list of ${executionStepSchema.options.join(', ')} (got ${quoted(raw)}).`,
    );
    return undefined;
  }
  return steps.data;
}

const partnerTypeSchema = z.enum(['direct', 'indirectProvider', 'indirectReseller']);

/**
 * Live mode: the partner's type and names. An indirect reseller may start: Microsoft's pages disagree
 * on whether resellers have API access (docs/partner-center.md §5), so the bot calls Partner Center
 * and shows its answer (e.g. 403 900308) to the user instead of refusing to start.
 */
function readPartnerProfile(env: Env, settings: PartnerCenterSettings, problems: string[]): PartnerProfile {
  const rawType = read(env, 'PARTNER_TYPE') ?? 'direct';
  const type = partnerTypeSchema.safeParse(rawType);
  if (!type.success) {
    problems.push(
      `PARTNER_TYPE must be "direct", "indirectProvider" or "indirectReseller" in live mode (got ${quoted(rawType)}).`,
    );
  }
  return {
    type: type.success ? type.data : 'direct',
    tenantId: settings.tenantId,
    mpnId: read(env, 'PARTNER_MPN_ID') ?? '',
    companyName: read(env, 'PARTNER_NAME') ?? 'Your Microsoft partner',
  };
}

function readCredentials(env: Env, problems: string[]): BotCredentials | undefined {
  const appId = read(env, 'MicrosoftAppId');
  const appPassword = read(env, 'MicrosoftAppPassword');
  const tenantId = read(env, 'MicrosoftAppTenantId');
  const rawType = read(env, 'MicrosoftAppType') ?? 'MultiTenant';
  if (!appId) {
    if (appPassword) {
      problems.push(
        'MicrosoftAppPassword is set but MicrosoftAppId is not: set both, or neither for local mode.',
      );
    }
    return undefined;
  }
  if (!GUID.test(appId)) problems.push(`MicrosoftAppId must be a GUID (the bot's Entra app id).`);
  const appType = appTypeSchema.safeParse(rawType);
  if (!appType.success) {
    problems.push(
      `MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI (got ${quoted(rawType)}).`,
    );
    return undefined;
  }
  if (appType.data !== 'UserAssignedMSI' && !appPassword) {
    problems.push(
      `MicrosoftAppPassword is required when MicrosoftAppId is set (MicrosoftAppType ${appType.data}).`,
    );
  }
  if (appType.data !== 'MultiTenant' && !tenantId) {
    problems.push(`MicrosoftAppTenantId is required when MicrosoftAppType is ${appType.data}.`);
  }
  if (tenantId && !GUID.test(tenantId)) problems.push('MicrosoftAppTenantId must be a GUID.');
  return { appId, appPassword: appPassword ?? '', tenantId: tenantId ?? '', appType: appType.data };
}

/** A view of the config that is safe to log: no secret, and the store URL without its password. */
export function describeConfig(config: Config): Record<string, unknown> {
  return {
    port: config.port,
    host: config.host,
    store: config.store.redacted,
    partnerCenter: config.partnerCenter,
    ...(config.partnerCenterSettings
      ? { partnerCenterApi: describePartnerCenterSettings(config.partnerCenterSettings) }
      : {}),
    ...(config.partnerCenter === 'live'
      ? {
          graph: config.graphSettings ? describeGraphSettings(config.graphSettings) : '(none: GDAP not read)',
        }
      : {}),
    sandboxData:
      config.sandboxData ??
      (config.sandboxCustomers
        ? `(${config.sandboxCustomers} generated customers)`
        : '(bundled demo tenant)'),
    ...(config.sandboxUrl ? { sandboxUrl: config.sandboxUrl } : {}),
    ...(config.sandboxNow ? { sandboxNow: config.sandboxNow.toISOString() } : {}),
    ...(config.sandboxDelay ? { sandboxDelay: config.sandboxDelay } : {}),
    rolesFile:
      config.rolesFile ?? (config.partnerCenter === 'sandbox' ? '(demo roles)' : '(none: nobody may act)'),
    members: config.roles.members.length,
    logLevel: config.logLevel,
    approvals: config.approvals,
    links: {
      key: config.links.generated ? '(made for this process)' : '(set)',
      validDays: config.links.validDays,
      publicBaseUrl: config.links.publicBaseUrl ?? '(the bot’s own address)',
    },
    allowedTenants: config.allowedTenants ?? '(any)',
    mode: config.credentials ? `production (app ${config.credentials.appId})` : 'local (no authentication)',
  };
}
