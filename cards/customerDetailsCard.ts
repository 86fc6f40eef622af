/**
 * One customer: relationship and DAP, other partners, subscriptions, GDAP (each relationship's status,
 * end date, auto-extension and roles, with a warning when it ends soon or cannot auto-extend), next steps.
 */
import { customerFacts, FACT_SEPARATOR, partnerParagraph } from './cardParts';
import { expandCardTemplate, type AdaptiveCardJson } from './cardTemplate';
import {
  commerceName,
  countryName,
  formatDate,
  formatDateTime,
  formatNumber,
  relationshipName,
  statusName,
  yesNoUnknown,
} from './format';
import { gdapBlock } from './gdapParts';
import { fact, runs } from './richText';
import { format, text, type Locale } from './strings';
import template from './templates/customerDetails.json';
import type { ReservationSummary } from '../services/relationships/customerDetails';
import type { CustomerDetailsView, SubscriptionRow } from './views';

const BULLETLESS = '';

/** The facts line under a subscription's name: short enough to wrap between words in a narrow card. */
function subscriptionFacts(locale: Locale, row: SubscriptionRow): string {
  const facts = [
    statusName(locale, row.status),
    commerceName(locale, row.commerce),
    format(locale, 'details.quantity', { quantity: formatNumber(locale, row.quantity) }),
  ];
  if (row.cancellation) {
    const key = row.cancellation.closed ? 'details.cancelClosed' : 'details.cancelUntil';
    facts.push(format(locale, key, { date: formatDateTime(locale, row.cancellation.at) }));
  }
  if (row.termEnd) facts.push(format(locale, 'details.termEnd', { date: formatDate(locale, row.termEnd) }));
  return facts.join(FACT_SEPARATOR);
}

function reservationFacts(locale: Locale, row: ReservationSummary): string {
  const facts = [format(locale, 'details.reservation', { product: row.productId })];
  if (row.quantity !== undefined)
    facts.push(format(locale, 'details.quantity', { quantity: formatNumber(locale, row.quantity) }));
  if (row.expiresOn)
    facts.push(format(locale, 'details.reservationExpires', { date: formatDate(locale, row.expiresOn) }));
  return facts.join(FACT_SEPARATOR);
}

export function buildCustomerDetailsCard(view: CustomerDetailsView): AdaptiveCardJson {
  const { locale, customer, gdap } = view;
  const facts = [
    ...customerFacts(locale, customer),
    fact(locale, 'fact.relationship', relationshipName(locale, customer.relationship)),
    fact(locale, 'fact.dap', yesNoUnknown(locale, customer.delegatedAccess)),
  ];
  if (customer.country) facts.push(fact(locale, 'fact.country', countryName(locale, customer.country)));
  const gdapMessage = !gdap.available
    ? text(locale, 'details.gdapUnavailable')
    : gdap.relationships.length === 0
      ? text(locale, 'details.gdapNone')
      : '';
  return expandCardTemplate('customerDetails', template, {
    id: customer.id,
    name: customer.name,
    facts,
    partnersHeading: text(locale, 'details.partnersHeading'),
    partnersNone: text(locale, 'details.partnersNone'),
    partners: view.partners.map((partner) => partnerParagraph(locale, partner, BULLETLESS)),
    subscriptionsHeading: text(locale, 'details.subscriptionsHeading'),
    subscriptionsNone: text(locale, 'details.subscriptionsNone'),
    subscriptions: view.subscriptions.map((row) => ({
      name: row.name,
      facts: subscriptionFacts(locale, row),
    })),
    showSubscriptionCount: view.subscriptionCount > view.subscriptions.length,
    subscriptionCount: runs(locale, 'details.subscriptionsShown', {
      shown: formatNumber(locale, view.subscriptions.length),
      total: formatNumber(locale, view.subscriptionCount),
    }),
    showReservations: view.reservations.length > 0,
    reservationsHeading: text(locale, 'details.reservationsHeading'),
    reservationsNote: text(locale, 'details.reservationsNote'),
    reservations: view.reservations.map((row) => ({ facts: reservationFacts(locale, row) })),
    gdapHeading: text(locale, 'details.gdapHeading'),
    gdapNote: text(locale, 'details.gdapNote'),
    gdapMessage,
    gdap: gdap.available ? gdap.relationships.map((row) => gdapBlock(locale, row)) : [],
    canInvite: view.actions.invite,
    inviteTitle: text(locale, 'details.invite'),
    canRemove: view.actions.remove,
    removeTitle: text(locale, 'details.remove'),
    canEndGdap:
      view.actions.endGdap === true &&
      gdap.available &&
      gdap.relationships.some((row) => row.status === 'active'),
    endGdapTitle: text(locale, 'details.button.endGdap'),
  });
}
