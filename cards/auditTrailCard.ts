/**
 * `audit <customer>`: the customer's history, newest first. Each entry: time, who (literal), what in
 * words, and short details (ids, codes) as literal TextRuns. Details are shortened, more and more if
 * needed (see DETAIL_BUDGETS), so that 30 entries always fit in the 28 KB budget.
 */
import { CardRenderError, expandCardTemplate, type AdaptiveCardJson } from './cardTemplate';
import { auditActionName, formatDateTime, formatNumber, yesNoUnknown } from './format';
import { fact, labelled, run, runs, type Run } from './richText';
import { text, type Locale, type StringKey } from './strings';
import template from './templates/auditTrail.json';
import type { AuditTrailView } from './views';

/** Entries shown at most (the view carries at most 30). */
export const MAX_AUDIT_ENTRIES = 30;

/** Labels of the detail keys the services record; other keys are shown as they are (evidence pages too). */
export const DETAIL_LABELS: Record<string, StringKey> = {
  requestId: 'fact.requestId',
  correlationId: 'fact.correlationId',
  code: 'fact.errorCode',
  errorCode: 'fact.errorCode',
  description: 'fact.errorDescription',
  reason: 'fact.reason',
  attestationVersion: 'approval.attestationVersion',
  invitationId: 'audit.detail.invitationId',
  target: 'audit.detail.target',
  unofficialUrl: 'audit.detail.unofficialUrl',
  withProvider: 'audit.detail.withProvider',
  id: 'audit.detail.id',
  name: 'audit.detail.name',
  remedy: 'audit.detail.remedy',
  provider: 'audit.detail.provider',
  delivered: 'audit.detail.delivered',
  msRequestId: 'evidence.removal.msRequestId',
  confirmedBy: 'evidence.removal.confirmedBy',
};

/**
 * Successive budgets for the details of one entry: the longest value and the most keys shown (in the
 * order recorded). The first budget whose card fits in 28 KB is used; the last one leaves details out.
 */
const DETAIL_BUDGETS: readonly { length: number; keys: number }[] = [
  { length: 120, keys: Infinity },
  { length: 48, keys: Infinity },
  { length: 40, keys: 3 },
  { length: 40, keys: 2 },
  { length: 24, keys: 1 },
  { length: 0, keys: 0 },
];
type Budget = (typeof DETAIL_BUDGETS)[number];

interface Line {
  first: boolean;
  spacing: 'Default' | 'None';
  runs: Run[];
}

function shorten(value: string, limit: number): string {
  return value.length <= limit ? value : `${value.slice(0, limit - 1)}…`;
}

function detailRuns(
  locale: Locale,
  detail: Record<string, string | number | boolean>,
  budget: Budget,
): Run[] {
  const result: Run[] = [];
  for (const [key, value] of Object.entries(detail).slice(0, budget.keys)) {
    const label = Object.hasOwn(DETAIL_LABELS, key) ? text(locale, DETAIL_LABELS[key]) : key;
    const shown =
      typeof value === 'boolean'
        ? yesNoUnknown(locale, value)
        : // Numbers here are codes and ids: shown as recorded, without grouping.
          shorten(String(value), budget.length);
    result.push(
      run(`${result.length > 0 ? text(locale, 'common.separator') : ''}${labelled(locale, label)} `),
      run(shown === '' ? '—' : shown),
    );
  }
  return result;
}

function lines(view: AuditTrailView, budget: Budget): Line[] {
  const { locale } = view;
  const result: Line[] = [];
  for (const entry of view.entries.slice(0, MAX_AUDIT_ENTRIES)) {
    result.push({
      first: true,
      spacing: 'Default',
      runs: [
        run(`${formatDateTime(locale, entry.at)} — `),
        run(entry.actor, true),
        run(` — ${auditActionName(locale, entry.action)}`),
      ],
    });
    const details = budget.keys > 0 ? detailRuns(locale, entry.detail, budget) : [];
    if (details.length > 0) result.push({ first: false, spacing: 'None', runs: details });
  }
  return result;
}

export function buildAuditTrailCard(view: AuditTrailView): AdaptiveCardJson {
  const { locale, customer } = view;
  const shown = Math.min(view.entries.length, MAX_AUDIT_ENTRIES);
  const data = (budget: Budget) => ({
    title: runs(locale, 'audit.title', { customer: customer.name }),
    header: customer.domain !== undefined ? [fact(locale, 'fact.domain', customer.domain)] : [],
    none: text(locale, 'audit.none'),
    lines: lines(view, budget),
    shown:
      view.total > 0
        ? runs(locale, 'audit.shown', {
            shown: formatNumber(locale, shown),
            total: formatNumber(locale, Math.max(view.total, shown)),
          })
        : [],
  });
  for (const [index, budget] of DETAIL_BUDGETS.entries()) {
    try {
      return expandCardTemplate('auditTrail', template, data(budget));
    } catch (error) {
      // Too big: try again with shorter details; the last attempt's error is the real one.
      if (!(error instanceof CardRenderError) || index === DETAIL_BUDGETS.length - 1) throw error;
    }
  }
  throw new CardRenderError('auditTrail', 'no attempt was made');
}
