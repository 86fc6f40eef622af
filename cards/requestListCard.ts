/**
 * `requests`: open and recent removal requests, newest first, one block each (name and state, then a
 * short facts line, narrow enough for Teams) with a button that opens the request's approval card as
 * this person sees it: an approver reviews and decides there, the requester may withdraw.
 */
import { FACT_SEPARATOR } from './cardParts';
import { expandCardTemplate, type AdaptiveCardJson } from './cardTemplate';
import { formatDate, formatDateTime, formatNumber, removalStateName } from './format';
import { runs } from './richText';
import { format, text } from './strings';
import template from './templates/requestList.json';
import type { RequestListView } from './views';

/** Rows shown at most; the card says how many there are in all (keeps it well under 28 KB). */
export const MAX_REQUEST_ROWS = 20;

export function buildRequestListCard(view: RequestListView): AdaptiveCardJson {
  const { locale } = view;
  const shown = view.rows.slice(0, MAX_REQUEST_ROWS);
  return expandCardTemplate('requestList', template, {
    title: text(locale, 'requests.title'),
    none: text(locale, 'requests.none'),
    rows: shown.map((row) => ({
      requestId: row.requestId,
      name: row.customer.name,
      stateLine: `${FACT_SEPARATOR}${removalStateName(locale, row.state)}`,
      details: [
        ...(row.scheduledFor
          ? [format(locale, 'requests.scheduledFor', { date: formatDate(locale, row.scheduledFor) })]
          : []),
        row.customer.domain,
        format(locale, 'requests.requestedBy', {
          by: row.requestedBy,
          at: formatDateTime(locale, row.requestedAt),
        }),
        format(locale, 'requests.requestId', { id: row.requestId }),
      ].join(FACT_SEPARATOR),
      button: text(locale, row.canDecide ? 'requests.button.decide' : 'requests.button.open'),
    })),
    shown:
      view.rows.length > shown.length
        ? runs(locale, 'requests.shown', {
            shown: formatNumber(locale, shown.length),
            total: formatNumber(locale, view.rows.length),
          })
        : [],
  });
}
