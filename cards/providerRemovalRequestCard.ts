/** Sent to the indirect provider's channel: one of its resellers asks it to remove a reseller relationship. */
import { customerFacts } from './cardParts';
import { expandCardTemplate, type AdaptiveCardJson } from './cardTemplate';
import { formatDateTime } from './format';
import { fact, runs } from './richText';
import { text } from './strings';
import template from './templates/providerRemovalRequest.json';
import type { ProviderRemovalRequestView } from './views';

export const PARTNER_CENTER_CUSTOMERS_URL = 'https://partner.microsoft.com/dashboard/v2/customers/list';

export function buildProviderRemovalRequestCard(view: ProviderRemovalRequestView): AdaptiveCardJson {
  const { locale, reseller, customer } = view;
  const facts = [fact(locale, 'fact.reseller', reseller.name)];
  if (reseller.mpnId) facts.push(fact(locale, 'fact.mpnId', reseller.mpnId));
  facts.push(
    fact(locale, 'fact.customer', customer.name),
    ...customerFacts(locale, customer),
    fact(locale, 'fact.requestedBy', view.requestedBy),
    fact(locale, 'fact.time', formatDateTime(locale, view.at)),
    fact(locale, 'fact.reason', view.reason),
  );
  return expandCardTemplate('providerRemovalRequest', template, {
    title: text(locale, 'provider.title'),
    intro: runs(locale, 'provider.intro', { reseller: reseller.name }, ['reseller']),
    facts,
    todo: text(locale, 'provider.todo'),
    openTitle: text(locale, 'provider.open'),
    partnerCenterUrl: PARTNER_CENTER_CUSTOMERS_URL,
  });
}
