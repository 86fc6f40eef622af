/**
 * The requester's own card of a removal request: what became of it (the same words and tones as the
 * approval card), where it went and who may approve it — or, plainly, that it reached no one and
 * what to do — and, while it waits, the button to withdraw it. Replaced in place on every change.
 */
import { decisionParagraphs, executionParagraphs, TONES } from './approvalCard';
import { BULLET } from './cardParts';
import { expandCardTemplate, type AdaptiveCardJson } from './cardTemplate';
import { formatDateTime, formatList } from './format';
import { fact, paragraph, run, runs, type Paragraph } from './richText';
import { text, type Locale } from './strings';
import { scheduleParagraphs } from './schedulePart';
import { gdapEndParagraphs, gdapEndStyle, requestStateName, requestStateText } from './gdapEndPart';
import template from './templates/removalRequested.json';
import type { RemovalRequestedView } from './views';

const names = (locale: Locale, list: readonly string[]) => formatList(locale, list, 'conjunction');

/** Where the request went, while it waits for a decision. */
function routeParagraphs(view: RemovalRequestedView): { paragraphs: Paragraph[]; stranded: boolean } {
  const { locale, route, approvers } = view;
  if (view.state !== 'pending' || !route) return { paragraphs: [], stranded: false };
  const result: Paragraph[] = [];
  if (route.channels.length === 1)
    result.push(paragraph(runs(locale, 'requested.route.channel', { names: route.channels[0] }, ['names'])));
  else if (route.channels.length > 1)
    result.push(
      paragraph(
        runs(locale, 'requested.route.channels', { names: names(locale, route.channels) }, ['names']),
      ),
    );
  if (route.people.length > 0)
    result.push(
      paragraph(runs(locale, 'requested.route.people', { names: names(locale, route.people) }, ['names'])),
    );
  const reached = route.channels.length + route.people.length > 0;
  if (approvers.length === 0) {
    result.push(paragraph(runs(locale, 'requested.route.noApprovers')));
    return { paragraphs: result, stranded: true };
  }
  if (!reached) {
    result.push(
      paragraph(
        runs(
          locale,
          'requested.route.nobody',
          { names: names(locale, approvers), expires: formatDateTime(locale, view.expiresAt) },
          ['names'],
        ),
      ),
    );
    return { paragraphs: result, stranded: true };
  }
  if (route.unreachable.length > 0)
    result.push(
      paragraph(
        runs(locale, 'requested.route.unreachable', { names: names(locale, route.unreachable) }, ['names']),
      ),
    );
  result.push(paragraph(runs(locale, 'requested.approvers', { names: names(locale, approvers) }, ['names'])));
  return { paragraphs: result, stranded: false };
}

export function buildRemovalRequestedCard(view: RemovalRequestedView): AdaptiveCardJson {
  const { locale, state } = view;
  const route = routeParagraphs(view);
  return expandCardTemplate('removalRequested', template, {
    requestId: view.requestId,
    tone: TONES[state],
    title: text(locale, view.gdapEnd?.kind === 'gdap' ? 'gdapEnd.requestedTitle' : 'requested.title'),
    status: [
      paragraph(
        runs(locale, 'approval.status', { state: requestStateName(locale, state, view.gdapEnd) }, ['state']),
      ),
      paragraph(
        runs(
          locale,
          state === 'pending' && view.gdapEnd?.kind !== 'gdap'
            ? 'requested.next'
            : requestStateText(state, view.gdapEnd),
        ),
      ),
    ],
    route: route.paragraphs,
    routeStyle: route.stranded ? 'attention' : 'default',
    facts: [
      fact(locale, 'fact.requestId', view.requestId),
      fact(locale, 'fact.customer', view.customer.name),
      fact(locale, 'fact.domain', view.customer.domain),
      fact(locale, 'fact.requestedBy', view.requestedBy),
      fact(locale, 'fact.time', formatDateTime(locale, view.at)),
      fact(locale, 'fact.reason', view.reason),
      fact(locale, 'fact.correlationId', view.correlationId),
    ],
    outcome: [
      ...view.approvals.map((approval) => ({
        runs: [
          run(BULLET),
          ...runs(
            locale,
            'requested.approvedBy',
            { by: approval.by, at: formatDateTime(locale, approval.at) },
            ['by'],
          ),
        ],
      })),
      ...decisionParagraphs(view),
      ...executionParagraphs(locale, view.execution),
    ],
    schedule: scheduleParagraphs(locale, view.schedule, state !== 'pending'),
    gdapEnd: gdapEndParagraphs(locale, view.gdapEnd, state),
    gdapEndStyle: gdapEndStyle(view.gdapEnd),
    showCancel: state === 'pending' || state === 'scheduled',
    cancelTitle: text(locale, 'approval.button.cancel'),
  });
}
