/** Several customers match what was typed: one row per match with a button that goes on to `next`. */
import { expandCardTemplate, type AdaptiveCardJson } from './cardTemplate';
import { formatNumber } from './format';
import { runs } from './richText';
import { text, type StringKey } from './strings';
import template from './templates/customerChoice.json';
import { VERBS } from './verbs';
import type { CustomerChoiceView } from './views';

const BUTTONS = {
  [VERBS.customerShow]: 'choice.button.show',
  [VERBS.inviteStart]: 'choice.button.invite',
  [VERBS.removalPreflight]: 'choice.button.remove',
  [VERBS.auditShow]: 'choice.button.audit',
} as const satisfies Record<CustomerChoiceView['next'], StringKey>;

/** The verbs this card's buttons may carry: the template takes them from the view's `next`. */
export const CUSTOMER_CHOICE_VERBS = Object.keys(BUTTONS) as readonly CustomerChoiceView['next'][];

export function buildCustomerChoiceCard(view: CustomerChoiceView): AdaptiveCardJson {
  const { locale } = view;
  const more = Math.max(0, view.total - view.matches.length);
  return expandCardTemplate('customerChoice', template, {
    title: runs(locale, 'choice.title', { query: view.query.trim() }),
    matches: view.matches.map(({ id, name, domain }) => ({ id, name, domain })),
    isInvite: view.next === VERBS.inviteStart,
    next: view.next,
    buttonTitle: text(locale, BUTTONS[view.next]),
    hasMore: more > 0,
    more: runs(locale, 'choice.more', { count: formatNumber(locale, more) }),
  });
}
