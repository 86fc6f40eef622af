/**
 * `audit export <from> <to>`: the links to every customer's audit entries of a period, as CSV and as
 * JSON (Action.OpenUrl), with how long they work; or, for a period that is not one, how to type it.
 */
import { tonedMessageData, type TonedMessage } from './cardParts';
import { expandCardTemplate, type AdaptiveCardJson } from './cardTemplate';
import { formatDate, formatDateTime, formatNumber } from './format';
import { paragraph, runs } from './richText';
import { text } from './strings';
import template from './templates/auditExport.json';
import type { AuditExportView } from './views';

function describe(view: AuditExportView): TonedMessage {
  const { locale } = view;
  if (view.kind === 'links') {
    return {
      tone: 'good',
      title: 'auditExport.title',
      paragraphs: [
        paragraph(
          runs(
            locale,
            'auditExport.period',
            { from: formatDate(locale, view.from), to: formatDate(locale, view.to) },
            ['from', 'to'],
          ),
        ),
        paragraph(runs(locale, 'auditExport.validUntil', { date: formatDateTime(locale, view.expiresAt) })),
      ],
    };
  }
  const days = formatNumber(locale, view.maxDays);
  const problem =
    view.problem === 'unavailable'
      ? runs(locale, 'auditExport.unavailable')
      : runs(locale, `auditExport.invalid.${view.problem}`, { days });
  return {
    tone: 'warning',
    title: 'auditExport.title',
    paragraphs: [
      paragraph(problem),
      paragraph(runs(locale, 'auditExport.usage', { example: view.example, days }, ['example'])),
    ],
  };
}

export function buildAuditExportCard(view: AuditExportView): AdaptiveCardJson {
  const links =
    view.kind === 'links'
      ? {
          show: true,
          csv: view.csvUrl,
          json: view.jsonUrl,
          csvTitle: text(view.locale, 'auditExport.csv'),
          jsonTitle: text(view.locale, 'auditExport.json'),
        }
      : { show: false, csv: '', json: '', csvTitle: '', jsonTitle: '' };
  return expandCardTemplate(`auditExport.${view.kind}`, template, {
    ...tonedMessageData(view.locale, describe(view)),
    links,
  });
}
