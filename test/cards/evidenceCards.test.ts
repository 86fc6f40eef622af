/** The evidence pack's button on the approval card and on a removal's result card, in every locale. */
import assert from 'node:assert/strict';
import { buildApprovalCard } from '../../cards/approvalCard';
import { buildEventCard } from '../../cards/eventCard';
import { LOCALES, STRINGS } from '../../cards/strings';
import { actions } from './cardAssertions';
import * as fx from './fixtures';

const openUrls = (card: object) =>
  actions(card)
    .filter((a) => a.type === 'Action.OpenUrl')
    .map((a) => [a.title, a.url]);

describe('the evidence pack’s button', () => {
  for (const locale of LOCALES) {
    it(`offers the evidence pack on a finished approval card and a result card, only when given (${locale})`, () => {
      const completed = fx.approvalInState(locale, 'completed');
      assert.deepEqual(openUrls(buildApprovalCard({ ...completed, evidenceUrl: fx.EVIDENCE_URL })), [
        [STRINGS[locale]['evidence.button'], fx.EVIDENCE_URL],
      ]);
      assert.deepEqual(openUrls(buildApprovalCard(completed)), []);
      const executed = fx.eventViews(locale).find((v) => v.kind === 'removalExecuted' && v.evidenceUrl)!;
      assert.deepEqual(openUrls(buildEventCard(executed)), [
        [STRINGS[locale]['evidence.button'], fx.EVIDENCE_URL],
      ]);
      assert.deepEqual(openUrls(buildEventCard({ ...executed, evidenceUrl: undefined })), []);
    });
  }
});
