/**
 * What a user reads about GDAP: the customer card's relationships (status, end date, auto-extension,
 * roles in their language, a warning when one ends soon or cannot auto-extend), the `gdap` health card
 * (sections with counts, one block per finding, "and K more", plainly unavailable without Graph), and
 * the weekly digest in the events channels.
 */
import assert from 'node:assert/strict';
import { buildApprovalCard } from '../../cards/approvalCard';
import { buildCustomerDetailsCard } from '../../cards/customerDetailsCard';
import { buildRemovalRequestedCard } from '../../cards/removalRequestedCard';
import { buildEventCard } from '../../cards/eventCard';
import { buildGdapHealthCard } from '../../cards/gdapHealthCard';
import { LOCALES, STRINGS } from '../../cards/strings';
import type { CustomerDetailsView } from '../../cards/views';
import { paragraphsOf } from '../helpers/cardQueries';
import { HOSTILE } from './cardAssertions';
import * as fx from './fixtures';

const NNBSP = '\u202f';

function detailsWith(relationships: CustomerDetailsView['gdap']['relationships']) {
  return buildCustomerDetailsCard({ ...fx.detailsView('en'), gdap: { available: true, relationships } });
}

describe('the GDAP section of the customer card', () => {
  const row = {
    name: 'Fabrikam support contoso',
    status: 'active',
    endsAt: '2026-03-24T10:00:00Z',
    roles: ['Global Administrator', 'User Administrator'],
    roleNames: fx.GDAP_ROLES.filter(
      (role) => role.key === 'globalAdministrator' || role.key === 'userAdministrator',
    ),
  };

  it('shows each relationship: name, then status, end date, auto-extension and roles', () => {
    const paragraphs = paragraphsOf(
      detailsWith([
        { ...row, autoExtend: 'off', endsSoon: false, roleNames: undefined, roles: ['User Administrator'] },
      ]),
    );
    const at = paragraphs.indexOf('Fabrikam support contoso');
    assert.ok(at >= 0, paragraphs.join('\n'));
    assert.equal(
      paragraphs[at + 1],
      'Active · ends 24 March 2026 · does not auto-extend · User Administrator',
    );
  });

  it('warns when one ends within 30 days and does not extend itself, and not when it does', () => {
    const ending = paragraphsOf(
      detailsWith([{ ...row, roleNames: [], roles: [], autoExtend: 'off', endsSoon: true }]),
    );
    assert.ok(ending.includes(STRINGS.en['details.gdapWarnEndsSoon']));
    const extending = paragraphsOf(
      detailsWith([{ ...row, roleNames: [], roles: [], autoExtend: 'extends', endsSoon: true }]),
    );
    assert.ok(extending.some((p) => p.includes('auto-extends by 6 months')));
    for (const key of ['details.gdapWarnEndsSoon', 'details.gdapWarnGlobalAdmin'] as const)
      assert.ok(!extending.includes(STRINGS.en[key]), key);
  });

  it('warns that a relationship holding Global Administrator cannot auto-extend, sooner when it ends soon', () => {
    const later = paragraphsOf(detailsWith([{ ...row, autoExtend: 'notPossible', endsSoon: false }]));
    assert.ok(later.includes(STRINGS.en['details.gdapWarnGlobalAdmin']));
    assert.ok(
      later.some((p) =>
        p.endsWith('cannot auto-extend (Global Administrator) · Global Administrator, User Administrator'),
      ),
    );
    const soon = paragraphsOf(detailsWith([{ ...row, autoExtend: 'notPossible', endsSoon: true }]));
    assert.ok(soon.includes(STRINGS.en['details.gdapWarnGlobalAdminEndsSoon']));
  });

  it('names roles and statuses in the user’s language; a role without a translation in English', () => {
    const french = paragraphsOf(
      buildCustomerDetailsCard({
        ...fx.detailsView('fr'),
        gdap: {
          available: true,
          relationships: [
            {
              ...row,
              roleNames: [...row.roleNames, { key: 'teamsAdministrator', name: 'Teams Administrator' }],
              autoExtend: 'notPossible',
              endsSoon: false,
            },
          ],
        },
      }),
    );
    assert.ok(
      french.includes(
        'Active · se termine le 24 mars 2026 · prolongation automatique impossible (Administrateur général) · Administrateur général, Administrateur d’utilisateurs, Teams Administrator',
      ),
      french.join('\n'),
    );
    const polish = paragraphsOf(
      buildCustomerDetailsCard({
        ...fx.detailsView('pl'),
        gdap: { available: true, relationships: [{ ...row, status: 'approvalPending' }] },
      }),
    );
    assert.ok(
      polish.some(
        (p) => p.startsWith('Oczekuje na zatwierdzenie · ') && p.includes('Administrator globalny'),
      ),
    );
  });
});

describe('the GDAP health card', () => {
  it('shows each section with its count, what it means, one block per finding and how many more', () => {
    const paragraphs = paragraphsOf(buildGdapHealthCard(fx.gdapHealthView('en', 10, 12_345)));
    assert.equal(paragraphs[0], 'GDAP health');
    assert.ok(paragraphs.includes('Checked: 4 March 2026 at 10:00 UTC'), paragraphs.slice(0, 5).join('\n'));
    assert.ok(paragraphs.includes('Active GDAP relationships: 98,765'));
    for (const [key, heading] of [
      ['gdap.section.endingSoon', 'Ending within 30 days (12,345)'],
      ['gdap.section.cannotAutoExtend', 'Cannot auto-extend (12,345)'],
      ['gdap.section.notCustomers', 'GDAP without a reseller relationship (12,345)'],
      ['gdap.section.withoutGdap', 'Customers without GDAP (12,345)'],
    ] as const) {
      assert.ok(paragraphs.includes(heading), heading);
      assert.ok(paragraphs.includes(STRINGS.en[`${key}.note`]), key);
    }
    assert.equal(paragraphs.filter((p) => p === 'And 12,335 more.').length, 4);
    const first = paragraphs.indexOf(HOSTILE);
    assert.ok(first > 0);
    assert.equal(
      paragraphs[first + 1],
      `${HOSTILE} · Active · ends 24 March 2026 · cannot auto-extend (Global Administrator) · Global Administrator, Helpdesk Administrator, User Administrator, +5`,
    );
    assert.ok(
      paragraphs.includes(fx.gdapFinding(1).tenantId),
      'a customer Graph does not name: its tenant id',
    );
  });

  it('says None in a section without findings', () => {
    const paragraphs = paragraphsOf(buildGdapHealthCard(fx.gdapHealthView('hu', 0, 0)));
    assert.equal(paragraphs.filter((p) => p === 'Nincs.').length, 4);
    assert.ok(paragraphs.includes('30 napon belül lejárnak (0)'));
  });

  it('says plainly when Microsoft Graph is not set up, or did not answer', () => {
    const unset = paragraphsOf(buildGdapHealthCard({ locale: 'en', health: { available: false } }));
    assert.deepEqual(unset, ['GDAP health', STRINGS.en['gdap.unavailable']]);
    const failed = paragraphsOf(
      buildGdapHealthCard({
        locale: 'fr',
        health: {
          available: false,
          failure: { code: 'accessDenied', description: 'Denied.', service: 'graph' },
        },
      }),
    );
    assert.ok(failed.includes(STRINGS.fr['gdap.failed']));
    assert.ok(failed.includes(`Code d’erreur${NNBSP}: accessDenied`), failed.join('\n'));
  });

  it('stays under 28 KB with ten long findings in every section, in every language', () => {
    for (const locale of LOCALES) {
      const bytes = Buffer.byteLength(JSON.stringify(buildGdapHealthCard(fx.gdapHealthView(locale))));
      assert.ok(bytes < 28 * 1024, `${locale}: ${bytes}`);
    }
  });
});

describe('the weekly GDAP digest card', () => {
  it('gives each section’s count and its first findings, the week, and how to see everything', () => {
    const [digest] = fx.eventViews('en').filter((view) => view.kind === 'gdapDigest');
    const paragraphs = paragraphsOf(buildEventCard(digest));
    assert.equal(paragraphs[0], 'Weekly GDAP check');
    assert.ok(paragraphs.includes(STRINGS.en['event.gdapDigest.text']));
    assert.ok(paragraphs.includes('Ending within 30 days: 12,345'));
    assert.ok(paragraphs.includes('Customers without GDAP: 12,345'));
    assert.ok(paragraphs.includes(`•\u00a0${HOSTILE} — ${HOSTILE}, ends 24 March 2026`));
    assert.ok(paragraphs.includes('Type gdap to see every finding.'));
    assert.ok(paragraphs.includes('Week: 2026-W10'));
  });

  it('says nothing needs attention when every section is empty', () => {
    const clear = { locale: 'pl', at: '2026-03-02T06:00:00Z', kind: 'gdapDigest', week: '2026-W10' } as const;
    const paragraphs = paragraphsOf(buildEventCard({ ...clear, report: fx.gdapReport(0, 0) }));
    assert.ok(paragraphs.includes(STRINGS.pl['event.gdapDigest.allClear']));
    assert.ok(!paragraphs.includes(STRINGS.pl['event.gdapDigest.next']));
  });
});

describe('ending GDAP on the request cards', () => {
  const confirmOf = (card: unknown) => {
    let confirm = '';
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        const record = node as Record<string, unknown>;
        if (record.type === 'TextBlock' && typeof record.text === 'string' && /Approving/.test(record.text))
          confirm = record.text;
        Object.values(record).forEach(walk);
      }
    };
    walk(card);
    return confirm;
  };

  it('titles a GDAP-only request as such, and the approver reads what approving does', () => {
    const view = fx.approvalView('en', {
      state: 'pending',
      viewer: 'approver',
      gdapEnd: fx.gdapEndView('gdap'),
    });
    const card = buildApprovalCard({
      ...view,
      gdapEnd: { ...view.gdapEnd!, targets: [{ name: 'Fabrikam security', roles: ['Security Reader'] }] },
    });
    const text = paragraphsOf(card).join('\n');
    assert.match(text, /GDAP termination request — /);
    assert.match(text, /GDAP relationships to end \(the reseller relationship is kept\):/);
    assert.match(text, /Fabrikam security · Security Reader/);
    assert.equal(confirmOf(card), STRINGS.en['gdapEnd.confirm']);
    const removal = buildApprovalCard(
      fx.approvalView('en', {
        state: 'pending',
        viewer: 'approver',
        gdapEnd: { kind: 'removal', targets: [{ name: 'X', roles: [] }] },
      }),
    );
    assert.equal(confirmOf(removal), STRINGS.en['gdapEnd.confirmWithRemoval']);
    assert.equal(
      confirmOf(buildApprovalCard(fx.approvalView('en', { state: 'pending', viewer: 'approver' }))),
      STRINGS.en['approval.confirm'],
    );
  });

  it('shows each relationship’s outcome in every language, and says the removal stood when GDAP failed', () => {
    for (const locale of LOCALES) {
      const card = buildRemovalRequestedCard(
        fx.requestedView(locale, {
          state: 'failed',
          gdapEnd: fx.gdapEndView('removal', '2025-03-13T08:00:00Z'),
        }),
      );
      const text = paragraphsOf(card).join('\n');
      assert.ok(
        text.includes(STRINGS[locale]['gdapEnd.stateText.removedThenFailed'].replace(/ :/g, `${NNBSP}:`)),
        locale,
      );
      assert.ok(text.includes('Forbidden'), `${locale}: Graph's code`);
      assert.ok(text.includes(HOSTILE), `${locale}: names as data`);
    }
  });
});
