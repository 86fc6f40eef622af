/**
 * The invitation draft: the e-mail a partner sends to invite a customer to a reseller relationship,
 * editable in the card, with the personalized link that must stay in it (docs/partner-center.md §5).
 */
import { expandCardTemplate, type AdaptiveCardJson } from './cardTemplate';
import { formatDateTime } from './format';
import { runs, type Run } from './richText';
import { text, type Locale } from './strings';
import template from './templates/invitationDraft.json';
import type { Invitation } from '../services/relationships/invitationService';
import type { InvitationDraftView, InvitationTarget } from './views';

/** What the card says of whom the invitation is for, from the service's invitation target. */
export function invitationTargetView(target: Invitation['target']): InvitationTarget {
  switch (target.kind) {
    case 'existing':
      return { kind: 'existing', customerName: target.customerName, alreadyReseller: target.alreadyReseller };
    case 'new':
      return { kind: 'new' };
    case 'newWithProvider':
      return { kind: 'newWithProvider', providerName: target.providerName };
  }
}

/** A lone UTF-16 surrogate (from an edited e-mail) becomes U+FFFD: encodeURIComponent throws on it. */
function wellFormed(value: string): string {
  return value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** `mailto:` with subject and body, for "Open in mail app" (no recipient: the user adds it). */
export function mailtoUrl(subject: string, body: string): string {
  return `mailto:?subject=${encodeURIComponent(wellFormed(subject))}&body=${encodeURIComponent(wellFormed(body))}`;
}

function targetRuns(locale: Locale, target: InvitationTarget): Run[] {
  switch (target.kind) {
    case 'existing':
      return [
        ...runs(locale, 'invite.forExisting', { name: target.customerName }, ['name']),
        ...(target.alreadyReseller ? runs(locale, 'invite.alreadyReseller') : []),
      ];
    case 'new':
      return runs(locale, 'invite.forNew');
    case 'newWithProvider':
      return runs(locale, 'invite.forNewWithProvider', { provider: target.providerName }, ['provider']);
  }
}

export function buildInvitationDraftCard(view: InvitationDraftView): AdaptiveCardJson {
  const { locale, completed, problem } = view;
  return expandCardTemplate('invitationDraft', template, {
    title: text(locale, 'invite.title'),
    showProblem: problem !== undefined && !completed,
    problem: problem ? text(locale, `invite.problem.${problem}`) : '',
    target: targetRuns(locale, view.target),
    subject: runs(locale, 'invite.subject', { subject: view.subject }),
    unofficialUrl: view.unofficialUrl,
    unofficial: text(locale, 'invite.unofficial'),
    editable: !completed,
    bodyLabel: text(locale, 'invite.bodyLabel'),
    body: view.body,
    linkLabel: text(locale, 'invite.link'),
    url: view.url,
    openLinkTitle: text(locale, 'invite.openLink'),
    keepEditHint: text(locale, 'invite.keepEditHint'),
    keepEditTitle: text(locale, 'invite.keepEdit'),
    completed: completed !== undefined,
    completedRuns: completed
      ? runs(locale, 'invite.completed', { by: completed.by, at: formatDateTime(locale, completed.at) }, [
          'by',
        ])
      : [],
    nextSteps: text(locale, 'invite.nextSteps'),
    openTitle: text(locale, 'invite.open'),
    mailto: mailtoUrl(view.subject, view.body),
    doneTitle: text(locale, 'invite.done'),
    draftId: view.draftId,
  });
}
