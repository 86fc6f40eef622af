/**
 * The evidence pack's page in each language: every data string is shown as text (markup in a name,
 * a reason, an error description or an audit detail never becomes markup), nothing is fetched or run,
 * French labels keep their narrow no-break space, and a failed removal and a broken chain say so.
 */
import assert from 'node:assert/strict';
import { renderEvidencePage } from '../../bot/evidence/evidencePage';
import { renderLinkRefusal } from '../../bot/evidence/linkRefusalPage';
import { LOCALES, STRINGS } from '../../cards/strings';
import type { EvidencePack } from '../../services/evidence/evidencePack';

const EVIL = `<img src=x onerror="alert('x')"> & "quoted" 'single' </td></table><script>alert(1)</script>`;

function pack(overrides: Partial<EvidencePack> = {}): EvidencePack {
  const who = { name: EVIL, aadObjectId: '00000000-0000-0000-0000-0000000000aa' };
  return {
    format: 'reseller-desk/evidence-pack',
    version: 1,
    generatedAt: '2025-03-04T10:00:00.000Z',
    request: {
      id: '11111111-2222-4333-8444-555555555555',
      kind: 'removal',
      state: 'failed',
      customer: { id: '6b3c1a2e-0d4f-4e5a-9b8c-7d6e5f4a3b2c', name: EVIL, domain: EVIL },
      requestedBy: who,
      requestedAt: '2025-03-03T09:00:00.000Z',
      reason: EVIL,
      correlationId: 'c0ffee00-0000-4000-8000-000000000001',
      requiredApprovals: 1,
    },
    before: {
      checkedAt: '2025-03-03T09:00:00.000Z',
      relationship: 'reseller',
      delegatedAccess: true,
      subscriptions: [{ id: EVIL, name: EVIL, status: 'suspended', commerce: 'legacy' }],
      subscriptionCount: 60,
      blockers: [],
      notices: [{ id: 'order-1', name: EVIL, kind: 'perpetualSoftwareOutsideWindow' }],
      gdapRelationships: 2,
      otherPartners: 1,
    },
    remedies: [
      {
        at: '2025-03-03T08:00:00.000Z',
        by: who,
        action: 'remedy.failed',
        outcome: 'failed',
        targetId: 'sub-1',
        remedy: 'suspend',
        errorCode: EVIL,
        correlationId: 'c0ffee00-0000-4000-8000-000000000002',
      },
      { at: '2025-03-03T08:05:00.000Z', by: who, action: 'subscription.someLaterAction', outcome: 'done' },
    ],
    attestation: { version: 'pc-docs-2019/v0', by: who, at: '2025-03-03T09:00:00.000Z' },
    approvals: [{ by: who, at: '2025-03-03T09:30:00.000Z' }],
    removal: {
      msRequestId: 'aaaaaaaa-0000-4000-8000-000000000003',
      correlationId: 'c0ffee00-0000-4000-8000-000000000001',
      attempts: 5,
      startedAt: '2025-03-03T09:31:00.000Z',
      lastAttemptAt: '2025-03-03T10:31:00.000Z',
      finishedAt: '2025-03-03T10:32:00.000Z',
    },
    gdap: [
      {
        id: 'd1e2f3a4-0000-4000-8000-000000000001-0000-4000-8000-000000000002',
        name: EVIL,
        roles: [EVIL],
        status: 'terminated',
        outcome: 'terminated',
        requestedAt: '2025-03-03T10:33:00.000Z',
        confirmedAt: '2025-03-03T10:34:00.000Z',
        graphRequestId: 'aaaaaaaa-0000-4000-8000-000000000004',
      },
      {
        id: 'd1e2f3a4-0000-4000-8000-000000000003-0000-4000-8000-000000000004',
        name: 'Fabrikam security',
        roles: ['Security Reader'],
        status: 'active',
        outcome: 'failed',
        error: { code: 'Forbidden', description: EVIL, service: 'graph' },
      },
    ],
    after: {
      state: 'failed',
      at: '2025-03-03T10:32:00.000Z',
      partnerCenter: 'error',
      error: { code: '800002', description: EVIL, correlationId: 'pc-correlation-1' },
    },
    trail: {
      entries: [
        {
          at: '2025-03-03T09:00:00.000Z',
          by: who,
          action: 'removal.requested',
          detail: { requestId: EVIL, [EVIL]: EVIL },
          seq: 3,
          hash: 'ab'.repeat(32),
        },
      ],
      integrity: {
        ok: false,
        chained: 3,
        unverified: 2,
        problem: { kind: 'changed', index: 4, detail: EVIL },
      },
    },
    ...overrides,
  };
}

describe('the evidence pack page', () => {
  for (const locale of LOCALES) {
    it(`shows every data string as text, and fetches or runs nothing (${locale})`, () => {
      const page = renderEvidencePage(pack(), locale, 'x.json?exp=1&lang=en&sig=abc');
      assert.ok(!page.includes('<img'), 'no markup from the data');
      assert.ok(!page.includes('<script'), 'no script');
      assert.ok(!page.includes("alert('x')\""), 'no attribute breaks out');
      assert.ok(
        page.includes('&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; &quot;quoted&quot;'),
      );
      const tags = page.match(/<[a-z][^>]*>/gi) ?? [];
      assert.deepEqual(
        tags.filter((tag) => /\s(src|href|action|style)=|^<(link|img|script|iframe|object)/i.test(tag)),
        ['<a href="x.json?exp=1&amp;lang=en&amp;sig=abc">'],
        'no asset fetched, the one link is the JSON form, relative',
      );
      assert.doesNotMatch(page, /@import|url\(/i, 'nothing fetched from the styles');
      assert.equal(page.match(/<table>/g)?.length, page.match(/<\/table>/g)?.length, 'the tables stay whole');
      assert.ok(page.includes('pc-correlation-1'), 'Partner Center’s correlation id is shown');
      assert.ok(page.includes(STRINGS[locale]['evidence.after.error']));
      assert.ok(page.includes(STRINGS[locale]['evidence.attestation.otherVersion']));
      assert.ok(
        page.includes('subscription.someLaterAction'),
        'an action from another version is named as recorded',
      );
      assert.ok(page.includes('@media print'), 'printable');
    });
  }

  it('says when the chain is broken, and where', () => {
    const page = renderEvidencePage(pack(), 'en', 'x.json').replace(/\s+/g, ' ');
    assert.match(
      page,
      /class="broken"> ?The hash chain of this customer’s audit trail is broken at entry 4: an entry was changed\./,
    );
    assert.match(page, /2 older entries were written before the chain began/);
  });

  it('puts the narrow no-break space before colons in French labels', () => {
    const page = renderEvidencePage(pack(), 'fr', 'x.json');
    assert.ok(page.includes('Dossier de preuves\u202f: '));
    assert.ok(page.includes('Sa dernière réponse\u202f:'));
    const text = page.replace(/<style>[\s\S]*<\/style>/, '').replace(/<[^>]*>/g, '');
    assert.deepEqual(text.match(/.{12} :/g) ?? [], [], 'no ordinary space before a colon');
  });

  it('answers a refused link with a short page in its language', () => {
    const page = renderLinkRefusal('expired', 'hu');
    assert.ok(page.includes('<html lang="hu">'));
    assert.ok(page.includes(STRINGS.hu['evidence.expired.text']));
  });
});
