/** Several customers match what was typed: one row per match with a button that goes on to `next`. */
import { expandCardTemplate, type AdaptiveCardJson } from './cardTemplate';
import { formatNumber } from './format';
import { runs } from './richText';
import { text, type StringKey } from './strings';
import template from './templates/customerChoice.json';
import type { CustomerChoiceView } from './views';

const BUTTONS = {
  'customer.show': 'choice.button.show',
  'invite.start': 'choice.button.invite',
  'removal.preflight': 'choice.button.remove',
  'audit.show': 'choice.button.audit',
} as const satisfies Record<CustomerChoiceView['next'], StringKey>;

export function buildCustomerChoiceCard(view: CustomerChoiceView): AdaptiveCardJson {
  const { locale } = view;
  const more = Math.max(0, view.total - view.matches.length);
  return expandCardTemplate('customerChoice', template, {
    title: runs(locale, 'choice.title', { query: view.query.trim() }),
    matches: view.matches.map(({ id, name, domain }) => ({ id, name, domain })),
    isInvite: view.next === 'invite.start',
    next: view.next,
    buttonTitle: text(locale, BUTTONS[view.next]),
    hasMore: more > 0,
    more: runs(locale, 'choice.more', { count: formatNumber(locale, more) }),
  });
}
