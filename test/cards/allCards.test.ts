/**
 * Every builder in every locale, with the largest representative data and hostile names: the card is
 * 1.5, under 28 KB, fully expanded, uses known verbs with id-only data, shows untrusted text only in
 * TextRuns and input values, and parses and validates cleanly with the official adaptivecards package.
 */
import assert from 'node:assert/strict';
import { buildEventCard } from '../../cards/eventCard';
import { buildNoticeCard } from '../../cards/noticeCard';
import { LOCALES, STRINGS } from '../../cards/strings';
import { actions, adaptiveCardProblems, assertValidCard, HOSTILE } from './cardAssertions';
import { CASES } from './cardCases';
import * as fx from './fixtures';

describe('every card in every locale', () => {
  for (const locale of LOCALES) {
    for (const [name, build, hostile] of CASES) {
      it(`${name} (${locale})`, () => assertValidCard(build(locale), hostile ? HOSTILE : undefined));
    }
    it(`every notice kind (${locale})`, () => {
      for (const view of fx.noticeViews(locale)) {
        const card = buildNoticeCard(view);
        const carriesData = JSON.stringify(view).includes('*Bold*');
        assertValidCard(card, carriesData ? HOSTILE : undefined);
      }
    });
    it(`every event kind (${locale})`, () => {
      for (const view of fx.eventViews(locale)) {
        const card = buildEventCard(view);
        assertValidCard(card, HOSTILE);
        // The one button an event card may have: a removal result's evidence pack.
        const evidence = view.evidenceUrl
          ? [{ type: 'Action.OpenUrl', title: STRINGS[locale]['evidence.button'], url: view.evidenceUrl }]
          : [];
        assert.deepEqual(actions(card), evidence, `${view.kind} has no other button`);
      }
    });
  }

  it('the validator used here does report problems (so a clean result means something)', () => {
    const problems = adaptiveCardProblems({
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'TextBlok', text: 'x' }, { type: 'Input.Text' }],
    });
    assert.ok(problems.some((problem) => problem.includes('UnknownElementType')));
    assert.ok(problems.some((problem) => problem.includes('PropertyCantBeNull')));
  });
});
