/** Dates, numbers and domain words in the user's language. Dates are shown in UTC and say so. */
import { format, text, type Locale } from './strings';
import type { PartnerRole } from '../services/access/partnerRoles';
import type { Permission } from '../services/access/policy';
import type { AuditAction } from '../services/audit/auditLog';
import type { RelationshipToPartner } from '../services/partner-center/model/customer';
import type { PartnerType } from '../services/partner-center/model/partnerProfile';
import type {
  SubscriptionCommerceModel,
  SubscriptionStatus,
} from '../services/partner-center/model/subscription';
import type { RemovalState } from '../services/workflows/removalRequest';

const LANGUAGE_TAGS: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR', pl: 'pl-PL', hu: 'hu-HU' };

/**
 * Intl formatters are immutable and costly to build (locale data lookup): one per locale and kind,
 * built on first use.
 */
type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat | Intl.DisplayNames;
const formatters = new Map<string, Formatter>();

function formatter<F extends Formatter>(key: string, create: () => F): F {
  let found = formatters.get(key) as F | undefined;
  if (!found) {
    found = create();
    formatters.set(key, found);
  }
  return found;
}

function parse(iso: string): Date | undefined {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The date as `dates` formats it; in French the first of a month is "1er" ("1er décembre 2026"). */
function dateText(locale: Locale, dates: Intl.DateTimeFormat, date: Date): string {
  if (locale !== 'fr' || date.getUTCDate() !== 1) return dates.format(date);
  return dates
    .formatToParts(date)
    .map((part) => (part.type === 'day' ? `${part.value}er` : part.value))
    .join('');
}

/** "12 March 2025", "12 mars 2025", "12 marca 2025", "2025. március 12." (the UTC calendar day). */
export function formatDate(locale: Locale, iso: string): string {
  const date = parse(iso);
  if (!date) return iso;
  const dates = formatter(
    `date:${locale}`,
    () => new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], { dateStyle: 'long', timeZone: 'UTC' }),
  );
  return dateText(locale, dates, date);
}

/** "12 March 2025 at 14:05 UTC" and the like. */
export function formatDateTime(locale: Locale, iso: string): string {
  const date = parse(iso);
  if (!date) return iso;
  const dateTimes = formatter(
    `dateTime:${locale}`,
    () =>
      new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], {
        dateStyle: 'long',
        timeStyle: 'short',
        hourCycle: 'h23',
        timeZone: 'UTC',
      }),
  );
  return `${dateText(locale, dateTimes, date)} UTC`;
}

/** A country or region code ("FR") by its name in the locale ("France", "Francja"); the code if unknown. */
export function countryName(locale: Locale, code: string): string {
  const names = formatter(
    `region:${locale}`,
    () => new Intl.DisplayNames([LANGUAGE_TAGS[locale]], { type: 'region', fallback: 'code' }),
  );
  const region = code.trim().toUpperCase();
  // Not a region code ("USA", text): shown as Partner Center gave it; ICU names unassigned codes
  // "Unknown Region" (the name of ZZ), which says less than the code.
  if (!/^[A-Z]{2}$/.test(region)) return code;
  const name = names.of(region);
  return name === undefined || (name === names.of('ZZ') && region !== 'ZZ') ? code : name;
}

export function formatNumber(locale: Locale, value: number): string {
  return formatter(`number:${locale}`, () => new Intl.NumberFormat(LANGUAGE_TAGS[locale])).format(value);
}

/** "A, B and C" (conjunction) or "A, B or C" (disjunction) in the locale. */
export function formatList(
  locale: Locale,
  items: readonly string[],
  type: 'conjunction' | 'disjunction',
): string {
  return formatter(
    `list:${type}:${locale}`,
    () => new Intl.ListFormat(LANGUAGE_TAGS[locale], { style: 'long', type }),
  ).format(items);
}

export function roleName(locale: Locale, role: PartnerRole): string {
  return text(locale, `role.${role}`);
}

/** The roles in words, "none" when there are none. */
export function roleList(
  locale: Locale,
  roles: readonly PartnerRole[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  if (roles.length === 0) return text(locale, 'common.none');
  return formatList(
    locale,
    roles.map((role) => roleName(locale, role)),
    type,
  );
}

export function relationshipName(locale: Locale, relationship: RelationshipToPartner): string {
  return text(locale, `relationship.${relationship}`);
}

export function statusName(locale: Locale, status: SubscriptionStatus): string {
  return text(locale, `status.${status}`);
}

export function commerceName(locale: Locale, commerce: SubscriptionCommerceModel): string {
  return text(locale, `commerce.${commerce}`);
}

export function partnerRoleName(locale: Locale, role: Exclude<PartnerType, 'direct'>): string {
  return text(locale, `partnerRole.${role}`);
}

export function permissionName(locale: Locale, permission: Permission): string {
  return text(locale, `permission.${permission}`);
}

/** The state of a removal request in words ("Waiting for approval", "Removed"…). */
export function removalStateName(locale: Locale, state: RemovalState): string {
  return text(locale, `approval.state.${state}`);
}

/** What an audit entry records, in words. */
export function auditActionName(locale: Locale, action: AuditAction): string {
  return text(locale, `audit.action.${action}`);
}

export function yesNoUnknown(locale: Locale, value: boolean | null | undefined): string {
  if (value === true) return text(locale, 'common.yes');
  if (value === false) return text(locale, 'common.no');
  return text(locale, 'common.unknown');
}

export { format };
