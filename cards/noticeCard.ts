/** One short card for every notice: refusals, unknown customers, Partner Center trouble, confirmations. */
import { errorFacts, tonedMessageData, type TonedMessage } from './cardParts';
import { expandCardTemplate, type AdaptiveCardJson } from './cardTemplate';
import { formatNumber, permissionName, roleList } from './format';
import { paragraph, runs } from './richText';
import { text, type StringKey } from './strings';
import template from './templates/notice.json';
import type { NoticeView } from './views';
import type { PartnerCenterFailure } from '../services/partner-center/failure';

function describe(view: NoticeView): TonedMessage {
  const { locale } = view;
  const one = (key: StringKey, params = {}, bold: string[] = []) => [
    paragraph(runs(locale, key, params, bold)),
  ];
  /** The notice's sentence, then Partner Center's error as facts, then (with a correlation id) what to do with it. */
  const failure = (key: StringKey, error: PartnerCenterFailure) => [
    ...one(key),
    ...errorFacts(locale, error),
    ...(error.correlationId ? one('notice.partnerCenterError.hint') : []),
  ];
  switch (view.kind) {
    case 'notAllowed':
      return {
        tone: 'warning',
        title: 'notice.notAllowed.title',
        paragraphs: [
          paragraph(
            runs(locale, 'notice.notAllowed.text', {
              permission: permissionName(locale, view.permission),
              roles: roleList(locale, view.userRoles),
            }),
            runs(locale, 'notice.notAllowed.required', {
              roles: roleList(locale, view.requiredRoles, 'disjunction'),
            }),
          ),
        ],
      };
    case 'unknownUser':
      return {
        tone: 'warning',
        title: 'notice.unknownUser.title',
        paragraphs: one('notice.unknownUser.text', { permission: permissionName(locale, view.permission) }),
      };
    case 'customerNotFound':
      return {
        tone: 'warning',
        title: 'notice.customerNotFound.title',
        paragraphs: [
          ...one('notice.customerNotFound.text', { query: view.query.trim() }, ['query']),
          ...(view.offerInviteNew ? one('notice.customerNotFound.inviteNew') : []),
        ],
      };
    case 'customerQueryMissing':
      return {
        tone: 'default',
        title: 'notice.customerQueryMissing.title',
        paragraphs: one(`notice.customerQueryMissing.${view.command}`),
      };
    case 'customerGone':
      return {
        tone: 'warning',
        title: 'notice.customerGone.title',
        paragraphs: one('notice.customerGone.text', { name: view.customerName }, ['name']),
      };
    case 'partnerCenterError':
      return {
        tone: 'attention',
        title: 'notice.partnerCenterError.title',
        paragraphs: failure('notice.partnerCenterError.text', view.error),
      };
    case 'partnerCenterRefused': {
      // One sentence naming Partner Center's own code and correlation id (docs/partner-center.md §5).
      const description = view.error.description.trim().replace(/\.$/, '');
      const params = { code: view.error.code, description, correlationId: view.error.correlationId ?? '—' };
      return {
        tone: 'attention',
        title: 'notice.partnerCenterRefused.title',
        paragraphs: one(
          description ? 'notice.partnerCenterRefused.text' : 'notice.partnerCenterRefused.textNoDescription',
          params,
          ['code'],
        ),
      };
    }
    case 'partnerCenterBusy':
      return {
        tone: 'warning',
        title: 'notice.partnerCenterBusy.title',
        paragraphs:
          view.retryAfterSeconds !== undefined && view.retryAfterSeconds > 0
            ? one('notice.partnerCenterBusy.text', {
                seconds: formatNumber(locale, Math.ceil(view.retryAfterSeconds)),
              })
            : one('notice.partnerCenterBusy.textNoDelay'),
      };
    case 'partnerCenterUnavailable':
      return {
        tone: 'warning',
        title: 'notice.partnerCenterUnavailable.title',
        paragraphs: failure('notice.partnerCenterUnavailable.text', view.error),
      };
    case 'storeUnavailable':
      return {
        tone: 'attention',
        title: 'notice.storeUnavailable.title',
        paragraphs: one('error.storeUnavailable'),
      };
    case 'staleAction':
      return {
        tone: 'default',
        title: 'notice.staleAction.title',
        paragraphs: one('notice.staleAction.text'),
      };
    case 'resellerCannotRemove':
      return {
        tone: 'default',
        title: 'notice.resellerCannotRemove.title',
        paragraphs: view.providerName
          ? one('notice.resellerCannotRemove.text', { provider: view.providerName }, ['provider'])
          : one('notice.resellerCannotRemove.textNoProvider'),
      };
    case 'providerAsked':
      return {
        tone: 'good',
        title: 'notice.providerAsked.title',
        paragraphs: one(
          'notice.providerAsked.text',
          { provider: view.providerName, customer: view.customerName },
          ['provider', 'customer'],
        ),
      };
    case 'noProviderChannel':
      return {
        tone: 'warning',
        title: 'notice.noProviderChannel.title',
        paragraphs: one('notice.noProviderChannel.text', { provider: view.providerName }, ['provider']),
      };
    case 'noProvider':
      return { tone: 'warning', title: 'notice.noProvider.title', paragraphs: one('notice.noProvider.text') };
    case 'notifyOn':
      return {
        tone: 'good',
        title: 'notice.notifyOn.title',
        paragraphs: one(`notice.notifyOn.${view.purpose}`),
      };
    case 'notifyOff':
      return { tone: 'default', title: 'notice.notifyOff.title', paragraphs: one('notice.notifyOff.text') };
    case 'notifyNeedsChannel':
      return {
        tone: 'warning',
        title: 'notice.notifyNeedsChannel.title',
        paragraphs: one('notice.notifyNeedsChannel.text'),
      };
    case 'requestNotFound':
      return {
        tone: 'warning',
        title: 'notice.requestNotFound.title',
        paragraphs: one('notice.requestNotFound.text'),
      };
  }
}

export function buildNoticeCard(view: NoticeView): AdaptiveCardJson {
  return expandCardTemplate(`notice.${view.kind}`, template, {
    ...tonedMessageData(view.locale, describe(view)),
    offerInviteNew: view.kind === 'customerNotFound' && view.offerInviteNew === true,
    inviteNewTitle: text(view.locale, 'notice.customerNotFound.inviteNewButton'),
  });
}
