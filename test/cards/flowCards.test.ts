/** What each card shows and offers, depending on the view: buttons, warnings, refusals, dates. */
import assert from 'node:assert/strict';
import { inputOf } from '../helpers/cardQueries';
import { buildApprovalCard } from '../../cards/approvalCard';
import { buildAuditTrailCard, MAX_AUDIT_ENTRIES } from '../../cards/auditTrailCard';
import { MAX_CARD_BYTES } from '../../cards/cardTemplate';
import { buildCustomerChoiceCard } from '../../cards/customerChoiceCard';
import { buildCustomerDetailsCard } from '../../cards/customerDetailsCard';
import { buildCustomerPickerCard } from '../../cards/customerPickerCard';
import { buildEventCard } from '../../cards/eventCard';
import { formatDate, formatDateTime } from '../../cards/format';
import { buildInvitationDraftCard, mailtoUrl } from '../../cards/invitationDraftCard';
import { composeInvitationEmail } from '../../cards/invitationEmail';
import { buildNoticeCard } from '../../cards/noticeCard';
import { buildProviderRemovalRequestCard } from '../../cards/providerRemovalRequestCard';
import { buildRemovalPreflightCard } from '../../cards/removalPreflightCard';
import { buildRemovalRequestedCard } from '../../cards/removalRequestedCard';
import { buildRequestListCard, MAX_REQUEST_ROWS } from '../../cards/requestListCard';
import { format, formatParts, LOCALES, STRINGS, type StringKey } from '../../cards/strings';
import type { EventView, InvitationTarget } from '../../cards/views';
import { cardTexts } from '../helpers/activities';
import { VERBS } from '../../cards/verbs';
import { actions, elements, executeActions, HOSTILE, inputById, LONG, placesOf } from './cardAssertions';
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
    assert.deepEqual(paging(0), [{ query: HOSTILE, page: 1, next: '' }]);
    assert.deepEqual(paging(1), [
      { query: HOSTILE, page: 0, next: '' },
      { query: HOSTILE, page: 2, next: '' },
    ]);
    assert.deepEqual(paging(2), [{ query: HOSTILE, page: 1, next: '' }]);
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
  it('lists each subscription as a name line and a facts line, never a table, with the window open or closed', () => {
    const card = buildCustomerDetailsCard(fx.detailsView('fr'));
    assert.equal(elements(card, 'Table').length, 0);
    const texts = cardTexts(card);
    const facts = texts.filter((line) => line.includes('Quantité'));
    assert.equal(facts.length, 10 + 1);
    assert.ok(allText(card).includes('10 abonnements affichés sur 37.'));
    assert.ok(facts.some((line) => line.includes('Nouveau commerce (NCE)')));
    assert.ok(facts.some((line) => line.includes('Annulable jusqu’au 19 mars 2025 à 14:05 UTC.')));
    assert.ok(facts.some((line) => line.includes('Délai d’annulation clos le 19 mars 2025 à 14:05 UTC.')));
    assert.ok(facts.some((line) => line.includes('1 250') || line.includes('1\u202f250')));
  });

  it('names no cancellation window for a subscription that has ended', () => {
    const view = fx.detailsView('en');
    const card = buildCustomerDetailsCard({
      ...view,
      subscriptions: [{ ...view.subscriptions[0], status: 'deleted', cancellation: undefined }],
    });
    assert.ok(!allText(card).includes('cancel'), allText(card));
  });

  for (const locale of LOCALES) {
    it(`calls a subscription by the same commerce label as the removal pre-flight (${locale})`, () => {
      for (const commerce of ['nce', 'software'] as const) {
        const label = STRINGS[locale][`commerce.${commerce}`];
        const details = fx.detailsView(locale);
        const detailsCard = buildCustomerDetailsCard({
          ...details,
          subscriptions: [{ ...details.subscriptions[0], commerce }],
        });
        const preflight = buildRemovalPreflightCard(
          fx.preflightView(locale, {
            blockers: [
              fx.blocker('cancellableSubscription', 0, { commerce }),
              fx.blocker('lockedSubscription', 1, { commerce }),
            ],
          }),
        );
        assert.ok(allText(detailsCard).includes(label), `${commerce} in the details`);
        const sentences = cardTexts(preflight).filter((line) => line.startsWith(label));
        assert.equal(sentences.length, 2, `${commerce} in the pre-flight: ${cardTexts(preflight).join('|')}`);
        const other = STRINGS[locale][commerce === 'nce' ? 'commerce.software' : 'commerce.nce'];
        assert.ok(!allText(preflight).includes(other), `${commerce}: no other label`);
      }
    });
  }

  it('lists the active Azure reservations by product id, and says Partner Center gives no name', () => {
    const card = buildCustomerDetailsCard(fx.detailsView('en'));
    assert.ok(cardTexts(card).includes(STRINGS.en['details.reservationsHeading']));
    assert.ok(cardTexts(card).includes(STRINGS.en['details.reservationsNote']));
    assert.ok(allText(card).includes(`Product ${HOSTILE} · Quantity 2 · Expires 31 January 2027.`));
    const none = buildCustomerDetailsCard({ ...fx.detailsView('en'), reservations: [] });
    assert.ok(!cardTexts(none).includes(STRINGS.en['details.reservationsHeading']));
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
  it('builds the mailto of an edited body holding a lone surrogate (found by the hostile-input property)', () => {
    const view = { ...fx.draftView('en', { unofficialUrl: false }), body: 'Hi \ud800 there \udc00' };
    const card = buildInvitationDraftCard(view);
    const open = actions(card).find((action) => action.url?.startsWith('mailto:'));
    assert.equal(decodeURIComponent(open!.url!.split('&body=')[1]), 'Hi \ufffd there \ufffd');
    assert.equal(
      mailtoUrl('😀', 'ok'),
      `mailto:?subject=${encodeURIComponent('😀')}&body=ok`,
      'pairs are kept',
    );
  });

  it('puts the body in the editable input, the link on its own line, and a mailto of the current text', () => {
    const view = fx.draftView('en', { unofficialUrl: false });
    const card = buildInvitationDraftCard(view);
    assert.equal(inputById(card, 'emailBody').value, view.body);
    assert.equal(inputById(card, 'emailBody').isMultiline, true);
    assert.ok(cardTexts(card).includes(fx.URL));
    const open = actions(card).find((action) => action.url?.startsWith('mailto:'));
    assert.equal(open?.url, mailtoUrl(view.subject, view.body));
    assert.ok(open?.url?.startsWith('mailto:?subject='));
    assert.equal(decodeURIComponent(open.url.split('&body=')[1]), view.body);
    assert.deepEqual(
      executeActions(card).map((action) => [action.verb, action.data]),
      [
        ['invite.keepEdit', { draftId: 'draft-1' }],
        ['invite.done', { draftId: 'draft-1' }],
      ],
    );
    const link = actions(card).filter((action) => action.url === fx.URL);
    assert.equal(link.length, 1, 'the link opens in one click');
    assert.ok(!cardTexts(card).includes(STRINGS.en['invite.unofficial']));
  });

  it('says when the customer already has a reseller relationship, and only then', () => {
    const target = (alreadyReseller: boolean) =>
      allText(
        buildInvitationDraftCard(
          fx.draftView('fr', { target: { kind: 'existing', customerName: 'Contoso', alreadyReseller } }),
        ),
      );
    const already = STRINGS.fr['invite.alreadyReseller'].trim();
    assert.ok(target(true).includes(already));
    assert.ok(!target(false).includes(already));
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
      assert.deepEqual(verbs(card), ['invite.keepEdit', 'invite.done']);
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
        if (canRemediate && blocker.action !== undefined) {
          assert.deepEqual(
            remedies.map((action) => action.data),
            [{ customerId: 'cust-0', blockerId: blocker.id, remedy: blocker.action }],
          );
          assert.equal(remedies[0]?.associatedInputs, undefined, 'it carries the inputs (auto)');
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
    assert.ok(
      text('lockedSubscription', { stillBilled: false }).includes(
        STRINGS.en['removal.blocker.lockedAutoRenew'],
      ),
    );
    assert.ok(
      text('lockedSubscription').includes(STRINGS.en['removal.blocker.lockedAutoRenewSuspended']),
      'a suspended one: change it in Partner Center',
    );
    assert.ok(
      text('lockedSubscription', { autoRenewEnabled: false, stillBilled: false }).includes(
        'Auto-renew is off: it ends then instead of renewing.',
      ),
    );
    assert.ok(!text('lockedSubscription', { autoRenewEnabled: undefined }).includes('uto-renew'));
    assert.ok(text('pendingSubscription').includes('Try again later.'));
    assert.ok(text('activeReservation').includes('reservation until 12 March 2026.'));
    assert.ok(
      text('activeReservation').includes(
        'open the customer in Partner Center, then Azure reservations, then Manage: the reservation opens in the Azure portal. An Admin agent, Helpdesk agent or Sales agent can do this.',
      ),
    );
    assert.ok(!text('activeReservation').includes('Azure support'));
    assert.ok(text('softwarePurchase').includes('only the lines of its order that are this purchase'));
    assert.ok(text('softwarePurchase').includes('Cancelling is allowed until 19 March 2025 at 14:05 UTC.'));
    assert.ok(
      text('softwarePurchase', { remedy: 'none' }).includes('does not say which lines of its order it is'),
    );
    assert.ok(
      text('unknownEntitlement').includes('a purchase of a kind Reseller Desk does not know'),
      'an unknown entitlement is shown as unknown, not as software',
    );
    assert.ok(text('activeLegacySubscription').includes(' (quantity 25)'));
  });

  it('says what perpetual software past its window is, that Microsoft does not say whether it blocks, and offers no cancel', () => {
    const card = buildRemovalPreflightCard(fx.preflightView('en', { blockers: [], refusal: undefined }));
    const text = allText(card);
    assert.ok(text.includes('is perpetual software bought on 10 January 2025.'));
    assert.ok(text.includes('window closed on 9 February 2025, so it can no longer be cancelled.'));
    assert.ok(text.includes('Microsoft does not document whether it blocks the removal'));
    assert.ok(cardTexts(card).includes(STRINGS.en['removal.noBlockers']), 'not a blocker');
    assert.deepEqual(
      executeActions(card).filter((action) => action.verb === 'removal.remedy'),
      [],
    );
  });

  it('says it cannot see Azure savings plans, in every language', () => {
    for (const locale of LOCALES) {
      const card = buildRemovalPreflightCard(fx.preflightView(locale, { notices: [] }));
      assert.ok(cardTexts(card).join('').includes(STRINGS[locale]['removal.notice.savingsPlans']), locale);
    }
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
    // Not required by the card: the remedy buttons carry these inputs too, and a required input would
    // stop them; the request is refused server-side instead, and the card says why.
    assert.deepEqual(
      [toggle.type, toggle.valueOn, toggle.valueOff, toggle.value, toggle.isRequired],
      ['Input.Toggle', 'true', 'false', 'true', undefined],
    );
    const reason = inputById(card, 'reason');
    assert.deepEqual([reason.isRequired, reason.maxLength], [undefined, 500]);
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
        verbs(card).filter((verb) => !verb?.startsWith('removal.remedy')),
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
      fx.preflightView('en', { results: [{ ok: true, remedy: 'suspend', name: 'Office 365 E3' }] }),
    );
    assert.ok(allText(ok).includes('Office 365 E3 is now suspended.'));
    assert.equal(elements(ok, 'Container').find((c) => c.style === 'good') !== undefined, true);
    const failed = allText(buildRemovalPreflightCard(fx.preflightView('en')));
    assert.ok(failed.includes('Error code: 800090'));
    assert.ok(failed.includes('Correlation ID: corr-1'));
  });

  it('lists the GDAP relationships and partners that stay, and what the customer can still do', () => {
    const texts = allText(buildRemovalPreflightCard(fx.preflightView('en', { gdapChoices: [] })));
    assert.ok(texts.includes(STRINGS.en['removal.consequence.gdap']));
    assert.ok(texts.includes('Global Reader, Helpdesk Administrator'));
    assert.ok(texts.includes('Indirect reseller, MPN ID 1234567'));
    assert.ok(texts.includes(STRINGS.en['removal.consequence.customer']));
  });

  it('offers to end each active GDAP relationship with the removal, the ticks kept, each listed once', () => {
    const card = buildRemovalPreflightCard(fx.preflightView('en'));
    const choice = inputOf(card, 'gdapToEnd');
    assert.ok(choice);
    assert.equal(choice.isMultiSelect, true);
    assert.deepEqual(
      choice.choices.map((c: { value: string }) => c.value),
      fx.GDAP_IDS,
    );
    assert.match(choice.choices[1].title, /Global Reader, Helpdesk Administrator/);
    assert.equal(choice.value, `${fx.GDAP_IDS[0]},${fx.GDAP_IDS[2]}`, 'the ticks as the user left them');
    const texts = allText(card);
    assert.ok(texts.includes(STRINGS.en['gdapEnd.choiceIntro']));
    assert.ok(!texts.includes('Global Reader, Helpdesk Administrator'), 'not listed a second time');
    // A user the pre-flight refuses (their role) is offered no choice.
    assert.equal(
      inputOf(buildRemovalPreflightCard(fx.preflightView('en', { refusal: 'role' })), 'gdapToEnd'),
      undefined,
    );
  });
});

describe('remedies on the pre-flight card', () => {
  const KINDS = {
    suspend: 'activeLegacySubscription',
    cancel: 'cancellableSubscription',
    cancelSoftwareOrder: 'softwarePurchase',
    autoRenewOff: 'lockedSubscription',
  } as const;
  const asking = (remedy: keyof typeof KINDS, count = 1) => {
    const blockers = Array.from({ length: count }, (_, index) =>
      fx.blocker(KINDS[remedy], index, { name: `Subscription ${index}`, stillBilled: false }),
    );
    return buildRemovalPreflightCard(
      fx.preflightView('en', { blockers, confirmation: { remedy, blockers }, results: [] }),
    );
  };

  const CONSEQUENCES: Record<keyof typeof KINDS, string[]> = {
    suspend: [
      'You are about to suspend:',
      'The customer’s users lose access to what is suspended. This can be undone: a suspended subscription can be reactivated.',
    ],
    cancel: ['You are about to cancel:', 'This cannot be undone. The customer gets a prorated refund.'],
    cancelSoftwareOrder: [
      'You are about to cancel these software purchases:',
      'This cannot be undone. Only the lines of the order that are this purchase are cancelled; any refund follows Microsoft’s cancellation policy for software.',
    ],
    autoRenewOff: [
      'You are about to turn off auto-renew:',
      'Subscription 0 ends on 12 March 2026 instead of renewing; it stays active until then.',
    ],
  };
  for (const remedy of Object.keys(KINDS) as (keyof typeof KINDS)[]) {
    it(`${remedy} asks first: what it changes and what that means, then Confirm or Keep it`, () => {
      const card = asking(remedy);
      const texts = cardTexts(card);
      for (const sentence of CONSEQUENCES[remedy]) assert.ok(allText(card).includes(sentence), sentence);
      assert.ok(texts.includes('Subscription 0'), 'the blocker is named');
      const confirm = executeActions(card).find((action) => action.verb === 'removal.remedyConfirm');
      assert.deepEqual(confirm?.data, { customerId: 'cust-0', remedy, blockerIds: ['blocker-0'] });
      assert.equal(confirm?.title, STRINGS.en[`removal.button.confirm.${remedy}`]);
      const keep = executeActions(card).find((action) => action.title === 'Keep it');
      assert.deepEqual([keep?.verb, keep?.data], ['removal.preflight', { customerId: 'cust-0' }]);
      assert.deepEqual(
        verbs(card).filter((verb) => verb === 'removal.remedy' || verb === 'removal.remedyAll'),
        [],
        'no other remedy button while one waits for its confirmation',
      );
    });
  }

  it('asks one confirmation for several blockers, listing each', () => {
    const card = asking('suspend', 3);
    const texts = cardTexts(card);
    for (const name of ['Subscription 0', 'Subscription 1', 'Subscription 2'])
      assert.ok(texts.includes(name));
    const confirm = executeActions(card).find((action) => action.verb === 'removal.remedyConfirm');
    assert.deepEqual(confirm?.data.blockerIds, ['blocker-0', 'blocker-1', 'blocker-2']);
    assert.ok(executeActions(card).some((action) => action.title === 'Keep them'));
  });

  it('offers "… all (n)" for a remedy two or more blockers share, and only then', () => {
    const card = buildRemovalPreflightCard(
      fx.preflightView('en', {
        blockers: [
          fx.blocker('activeLegacySubscription', 0),
          fx.blocker('activeAzurePlan', 1),
          fx.blocker('activeLegacySubscription', 2),
          fx.blocker('cancellableSubscription', 3),
          fx.blocker('lockedSubscription', 4, { stillBilled: false }),
          fx.blocker('lockedSubscription', 5, { stillBilled: false }),
        ],
      }),
    );
    const all = executeActions(card).filter((action) => action.verb === 'removal.remedyAll');
    assert.deepEqual(
      all.map((action) => [action.title, action.data]),
      [
        ['Suspend all (3)', { customerId: 'cust-0', remedy: 'suspend' }],
        ['Turn off auto-renew for all (2)', { customerId: 'cust-0', remedy: 'autoRenewOff' }],
      ],
    );
    const helpdesk = buildRemovalPreflightCard(
      fx.preflightView('en', {
        canRemediate: false,
        blockers: [fx.blocker('activeLegacySubscription', 0), fx.blocker('activeLegacySubscription', 1)],
      }),
    );
    assert.deepEqual(
      verbs(helpdesk).filter((verb) => verb === 'removal.remedyAll'),
      [],
    );
  });

  it('turns off auto-renew of an active locked subscription; says so for one already off, and for a suspended one', () => {
    const buttons = (extra: object) =>
      executeActions(
        buildRemovalPreflightCard(
          fx.preflightView('en', { blockers: [fx.blocker('lockedSubscription', 0, extra)] }),
        ),
      ).filter((action) => action.verb === 'removal.remedy');
    assert.deepEqual(
      buttons({ stillBilled: false }).map((action) => [action.title, action.data.remedy]),
      [['Turn off auto-renew', 'autoRenewOff']],
    );
    assert.deepEqual(buttons({ stillBilled: false, autoRenewEnabled: false }), []);
    assert.deepEqual(buttons({ stillBilled: true }), []);
  });

  it('every button carries the inputs, and the card shows them as they were, literally', () => {
    const reason = 'Moved to ${partner} on {{DATE(2025-03-12T14:05:00Z)}} *now*';
    for (const extra of [
      {},
      { blockers: [], refusal: undefined },
      { confirmation: { remedy: 'suspend' as const, blockers: [fx.blocker('activeLegacySubscription')] } },
      { refusal: 'indirectReseller' as const, provider: { name: 'Provider' } },
    ]) {
      const card = buildRemovalPreflightCard(
        fx.preflightView('en', { ...extra, inputs: { attested: true, reason } }),
      );
      for (const action of executeActions(card))
        assert.notEqual(action.associatedInputs, 'none', `${action.verb} drops the inputs`);
      assert.equal(inputById(card, 'reason').value, reason);
      if (inputById(card, 'attested')) assert.equal(inputById(card, 'attested').value, 'true');
    }
    const fresh = buildRemovalPreflightCard(fx.preflightView('en', { inputs: undefined }));
    assert.equal(inputById(fresh, 'attested').value, 'false');
    assert.equal(inputById(fresh, 'reason').value, '');
  });

  it('reports each result of a batch: done, refused with code and correlation id, or left alone', () => {
    const card = buildRemovalPreflightCard(
      fx.preflightView('en', {
        results: [
          { ok: true, remedy: 'suspend', name: 'Office 365 E3' },
          {
            ok: false,
            remedy: 'suspend',
            name: 'Project Plan 3',
            error: { code: '800096', description: 'Cannot update', correlationId: 'corr-7' },
          },
          { ok: true, remedy: 'autoRenewOff', name: 'Business Basic' },
        ],
        skipped: 1,
      }),
    );
    const texts = allText(card);
    assert.ok(texts.includes('Office 365 E3 is now suspended.'));
    assert.ok(texts.includes('Partner Center refused the change to Project Plan 3. Nothing was changed.'));
    assert.ok(texts.includes('Error code: 800096'));
    assert.ok(texts.includes('Correlation ID: corr-7'));
    assert.ok(texts.includes('Auto-renew of Business Basic is now off.'));
    assert.ok(texts.includes('Nothing was sent for 1 of them: they no longer needed it.'));
    assert.ok(elements(card, 'Container').some((container) => container.style === 'attention'));
  });

  for (const problem of ['notAttested', 'reasonMissing'] as const) {
    it(`says what the request lacked (${problem})`, () => {
      const card = buildRemovalPreflightCard(
        fx.preflightView('en', { blockers: [], refusal: undefined, problem }),
      );
      const key = problem === 'notAttested' ? 'removal.attestError' : 'removal.reasonError';
      assert.ok(cardTexts(card).includes(STRINGS.en[key]));
    });
  }
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

  it('says Partner Center is unavailable, with its answer, when it still fails with a server error', () => {
    const card = buildNoticeCard({
      locale: 'en',
      kind: 'partnerCenterUnavailable',
      error: { code: 'InternalServerError', description: HOSTILE, correlationId: 'c-2' },
    });
    const texts = cardTexts(card);
    assert.ok(texts.includes(STRINGS.en['notice.partnerCenterUnavailable.title']));
    assert.ok(allText(card).includes('Try again in a few minutes.'));
    assert.ok(texts.includes(HOSTILE));
    assert.ok(texts.includes('c-2'));
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

describe('approval card', () => {
  const DECISION_VERBS = ['approval.approve', 'approval.reject', 'approval.cancel'];
  const decisionVerbs = (card: object) => verbs(card).filter((verb) => DECISION_VERBS.includes(verb!));
  const byVerb = (card: object, verb: string) => executeActions(card).find((action) => action.verb === verb);
  /** The card offers no Approve, Reject or Cancel, nor a reason box, and `note` says why. */
  const assertNoDecision = (card: object, note: StringKey) => {
    assert.deepEqual(decisionVerbs(card), []);
    assert.equal(inputById(card, 'rejectReason'), undefined);
    assert.ok(cardTexts(card).includes(STRINGS.en[note]), note);
  };

  it('lists the remedies done before the request, and nothing for a request recorded without them', () => {
    const card = buildApprovalCard(
      fx.approvalView('en', {
        remediesBefore: [
          { remedy: 'suspend', name: 'Office 365 E3', by: 'Alex Wilber', at: '2026-11-27T10:02:00Z' },
          { remedy: 'autoRenewOff', name: HOSTILE, by: 'Megan Bowen', at: '2026-11-27T10:05:00Z' },
        ],
      }),
    );
    const texts = allText(card);
    assert.ok(texts.includes('Done before the request:'));
    assert.ok(texts.includes('Suspended Office 365 E3 — Alex Wilber, 27 November 2026 at 10:02 UTC'), texts);
    assert.ok(
      texts.includes(`Turned off auto-renew of ${HOSTILE} — Megan Bowen, 27 November 2026 at 10:05 UTC`),
    );
    assert.ok(cardTexts(card).includes(HOSTILE), 'the name is a TextRun of its own');
    const old = allText(buildApprovalCard(fx.approvalView('en', { remediesBefore: undefined })));
    assert.ok(!old.includes(STRINGS.en['approval.remediesBefore']));
    for (const locale of LOCALES) {
      const localized = allText(
        buildApprovalCard(
          fx.approvalView(locale, {
            remediesBefore: (['suspend', 'cancel', 'cancelSoftwareOrder', 'autoRenewOff'] as const).map(
              (remedy) => ({ remedy, name: 'X', by: 'Y', at: '2026-11-27T10:02:00Z' }),
            ),
          }),
        ),
      );
      for (const remedy of ['suspend', 'cancel', 'cancelSoftwareOrder', 'autoRenewOff'] as const)
        assert.ok(
          localized.includes(format(locale, `approval.remedy.${remedy}`, { name: 'X' })),
          `${locale} ${remedy}`,
        );
    }
  });

  it('gives an approver Approve and Reject with a required reason while pending', () => {
    const card = buildApprovalCard(fx.approvalView('en'));
    assert.deepEqual(decisionVerbs(card), ['approval.approve', 'approval.reject']);
    const approve = byVerb(card, 'approval.approve');
    assert.deepEqual([approve?.data, approve?.associatedInputs], [{ requestId: 'req-42' }, 'none']);
    const reject = byVerb(card, 'approval.reject');
    assert.deepEqual([reject?.data, reject?.associatedInputs], [{ requestId: 'req-42' }, 'auto']);
    const reason = inputById(card, 'rejectReason');
    assert.deepEqual([reason.type, reason.isRequired, reason.maxLength], ['Input.Text', true, 500]);
    assert.equal(reason.label, STRINGS.en['approval.rejectLabel']);
    assert.equal(reason.errorMessage, STRINGS.en['approval.rejectError']);
    assert.ok(cardTexts(card).includes(STRINGS.en['approval.confirm']));
  });

  for (const state of fx.ALL_STATES.filter((s) => s !== 'pending')) {
    it(`offers no decision to anyone once ${state}`, () => {
      for (const viewer of ['approver', 'requester', 'other'] as const) {
        const card = buildApprovalCard(fx.approvalInState('en', state, { viewer }));
        // A scheduled removal may still be called off, by its requester or an approver.
        const expected = state === 'scheduled' && viewer !== 'other' ? ['approval.cancel'] : [];
        assert.deepEqual(decisionVerbs(card), expected, `${viewer}`);
        assert.equal(inputById(card, 'rejectReason'), undefined);
        assert.ok(!cardTexts(card).includes(STRINGS.en['approval.confirm']));
      }
    });
  }

  it('tells an approver who made the request that another approver must decide', () => {
    assertNoDecision(
      buildApprovalCard(fx.approvalView('en', { approverNote: 'ownRequest' })),
      'approval.note.ownRequest',
    );
  });

  it('tells an approver who already approved how many approvals are still needed', () => {
    const card = buildApprovalCard(
      fx.approvalView('en', {
        approverNote: 'alreadyApproved',
        requiredApprovals: 3,
        approvals: [{ by: 'Megan', at: '2025-03-13T09:30:00Z' }],
      }),
    );
    assert.deepEqual(decisionVerbs(card), []);
    assert.ok(allText(card).includes('You approved this request. Approvals still needed: 2.'));
    assert.ok(allText(card).includes('Approvals: 1 of 3'));
  });

  it('lets the requester cancel only while pending', () => {
    const pending = buildApprovalCard(fx.approvalView('en', { viewer: 'requester' }));
    assert.deepEqual(decisionVerbs(pending), ['approval.cancel']);
    const cancel = byVerb(pending, 'approval.cancel');
    assert.deepEqual([cancel?.data, cancel?.associatedInputs], [{ requestId: 'req-42' }, 'none']);
    assert.ok(cardTexts(pending).includes(STRINGS.en['approval.requester']));
    for (const state of ['approved', 'rejected', 'cancelled', 'expired'] as const)
      assert.deepEqual(
        decisionVerbs(buildApprovalCard(fx.approvalInState('en', state, { viewer: 'requester' }))),
        [],
      );
  });

  it('is read-only for anybody else', () => {
    assertNoDecision(buildApprovalCard(fx.approvalView('en', { viewer: 'other' })), 'approval.readOnly');
  });

  it('carries the Universal Actions refresh exactly when refresh user ids are given', () => {
    const card: any = buildApprovalCard(fx.approvalView('en'));
    assert.deepEqual(card.refresh, {
      action: { type: 'Action.Execute', verb: 'approval.refresh', data: { requestId: 'req-42' } },
      userIds: fx.REFRESH_USER_IDS,
    });
    const without: any = buildApprovalCard(fx.approvalView('en', { refreshUserIds: undefined }));
    assert.equal('refresh' in without, false);
    const empty: any = buildApprovalCard(fx.approvalView('en', { refreshUserIds: [] }));
    assert.deepEqual(empty.refresh.userIds, []);
  });

  it('never prints a Teams user id: they are only in refresh.userIds', () => {
    for (const state of fx.ALL_STATES) {
      const card = buildApprovalCard(fx.approvalInState('en', state));
      for (const id of fx.REFRESH_USER_IDS) {
        assert.ok(!allText(card).includes(id));
        assert.deepEqual(placesOf(card, id), ['?.userIds']);
      }
    }
  });

  it('refuses more than 60 refresh user ids', () => {
    const ids = Array.from({ length: 61 }, (_, index) => `29:user-${index}`);
    assert.throws(() => buildApprovalCard(fx.approvalView('en', { refreshUserIds: ids })), /60/);
  });

  it('has a visible Refresh button while the request can still change', () => {
    for (const state of fx.ALL_STATES) {
      for (const refreshUserIds of [fx.REFRESH_USER_IDS, undefined]) {
        const card = buildApprovalCard(fx.approvalInState('en', state, { refreshUserIds, viewer: 'other' }));
        const refresh = byVerb(card, 'approval.refresh');
        const buttons = executeActions(card).filter((action) => action.verb === 'approval.refresh');
        // The top-level refresh action is an Action.Execute too; the button is the one with a title.
        const button = buttons.find((action) => action.title !== undefined);
        if (['pending', 'approved', 'scheduled', 'executing'].includes(state)) {
          assert.deepEqual([button?.data, button?.associatedInputs], [{ requestId: 'req-42' }, 'none']);
          assert.equal(button?.title, STRINGS.en['approval.button.refresh']);
        } else assert.equal(button, undefined, state);
        assert.equal(refresh !== undefined, refreshUserIds !== undefined || button !== undefined);
      }
    }
  });

  it('shows the request: customer, ids, requester, reason, attestation, approvals, deadline', () => {
    const view = fx.approvalInState('en', 'approved');
    const card = buildApprovalCard({
      ...view,
      approvals: [{ by: 'Megan Bowen', at: '2025-03-13T09:30:00Z' }],
    });
    const texts = allText(card);
    for (const expected of [
      `Removal request — ${HOSTILE}`,
      'Domain: contoso.onmicrosoft.com',
      'Tenant ID: 0e7a9d36-8c36-4a69-9a7b-1d2c3e4f5a6b',
      `Requested by: ${HOSTILE}`,
      'Requested on: 12 March 2025 at 14:05 UTC',
      `Reason: ${view.reason}`,
      'Attestation text version: pc-docs-2021-09/v1',
      'Correlation ID: corr-42',
      'Request ID: req-42',
      'Approvals: 1 of 1',
      'Megan Bowen — 13 March 2025 at 09:30 UTC',
      'Approval deadline: 19 March 2025 at 14:05 UTC',
      'Status: Approved',
    ])
      assert.ok(texts.includes(expected), expected);
    const title = elements(card, 'RichTextBlock')[0].inlines;
    assert.equal(title[1].text, HOSTILE, 'the customer name is a TextRun of its own');
  });

  it('shows each state in words with a tone', () => {
    // Grouped by tone: waiting is a warning, work under way an accent, the end states their outcome.
    const statesByTone = {
      warning: ['pending'],
      accent: ['approved', 'scheduled', 'executing'],
      good: ['completed'],
      default: ['rejected', 'cancelled', 'expired'],
      attention: ['failed'],
    } as const;
    const toneOf = new Map<string, string>(
      Object.entries(statesByTone).flatMap(([tone, states]) => states.map((state) => [state, tone] as const)),
    );
    assert.deepEqual(
      [...toneOf.keys()].sort(),
      [...fx.ALL_STATES].sort(),
      'every state has exactly one tone',
    );
    for (const state of fx.ALL_STATES) {
      const card: any = buildApprovalCard(fx.approvalInState('fr', state));
      assert.equal(card.body[0].style, toneOf.get(state), state);
      assert.ok(cardTexts(card).includes(STRINGS.fr[`approval.state.${state}`]), state);
      assert.ok(cardTexts(card).includes(STRINGS.fr[`approval.stateText.${state}`]), state);
    }
  });

  it('shows who rejected, when and why; who cancelled; when it expired', () => {
    const rejected = allText(buildApprovalCard(fx.approvalInState('en', 'rejected')));
    assert.ok(rejected.includes(`Rejected by ${LONG} on 14 March 2025 at 10:00 UTC.`));
    assert.ok(rejected.includes(`Reason given: ${HOSTILE} ${'n'.repeat(470)}`));
    const cancelled = allText(buildApprovalCard(fx.approvalInState('en', 'cancelled')));
    assert.ok(cancelled.includes(`Cancelled by ${LONG} on 14 March 2025 at 10:00 UTC.`));
    const expired = allText(buildApprovalCard(fx.approvalInState('en', 'expired')));
    assert.ok(expired.includes('Expired on 14 March 2025 at 10:00 UTC without a decision.'));
  });

  it('shows the execution, and a failure exactly as Partner Center gave it', () => {
    const completed = allText(buildApprovalCard(fx.approvalInState('en', 'completed')));
    assert.ok(completed.includes('Removal started: 13 March 2025 at 09:30 UTC'));
    assert.ok(completed.includes('Removal finished: 13 March 2025 at 09:30 UTC'));
    const card = buildApprovalCard(fx.approvalInState('en', 'failed'));
    const texts = cardTexts(card);
    assert.ok(texts.includes('800002'));
    assert.ok(texts.includes(`${HOSTILE} ${'x'.repeat(200)}`));
    assert.ok(texts.includes('corr-pc-9'));
    assert.ok(
      elements(card, 'Container').some((container) => container.style === 'attention' && container.separator),
    );
  });

  it('while executing, shows a failed attempt that will be tried again, with Partner Center’s answer', () => {
    const texts = cardTexts(buildApprovalCard(fx.approvalInState('en', 'executing')));
    assert.ok(texts.includes(STRINGS.en['approval.execution.retrying']), texts.join(' | '));
    assert.ok(texts.includes('InternalServerError'));
    assert.ok(texts.includes('corr-pc-8'));
    const done = cardTexts(buildApprovalCard(fx.approvalInState('en', 'completed')));
    assert.ok(!done.includes(STRINGS.en['approval.execution.retrying']));
  });
});

describe('event cards', () => {
  const at = '2025-03-12T14:05:00Z';
  const customer = { id: 'tenant-1', name: 'Contoso', domain: 'contoso.onmicrosoft.com' };
  const text = (view: EventView) => allText(buildEventCard(view));

  it('tells a scheduled removal: its date, auto-renew done or not, reminders, and a block on the day', () => {
    const text = (kind: string, index = 0) =>
      allText(buildEventCard(fx.eventViews('en').filter((view) => view.kind === kind)[index]));
    const scheduled = text('removalScheduled');
    assert.ok(scheduled.includes('scheduled for 30 July 2025'), scheduled);
    assert.ok(scheduled.includes('Auto-renew is now off for'));
    assert.ok(scheduled.includes('Auto-renew could not be turned off for'));
    assert.ok(text('removalReminder', 0).includes('in 7 days'));
    assert.ok(text('removalReminder', 1).includes('tomorrow'));
    assert.ok(text('removalStillBlocked', 0).includes('It keeps waiting'));
    assert.ok(text('removalStillBlocked', 1).includes('the request failed. Nothing was removed.'));
  });

  it('covers every event kind, each with its time and no button but a result’s evidence pack', () => {
    const kinds = new Set(fx.eventViews('en').map((view) => view.kind));
    assert.deepEqual([...kinds].sort(), [
      'cancellationWindowClosing',
      'customerAccepted',
      'gdapDigest',
      'invitationRecorded',
      'removalDecided',
      'removalExecuted',
      'removalFailed',
      'removalReminder',
      'removalScheduled',
      'removalStillBlocked',
    ]);
    for (const view of fx.eventViews('pl')) {
      const card = buildEventCard(view);
      assert.ok(allText(card).includes('Czas: 12 marca 2025 14:05 UTC'), view.kind);
      assert.deepEqual(
        actions(card).map((a) => [a.type, a.url]),
        view.evidenceUrl ? [['Action.OpenUrl', view.evidenceUrl]] : [],
      );
    }
  });

  it('says who recorded an invitation, and for whom', () => {
    const base = { locale: 'en', at, kind: 'invitationRecorded', by: 'Alex' } as const;
    assert.ok(
      text({ ...base, target: { kind: 'existing', customerName: 'Contoso' } }).includes(
        'Alex recorded an invitation for Contoso.',
      ),
    );
    assert.ok(
      text({ ...base, target: { kind: 'new' } }).includes('Alex recorded an invitation for a new customer.'),
    );
    assert.ok(
      text({ ...base, target: { kind: 'newWithProvider', providerName: 'Big Distributor' } }).includes(
        'together with the indirect provider Big Distributor.',
      ),
    );
  });

  it('announces an accepted customer, with who invited them when known', () => {
    const view = { locale: 'en', at, kind: 'customerAccepted', customer } as const;
    assert.ok(
      text(view).includes('Contoso accepted the reseller relationship and is now in your customer list.'),
    );
    assert.ok(!text(view).includes('Invited by'));
    assert.ok(text({ ...view, invitedBy: 'Alex' }).includes('Invited by Alex.'));
    assert.ok(text(view).includes('Domain: contoso.onmicrosoft.com'));
  });

  it('tells approval, rejection with its reason, expiry and cancellation apart', () => {
    const base = { locale: 'en', at, kind: 'removalDecided', customer, requestId: 'req-5' } as const;
    assert.ok(
      text({ ...base, state: 'approved', by: 'Megan' }).includes(
        'Megan approved the removal of the reseller relationship with Contoso. The removal in Partner Center follows.',
      ),
    );
    const rejected = text({ ...base, state: 'rejected', by: 'Megan', reason: 'Open orders' });
    assert.ok(rejected.includes('Megan rejected the removal request for Contoso.'));
    assert.ok(rejected.includes('Reason given: Open orders'));
    assert.ok(text({ ...base, state: 'expired' }).includes('expired without a decision'));
    assert.ok(text({ ...base, state: 'cancelled' }).includes('The requester cancelled the removal request'));
    assert.ok(
      text({ ...base, state: 'cancelled', by: 'Alex' }).includes('Alex, who requested it, cancelled'),
    );
    assert.ok(text({ ...base, state: 'expired' }).includes('Request ID: req-5'));
  });

  it('says what the executed removal did, GDAP included, with the correlation id', () => {
    const texts = text({
      locale: 'en',
      at,
      kind: 'removalExecuted',
      customer,
      requestId: 'r',
      correlationId: 'c-7',
    });
    for (const key of [
      'removal.consequence.list',
      'removal.consequence.dap',
      'removal.consequence.gdap',
    ] as const)
      assert.ok(texts.includes(STRINGS.en[key]), key);
    assert.ok(texts.includes('Correlation ID: c-7'));
  });

  it('shows a failed removal verbatim and what to do', () => {
    const card = buildEventCard({
      locale: 'hu',
      at,
      kind: 'removalFailed',
      customer,
      requestId: 'r',
      error: { code: '800002', description: HOSTILE, correlationId: 'c-9' },
    });
    assert.ok(cardTexts(card).includes(HOSTILE));
    assert.ok(cardTexts(card).includes('800002'));
    assert.ok(cardTexts(card).includes('c-9'));
    assert.ok(cardTexts(card).includes(STRINGS.hu['event.removalFailed.todo']));
    assert.equal((card as any).body[0].style, 'attention');
  });

  it('warns that a cancellation window closes, with the date and the commerce label of every card', () => {
    const closing = (commerce: 'nce' | 'software') =>
      text({
        locale: 'en',
        at,
        kind: 'cancellationWindowClosing',
        customer,
        subscriptionName: 'Microsoft 365 E3',
        commerce,
        until: '2025-03-19T14:05:00Z',
        requestId: 'req-5',
      });
    assert.ok(
      closing('software').includes(
        'Software: the subscription Microsoft 365 E3 of Contoso can be cancelled only until 19 March 2025 at 14:05 UTC.',
      ),
    );
    const texts = closing('nce');
    assert.ok(texts.includes('New commerce (NCE): the subscription Microsoft 365 E3 of Contoso'));
    assert.ok(texts.includes(STRINGS.en['event.cancellationWindow.after']));
    assert.ok(texts.includes('Request ID: req-5'));
  });
});

describe('removal request list card', () => {
  it('says there are no removal requests', () => {
    const card = buildRequestListCard(fx.requestListView('en', 0));
    assert.ok(cardTexts(card).includes(STRINGS.en['requests.none']));
    assert.equal(elements(card, 'Table').length, 0);
    assert.deepEqual(actions(card), []);
  });

  it('lists one block per request with the state in words and a button that opens it', () => {
    const count = fx.ALL_STATES.length;
    const card = buildRequestListCard(fx.requestListView('fr', count));
    const texts = cardTexts(card);
    for (const state of fx.ALL_STATES)
      assert.ok(
        texts.some((t) => t.endsWith(STRINGS.fr[`approval.state.${state}`])),
        state,
      );
    assert.ok(texts.includes(HOSTILE));
    const details = texts.find((t) => t.startsWith('customer0-'))!;
    assert.ok(details.includes('customer0-' + 'd'.repeat(40) + '.onmicrosoft.com'));
    assert.ok(details.includes('12 mars 2025 à 14:05 UTC'));
    assert.ok(details.includes('Demande req-0'));
    const opens = actions(card);
    assert.equal(opens.length, count);
    assert.deepEqual(
      opens.map((a) => [a.verb, a.data.requestId, a.title]),
      Array.from({ length: count }, (_, i) => [
        VERBS.approvalRefresh,
        `req-${i}`,
        STRINGS.fr[i % 2 === 0 ? 'requests.button.decide' : 'requests.button.open'],
      ]),
    );
  });

  it(`shows at most ${MAX_REQUEST_ROWS} requests and says how many there are`, () => {
    const card = buildRequestListCard(fx.requestListView('en', 45));
    assert.equal(actions(card).length, MAX_REQUEST_ROWS);
    assert.ok(allText(card).includes(`Showing ${MAX_REQUEST_ROWS} of 45 requests.`));
  });
});

describe('audit trail card', () => {
  it('stays under 28 KB with 30 and more long entries, and says how many are shown', () => {
    for (const locale of LOCALES) {
      const card = buildAuditTrailCard(fx.auditTrailView(locale, 40, 250));
      assert.ok(Buffer.byteLength(JSON.stringify(card)) < MAX_CARD_BYTES);
      assert.equal(
        cardTexts(card).filter((text) => text === LONG || text === HOSTILE).length >= MAX_AUDIT_ENTRIES,
        true,
      );
    }
    const en = allText(buildAuditTrailCard(fx.auditTrailView('en', 40, 250)));
    assert.ok(en.includes(`Showing ${MAX_AUDIT_ENTRIES} of 250 entries, newest first.`));
    assert.ok(en.includes('Request ID: req-29-'), 'details are shortened, not dropped');
    assert.ok(en.includes('Error code: 800002'), 'codes are shown as recorded');
  });

  it('shows time, actor, action in words and labelled details', () => {
    const view = fx.auditTrailView('en', 3);
    const card = buildAuditTrailCard({
      ...view,
      entries: [
        {
          at: '2025-03-12T14:05:00Z',
          actor: 'Alex Wilber',
          action: 'removal.requested',
          detail: { requestId: 'req-1', attestationVersion: 'v1', delivered: true, custom: 12345 },
        },
      ],
      total: 1,
    });
    const texts = allText(card);
    assert.ok(texts.includes(`History of ${HOSTILE}`));
    assert.ok(texts.includes('12 March 2025 at 14:05 UTC — Alex Wilber — Requested the removal'));
    assert.ok(
      texts.includes('Request ID: req-1; Attestation text version: v1; Delivered: Yes; custom: 12345'),
      texts,
    );
    assert.ok(texts.includes('Showing 1 of 1 entries'));
    assert.ok(cardTexts(card).includes('Alex Wilber'), 'the actor is a TextRun of its own');
  });

  it('names every audit action in every locale', () => {
    for (const locale of LOCALES) {
      const entries = fx.ALL_AUDIT_ACTIONS.map((action) => ({
        at: '2025-03-12T14:05:00Z',
        actor: 'A',
        action,
        detail: {},
      }));
      const texts = allText(buildAuditTrailCard({ ...fx.auditTrailView(locale, 0), entries, total: 17 }));
      for (const action of fx.ALL_AUDIT_ACTIONS)
        assert.ok(texts.includes(STRINGS[locale][`audit.action.${action}`]), `${locale} ${action}`);
    }
  });

  it('says when nothing is recorded', () => {
    const card = buildAuditTrailCard(fx.auditTrailView('pl', 0));
    assert.ok(cardTexts(card).includes(STRINGS.pl['audit.none']));
  });
});

describe('notification notices', () => {
  it('says what the channel will get, per purpose', () => {
    const events = buildNoticeCard({ locale: 'en', kind: 'notifyOn', purpose: 'events' });
    assert.ok(
      cardTexts(events).includes(
        'This channel will get Reseller Desk notifications: invitations, customers who accepted, removal requests and approvals, results.',
      ),
    );
    const provider = buildNoticeCard({ locale: 'en', kind: 'notifyOn', purpose: 'provider' });
    assert.ok(
      cardTexts(provider).includes(
        'This channel will receive removal requests from your indirect resellers.',
      ),
    );
    for (const kind of ['notifyOff', 'notifyNeedsChannel', 'requestNotFound'] as const)
      assert.ok(
        cardTexts(buildNoticeCard({ locale: 'fr', kind })).includes(STRINGS.fr[`notice.${kind}.text`]),
      );
  });
});
