/**
 * `gdap`: the GDAP health report for a narrow card. A few facts (when it was checked, how many active
 * relationships and customers), then one section per finding kind, each with its count, what it means,
 * and one block per finding — the customer on one line, the relationship in short facts under it —
 * at most 10, then "and K more". Without Graph it says so plainly, as the customer card does.
 */
import { errorFacts } from './cardParts';
import { expandCardTemplate, type AdaptiveCardJson } from './cardTemplate';
import { formatDateTime, formatNumber } from './format';
import { findingBlock, GDAP_SECTIONS, sectionHeading } from './gdapParts';
import { fact } from './richText';
import { format, text } from './strings';
import template from './templates/gdapHealth.json';
import type { GdapHealthView } from './views';

/** Roles named per finding; more are counted ("+3"), so ten findings stay well under 28 KB. */
const MAX_ROLES = 4;

export function buildGdapHealthCard(view: GdapHealthView): AdaptiveCardJson {
  const { locale, health } = view;
  const title = text(locale, 'gdap.title');
  const report = health.available ? health.report : undefined;
  if (!report) {
    const failure = health.available ? undefined : health.failure;
    return expandCardTemplate('gdapHealth', template, {
      title,
      facts: [],
      message: text(locale, failure ? 'gdap.failed' : 'gdap.unavailable'),
      errors: failure ? errorFacts(locale, failure) : [],
      sections: [],
    });
  }
  return expandCardTemplate('gdapHealth', template, {
    title,
    facts: [
      fact(locale, 'gdap.checked', formatDateTime(locale, report.at)),
      fact(locale, 'gdap.activeRelationships', formatNumber(locale, report.activeRelationships)),
      fact(locale, 'gdap.customers', formatNumber(locale, report.customers)),
    ],
    message: '',
    errors: [],
    sections: GDAP_SECTIONS.map((name) => {
      const { total, findings } = report.sections[name];
      return {
        heading: sectionHeading(locale, name, total),
        note: text(locale, `gdap.section.${name}.note`),
        none: text(locale, 'gdap.none'),
        rows: findings.map((finding) => findingBlock(locale, finding, MAX_ROLES)),
        more:
          total > findings.length
            ? format(locale, 'gdap.more', { count: formatNumber(locale, total - findings.length) })
            : '',
      };
    }),
  });
}
