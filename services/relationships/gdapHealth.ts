/**
 * GDAP health: over every customer and every GDAP relationship of the partner (docs/graph.md §9), what
 * needs attention:
 * - `endingSoon`: active relationships whose end date is within 30 days;
 * - `cannotAutoExtend`: active relationships holding Global Administrator, which Microsoft does not
 *   auto-extend (services/graph/gdapLifetime.ts);
 * - `notCustomers`: active relationships with a customer tenant that is not in the customer list (GDAP
 *   without a reseller relationship);
 * - `withoutGdap`: customers in the list with no active GDAP relationship.
 *
 * The relationships are listed once for all customers (one paged Graph listing, never one call per
 * customer) and checked against the customer list the directory already holds. Each section keeps its
 * total and its first findings only (`keep`), so a report stays small however many customers there are.
 */
import { namedRole, type NamedRole } from '../graph/entraRoles';
import { autoExtendOf, endsSoon, holdsGlobalAdministrator, type GdapAutoExtend } from '../graph/gdapLifetime';
import type { GdapRelationship } from '../graph/model/gdapRelationship';
import type { GdapStatus } from '../graph/model/graphResources';
import type { PartnerCenterFailure } from '../partner-center/failure';
import type { CustomerSummary } from './customerSearchIndex';

/** The sections of the report, in the order the cards show them. */
export const GDAP_HEALTH_SECTIONS = [
  'endingSoon',
  'cannotAutoExtend',
  'notCustomers',
  'withoutGdap',
] as const;
export type GdapHealthSectionName = (typeof GDAP_HEALTH_SECTIONS)[number];

export interface GdapFindingRelationship {
  id: string;
  name: string;
  status: GdapStatus;
  endsAt?: string;
  autoExtend: GdapAutoExtend;
  roles: NamedRole[];
}

export interface GdapFinding {
  /** The customer's tenant id. */
  tenantId: string;
  /** From the customer list, else Graph's `customer.displayName`; none: the cards show the tenant id. */
  customerName?: string;
  domain?: string;
  /** None for a customer without an active relationship. */
  relationship?: GdapFindingRelationship;
}

export interface GdapHealthSection {
  total: number;
  /** The first findings, in the section's order (see `gdapHealthReport`). */
  findings: GdapFinding[];
}

export interface GdapHealthReport {
  /** When the relationships were read (ISO). */
  at: string;
  activeRelationships: number;
  customers: number;
  sections: Record<GdapHealthSectionName, GdapHealthSection>;
}

/** The report, or why it cannot be made: Graph not configured (live mode) or not readable. */
export type GdapHealth =
  { available: true; report: GdapHealthReport } | { available: false; failure?: PartnerCenterFailure };

/** The customer list as the report reads it. */
export interface CustomerList {
  get(id: string): CustomerSummary | undefined;
  /** Every customer, in name order. */
  all(): Iterable<CustomerSummary>;
  readonly size: number;
}

/** The first `limit` findings kept in order, and how many were offered. */
class Collected {
  total = 0;
  readonly findings: GdapFinding[] = [];
  constructor(private readonly limit: number) {}
  add(finding: GdapFinding): void {
    this.total++;
    if (this.findings.length < this.limit) this.findings.push(finding);
  }
  section(): GdapHealthSection {
    return { total: this.total, findings: this.findings };
  }
}

function findingRelationship(relationship: GdapRelationship): GdapFindingRelationship {
  return {
    id: relationship.id,
    name: relationship.displayName,
    status: relationship.status,
    ...(relationship.endDateTime && { endsAt: relationship.endDateTime }),
    autoExtend: autoExtendOf(relationship),
    roles: relationship.roles.map((role) => namedRole(role.roleDefinitionId)),
  };
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const byEnd = (a: GdapRelationship, b: GdapRelationship) =>
  Date.parse(a.endDateTime ?? '') - Date.parse(b.endDateTime ?? '') ||
  collator.compare(a.displayName, b.displayName);

/**
 * The report from every relationship and the customer list. Ending soon and cannot auto-extend are
 * sorted by end date, GDAP without a reseller relationship by customer then relationship name, and
 * customers without GDAP in the list's (name) order.
 */
export function gdapHealthReport(
  relationships: readonly GdapRelationship[],
  customers: CustomerList,
  now: Date,
  keep = 50,
): GdapHealthReport {
  const active = relationships.filter((relationship) => relationship.status === 'active');
  const withGdap = new Set<string>();
  const findingOf = (relationship: GdapRelationship): GdapFinding => {
    const tenantId = relationship.customerTenantId ?? '';
    const customer = tenantId ? customers.get(tenantId) : undefined;
    const customerName = customer?.name ?? relationship.customerName;
    return {
      tenantId,
      ...(customerName && { customerName }),
      ...(customer?.domain && { domain: customer.domain }),
      relationship: findingRelationship(relationship),
    };
  };
  const endingSoon = new Collected(keep);
  const cannotAutoExtend = new Collected(keep);
  const notCustomers = new Collected(keep);
  const withoutGdap = new Collected(keep);
  for (const relationship of [...active].sort(byEnd)) {
    if (endsSoon(relationship, now)) endingSoon.add(findingOf(relationship));
    if (holdsGlobalAdministrator(relationship)) cannotAutoExtend.add(findingOf(relationship));
  }
  const strangers: GdapFinding[] = [];
  for (const relationship of active) {
    const tenantId = relationship.customerTenantId?.toLowerCase();
    if (!tenantId) continue;
    withGdap.add(tenantId);
    if (!customers.get(tenantId)) strangers.push(findingOf(relationship));
  }
  strangers.sort(
    (a, b) =>
      collator.compare(a.customerName ?? a.tenantId, b.customerName ?? b.tenantId) ||
      collator.compare(a.relationship?.name ?? '', b.relationship?.name ?? ''),
  );
  for (const finding of strangers) notCustomers.add(finding);
  for (const customer of customers.all()) {
    if (withGdap.has(customer.id.toLowerCase())) continue;
    withoutGdap.add({ tenantId: customer.id, customerName: customer.name, domain: customer.domain });
  }
  return {
    at: now.toISOString(),
    activeRelationships: active.length,
    customers: customers.size,
    sections: {
      endingSoon: endingSoon.section(),
      cannotAutoExtend: cannotAutoExtend.section(),
      notCustomers: notCustomers.section(),
      withoutGdap: withoutGdap.section(),
    },
  };
}

/** The same report with at most `limit` findings per section (totals unchanged). */
export function firstFindings(report: GdapHealthReport, limit: number): GdapHealthReport {
  const sections = Object.fromEntries(
    GDAP_HEALTH_SECTIONS.map((name) => [
      name,
      { total: report.sections[name].total, findings: report.sections[name].findings.slice(0, limit) },
    ]),
  ) as Record<GdapHealthSectionName, GdapHealthSection>;
  return { ...report, sections };
}
