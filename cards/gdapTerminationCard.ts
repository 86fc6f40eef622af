/**
 * The card to end a customer's GDAP relationships on their own, the reseller relationship kept: the
 * relationships as Microsoft Graph reads them now, the choice of active ones to end, the reason and
 * the requester's confirmation, then a request that an approver decides (the removal's maker-checker).
 * Every button carries the inputs back (associatedInputs auto), and the card comes back with them.
 */
import { gdapChoiceData } from './gdapEndPart';
import { gdapBlock } from './gdapParts';
import { expandCardTemplate, type AdaptiveCardJson } from './cardTemplate';
import { FACT_SEPARATOR } from './cardParts';
import { formatDateTime } from './format';
import { fact, paragraph, run, runs, type Paragraph } from './richText';
import { text, type StringKey } from './strings';
import template from './templates/gdapTermination.json';
import type { GdapTerminationView } from './views';

const PROBLEMS = {
  noneChosen: 'gdapEnd.problem.noneChosen',
  notConfirmed: 'gdapEnd.problem.notConfirmed',
  reasonMissing: 'removal.reasonError',
  choiceStale: 'gdapEnd.stale',
} as const satisfies Record<NonNullable<GdapTerminationView['problem']>, StringKey>;

function refusalParagraphs(view: GdapTerminationView): Paragraph[] {
  const { locale, refusal } = view;
  switch (refusal) {
    case undefined:
      return [];
    case 'pendingRequest':
      return [
        paragraph(runs(locale, 'gdapEnd.refusal.pendingRequest', { id: view.pendingRequest?.id ?? '' })),
      ];
    default:
      return [paragraph(runs(locale, `gdapEnd.refusal.${refusal}`))];
  }
}

export function buildGdapTerminationCard(view: GdapTerminationView): AdaptiveCardJson {
  const { locale, customer, inputs } = view;
  const choice = gdapChoiceData(locale, view.choices, inputs, view.refusal === undefined);
  // The relationships offered as choices are listed there, with their facts: the others here.
  const offered = new Set(choice.show ? view.choices.map((row) => row.id) : []);
  const others = view.gdap.relationships.filter((row) => !row.id || !offered.has(row.id));
  const relationships = !view.gdap.available
    ? [paragraph(runs(locale, 'details.gdapUnavailable'))]
    : view.gdap.relationships.length === 0
      ? [paragraph(runs(locale, 'details.gdapNone'))]
      : others.map((row) => {
          const block = gdapBlock(locale, row);
          return paragraph([run(block.name, true), run(`${FACT_SEPARATOR}${block.facts}`)]);
        });
  return expandCardTemplate('gdapTermination', template, {
    title: runs(locale, 'gdapEnd.cardTitle', { customer: customer.name }),
    customerId: customer.id,
    header: [
      fact(locale, 'fact.customer', customer.name),
      ...(customer.domain ? [fact(locale, 'fact.domain', customer.domain)] : []),
      fact(locale, 'fact.tenantId', customer.id),
    ],
    intro: text(locale, 'gdapEnd.cardIntro'),
    relationshipsHeading: text(locale, 'gdapEnd.relationshipsHeading'),
    relationships,
    refusal: refusalParagraphs(view),
    choice: { ...choice, label: text(locale, 'gdapEnd.choiceLabel') },
    reasonLabel: text(locale, 'gdapEnd.reasonLabel'),
    reasonPlaceholder: text(locale, 'gdapEnd.reasonPlaceholder'),
    reasonValue: inputs?.reason ?? '',
    confirmLabel: text(locale, 'gdapEnd.confirmLabel'),
    confirmToggle: text(locale, 'gdapEnd.confirmToggle'),
    confirmedValue: inputs?.confirmed ? 'true' : 'false',
    problem: view.problem ? [paragraph(runs(locale, PROBLEMS[view.problem]))] : [],
    requestTitle: text(locale, 'gdapEnd.button.request'),
    checkAgainTitle: text(locale, 'removal.button.checkAgain'),
    footer: runs(locale, 'removal.checkedAt', { at: formatDateTime(locale, view.checkedAt) }),
  });
}
