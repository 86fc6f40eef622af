/** Pieces several cards share: lists of other partners and GDAP relationships, error facts, a message's tone. */
import { formatDate, partnerRoleName } from './format';
import { fact, run, runs, type Paragraph } from './richText';
import { text, type Locale, type StringKey } from './strings';
import type { PartnerCenterFailure } from '../services/partner-center/failure';
import type { OtherPartner } from '../services/relationships/customerRecord';
import type { CustomerRow, GdapRow } from './views';

export const BULLET = '•\u00a0';
export const SUB_BULLET = '◦\u00a0';
/** Between the short facts of one line (a subscription's, a request's). */
export const FACT_SEPARATOR = ' · ';

/** "◦ Name — Indirect reseller, MPN ID 123". */
export function partnerParagraph(locale: Locale, partner: OtherPartner, bullet = SUB_BULLET): Paragraph {
  const items = [run(partner.name, true), run(` — ${partnerRoleName(locale, partner.role)}`)];
  if (bullet) items.unshift(run(bullet));
  if (partner.mpnId) items.push(run(`, ${text(locale, 'fact.mpnId')} `), run(partner.mpnId));
  return { runs: items };
}

/** "◦ Name — status, ends 12 March 2025 — roles". Status and roles come from Microsoft Graph: data. */
export function gdapParagraph(locale: Locale, row: GdapRow, bullet = SUB_BULLET): Paragraph {
  const items = [run(row.name, true), run(' — '), run(row.status)];
  if (bullet) items.unshift(run(bullet));
  if (row.endsAt)
    items.push(run(', '), ...runs(locale, 'details.gdapEnds', { date: formatDate(locale, row.endsAt) }));
  if (row.roles.length > 0) items.push(run(' — '), run(row.roles.join(', ')));
  return { runs: items };
}

/** Where to find the customer in Partner Center: its domain and tenant id. */
export function customerFacts(locale: Locale, customer: CustomerRow): Paragraph[] {
  return [fact(locale, 'fact.domain', customer.domain), fact(locale, 'fact.tenantId', customer.id)];
}

/** Code, description and correlation id exactly as Partner Center gave them. */
export function errorFacts(locale: Locale, error: PartnerCenterFailure): Paragraph[] {
  const facts = [
    fact(locale, 'fact.errorCode', error.code),
    fact(locale, 'fact.errorDescription', error.description),
  ];
  if (error.correlationId) facts.push(fact(locale, 'fact.correlationId', error.correlationId));
  return facts;
}

/** An Adaptive Card container style, given to a card's heading as its tone. */
export type Tone = 'default' | 'good' | 'warning' | 'attention' | 'accent';

/** What a short message card says: a tone, a title and paragraphs. */
export interface TonedMessage {
  tone: Tone;
  title: StringKey;
  paragraphs: Paragraph[];
}

/** The template data of a short message card: the heading's style, the title in the locale, the paragraphs. */
export function tonedMessageData(
  locale: Locale,
  message: TonedMessage,
): { style: Tone; title: string; paragraphs: Paragraph[] } {
  return { style: message.tone, title: text(locale, message.title), paragraphs: message.paragraphs };
}
