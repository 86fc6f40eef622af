/**
 * The remedy parts of the removal pre-flight card: the remedy buttons (one per blocker, and "… all (n)"
 * for a remedy two or more blockers share), the confirmation a remedy asks for before anything is sent
 * (what it changes and what that means, Confirm and Keep), and the outcome of each remedy run.
 */
import { BULLET, errorFacts } from './cardParts';
import { formatDate, formatNumber } from './format';
import { paragraph, run, runs, type Paragraph, type Run } from './richText';
import { format, text, type Locale, type StringKey } from './strings';
import type { RemedyAction } from '../services/relationships/removalPreflight';
import type { BlockerRow, RemovalPreflightView } from './views';

const BUTTONS: Record<RemedyAction, StringKey> = {
  suspend: 'removal.button.suspend',
  cancel: 'removal.button.cancel',
  cancelSoftwareOrder: 'removal.button.cancelSoftwareOrder',
  autoRenewOff: 'removal.button.autoRenewOff',
};

/** Remedies in the order their "all" buttons appear. */
const ORDER: readonly RemedyAction[] = ['suspend', 'cancel', 'cancelSoftwareOrder', 'autoRenewOff'];

/** The remedy button of one blocker. */
export function remedyButton(
  locale: Locale,
  view: RemovalPreflightView,
  blocker: BlockerRow,
): { showButton: boolean; buttonTitle: string; remedy: string } {
  const { action } = blocker;
  return {
    showButton: view.canRemediate && action !== undefined && view.confirmation === undefined,
    buttonTitle: action ? text(locale, BUTTONS[action]) : '',
    remedy: action ?? '',
  };
}

/** "Suspend all (3)": one button for each remedy that two or more blockers offer. */
export function batchButtons(view: RemovalPreflightView): { title: string; remedy: RemedyAction }[] {
  if (!view.canRemediate || view.confirmation) return [];
  return ORDER.flatMap((remedy) => {
    const count = view.blockers.filter((blocker) => blocker.action === remedy).length;
    return count < 2
      ? []
      : [
          {
            title: format(view.locale, `removal.button.all.${remedy}`, {
              count: formatNumber(view.locale, count),
            }),
            remedy,
          },
        ];
  });
}

/** "• Name (quantity 25)", or for auto-renew when the subscription ends instead of renewing. */
function confirmationItem(locale: Locale, remedy: RemedyAction, blocker: BlockerRow): Paragraph {
  if (remedy === 'autoRenewOff') {
    const item = blocker.blockedUntil
      ? runs(
          locale,
          'removal.confirm.autoRenewOffItem',
          { name: blocker.name, date: formatDate(locale, blocker.blockedUntil) },
          ['name'],
        )
      : runs(locale, 'removal.confirm.autoRenewOffItemNoDate', { name: blocker.name }, ['name']);
    return paragraph([run(BULLET)], item);
  }
  const items: Run[] = [run(BULLET), run(blocker.name, true)];
  if (blocker.quantity !== undefined)
    items.push(...runs(locale, 'removal.quantity', { quantity: formatNumber(locale, blocker.quantity) }));
  return { runs: items };
}

/** The confirmation section: shown while a remedy waits for Confirm or Keep. */
export function confirmationData(view: RemovalPreflightView) {
  const { locale, confirmation } = view;
  if (!confirmation)
    return {
      show: false,
      paragraphs: [],
      confirmTitle: '',
      confirmStyle: 'default',
      keepTitle: '',
      remedy: '',
      blockerIds: [],
    };
  const { remedy, blockers } = confirmation;
  return {
    show: true,
    paragraphs: [
      paragraph([run(text(locale, `removal.confirm.${remedy}`), true)]),
      ...blockers.map((blocker) => confirmationItem(locale, remedy, blocker)),
      paragraph(runs(locale, `removal.confirmNote.${remedy}`)),
    ],
    confirmTitle: text(locale, `removal.button.confirm.${remedy}`),
    // Suspend and cancel change what the customer has; auto-renew off changes nothing until the term ends.
    confirmStyle: remedy === 'autoRenewOff' ? 'positive' : 'destructive',
    keepTitle: text(locale, blockers.length > 1 ? 'removal.button.keepAll' : 'removal.button.keep'),
    remedy,
    blockerIds: blockers.map((blocker) => blocker.id),
  };
}

/** The outcome of the remedies just run: each done, or Partner Center's refusal with its code and ids. */
export function resultsData(view: RemovalPreflightView): {
  show: boolean;
  style: string;
  paragraphs: Paragraph[];
} {
  const { locale } = view;
  const results = view.results ?? [];
  const paragraphs: Paragraph[] = [];
  for (const result of results) {
    if (result.ok)
      paragraphs.push(
        paragraph(runs(locale, `removal.done.${result.remedy}`, { name: result.name }, ['name'])),
      );
    else
      paragraphs.push(
        paragraph(runs(locale, 'removal.failed', { name: result.name }, ['name'])),
        ...errorFacts(locale, result.error),
      );
  }
  if (view.skipped)
    paragraphs.push(
      paragraph(runs(locale, 'removal.skipped', { count: formatNumber(locale, view.skipped) })),
    );
  const failed = results.some((result) => !result.ok);
  return {
    show: paragraphs.length > 0,
    style: failed ? 'attention' : results.length > 0 ? 'good' : 'default',
    paragraphs,
  };
}
