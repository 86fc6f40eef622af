/**
 * The customer list: one page of customers in a filtered ChoiceSet (with Teams type-ahead over the
 * whole list through Data.Query), the same page as text rows, and buttons for what the user may do.
 * While the list is still being read after a start, a note says the page may be incomplete.
 */
import { expandCardTemplate, type AdaptiveCardJson } from './cardTemplate';
import { formatNumber } from './format';
import { runs } from './richText';
import { format, text } from './strings';
import template from './templates/customerPicker.json';
import { VERBS } from './verbs';
import type { CustomerPickerView } from './views';

export function buildCustomerPickerCard(view: CustomerPickerView): AdaptiveCardJson {
  const { locale, customers, total, page, pageSize } = view;
  const from = page * pageSize + 1;
  const to = page * pageSize + customers.length;
  const pageCount = Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
  const query = view.query.trim();
  return expandCardTemplate('customerPicker', template, {
    title: text(locale, 'picker.title'),
    hasQuery: query !== '',
    searched: runs(locale, 'picker.searched', { query }, ['query']),
    all: text(locale, view.next ? `picker.for.${view.next}` : 'picker.all'),
    hasCustomers: customers.length > 0,
    count: runs(locale, 'picker.count', {
      total: formatNumber(locale, total),
      from: formatNumber(locale, from),
      to: formatNumber(locale, to),
    }),
    noMatch: text(
      locale,
      view.loading
        ? 'picker.noMatchYet'
        : query === '' && total === 0
          ? 'picker.noCustomers'
          : 'picker.noMatch',
    ),
    isLoading: view.loading !== undefined,
    loadingNote: format(locale, 'picker.loading', {
      count: formatNumber(locale, view.loading?.customersSoFar ?? 0),
    }),
    label: text(locale, 'picker.label'),
    placeholder: text(locale, 'picker.placeholder'),
    required: text(locale, 'picker.required'),
    listHeading: text(locale, 'picker.listHeading'),
    customers: customers.map((customer) => ({
      id: customer.id,
      name: customer.name,
      domain: customer.domain,
      choiceTitle: `${customer.name} — ${customer.domain}`,
    })),
    // Opened for one command, the picker carries that command's button only.
    showDetails: !view.next || view.next === VERBS.customerShow,
    showInvite: view.next ? view.next === VERBS.inviteStart : view.actions.invite,
    showRemove: view.next ? view.next === VERBS.removalPreflight : view.actions.remove,
    next: view.next ?? '',
    detailsTitle: text(locale, 'picker.details'),
    inviteTitle: text(locale, 'picker.invite'),
    removeTitle: text(locale, 'picker.remove'),
    query: view.query,
    hasPrevious: page > 0,
    previousPage: page - 1,
    previousTitle: text(locale, 'picker.previous'),
    hasNext: page + 1 < pageCount,
    nextPage: page + 1,
    nextTitle: text(locale, 'picker.next'),
  });
}
