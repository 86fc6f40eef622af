/** One customer: relationship and DAP, other partners, subscriptions, GDAP (informative), next steps. */
import { customerFacts, gdapParagraph, partnerParagraph } from './cardParts';
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
import { fact, runs } from './richText';
import { format, text, type Locale } from './strings';
import template from './templates/customerDetails.json';
import type { CustomerDetailsView, SubscriptionRow } from './views';

const BULLETLESS = '';

function subscriptionDates(locale: Locale, row: SubscriptionRow): string {
  const dates: string[] = [];
  if (row.cancellableUntil)
    dates.push(format(locale, 'details.cancelUntil', { date: formatDateTime(locale, row.cancellableUntil) }));
  if (row.termEnd) dates.push(format(locale, 'details.termEnd', { date: formatDate(locale, row.termEnd) }));
  return dates.join(' ') || '—';
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
    col: {
      name: text(locale, 'details.col.name'),
      status: text(locale, 'details.col.status'),
      commerce: text(locale, 'details.col.commerce'),
      quantity: text(locale, 'details.col.quantity'),
      dates: text(locale, 'details.col.dates'),
    },
    subscriptions: view.subscriptions.map((row) => ({
      name: row.name,
      status: statusName(locale, row.status),
      commerce: commerceName(locale, row.commerce),
      quantity: formatNumber(locale, row.quantity),
      dates: subscriptionDates(locale, row),
    })),
    showSubscriptionCount: view.subscriptionCount > view.subscriptions.length,
    subscriptionCount: runs(locale, 'details.subscriptionsShown', {
      shown: formatNumber(locale, view.subscriptions.length),
      total: formatNumber(locale, view.subscriptionCount),
    }),
    gdapHeading: text(locale, 'details.gdapHeading'),
    gdapNote: text(locale, 'details.gdapNote'),
    gdapMessage,
    gdap: gdap.available ? gdap.relationships.map((row) => gdapParagraph(locale, row, BULLETLESS)) : [],
    canInvite: view.actions.invite,
    inviteTitle: text(locale, 'details.invite'),
    canRemove: view.actions.remove,
    removeTitle: text(locale, 'details.remove'),
  });
}
