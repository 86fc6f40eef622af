/** What each card shows and offers, depending on the view: buttons, warnings, refusals, dates. */
import assert from 'node:assert/strict';
import { buildCustomerChoiceCard } from '../../cards/customerChoiceCard';
import { buildCustomerDetailsCard } from '../../cards/customerDetailsCard';
import { buildCustomerPickerCard } from '../../cards/customerPickerCard';
import { formatDate, formatDateTime } from '../../cards/format';
import { buildInvitationDraftCard, mailtoUrl } from '../../cards/invitationDraftCard';
import { composeInvitationEmail } from '../../cards/invitationEmail';
import { buildNoticeCard } from '../../cards/noticeCard';
import { buildProviderRemovalRequestCard } from '../../cards/providerRemovalRequestCard';
import { buildRemovalPreflightCard } from '../../cards/removalPreflightCard';
import { buildRemovalRequestedCard } from '../../cards/removalRequestedCard';
import { format, formatParts, LOCALES, STRINGS } from '../../cards/strings';
import type { InvitationTarget } from '../../cards/views';
import { cardTexts } from '../helpers/activities';
import { actions, elements, executeActions, HOSTILE, inputById } from './cardAssertions';
import * as fx from './fixtures';

const verbs = (card: object) => executeActions(card).map((action) => action.verb);
const allText = (card: object) => cardTexts(card).join('');

describe('customer picker card', () => {
  it('lists nothing and offers no button when no customer matches', () => {
    const card = buildCustomerPickerCard(fx.pickerView('en', 0));
    assert.deepEqual(actions(card), []);
    assert.equal(inputById(card, 'customerId'), undefined);
    assert.ok(cardTexts(card).includes(STRINGS.en['picker.noMatch']));
  });

  it('says there are no customers at all when nothing was searched', () => {
    const card = buildCustomerPickerCard({ ...fx.pickerView('en', 0), query: '' });
    assert.ok(cardTexts(card).includes(STRINGS.en['picker.noCustomers']));
  });

  it('shows 15 results on one page without paging buttons', () => {
    const card = buildCustomerPickerCard(fx.pickerView('en', 15));
    assert.deepEqual(verbs(card), ['customer.show', 'invite.start', 'removal.preflight']);
    const picker = inputById(card, 'customerId');
    assert.equal(picker.type, 'Input.ChoiceSet');
    assert.equal(picker.style, 'filtered');
    assert.equal(picker.choices.length, 15);
    assert.deepEqual(picker['choices.data'], { type: 'Data.Query', dataset: 'customers' });
    assert.equal(picker.choices[0].title, `${HOSTILE} — ${fx.customers(1)[0].domain}`);
    assert.equal(picker.choices[0].value, 'cust-0');
    assert.ok(cardTexts(card).includes(HOSTILE), 'the page is also listed as text rows');
    assert.ok(allText(card).includes('Matching customers: 15. Showing 1 to 15.'));
  });

  it('pages through 40 results: Next on the first page, both in the middle, Previous on the last', () => {
    const paging = (page: number) =>
      executeActions(buildCustomerPickerCard(fx.pickerView('en', 40, page)))
        .filter((action) => action.verb === 'customers.page')
        .map((action) => action.data);
    assert.deepEqual(paging(0), [{ query: HOSTILE, page: 1 }]);
    assert.deepEqual(paging(1), [
      { query: HOSTILE, page: 0 },
      { query: HOSTILE, page: 2 },
    ]);
    assert.deepEqual(paging(2), [{ query: HOSTILE, page: 1 }]);
    for (const action of executeActions(buildCustomerPickerCard(fx.pickerView('en', 40, 1))))
      if (action.verb === 'customers.page') assert.equal(action.associatedInputs, 'none');
  });

  it('hides Invite and Remove when the user may not do them', () => {
    const card = buildCustomerPickerCard({
      ...fx.pickerView('en', 15),
      actions: { invite: false, remove: false },
    });
    assert.deepEqual(verbs(card), ['customer.show']);
  });

  it('sends the picker input with Invite, marked as an existing customer', () => {
    const invite = executeActions(buildCustomerPickerCard(fx.pickerView('en', 15))).find(
      (action) => action.verb === 'invite.start',
    );
    assert.deepEqual(invite?.data, { target: 'existing' });
  });
});

describe('customer choice card', () => {
  it('offers one button per match, carrying the customer id, and says how many more there are', () => {
    const card = buildCustomerChoiceCard(fx.choiceView('en', 'removal.preflight'));
    const buttons = executeActions(card);
    assert.equal(buttons.length, 10);
    assert.deepEqual(buttons[0], {
      ...buttons[0],
      verb: 'removal.preflight',
      data: { customerId: 'cust-0' },
    });
    assert.ok(allText(card).includes('And 15 more.'));
    assert.ok(allText(card).includes(`Several customers match “${HOSTILE}”`));
  });

  it('marks invitations as for an existing customer', () => {
    const buttons = executeActions(buildCustomerChoiceCard(fx.choiceView('en', 'invite.start')));
    assert.deepEqual(buttons[1]?.data, { target: 'existing', customerId: 'cust-1' });
  });

  it('says nothing more when every match is shown', () => {
    const card = buildCustomerChoiceCard({ ...fx.choiceView('en', 'customer.show'), total: 10 });
    assert.ok(!allText(card).includes('And '));
  });
});

describe('customer details card', () => {
  it('shows the subscriptions table, how many are hidden, and words for status and type', () => {
    const card = buildCustomerDetailsCard(fx.detailsView('fr'));
    const table = elements(card, 'Table')[0];
    assert.equal(table.rows.length, 11);
    const texts = allText(card);
    assert.ok(texts.includes('10 abonnements affichés sur 37.'));
    assert.ok(texts.includes('Nouveau commerce (NCE)'));
    assert.ok(texts.includes('Annulable jusqu’au 19 mars 2025 à 14:05 UTC.'));
    assert.ok(texts.includes('1 250') || texts.includes('1\u202f250'));
  });

  it('says when GDAP cannot be read, and offers buttons only when allowed', () => {
    const view = fx.detailsView('en');
    const card = buildCustomerDetailsCard({
      ...view,
      gdap: { available: false, relationships: [] },
      actions: { invite: true, remove: false },
    });
    assert.ok(cardTexts(card).includes(STRINGS.en['details.gdapUnavailable']));
    assert.deepEqual(
      executeActions(card).map((action) => action.data),
      [{ target: 'existing', customerId: view.customer.id }],
    );
  });
});

describe('invitation draft card', () => {
  it('puts the body in the editable input, the link on its own line, and a mailto of the current text', () => {
    const view = fx.draftView('en', { unofficialUrl: false });
    const card = buildInvitationDraftCard(view);
    assert.equal(inputById(card, 'emailBody').value, view.body);
    assert.equal(inputById(card, 'emailBody').isMultiline, true);
    assert.ok(cardTexts(card).includes(fx.URL));
    const open = actions(card).find((action) => action.type === 'Action.OpenUrl');
    assert.equal(open?.url, mailtoUrl(view.subject, view.body));
    assert.ok(open?.url?.startsWith('mailto:?subject='));
    assert.equal(decodeURIComponent(open.url.split('&body=')[1]), view.body);
    assert.deepEqual(executeActions(card), [
      { ...executeActions(card)[0], verb: 'invite.done', data: { draftId: 'draft-1' } },
    ]);
    assert.ok(!cardTexts(card).includes(STRINGS.en['invite.unofficial']));
  });

  it('warns about an unofficial link', () => {
    const card = buildInvitationDraftCard(fx.draftView('en', { unofficialUrl: true }));
    assert.ok(cardTexts(card).includes(STRINGS.en['invite.unofficial']));
  });

  for (const problem of ['urlMissing', 'urlChanged'] as const) {
    it(`shows the ${problem} warning first and keeps the edited body`, () => {
      const edited = 'My own text without the link';
      const card = buildInvitationDraftCard(fx.draftView('pl', { problem, body: edited }));
      const texts = cardTexts(card);
      assert.equal(texts[1], STRINGS.pl[`invite.problem.${problem}`]);
      assert.equal(inputById(card, 'emailBody').value, edited);
      assert.deepEqual(verbs(card), ['invite.done']);
    });
  }

  it('turns read-only once completed: no input, no Done, and what to do next', () => {
    const card = buildInvitationDraftCard(
      fx.draftView('en', { problem: 'urlMissing', completed: { by: HOSTILE, at: '2025-03-12T14:05:00Z' } }),
    );
    assert.equal(inputById(card, 'emailBody'), undefined);
    assert.deepEqual(verbs(card), []);
    const texts = allText(card);
    assert.ok(texts.includes(`Recorded by ${HOSTILE} on 12 March 2025 at 14:05 UTC.`));
    assert.ok(texts.includes(STRINGS.en['invite.nextSteps']));
    assert.ok(!texts.includes(STRINGS.en['invite.problem.urlMissing']));
  });
});

describe('removal pre-flight card', () => {
  for (const kind of fx.BLOCKER_KINDS) {
    for (const canRemediate of [true, false]) {
      it(`${kind}: remedy button ${canRemediate ? 'shown when allowed' : 'hidden without the role'}`, () => {
        const blocker = fx.blocker(kind);
        const card = buildRemovalPreflightCard(fx.preflightView('en', { blockers: [blocker], canRemediate }));
        const remedies = executeActions(card).filter((action) => action.verb === 'removal.remedy');
        if (canRemediate && blocker.remedy !== 'none') {
          assert.deepEqual(
            remedies.map((action) => action.data),
            [{ customerId: 'cust-0', blockerId: blocker.id, remedy: blocker.remedy }],
          );
          assert.equal(remedies[0]?.associatedInputs, 'none');
        } else assert.deepEqual(remedies, []);
        assert.ok(cardTexts(card).includes(HOSTILE), 'the blocker names the subscription');
      });
    }
  }

  it('explains each blocker with its dates and notes', () => {
    const text = (kind: (typeof fx.BLOCKER_KINDS)[number], extra = {}) =>
      allText(buildRemovalPreflightCard(fx.preflightView('en', { blockers: [fx.blocker(kind, 1, extra)] })));
    assert.ok(text('activeLegacySubscription').includes('A suspended legacy subscription is not billed.'));
    assert.ok(
      text('cancellableSubscription').includes('Cancelling is allowed until 19 March 2025 at 14:05 UTC'),
    );
    assert.ok(text('cancellableSubscription').includes(STRINGS.en['removal.note.stillBilled']));
    assert.ok(text('lockedSubscription').includes('until its term ends on 12 March 2026.'));
    assert.ok(text('lockedSubscription').includes(STRINGS.en['removal.blocker.lockedAutoRenew']));
    assert.ok(
      !text('lockedSubscription', { autoRenewEnabled: false, stillBilled: false }).includes('auto-renew'),
    );
    assert.ok(text('pendingSubscription').includes('Try again later.'));
    assert.ok(
      text('activeReservation').includes(
        'Only Azure support can cancel Azure reservations. It expires on 12 March 2026.',
      ),
    );
    assert.ok(text('softwarePurchase').includes('Cancel the order first.'));
    assert.ok(text('activeLegacySubscription').includes(' (quantity 25)'));
  });

  it('formats dates for the locale, in UTC', () => {
    const card = (locale: 'fr' | 'pl' | 'hu') =>
      allText(
        buildRemovalPreflightCard(fx.preflightView(locale, { blockers: [fx.blocker('lockedSubscription')] })),
      );
    assert.ok(card('fr').includes('12 mars 2026'));
    assert.ok(card('pl').includes('12 marca 2026'));
    assert.ok(card('hu').includes('2026. március 12.'));
    assert.ok(card('fr').includes('12 mars 2025 à 14:05 UTC'), 'checked at');
  });

  it('says nothing blocks the removal and offers an enabled request button', () => {
    const card = buildRemovalPreflightCard(fx.preflightView('en', { blockers: [], refusal: undefined }));
    assert.ok(cardTexts(card).includes(STRINGS.en['removal.noBlockers']));
    const request = executeActions(card).find((action) => action.verb === 'removal.request');
    assert.equal(request?.isEnabled, true);
    assert.deepEqual(request?.data, { customerId: 'cust-0' });
    const toggle = inputById(card, 'attested');
    assert.deepEqual(
      [toggle.type, toggle.valueOn, toggle.valueOff, toggle.isRequired],
      ['Input.Toggle', 'true', 'false', true],
    );
    assert.ok(toggle.errorMessage);
    const reason = inputById(card, 'reason');
    assert.deepEqual([reason.isRequired, reason.maxLength], [true, 500]);
    assert.ok(reason.label);
    assert.ok(cardTexts(card).includes(STRINGS.en['removal.attestation']));
    assert.ok(cardTexts(card).includes(STRINGS.en['removal.legalNotice']));
    assert.ok(allText(card).includes('pc-docs-2021-09/v1'));
  });

  it('disables the request button while blockers remain, and explains why', () => {
    const card = buildRemovalPreflightCard(fx.preflightView('en'));
    const request = executeActions(card).find((action) => action.verb === 'removal.request');
    assert.equal(request?.isEnabled, false);
    assert.ok(allText(card).includes(STRINGS.en['removal.refusal.blockers']));
  });

  for (const refusal of ['role', 'notReseller'] as const) {
    it(`replaces the request with an explanation for '${refusal}'`, () => {
      const card = buildRemovalPreflightCard(fx.preflightView('en', { refusal }));
      assert.deepEqual(
        verbs(card).filter((verb) => verb !== 'removal.remedy'),
        ['removal.preflight'],
      );
      assert.equal(inputById(card, 'attested'), undefined);
      assert.equal(inputById(card, 'reason'), undefined);
      assert.ok(allText(card).includes(STRINGS.en[`removal.refusal.${refusal}`]));
    });
  }

  it('names who already requested the removal', () => {
    const card = buildRemovalPreflightCard(
      fx.preflightView('en', {
        refusal: 'pendingRequest',
        pendingRequest: { id: 'req-9', requestedBy: 'Megan', at: '2025-03-12T14:05:00Z' },
      }),
    );
    assert.ok(
      allText(card).includes('already requested by Megan on 12 March 2025 at 14:05 UTC (request req-9)'),
    );
    assert.ok(!verbs(card).includes('removal.request'));
  });

  it('lets an indirect reseller ask its provider, with a reason and without the attestation', () => {
    const card = buildRemovalPreflightCard(
      fx.preflightView('en', { refusal: 'indirectReseller', provider: { name: 'Provider & Co' } }),
    );
    const ask = executeActions(card).find((action) => action.verb === 'removal.askProvider');
    assert.deepEqual(ask?.data, { customerId: 'cust-0' });
    assert.ok(!verbs(card).includes('removal.request'));
    assert.equal(inputById(card, 'attested'), undefined);
    assert.equal(inputById(card, 'reason').label, STRINGS.en['removal.askReasonLabel']);
    assert.ok(cardTexts(card).includes('Provider & Co'));
  });

  it('shows the outcome of the last remedy: success, or the Partner Center error verbatim', () => {
    const ok = buildRemovalPreflightCard(
      fx.preflightView('en', { lastAction: { ok: true, remedy: 'suspend', name: 'Office 365 E3' } }),
    );
    assert.ok(allText(ok).includes('Office 365 E3 is now suspended.'));
    assert.equal(elements(ok, 'Container').find((c) => c.style === 'good') !== undefined, true);
    const failed = allText(buildRemovalPreflightCard(fx.preflightView('en')));
    assert.ok(failed.includes('Error code: 800090'));
    assert.ok(failed.includes('Correlation ID: corr-1'));
  });

  it('lists the GDAP relationships and partners that stay, and what the customer can still do', () => {
    const texts = allText(buildRemovalPreflightCard(fx.preflightView('en')));
    assert.ok(texts.includes(STRINGS.en['removal.consequence.gdap']));
    assert.ok(texts.includes('Global Reader, Helpdesk Administrator'));
    assert.ok(texts.includes('Indirect reseller, MPN ID 1234567'));
    assert.ok(texts.includes(STRINGS.en['removal.consequence.customer']));
  });
});

describe('removal requested and provider cards', () => {
  it('confirms the request with its ids and says nothing is removed yet', () => {
    const texts = allText(buildRemovalRequestedCard(fx.requestedView('en')));
    for (const expected of ['req-42', 'corr-2', HOSTILE, STRINGS.en['requested.next']])
      assert.ok(texts.includes(expected), expected);
  });

  it('tells the provider what to do and links to Partner Center', () => {
    const card = buildProviderRemovalRequestCard(fx.providerView('hu'));
    assert.ok(cardTexts(card).includes(STRINGS.hu['provider.todo']));
    assert.ok(allText(card).includes('7654321'));
    assert.equal(actions(card)[0]?.url, 'https://partner.microsoft.com/dashboard/v2/customers/list');
  });
});

describe('notice card', () => {
  it('names the user roles and the roles required, in words', () => {
    const card = buildNoticeCard({
      locale: 'en',
      kind: 'notAllowed',
      permission: 'requestRemoval',
      userRoles: ['helpdeskAgent'],
      requiredRoles: ['adminAgent', 'salesAgent'],
    });
    assert.ok(allText(card).includes('with your roles: Helpdesk agent.'));
    assert.ok(allText(card).includes('Admin agent or Sales agent.'));
  });

  it('uses a tone per kind and shows Partner Center errors verbatim', () => {
    const style = (card: any) => card.body[0].style;
    const error = buildNoticeCard({
      locale: 'fr',
      kind: 'partnerCenterError',
      error: { code: '600008', description: HOSTILE, correlationId: 'c-1' },
    });
    assert.equal(style(error), 'attention');
    assert.ok(cardTexts(error).includes(HOSTILE));
    assert.ok(cardTexts(error).includes('c-1'));
    assert.equal(
      style(buildNoticeCard({ locale: 'en', kind: 'providerAsked', providerName: 'P', customerName: 'C' })),
      'good',
    );
    assert.ok(
      allText(buildNoticeCard({ locale: 'en', kind: 'partnerCenterBusy', retryAfterSeconds: 30 })).includes(
        '30 seconds',
      ),
    );
  });
});

describe('invitation e-mail', () => {
  const targets: InvitationTarget[] = [
    { kind: 'existing', customerName: 'Contoso' },
    { kind: 'new' },
    { kind: 'newWithProvider', providerName: 'Big Distributor' },
  ];
  for (const locale of LOCALES) {
    it(`keeps the link unchanged on its own line and says who can accept (${locale})`, () => {
      for (const target of targets) {
        const email = composeInvitationEmail(locale, {
          partnerName: 'Fabrikam Partner',
          url: fx.URL,
          target,
        });
        assert.ok(email.body.split('\n').includes(fx.URL));
        assert.ok(email.body.includes('Fabrikam Partner'));
        assert.ok(email.subject.includes('Fabrikam Partner'));
        assert.ok(email.body.includes(STRINGS[locale]['email.conditions']));
        assert.equal(email.body.includes('Big Distributor'), target.kind === 'newWithProvider');
      }
    });
  }
});

describe('formatting helpers', () => {
  it('formats dates and times in UTC per locale', () => {
    assert.equal(formatDate('en', '2025-03-12T23:30:00-02:00'), '13 March 2025');
    assert.equal(formatDateTime('en', '2025-03-12T14:05:00Z'), '12 March 2025 at 14:05 UTC');
    assert.equal(formatDate('hu', '2025-03-12T00:00:00Z'), '2025. március 12.');
    assert.equal(formatDate('en', 'not a date'), 'not a date');
  });

  it('fills placeholders and keeps data as its own part', () => {
    assert.equal(format('en', 'picker.searched', { query: '${x}' }), 'Search: ${x}');
    assert.deepEqual(formatParts('en', 'picker.searched', { query: 'q' }), [
      { text: 'Search: ' },
      { text: 'q', param: 'query' },
    ]);
    assert.throws(() => format('en', 'picker.searched'), /needs the parameter "query"/);
  });

  it('uses the same placeholders in every locale', () => {
    const placeholders = (value: string) => [...value.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const locale of LOCALES)
      for (const [key, value] of Object.entries(STRINGS.en))
        assert.deepEqual(
          placeholders(STRINGS[locale][key as keyof typeof STRINGS.en]),
          placeholders(value),
          `${locale} ${key}`,
        );
  });
});
