/**
 * Channel notifications: one short card per event (invitations, acceptances, removal decisions and
 * results, closing NCE cancellation windows, the weekly GDAP digest), each with its time. Read-only:
 * the one button is the link to a removal's evidence pack on its result (removalExecuted, removalFailed).
 */
import { BULLET, customerFacts, errorFacts, tonedMessageData, type TonedMessage } from './cardParts';
import { expandCardTemplate, type AdaptiveCardJson } from './cardTemplate';
import { commerceName, formatDateTime, formatList, formatNumber, removalStateName } from './format';
import { findingParagraph, GDAP_SECTIONS } from './gdapParts';
import { fact, labelled, paragraph, run, runs, type Paragraph } from './richText';
import { text, type StringKey } from './strings';
import template from './templates/event.json';
import type { EventView } from './views';

interface EventContent extends TonedMessage {
  facts: Paragraph[];
}

function describe(view: EventView): EventContent {
  const { locale } = view;
  /** "• Name — ended" or "• Name — not ended" per relationship; before execution, the names only. */
  const gdapList = (rows: { name: string; ended: boolean }[], done: boolean) =>
    rows.map((row) =>
      paragraph(
        [run(BULLET), run(row.name, true)],
        done
          ? [run(' — '), run(text(locale, row.ended ? 'gdapEnd.state.completed' : 'gdapEnd.outcome.pending'))]
          : [],
      ),
    );
  const sentence = (key: StringKey, params: Record<string, string> = {}) =>
    paragraph(runs(locale, key, params, ['by', 'customer', 'provider', 'subscription']));
  const bullet = (key: StringKey) => paragraph([run(BULLET)], runs(locale, key));
  switch (view.kind) {
    case 'invitationRecorded': {
      const { target, by } = view;
      const main =
        target.kind === 'existing'
          ? sentence('event.invitationRecorded.existing', { by, customer: target.customerName })
          : target.kind === 'new'
            ? sentence('event.invitationRecorded.new', { by })
            : sentence('event.invitationRecorded.newWithProvider', { by, provider: target.providerName });
      return {
        tone: 'default',
        title: 'event.invitationRecorded.title',
        paragraphs: [main, sentence('event.invitationRecorded.next')],
        facts: [],
      };
    }
    case 'customerAccepted':
      return {
        tone: 'good',
        title: 'event.customerAccepted.title',
        paragraphs: [
          paragraph(
            runs(locale, 'event.customerAccepted.text', { customer: view.customer.name }, ['customer']),
            view.invitedBy !== undefined
              ? runs(locale, 'event.customerAccepted.invitedBy', { by: view.invitedBy }, ['by'])
              : [],
          ),
        ],
        facts: customerFacts(locale, view.customer),
      };
    case 'removalDecided': {
      const customer = view.customer.name;
      if (view.requestKind === 'gdap') {
        const facts = customerFacts(locale, view.customer);
        if (view.by !== undefined) facts.push(fact(locale, 'fact.decidedBy', view.by));
        if (view.reason !== undefined) facts.push(fact(locale, 'approval.decisionReason', view.reason));
        facts.push(fact(locale, 'fact.requestId', view.requestId));
        return {
          tone: view.state === 'approved' ? 'accent' : 'default',
          title: 'event.gdapEnd.decided.title',
          paragraphs: [
            sentence('event.gdapEnd.decided.text', { customer, state: removalStateName(locale, view.state) }),
            ...gdapList(view.gdap ?? [], false),
          ],
          facts,
        };
      }
      const withBy = view.by !== undefined && view.state !== 'expired';
      const key: StringKey =
        view.state === 'expired'
          ? 'event.removalDecided.expired'
          : withBy
            ? `event.removalDecided.${view.state}`
            : `event.removalDecided.${view.state}NoBy`;
      const facts = customerFacts(locale, view.customer);
      if (view.reason !== undefined) facts.push(fact(locale, 'approval.decisionReason', view.reason));
      facts.push(fact(locale, 'fact.requestId', view.requestId));
      return {
        tone: view.state === 'approved' ? 'accent' : 'default',
        title: `event.removalDecided.${view.state}.title`,
        paragraphs: [sentence(key, withBy ? { by: view.by ?? '', customer } : { customer })],
        facts,
      };
    }
    case 'removalExecuted':
      if (view.requestKind === 'gdap')
        return {
          tone: 'good',
          title: 'event.gdapEnd.ended.title',
          paragraphs: [
            sentence('event.gdapEnd.ended.text', { customer: view.customer.name }),
            ...gdapList(view.gdap ?? [], true),
          ],
          facts: [
            ...customerFacts(locale, view.customer),
            fact(locale, 'fact.requestId', view.requestId),
            fact(locale, 'fact.correlationId', view.correlationId),
          ],
        };
      return {
        tone: 'good',
        title: 'event.removalExecuted.title',
        paragraphs: [
          sentence('event.removalExecuted.text', { customer: view.customer.name }),
          bullet('removal.consequence.list'),
          bullet('removal.consequence.dap'),
          ...(view.gdap?.length
            ? [paragraph(runs(locale, 'event.gdapEnd.endedToo')), ...gdapList(view.gdap, true)]
            : [bullet('removal.consequence.gdap')]),
        ],
        facts: [
          ...customerFacts(locale, view.customer),
          fact(locale, 'fact.requestId', view.requestId),
          fact(locale, 'fact.correlationId', view.correlationId),
        ],
      };
    case 'removalFailed':
      if (view.requestKind === 'gdap' || view.removed)
        return {
          tone: 'attention',
          title: 'event.gdapEnd.failed.title',
          paragraphs: [
            sentence(view.removed ? 'event.gdapEnd.failed.removed' : 'event.gdapEnd.failed.text', {
              customer: view.customer.name,
            }),
            ...gdapList(view.gdap ?? [], true),
            ...errorFacts(locale, view.error),
            sentence('event.gdapEnd.failed.todo'),
          ],
          facts: [...customerFacts(locale, view.customer), fact(locale, 'fact.requestId', view.requestId)],
        };
      return {
        tone: 'attention',
        title: 'event.removalFailed.title',
        paragraphs: [
          sentence('event.removalFailed.text', { customer: view.customer.name }),
          ...errorFacts(locale, view.error),
          sentence('event.removalFailed.todo'),
        ],
        facts: [...customerFacts(locale, view.customer), fact(locale, 'fact.requestId', view.requestId)],
      };
    case 'removalScheduled': {
      const done = view.autoRenewOff.filter((row) => row.ok).map((row) => row.name);
      const notDone = view.autoRenewOff.filter((row) => !row.ok).map((row) => row.name);
      const names = (list: string[]) => formatList(locale, list, 'conjunction');
      return {
        tone: notDone.length > 0 ? 'warning' : 'accent',
        title: 'event.removalScheduled.title',
        paragraphs: [
          paragraph(
            runs(
              locale,
              'event.removalScheduled.text',
              { customer: view.customer.name, date: formatDateTime(locale, view.scheduledFor) },
              ['customer', 'date'],
            ),
          ),
          ...(done.length > 0
            ? [
                paragraph(
                  runs(locale, 'event.removalScheduled.autoRenewOff', { names: names(done) }, ['names']),
                ),
              ]
            : []),
          ...(notDone.length > 0
            ? [
                paragraph(
                  runs(locale, 'event.removalScheduled.autoRenewFailed', { names: names(notDone) }, [
                    'names',
                  ]),
                ),
              ]
            : []),
        ],
        facts: [...customerFacts(locale, view.customer), fact(locale, 'fact.requestId', view.requestId)],
      };
    }
    case 'removalReminder':
      return {
        tone: 'warning',
        title: 'event.removalReminder.title',
        paragraphs: [
          paragraph(
            runs(
              locale,
              view.daysBefore <= 1 ? 'event.removalReminder.tomorrow' : 'event.removalReminder.days',
              {
                customer: view.customer.name,
                date: formatDateTime(locale, view.scheduledFor),
                days: formatNumber(locale, view.daysBefore),
              },
              ['customer', 'date'],
            ),
          ),
          sentence('event.removalReminder.check'),
        ],
        facts: [...customerFacts(locale, view.customer), fact(locale, 'fact.requestId', view.requestId)],
      };
    case 'removalStillBlocked':
      return {
        tone: 'attention',
        title:
          view.onBlocked === 'fail'
            ? 'event.removalStillBlocked.failedTitle'
            : 'event.removalStillBlocked.title',
        paragraphs: [
          sentence('event.removalStillBlocked.text', { customer: view.customer.name }),
          ...view.blockedBy.map((name) => paragraph([run(BULLET), run(name, true)])),
          sentence(
            view.onBlocked === 'fail'
              ? 'event.removalStillBlocked.failed'
              : 'event.removalStillBlocked.waiting',
          ),
        ],
        facts: [...customerFacts(locale, view.customer), fact(locale, 'fact.requestId', view.requestId)],
      };
    case 'cancellationWindowClosing':
      return {
        tone: 'warning',
        title: 'event.cancellationWindow.title',
        paragraphs: [
          paragraph(
            runs(
              locale,
              'event.cancellationWindow.text',
              {
                commerce: commerceName(locale, view.commerce),
                subscription: view.subscriptionName,
                customer: view.customer.name,
                date: formatDateTime(locale, view.until),
              },
              ['subscription', 'customer', 'date'],
            ),
            runs(locale, 'event.cancellationWindow.after'),
          ),
        ],
        facts: [...customerFacts(locale, view.customer), fact(locale, 'fact.requestId', view.requestId)],
      };
    case 'gdapDigest': {
      const { report } = view;
      const shown = GDAP_SECTIONS.filter((name) => report.sections[name].total > 0);
      const attention = shown.some((name) => name !== 'withoutGdap');
      return {
        tone: attention ? 'warning' : 'good',
        title: 'event.gdapDigest.title',
        paragraphs: [
          sentence(shown.length > 0 ? 'event.gdapDigest.text' : 'event.gdapDigest.allClear'),
          ...shown.flatMap((name) => [
            paragraph([
              run(`${labelled(locale, text(locale, `gdap.section.${name}`))} `, true),
              run(formatNumber(locale, report.sections[name].total)),
            ]),
            ...report.sections[name].findings.map((finding) => findingParagraph(locale, finding)),
          ]),
          ...(shown.length > 0 ? [sentence('event.gdapDigest.next')] : []),
        ],
        facts: [
          fact(locale, 'fact.week', view.week),
          fact(locale, 'gdap.activeRelationships', formatNumber(locale, report.activeRelationships)),
          fact(locale, 'gdap.customers', formatNumber(locale, report.customers)),
        ],
      };
    }
  }
}

export function buildEventCard(view: EventView): AdaptiveCardJson {
  const content = describe(view);
  const withEvidence =
    (view.kind === 'removalExecuted' || view.kind === 'removalFailed') && view.evidenceUrl !== undefined;
  return expandCardTemplate(`event.${view.kind}`, template, {
    ...tonedMessageData(view.locale, content),
    facts: content.facts,
    footer: [
      run(`${labelled(view.locale, text(view.locale, 'fact.time'))} ${formatDateTime(view.locale, view.at)}`),
    ],
    evidence: {
      show: withEvidence,
      title: text(view.locale, 'evidence.button'),
      url: withEvidence ? view.evidenceUrl : '',
    },
  });
}
