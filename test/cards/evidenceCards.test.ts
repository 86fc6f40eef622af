/**
 * The evidence pack's button on the approval card and on a removal's result card, and the audit
 * export card: what a reader sees and which links they get, in every locale.
 */
import assert from 'node:assert/strict';
import { buildApprovalCard } from '../../cards/approvalCard';
import { buildAuditExportCard } from '../../cards/auditExportCard';
import { buildEventCard } from '../../cards/eventCard';
import { LOCALES, STRINGS } from '../../cards/strings';
import { cardTexts } from '../helpers/activities';
import { actions } from './cardAssertions';
import * as fx from './fixtures';

const openUrls = (card: object) =>
  actions(card)
    .filter((a) => a.type === 'Action.OpenUrl')
    .map((a) => [a.title, a.url]);

describe('evidence pack and audit export cards', () => {
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

  it('gives the export’s two links, the period in words and how long the links work', () => {
    const card = buildAuditExportCard({
      locale: 'fr',
      kind: 'links',
      from: '2025-01-01',
      to: '2025-01-31',
      csvUrl: 'https://desk.example/a.csv',
      jsonUrl: 'https://desk.example/a.json',
      expiresAt: '2025-02-07T10:00:00.000Z',
    });
    assert.deepEqual(openUrls(card), [
      ['Télécharger le CSV', 'https://desk.example/a.csv'],
      ['Télécharger le JSON', 'https://desk.example/a.json'],
    ]);
    const text = cardTexts(card).join('');
    assert.ok(text.includes('du 1er janvier 2025 au 31 janvier 2025'), text);
    assert.ok(text.includes('jusqu’au 7 février 2025 à 10:00 UTC'), text);
    assert.ok(text.includes('les entrées\u202f: ne les partagez'), 'French narrow no-break space');
  });

  it('tells how to type a period that is not one, without links', () => {
    const card = buildAuditExportCard({
      locale: 'en',
      kind: 'invalid',
      problem: 'order',
      example: 'audit export 2025-01-01 2025-01-31',
      maxDays: 366,
    });
    assert.deepEqual(openUrls(card), []);
    const text = cardTexts(card).join('');
    assert.ok(text.includes('The first day is after the second.'));
    assert.ok(text.includes('audit export 2025-01-01 2025-01-31'));
  });
});
