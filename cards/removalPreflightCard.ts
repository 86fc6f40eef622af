/**
 * The removal pre-flight card: what blocks removing the reseller relationship and how to fix it (each
 * remedy asks for a confirmation first: cards/remedyParts.ts), what the removal does, Microsoft's
 * attestation, and the request (or why it cannot be made). Every button carries the attestation tick
 * and the reason (associatedInputs auto), and the card comes back with them as they were.
 */
import { ATTESTATION_VERSION } from './attestation';
import { BULLET, gdapParagraph, partnerParagraph } from './cardParts';
import { expandCardTemplate, type AdaptiveCardJson } from './cardTemplate';
import {
  commerceName,
  formatDate,
  formatDateTime,
  formatNumber,
  relationshipName,
  yesNoUnknown,
} from './format';
import { batchButtons, confirmationData, remedyButton, resultsData } from './remedyParts';
import { fact, paragraph, run, runs, type Paragraph, type Run } from './richText';
import { formatParts, text, type Locale, type Params, type StringKey } from './strings';
import { scheduleData } from './schedulePart';
import { gdapChoiceData } from './gdapEndPart';
import template from './templates/removalPreflight.json';
import type { RemovalNotice } from '../services/relationships/removalPreflight';
import type { BlockerRow, RemovalPreflightView } from './views';

export { ATTESTATION_VERSION };

/** The sentence `key` about a blocker: its name in bold, followed by the quantity when known. */
function blockerSentence(
  locale: Locale,
  key: StringKey,
  blocker: Pick<BlockerRow, 'name' | 'quantity'>,
  params: Params = {},
): Run[] {
  const result: Run[] = [];
  for (const part of formatParts(locale, key, { ...params, name: blocker.name })) {
    result.push(run(part.text, part.param === 'name'));
    if (part.param === 'name' && blocker.quantity !== undefined)
      result.push(...runs(locale, 'removal.quantity', { quantity: formatNumber(locale, blocker.quantity) }));
  }
  return result;
}

/** Whether a locked subscription renews: the button turns it off; off, or suspended, it is said. */
function autoRenewKey(blocker: BlockerRow): StringKey | undefined {
  if (blocker.autoRenewEnabled === false) return 'removal.blocker.lockedAutoRenewOff';
  if (blocker.autoRenewEnabled !== true) return undefined;
  return blocker.stillBilled ? 'removal.blocker.lockedAutoRenewSuspended' : 'removal.blocker.lockedAutoRenew';
}

function blockerParagraphs(locale: Locale, blocker: BlockerRow): Paragraph[] {
  // The same label as the customer details card gives the subscription.
  const commerce = blocker.commerce ? commerceName(locale, blocker.commerce) : '';
  const sentence = (key: StringKey, params: Params = {}) =>
    blockerSentence(locale, key, blocker, { commerce, ...params });
  const note = (key: StringKey, params: Params = {}) => runs(locale, key, params);
  const autoRenewNote = (row: BlockerRow) => {
    const key = autoRenewKey(row);
    return key ? note(key) : [];
  };
  switch (blocker.kind) {
    case 'activeLegacySubscription':
      return [
        paragraph(sentence('removal.blocker.activeLegacySubscription')),
        paragraph(note('removal.note.legacySuspended')),
      ];
    case 'activeAzurePlan':
      return [paragraph(sentence('removal.blocker.activeAzurePlan'))];
    case 'cancellableSubscription':
      return [
        paragraph(
          sentence('removal.blocker.cancellable'),
          blocker.cancellableUntil
            ? note('removal.blocker.cancellableUntil', {
                date: formatDateTime(locale, blocker.cancellableUntil),
              })
            : [],
          blocker.stillBilled ? note('removal.note.stillBilled') : [],
        ),
      ];
    case 'lockedSubscription':
      return [
        paragraph(
          blocker.blockedUntil
            ? sentence('removal.blocker.locked', { date: formatDate(locale, blocker.blockedUntil) })
            : sentence('removal.blocker.lockedNoDate'),
          autoRenewNote(blocker),
          blocker.stillBilled ? note('removal.note.stillBilled') : [],
        ),
      ];
    case 'pendingSubscription':
      return [paragraph(sentence('removal.blocker.pending'))];
    case 'activeReservation': {
      const expires = blocker.blockedUntil ?? blocker.cancellableUntil;
      return [
        paragraph(
          expires
            ? sentence('removal.blocker.reservation', { date: formatDate(locale, expires) })
            : sentence('removal.blocker.reservationNoDate'),
        ),
      ];
    }
    case 'softwarePurchase':
      return [
        paragraph(
          sentence(
            blocker.remedy === 'none' ? 'removal.blocker.softwareNoLines' : 'removal.blocker.software',
          ),
          blocker.cancellableUntil
            ? note('removal.blocker.softwareUntil', {
                date: formatDateTime(locale, blocker.cancellableUntil),
              })
            : [],
        ),
      ];
    case 'unknownEntitlement':
      return [paragraph(sentence('removal.blocker.unknownEntitlement'))];
  }
}

/** The notices under the blockers: perpetual software past its window, then what we cannot see. */
function noticeParagraphs(locale: Locale, notices: readonly RemovalNotice[]): Paragraph[] {
  const result = notices.map((notice) =>
    paragraph(
      blockerSentence(locale, 'removal.notice.perpetualSoftware', notice, {
        date: formatDate(locale, notice.purchasedAt),
        closed: formatDate(locale, notice.windowClosedAt),
      }),
    ),
  );
  // Partner Center documents no way to list a customer's Azure savings plans (docs/partner-center.md §4).
  result.push(paragraph(runs(locale, 'removal.notice.savingsPlans')));
  return result;
}

function refusalParagraphs(view: RemovalPreflightView): Paragraph[] {
  const { locale } = view;
  switch (view.refusal) {
    case undefined:
      return [];
    case 'blockers':
      return [paragraph(runs(locale, 'removal.refusal.blockers'))];
    case 'role':
      return [paragraph(runs(locale, 'removal.refusal.role'))];
    case 'notReseller':
      return [paragraph(runs(locale, 'removal.refusal.notReseller'))];
    case 'pendingRequest': {
      const pending = view.pendingRequest;
      return [
        paragraph(
          pending
            ? runs(
                locale,
                'removal.refusal.pendingRequest',
                { by: pending.requestedBy, at: formatDateTime(locale, pending.at), id: pending.id },
                ['by'],
              )
            : runs(locale, 'removal.refusal.pendingRequestUnknown'),
        ),
      ];
    }
    case 'indirectReseller':
      return [
        paragraph(
          view.provider
            ? runs(locale, 'removal.refusal.indirectReseller', { provider: view.provider.name }, ['provider'])
            : runs(locale, 'removal.refusal.indirectResellerNoProvider'),
        ),
      ];
  }
}

function consequenceParagraphs(view: RemovalPreflightView): Paragraph[] {
  const { locale } = view;
  const bullet = (key: StringKey) => paragraph([run(BULLET)], runs(locale, key));
  const result = [
    bullet('removal.consequence.list'),
    bullet('removal.consequence.support'),
    bullet('removal.consequence.dap'),
    bullet('removal.consequence.purchases'),
    bullet('removal.consequence.gdap'),
  ];
  if (!view.gdap.available) result.push(paragraph(runs(locale, 'removal.consequence.gdapUnavailable')));
  // The choice of relationships to end lists them with their facts: not twice.
  else if (view.gdap.relationships.length > 0 && !gdapChoiceShown(view)) {
    result.push(paragraph(runs(locale, 'removal.consequence.gdapList')));
    result.push(...view.gdap.relationships.map((row) => gdapParagraph(locale, row)));
  }
  if (view.partners.length > 0) {
    result.push(bullet('removal.consequence.partners'));
    result.push(...view.partners.map((partner) => partnerParagraph(locale, partner)));
  }
  result.push(bullet('removal.consequence.customer'));
  return result;
}

const PROBLEMS = {
  notAttested: 'removal.attestError',
  reasonMissing: 'removal.reasonError',
  autoRenewNotConfirmed: 'schedule.autoRenewError',
  gdapChoiceStale: 'gdapEnd.stale',
} as const satisfies Record<NonNullable<RemovalPreflightView['problem']>, StringKey>;

/** The inputs as the user left them, and what the request lacked when it was refused for it. */
function inputsData(view: RemovalPreflightView) {
  const { locale, inputs, problem } = view;
  return {
    attestedValue: inputs?.attested ? 'true' : 'false',
    reasonValue: inputs?.reason ?? '',
    problem: problem ? [paragraph(runs(locale, PROBLEMS[problem]))] : [],
  };
}

/** The attestation (and the request) can be shown: nothing but blockers stands in the way. */
function attestationShownFor(view: RemovalPreflightView): boolean {
  return view.refusal === undefined || view.refusal === 'blockers';
}

function gdapChoiceShown(view: RemovalPreflightView): boolean {
  return attestationShownFor(view) && (view.gdapChoices ?? []).some((row) => row.id);
}

export function buildRemovalPreflightCard(view: RemovalPreflightView): AdaptiveCardJson {
  const { locale, customer, refusal } = view;
  const attestationShown = attestationShownFor(view);
  const askProvider = refusal === 'indirectReseller' && view.provider !== undefined;
  const blockers = view.blockers.map((blocker) => ({
    id: blocker.id,
    paragraphs: blockerParagraphs(locale, blocker),
    ...remedyButton(locale, view, blocker),
  }));

  return expandCardTemplate('removalPreflight', template, {
    title: text(locale, 'removal.title'),
    customerId: customer.id,
    header: [
      fact(locale, 'fact.customer', customer.name),
      fact(locale, 'fact.domain', customer.domain),
      fact(locale, 'fact.relationship', relationshipName(locale, customer.relationship)),
      fact(locale, 'fact.dap', yesNoUnknown(locale, customer.delegatedAccess)),
    ],
    confirmation: confirmationData(view),
    results: resultsData(view),
    blockersHeading: text(locale, 'removal.blockersHeading'),
    noBlockers: text(locale, 'removal.noBlockers'),
    blockers,
    batch: batchButtons(view),
    notices: noticeParagraphs(locale, view.notices ?? []),
    showCannotRemediate: !view.canRemediate && view.blockers.some((blocker) => blocker.action !== undefined),
    cannotRemediate: text(locale, 'removal.note.cannotRemediate'),
    consequencesHeading: text(locale, 'removal.consequencesHeading'),
    consequences: consequenceParagraphs(view),
    showAttestation: attestationShown,
    attestationHeading: text(locale, 'removal.attestationHeading'),
    attestation: text(locale, 'removal.attestation'),
    attestLabel: text(locale, 'removal.attestLabel'),
    attestToggle: text(locale, 'removal.attestToggle'),
    legalNotice: text(locale, 'removal.legalNotice'),
    versionRuns: runs(locale, 'removal.attestationVersion', { version: view.attestationVersion }),
    showReason: attestationShown || askProvider,
    reasonLabel: text(locale, askProvider ? 'removal.askReasonLabel' : 'removal.reasonLabel'),
    reasonPlaceholder: text(locale, 'removal.reasonPlaceholder'),
    ...inputsData(view),
    schedule: scheduleData(view),
    gdapChoice: gdapChoiceData(locale, view.gdapChoices, view.inputs, attestationShown),
    refusal: refusalParagraphs(view),
    showRequest: attestationShown,
    requestEnabled: refusal === undefined,
    requestTitle: text(locale, 'removal.button.request'),
    showAskProvider: askProvider,
    askProviderTitle: text(locale, 'removal.button.askProvider'),
    checkAgainTitle: text(locale, 'removal.button.checkAgain'),
    footer: runs(locale, 'removal.checkedAt', { at: formatDateTime(locale, view.checkedAt) }),
  });
}
