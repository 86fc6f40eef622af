/** `requests`: open and recent removal requests, one table row each. Read-only: no buttons. */
import { expandCardTemplate, type AdaptiveCardJson } from './cardTemplate';
import { formatDateTime, formatNumber, removalStateName } from './format';
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
    col: {
      customer: text(locale, 'fact.customer'),
      state: text(locale, 'requests.col.state'),
      requestedBy: text(locale, 'fact.requestedBy'),
      requestedAt: text(locale, 'approval.requestedAt'),
    },
    rows: shown.map((row) => ({
      name: row.customer.name,
      domain: row.customer.domain,
      requestId: format(locale, 'requests.requestId', { id: row.requestId }),
      state: removalStateName(locale, row.state),
      requestedBy: row.requestedBy,
      requestedAt: formatDateTime(locale, row.requestedAt),
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
