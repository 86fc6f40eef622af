/** Finding customers: the picker (with paging and typeahead) and the details card. */
import type { AdaptiveCardJson } from '../../cards/cardTemplate';
import { buildCustomerChoiceCard } from '../../cards/customerChoiceCard';
import { buildCustomerDetailsCard } from '../../cards/customerDetailsCard';
import { buildCustomerPickerCard } from '../../cards/customerPickerCard';
import type { CustomerChoiceView, PickerNext } from '../../cards/views';
import { customerActions } from '../../services/access/policy';
import { customerDetails } from '../../services/relationships/customerDetails';
import type { CustomerSummary } from '../../services/relationships/customerSearchIndex';
import { notice, refusalCard } from './notices';
import type { FlowDependencies, Turn } from './turn';

const NEXT_VERB = {
  customer: 'customer.show',
  invite: 'invite.start',
  remove: 'removal.preflight',
  audit: 'audit.show',
} as const satisfies Record<string, CustomerChoiceView['next']>;

/** Teams shows at most 15 typeahead results; the picker's pages have the same size. */
export const PAGE_SIZE = 15;
const MAX_QUERY_LENGTH = 100;

export async function customerPicker(
  deps: FlowDependencies,
  turn: Turn,
  query: string,
  page = 0,
  next?: PickerNext,
): Promise<AdaptiveCardJson> {
  const cleanQuery = query.trim().slice(0, MAX_QUERY_LENGTH);
  const safePage = Number.isInteger(page) && page >= 0 ? page : 0;
  const result = await deps.services.directory.search(
    turn.member,
    cleanQuery,
    PAGE_SIZE,
    safePage * PAGE_SIZE,
  );
  if (!result.ok) return refusalCard(turn, result);
  return buildCustomerPickerCard({
    locale: turn.locale,
    query: cleanQuery,
    customers: result.page.items,
    total: result.page.total,
    page: safePage,
    pageSize: PAGE_SIZE,
    actions: result.actions,
    ...(next && { next }),
    ...(result.loading && { loading: result.loading }),
  });
}

/** Typeahead answers for the picker (`application/search`). */
export async function customerSuggestions(
  deps: FlowDependencies,
  turn: Turn,
  queryText: string,
  count: number,
  skip: number,
): Promise<{ title: string; value: string }[]> {
  const result = await deps.services.directory.suggest(
    turn.member,
    queryText.slice(0, MAX_QUERY_LENGTH),
    Math.min(count || PAGE_SIZE, PAGE_SIZE),
    Math.max(skip, 0),
  );
  if (!result.ok) return [];
  return result.customers.map((customer) => ({
    title: `${customer.name} — ${customer.domain}`,
    value: customer.id,
  }));
}

/**
 * What `customer <text>`, `invite <text>` and `remove <text>` mean: one customer (then `next` runs),
 * a choice when several match, or a clear "not found". Without a name, the customer picker opens
 * with the command's own button (`audit` explains instead: it also takes a former customer's tenant id).
 */
export async function withResolvedCustomer(
  deps: FlowDependencies,
  turn: Turn,
  text: string,
  command: 'customer' | 'invite' | 'remove' | 'audit',
  next: (customer: CustomerSummary) => Promise<AdaptiveCardJson>,
): Promise<AdaptiveCardJson> {
  const query = text.trim().slice(0, MAX_QUERY_LENGTH);
  const result = await deps.services.directory.resolve(turn.member, query, PAGE_SIZE);
  if (!result.ok) return refusalCard(turn, result);
  if (!query) {
    return command === 'audit'
      ? notice(turn, { kind: 'customerQueryMissing', command })
      : customerPicker(deps, turn, '', 0, NEXT_VERB[command]);
  }
  const resolved = result.resolution;
  switch (resolved.kind) {
    case 'one':
      return next(resolved.customer);
    case 'many': {
      const nextVerb: CustomerChoiceView['next'] = NEXT_VERB[command];
      return buildCustomerChoiceCard({
        locale: turn.locale,
        query,
        matches: resolved.matches,
        total: resolved.total,
        next: nextVerb,
      });
    }
    case 'none':
      return notice(turn, {
        kind: 'customerNotFound',
        query,
        offerInviteNew: command === 'invite' && customerActions(turn.member).invite,
      });
  }
}

export async function customerDetailsCard(
  deps: FlowDependencies,
  turn: Turn,
  customerId: string,
): Promise<AdaptiveCardJson> {
  const { client, directory, gdap, partner, now } = deps.services;
  const result = await customerDetails({ client, directory, gdap, partner, now }, turn.member, customerId);
  if (!result.ok) return refusalCard(turn, result);
  return buildCustomerDetailsCard({ locale: turn.locale, ...result.details });
}
