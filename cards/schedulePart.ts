/**
 * The part of the pre-flight card for a removal that only dates block (new-commerce terms,
 * reservations): request it now, and once approved it runs by itself after the last date — with
 * auto-renew turned off on the subscriptions that would otherwise renew (confirmed here), and the
 * choice of what happens if something new blocks it on the day.
 */
import { BULLET } from './cardParts';
import { formatDate, formatDateTime, formatList } from './format';
import { paragraph, run, runs, type Paragraph } from './richText';
import { format, text, type Locale } from './strings';
import type { RemovalPreflightView, ScheduleView } from './views';

/** A request's schedule on the approval card and the requester's card: when, what was prepared, and the day's rule. */
export function scheduleParagraphs(
  locale: Locale,
  schedule: ScheduleView | undefined,
  approved: boolean,
): Paragraph[] {
  if (!schedule) return [];
  const names = (list: string[]) => formatList(locale, list, 'conjunction');
  const result: Paragraph[] = [
    paragraph(
      runs(
        locale,
        approved ? 'schedule.when' : 'schedule.whenApproved',
        {
          date: formatDate(locale, schedule.scheduledFor),
        },
        ['date'],
      ),
    ),
  ];
  const prepared = schedule.prepared;
  if (prepared) {
    const done = prepared.filter((row) => row.ok).map((row) => row.name);
    const failed = prepared.filter((row) => !row.ok).map((row) => row.name);
    if (done.length)
      result.push(
        paragraph([run(BULLET)], runs(locale, 'schedule.autoRenewDone', { names: names(done) }, ['names'])),
      );
    if (failed.length)
      result.push(
        paragraph(
          [run(BULLET)],
          runs(locale, 'schedule.autoRenewFailed', { names: names(failed) }, ['names']),
        ),
      );
  } else if (schedule.autoRenewOff.length) {
    result.push(
      paragraph(
        [run(BULLET)],
        runs(locale, 'schedule.autoRenewPlanned', { names: names(schedule.autoRenewOff) }, ['names']),
      ),
    );
  }
  result.push(
    paragraph(
      [run(BULLET)],
      runs(locale, schedule.onBlocked === 'fail' ? 'schedule.rule.fail' : 'schedule.rule.wait'),
    ),
  );
  if (schedule.lastCheck?.blockedBy.length)
    result.push(
      paragraph(
        runs(
          locale,
          'schedule.stillBlocked',
          { at: formatDateTime(locale, schedule.lastCheck.at), names: names(schedule.lastCheck.blockedBy) },
          ['names'],
        ),
      ),
    );
  return result;
}

export function scheduleData(view: RemovalPreflightView) {
  const { locale, schedule, inputs } = view;
  const show = view.refusal === 'blockers' && schedule !== undefined;
  const date = schedule ? formatDate(locale, schedule.scheduledFor) : '';
  const names = formatList(
    locale,
    (schedule?.autoRenewOn ?? []).map((row) => row.name),
    'conjunction',
  );
  return {
    show,
    // Names are data: only in TextRuns, never in the toggle's title.
    intro: show
      ? [
          paragraph(runs(locale, 'schedule.intro', { date }, ['date'])),
          ...(names ? [paragraph(runs(locale, 'schedule.autoRenewOn', { names }, ['names']))] : []),
        ]
      : [],
    askAutoRenew: show && (schedule?.autoRenewOn.length ?? 0) > 0,
    autoRenewLabel: text(locale, 'schedule.autoRenewLabel'),
    autoRenewTitle: show ? format(locale, 'schedule.autoRenewToggle', { date }) : '',
    autoRenewValue: inputs?.autoRenewOff ? 'true' : 'false',
    onBlockedLabel: text(locale, 'schedule.onBlockedLabel'),
    waitTitle: text(locale, 'schedule.onBlocked.wait'),
    failTitle: text(locale, 'schedule.onBlocked.fail'),
    onBlockedValue: inputs?.onBlocked ?? 'wait',
    requestTitle: show ? format(locale, 'schedule.button.request', { date }) : '',
  };
}
