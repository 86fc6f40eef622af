/** Turns a service's refusal or a failure into the notice card the user sees. */
import type { AdaptiveCardJson } from '../../cards/cardTemplate';
import { buildNoticeCard } from '../../cards/noticeCard';
import { buildProviderChoiceCard } from '../../cards/providerChoiceCard';
import type { NoticeView } from '../../cards/views';
import { rolesGranting } from '../../services/access/policy';
import {
  failureOf,
  PartnerCenterAccessDeniedError,
  PartnerCenterError,
  PartnerCenterServerError,
  PartnerCenterThrottledError,
  PartnerCenterUnavailableError,
} from '../../services/partner-center';
import type { Refusal } from '../../services/relationships/refusal';
import { StoreUnavailableError } from '../../services/store/recordStore';
import type { Turn } from './turn';

type NoticeBody = NoticeView extends infer V
  ? V extends { locale: unknown }
    ? Omit<V, 'locale'>
    : never
  : never;

export function notice(turn: Turn, body: NoticeBody): AdaptiveCardJson {
  return buildNoticeCard({ locale: turn.locale, ...body });
}

export function refusalCard(turn: Turn, refusal: Refusal, query = ''): AdaptiveCardJson {
  switch (refusal.reason) {
    case 'notAllowed':
      return turn.member
        ? notice(turn, {
            kind: 'notAllowed',
            permission: refusal.permission,
            userRoles: turn.member.roles,
            requiredRoles: rolesGranting(refusal.permission),
          })
        : notice(turn, { kind: 'unknownUser', permission: refusal.permission });
    case 'notFound':
      return query
        ? notice(turn, { kind: 'customerNotFound', query })
        : notice(turn, { kind: 'staleAction' });
    case 'customerGone':
      return notice(turn, { kind: 'customerGone', customerName: refusal.customerName });
    case 'stale':
      return notice(turn, { kind: 'staleAction' });
    case 'noProvider':
    case 'resellerOnly':
      return notice(turn, { kind: 'noProvider' });
    case 'chooseProvider':
      return buildProviderChoiceCard({ locale: turn.locale, providers: refusal.providers });
  }
}

/** A failure the user can understand, or undefined for a bug (which the adapter reports as such). */
export function failureCard(turn: Turn, error: unknown): AdaptiveCardJson | undefined {
  if (error instanceof StoreUnavailableError) return notice(turn, { kind: 'storeUnavailable' });
  if (error instanceof PartnerCenterThrottledError) {
    return notice(turn, { kind: 'partnerCenterBusy', retryAfterSeconds: error.retryAfterSeconds });
  }
  if (error instanceof PartnerCenterUnavailableError) return notice(turn, { kind: 'partnerCenterBusy' });
  if (error instanceof PartnerCenterServerError) {
    return notice(turn, { kind: 'partnerCenterUnavailable', error: failureOf(error) });
  }
  if (error instanceof PartnerCenterAccessDeniedError) {
    // Without Partner Center's description the card says so in its own words, not the client's message.
    const refused = { ...failureOf(error), description: error.description ?? '' };
    return notice(turn, { kind: 'partnerCenterRefused', error: refused });
  }
  if (error instanceof PartnerCenterError) {
    return notice(turn, { kind: 'partnerCenterError', error: failureOf(error) });
  }
  return undefined;
}
