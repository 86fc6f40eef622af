/**
 * GDAP relationships in words, shared by the customer card, the `gdap` health card and the weekly
 * digest: status, end date, auto-extension and roles in the user's language (a role without a
 * translation keeps Microsoft's English name, an unknown one its template id), and the warning a
 * relationship that ends soon or cannot auto-extend gets. Names from Graph are data: TextRuns only.
 */
import type { NamedRole } from '../services/graph/entraRoles';
import type { GdapAutoExtend } from '../services/graph/gdapLifetime';
import type { GdapFinding, GdapHealthSectionName } from '../services/relationships/gdapHealth';
import { BULLET, FACT_SEPARATOR } from './cardParts';
import { formatDate, formatNumber } from './format';
import { paragraph, run, runs, type Paragraph } from './richText';
import { format, STRINGS, text, type Locale, type StringKey } from './strings';
import type { GdapRow } from './views';

/** The report's sections in the cards' order (each section of the report, checked by the type). */
const ORDER: Record<GdapHealthSectionName, number> = {
  endingSoon: 0,
  cannotAutoExtend: 1,
  notCustomers: 2,
  withoutGdap: 3,
};
export const GDAP_SECTIONS: readonly GdapHealthSectionName[] = (
  Object.keys(ORDER) as GdapHealthSectionName[]
).sort((a, b) => ORDER[a] - ORDER[b]);

/** "Ending within 30 days (2)". */
export function sectionHeading(locale: Locale, name: GdapHealthSectionName, total: number): string {
  return `${text(locale, `gdap.section.${name}`)} (${formatNumber(locale, total)})`;
}

function knownKey(key: string): StringKey | undefined {
  return Object.hasOwn(STRINGS.en, key) ? (key as StringKey) : undefined;
}

/** A Graph status in words; one this code does not know stays as Graph sent it. */
export function gdapStatusName(locale: Locale, status: string): string {
  if (status === 'unknownFutureValue') return text(locale, 'common.unknown');
  const key = knownKey(`gdapStatus.${status}`);
  return key ? text(locale, key) : status;
}

export function entraRoleText(locale: Locale, role: NamedRole): string {
  const key = role.key && knownKey(`entraRole.${role.key}`);
  return key ? text(locale, key) : role.name;
}

export function autoExtendText(locale: Locale, autoExtend: GdapAutoExtend): string {
  return text(locale, `gdap.autoExtend.${autoExtend}`);
}

/** "Active · ends 12 March 2026 · does not auto-extend · Global Administrator, User Administrator". */
export function relationshipFacts(
  locale: Locale,
  relationship: { status: string; endsAt?: string; autoExtend?: GdapAutoExtend; roles: readonly string[] },
): string {
  const facts = [gdapStatusName(locale, relationship.status)];
  if (relationship.endsAt)
    facts.push(format(locale, 'details.gdapEnds', { date: formatDate(locale, relationship.endsAt) }));
  if (relationship.autoExtend) facts.push(autoExtendText(locale, relationship.autoExtend));
  if (relationship.roles.length > 0) facts.push(relationship.roles.join(', '));
  return facts.join(FACT_SEPARATOR);
}

/** The warning under a relationship of the customer card, if it ends soon or cannot auto-extend. */
export function gdapWarning(row: GdapRow): StringKey | undefined {
  if (row.autoExtend === 'notPossible')
    return row.endsSoon ? 'details.gdapWarnGlobalAdminEndsSoon' : 'details.gdapWarnGlobalAdmin';
  if (row.endsSoon && row.autoExtend !== 'extends') return 'details.gdapWarnEndsSoon';
  return undefined;
}

/** One relationship of the customer card: its name, a short facts line, and a warning when due. */
export function gdapBlock(locale: Locale, row: GdapRow): { name: string; facts: string; warning: string } {
  const roles = row.roleNames ? row.roleNames.map((role) => entraRoleText(locale, role)) : row.roles;
  const warning = gdapWarning(row);
  return {
    name: row.name,
    facts: relationshipFacts(locale, { ...row, roles }),
    warning: warning ? text(locale, warning) : '',
  };
}

/** The customer a finding is about: its name, else its tenant id. */
export function findingCustomer(finding: GdapFinding): string {
  return finding.customerName ?? finding.tenantId;
}

/** The first `max` role names, the others counted ("+3"). */
function someRoles(locale: Locale, roles: readonly NamedRole[], max: number): string[] {
  const named = roles.slice(0, roles.length > max ? max - 1 : max).map((role) => entraRoleText(locale, role));
  return named.length < roles.length
    ? [...named, `+${formatNumber(locale, roles.length - named.length)}`]
    : named;
}

/** One finding of the health card: the customer, then the relationship (or the domain) in short. */
export function findingBlock(
  locale: Locale,
  finding: GdapFinding,
  maxRoles = Number.MAX_SAFE_INTEGER,
): { name: string; facts: string } {
  const { relationship } = finding;
  if (!relationship) return { name: findingCustomer(finding), facts: finding.domain ?? finding.tenantId };
  const roles = someRoles(locale, relationship.roles, maxRoles);
  return {
    name: findingCustomer(finding),
    facts: [relationship.name, relationshipFacts(locale, { ...relationship, roles })].join(FACT_SEPARATOR),
  };
}

/** "• Customer — relationship, ends 12 March 2026" (a digest's top finding). */
export function findingParagraph(locale: Locale, finding: GdapFinding): Paragraph {
  const items = [run(BULLET), run(findingCustomer(finding), true)];
  const { relationship } = finding;
  if (relationship) {
    items.push(run(' — '), run(relationship.name));
    if (relationship.endsAt)
      items.push(
        run(', '),
        ...runs(locale, 'details.gdapEnds', { date: formatDate(locale, relationship.endsAt) }),
      );
  }
  return paragraph(items);
}
