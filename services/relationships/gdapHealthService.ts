/**
 * The GDAP health report as the desk serves it (`gdap`, the weekly digest): Graph's relationships read
 * once for all customers, checked against the customer list (./gdapHealth.ts). A report is reused for
 * `maxAgeMs` (15 minutes), one computation at a time, so several people typing `gdap` cost one listing;
 * a failure is not kept. Live mode without GRAPH_AUTH has no Graph client: the report is unavailable.
 */
import { randomUUID } from 'node:crypto';
import type { Member } from '../access/partnerRoles';
import { GDAP_HEALTH_PERMISSION, refusalWithout } from '../access/policy';
import type { GdapClient } from '../graph/gdapClient';
import type { Logger } from '../logging/logger';
import { graphFailureLogged } from './gdapSource';
import type { CustomerDirectory } from './customerDirectory';
import type { CustomerSearchIndex } from './customerSearchIndex';
import { firstFindings, gdapHealthReport, type CustomerList, type GdapHealth } from './gdapHealth';
import type { Outcome } from './refusal';

export interface GdapHealthServiceOptions {
  /** None in live mode without GRAPH_AUTH. */
  client?: GdapClient;
  directory: Pick<CustomerDirectory, 'current'>;
  logger: Logger;
  now: () => Date;
  /** A report younger than this is reused (default 15 minutes). */
  maxAgeMs?: number;
  /** Findings kept per section (default 50). */
  keep?: number;
}

/** Findings per section on the `gdap` card. */
export const GDAP_CARD_ROWS = 10;

function customerListOf(index: CustomerSearchIndex): CustomerList {
  return {
    get: (id) => index.get(id),
    all: () => index.search('', index.size).items,
    size: index.size,
  };
}

export class GdapHealthService {
  private cached?: { at: number; health: GdapHealth };
  private computing?: Promise<GdapHealth>;

  constructor(private readonly options: GdapHealthServiceOptions) {}

  /** Whether Graph can be read at all (false: live mode without GRAPH_AUTH). */
  get configured(): boolean {
    return this.options.client !== undefined;
  }

  /** `gdap`: the report for a member who may see it, at most `limit` findings per section. */
  async report(member: Member | undefined, limit = GDAP_CARD_ROWS): Promise<Outcome<{ health: GdapHealth }>> {
    const notAllowed = refusalWithout(member, GDAP_HEALTH_PERMISSION);
    if (notAllowed) return notAllowed;
    const health = await this.current();
    return {
      ok: true,
      health: health.available ? { available: true, report: firstFindings(health.report, limit) } : health,
    };
  }

  /** The report (reused while young), for the services' own use: no member, no limit beyond `keep`. */
  async current(): Promise<GdapHealth> {
    const now = this.options.now().getTime();
    const maxAge = this.options.maxAgeMs ?? 15 * 60_000;
    if (this.cached && now - this.cached.at >= 0 && now - this.cached.at < maxAge) return this.cached.health;
    this.computing ??= this.compute().finally(() => {
      this.computing = undefined;
    });
    return this.computing;
  }

  private async compute(): Promise<GdapHealth> {
    const { client, directory, logger, now } = this.options;
    if (!client) return { available: false };
    const correlationId = randomUUID();
    try {
      const [relationships, index] = await Promise.all([
        client.allRelationships({ correlationId }),
        directory.current(),
      ]);
      const at = now();
      const report = gdapHealthReport(relationships, customerListOf(index), at, this.options.keep);
      const health: GdapHealth = { available: true, report };
      this.cached = { at: at.getTime(), health };
      logger.info(
        {
          correlationId,
          relationships: relationships.length,
          customers: report.customers,
          ...Object.fromEntries(Object.entries(report.sections).map(([name, s]) => [name, s.total])),
        },
        'GDAP health computed',
      );
      return health;
    } catch (error) {
      const failure = graphFailureLogged(logger, correlationId, error, 'GDAP health could not be computed');
      return { available: false, ...(failure ? { failure } : {}) };
    }
  }
}
