/** Confirmation that a removal request was recorded; an approver acts next. */
import { expandCardTemplate, type AdaptiveCardJson } from './cardTemplate';
import { formatDateTime } from './format';
import { fact } from './richText';
import { text } from './strings';
import template from './templates/removalRequested.json';
import type { RemovalRequestedView } from './views';

export function buildRemovalRequestedCard(view: RemovalRequestedView): AdaptiveCardJson {
  const { locale } = view;
  return expandCardTemplate('removalRequested', template, {
    title: text(locale, 'requested.title'),
    next: text(locale, 'requested.next'),
    facts: [
      fact(locale, 'fact.requestId', view.requestId),
      fact(locale, 'fact.customer', view.customer.name),
      fact(locale, 'fact.domain', view.customer.domain),
      fact(locale, 'fact.requestedBy', view.requestedBy),
      fact(locale, 'fact.time', formatDateTime(locale, view.at)),
      fact(locale, 'fact.reason', view.reason),
      fact(locale, 'fact.correlationId', view.correlationId),
    ],
  });
}
