/**
 * Ending GDAP relationships on the cards: the choice on the removal pre-flight (a multi-select of the
 * active relationships), and on the approval and requester cards the relationships a request ends
 * with where each stands as Microsoft Graph last read it. A request that ends GDAP alone (`kind:
 * 'gdap'`) is titled and worded as such. Names from Graph are data: TextRuns and choice titles only
 * (the finished card keeps their braces literal, cards/literalText.ts).
 */
import { BULLET, FACT_SEPARATOR } from './cardParts';
import { formatDateTime, removalStateName } from './format';
import { entraRoleText, gdapStatusName, relationshipFacts } from './gdapParts';
import { paragraph, run, runs, type Paragraph } from './richText';
import { text, type Locale, type StringKey } from './strings';
import type { RemovalState } from '../services/workflows/removalRequest';
import type { GdapEndView, GdapRow, PreflightInputs } from './views';

/** The state's name: a GDAP-only request is "Ended" / "Being ended", not "Removed". */
export function requestStateName(locale: Locale, state: RemovalState, gdapEnd?: GdapEndView): string {
  if (gdapEnd?.kind === 'gdap' && (state === 'completed' || state === 'executing'))
    return text(locale, `gdapEnd.state.${state}`);
  return removalStateName(locale, state);
}

/** The sentence under the state: the removal's, the GDAP-only request's, or a removal whose GDAP step goes on. */
export function requestStateText(state: RemovalState, gdapEnd?: GdapEndView): StringKey {
  if (gdapEnd?.kind === 'gdap' && state !== 'scheduled') return `gdapEnd.stateText.${state}`;
  if (gdapEnd?.removedAt) {
    if (state === 'executing') return 'gdapEnd.stateText.removedExecuting';
    if (state === 'failed') return 'gdapEnd.stateText.removedThenFailed';
    if (state === 'completed') return 'gdapEnd.stateText.removedCompleted';
  }
  return `approval.stateText.${state}`;
}

/** What became of one relationship, in words. */
function outcomeRuns(locale: Locale, target: GdapEndView['targets'][number]) {
  switch (target.outcome) {
    case 'requested':
      return runs(locale, 'gdapEnd.outcome.requested', {
        status: gdapStatusName(locale, target.status ?? 'terminationRequested'),
      });
    case 'terminated':
      return runs(locale, 'gdapEnd.outcome.terminated', {
        at: target.confirmedAt ? formatDateTime(locale, target.confirmedAt) : '',
      });
    case 'failed':
      return runs(
        locale,
        'gdapEnd.outcome.failed',
        { code: target.error?.code ?? '', description: target.error?.description ?? '' },
        ['code'],
      );
    default:
      return runs(locale, 'gdapEnd.outcome.pending');
  }
}

/** The relationships a request ends: before approval the plan, then each one's progress. */
export function gdapEndParagraphs(
  locale: Locale,
  gdapEnd: GdapEndView | undefined,
  state: RemovalState,
): Paragraph[] {
  if (!gdapEnd?.targets.length) return [];
  const started = gdapEnd.targets.some((t) => t.outcome !== undefined) || state === 'executing';
  const heading: StringKey = started
    ? 'gdapEnd.heading.progress'
    : gdapEnd.kind === 'gdap'
      ? 'gdapEnd.heading.plannedAlone'
      : 'gdapEnd.heading.planned';
  const result: Paragraph[] = [];
  if (gdapEnd.removedAt)
    result.push(
      paragraph(runs(locale, 'gdapEnd.removedAt', { at: formatDateTime(locale, gdapEnd.removedAt) })),
    );
  result.push(paragraph([run(text(locale, heading), true)]));
  for (const target of gdapEnd.targets) {
    const items = [run(BULLET), run(target.name, true)];
    if (started || target.outcome) items.push(run(' — '), ...outcomeRuns(locale, target));
    else if (target.roles.length) items.push(run(`${FACT_SEPARATOR}${target.roles.join(', ')}`));
    result.push(paragraph(items));
  }
  return result;
}

/** The container's style: attention when a relationship could not be ended. */
export function gdapEndStyle(gdapEnd: GdapEndView | undefined): string {
  return gdapEnd?.targets.some((t) => t.outcome === 'failed') ? 'attention' : 'emphasis';
}

/** The pre-flight card's choice of relationships to end with the removal. */
export function gdapChoiceData(
  locale: Locale,
  choices: readonly GdapRow[] | undefined,
  inputs: Pick<PreflightInputs, 'gdapToEnd'> | undefined,
  shown: boolean,
) {
  const rows = (choices ?? []).filter((row) => row.id);
  const show = shown && rows.length > 0;
  const ids = new Set(rows.map((row) => row.id));
  return {
    show,
    heading: text(locale, 'gdapEnd.choiceHeading'),
    intro: text(locale, 'gdapEnd.choiceIntro'),
    label: text(locale, 'gdapEnd.choiceLabel'),
    // The ticks as the user left them, for relationships still offered.
    value: (inputs?.gdapToEnd ?? []).filter((id) => ids.has(id)).join(','),
    choices: rows.map((row) => ({
      title: `${row.name}${FACT_SEPARATOR}${relationshipFacts(locale, {
        ...row,
        roles: row.roleNames ? row.roleNames.map((role) => entraRoleText(locale, role)) : row.roles,
      })}`,
      value: row.id ?? '',
    })),
  };
}
