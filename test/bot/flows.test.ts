/**
 * The seeds' flows through the real HTTP endpoint: commands, card actions (Action.Execute invokes)
 * and typeahead, with the sandbox Partner Center behind them and the demo roles of the Playground
 * personas (Alex: Sales agent; Adele: Helpdesk agent; Lynne: not in the roles file).
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { permissionName } from '../../cards/format';
import { STRINGS } from '../../cards/strings';
import { VERBS } from '../../cards/verbs';
import { PERMISSIONS, type Permission } from '../../services/access/policy';
import { demoCustomer } from '../partner-center/emulatorHarness';
import { invoke, PERSONAS, searchActivity } from '../helpers/activities';
import { startTestBot, type Harness } from '../helpers/botHarness';
import { botEachTest, chat, type Chat } from '../helpers/chat';
import { actionWithVerb, actionsOf, inputOf, paragraphsOf, readableText } from '../helpers/cardQueries';
import { FakeConnector } from '../helpers/fakeConnector';
import { resellerFixture, twoProviderResellerFixture, trailOf } from '../helpers/deskHarness';

describe('flows in Teams (sandbox, indirect provider seat)', function () {
  this.timeout(30_000);
  const bot = botEachTest();

  describe('finding customers', () => {
    it('`customers contoso` lists the matching customers in a picker', async () => {
      const card = await bot.user.say('customers contoso');
      const picker = inputOf(card, 'customerId');
      assert.deepEqual(
        picker?.choices.map((c: any) => c.value),
        ['Contoso Bank', 'Contoso Ltd', 'Contoso Pharmaceuticals', 'Contoso Suites'].map(
          (n) => demoCustomer(n).id,
        ),
      );
      assert.equal(picker?.['choices.data']?.dataset, 'customers', 'typeahead for Teams');
      assert.ok(actionWithVerb(card, VERBS.removalPreflight), 'a Sales agent may start a removal');
    });

    it('`customers` pages through everyone, 15 at a time', async () => {
      const first = await bot.user.say('customers');
      assert.equal(inputOf(first, 'customerId')?.choices.length, 15);
      const next = actionWithVerb(first, VERBS.customersPage);
      const second = await bot.user.click(VERBS.customersPage, next.data!);
      const firstIds = inputOf(first, 'customerId')!.choices.map((c: any) => c.value);
      const secondIds = inputOf(second, 'customerId')!.choices.map((c: any) => c.value);
      assert.equal(secondIds.length, 15);
      assert.equal(secondIds.filter((id: string) => firstIds.includes(id)).length, 0);
    });

    it('answers typeahead with at most 15 matches on name and domain', async () => {
      const body = await invoke(
        bot.harness.bot.url,
        searchActivity('c', { serviceUrl: bot.connector.url, ...PERSONAS.alexSales }),
      );
      const results = body.value.results as { title: string; value: string }[];
      assert.ok(results.length > 0 && results.length <= 15);
      const byDomain = await invoke(
        bot.harness.bot.url,
        searchActivity('relecloud.onmicrosoft', { serviceUrl: bot.connector.url, ...PERSONAS.alexSales }),
      );
      assert.deepEqual(
        byDomain.value.results.map((r: any) => r.value),
        [demoCustomer('Relecloud').id],
      );
    });

    it('`customer Contoso Ltd` shows the details: relationship, DAP, subscriptions', async () => {
      const card = await bot.user.say('customer   CONTOSO ltd');
      const text = readableText(card);
      assert.match(text, /Contoso Ltd/);
      assert.match(text, /Office 365 E3/);
      assert.ok(actionWithVerb(card, VERBS.inviteStart));
    });

    it('`customer contoso` asks which one when several match, and a choice opens the details', async () => {
      const card = await bot.user.say('customer contoso');
      const choice = actionWithVerb(
        card,
        VERBS.customerShow,
        (d) => d.customerId === demoCustomer('Contoso Suites').id,
      );
      const details = await bot.user.click(VERBS.customerShow, choice.data!);
      assert.match(readableText(details), /Contoso Suites/);
    });

    it('says clearly when no customer matches, echoing the query literally', async () => {
      const card = await bot.user.say('customer *Nobody* ${x}');
      assert.match(readableText(card), /\*Nobody\* \$\{x\}/);
      assert.equal(actionsOf(card).filter((a) => a.verb === VERBS.customerShow).length, 0);
    });

    it('shows a customer name with markdown and template characters literally', async () => {
      const hostile = '*Bold* _it_ ${customer.name} [x](http://evil)';
      const accepted = await fetch(
        `${bot.harness.bot.partnerCenter.emulator!.url}/sandbox/invitations/accept`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ companyName: hostile, domain: 'hostile.example' }),
        },
      );
      assert.ok(accepted.ok, await accepted.text());
      await bot.harness.bot.services.directory.reload();
      const card = await bot.user.say('customers hostile.example');
      assert.ok(readableText(card).includes(hostile), readableText(card));
    });
  });

  describe('invitations', () => {
    it('`invite Contoso Ltd` drafts an e-mail carrying the partner link; Done records it', async () => {
      const draft = await bot.user.say('invite Contoso Ltd');
      assert.ok(
        readableText(draft).includes(STRINGS.en['invite.alreadyReseller'].trim()),
        'Contoso Ltd already has the relationship, and the card says so',
      );
      const body = inputOf(draft, 'emailBody')!.value as string;
      const url = /https:\/\/admin\.microsoft\.com\/\S+/.exec(body)![0];
      assert.match(url, /invType=ResellerRelationship/);
      const done = actionWithVerb(draft, VERBS.inviteDone);
      const completed = await bot.user.click(VERBS.inviteDone, {
        ...done.data,
        emailBody: `Hi!\n${url}\nAlex`,
      });
      assert.equal(inputOf(completed, 'emailBody'), undefined, 'read-only once recorded');
      assert.equal(actionsOf(completed).filter((a) => a.verb === VERBS.inviteDone).length, 0);
      const trail = await trailOf(bot.harness.bot.services.audit, demoCustomer('Contoso Ltd').id);
      assert.deepEqual(
        trail.map((e) => e.action),
        ['invitation.drafted', 'invitation.recorded'],
      );
    });

    it('offers `invite new` when the name matches no customer, and only to someone who may invite', async () => {
      const card = await bot.user.say('invite Nobody Such');
      assert.match(readableText(card), /Nobody Such/);
      const inviteNew = actionWithVerb(card, VERBS.inviteStart);
      assert.deepEqual(inviteNew.data, { target: 'new' });
      const draft = await bot.user.click(VERBS.inviteStart, inviteNew.data);
      assert.ok(inputOf(draft, 'emailBody'), 'a draft for a new customer');
      const looking = await bot.user.say('customer Nobody Such');
      assert.equal(actionsOf(looking).length, 0, '`customer` offers no invitation');
      const helpdesk = await bot.user.say('invite Nobody Such', PERSONAS.adeleHelpdesk);
      assert.equal(actionsOf(helpdesk).length, 0, 'Helpdesk may not invite');
    });

    it('opens the link in one click, keeps it as text, and puts the edited text in the mail button', async () => {
      const draft = await bot.user.say('invite new');
      const url = /https:\/\/admin\.microsoft\.com\/\S+/.exec(
        inputOf(draft, 'emailBody')!.value as string,
      )![0];
      const openUrls = () => actionsOf(draft).filter((a) => a.type === 'Action.OpenUrl');
      assert.ok(
        openUrls().some((a) => a.url === url),
        'the link opens in one click',
      );
      assert.ok(readableText(draft).includes(url), 'the link stays as text to select');
      const keep = actionWithVerb(draft, VERBS.inviteKeepEdit);
      const edited = `Dear Fabrikam,\n${url}\nAlex`;
      const refreshed = await bot.user.click(VERBS.inviteKeepEdit, { ...keep.data, emailBody: edited });
      const mail = actionsOf(refreshed).find((a) => a.url?.startsWith('mailto:'));
      assert.equal(decodeURIComponent(mail!.url!.split('&body=')[1]), edited);
      assert.equal(inputOf(refreshed, 'emailBody')?.value, edited);
      assert.ok(actionWithVerb(refreshed, VERBS.inviteDone), 'still a draft');
      const invitation = await bot.harness.bot.services.invitations.get(keep.data!.draftId);
      assert.equal(invitation?.status, 'draft');
      assert.equal(invitation?.body, edited);
    });

    it('refuses Done when the link was removed, and keeps the edit in the card', async () => {
      const draft = await bot.user.say('invite new');
      const done = actionWithVerb(draft, VERBS.inviteDone);
      const edited = 'Dear customer, please call us.';
      const refused = await bot.user.click(VERBS.inviteDone, { ...done.data, emailBody: edited });
      assert.equal(inputOf(refused, 'emailBody')?.value, edited);
      assert.ok(actionWithVerb(refused, VERBS.inviteDone), 'still a draft');
      const invitation = await bot.harness.bot.services.invitations.get(done.data!.draftId);
      assert.equal(invitation?.status, 'draft');
    });

    it('`invite new with provider` is for indirect resellers: a provider gets a clear no', async () => {
      const card = await bot.user.say('invite new with provider');
      assert.equal(inputOf(card, 'emailBody'), undefined);
      assert.equal(actionsOf(card).filter((a) => a.verb === VERBS.inviteDone).length, 0);
    });
  });

  describe('removal', () => {
    it('takes Contoso Ltd from blocked (suspend first) to a recorded removal request', async () => {
      const preflight = await bot.user.say('remove Contoso Ltd');
      assert.equal(
        actionWithVerb(preflight, VERBS.removalRequest).isEnabled,
        false,
        'blocked while a subscription is active',
      );
      const suspend = actionWithVerb(preflight, VERBS.removalRemedy, (d) => d.remedy === 'suspend');
      const asked = await bot.user.press(preflight, suspend);
      const after = await bot.user.press(asked, actionWithVerb(asked, VERBS.removalRemedyConfirm));
      assert.equal(
        actionsOf(after).filter((a) => a.verb === VERBS.removalRemedy).length,
        0,
        'no blocker left',
      );
      const request = actionWithVerb(after, VERBS.removalRequest);
      assert.notEqual(request.isEnabled, false);
      const requested = await bot.user.press(after, request, { attested: 'true', reason: 'Customer left' });
      assert.match(readableText(requested), /Customer left/);
      const open = await bot.harness.bot.services.removal.openRequest(demoCustomer('Contoso Ltd').id);
      assert.equal(open?.requestedBy.name, 'Alex Wilber');
      const sub = await bot.harness.bot.partnerCenter.client.getSubscription(
        { correlationId: randomUUID() },
        demoCustomer('Contoso Ltd').id,
        demoCustomer('Contoso Ltd').subscriptions[0].id,
      );
      assert.equal(sub.status, 'suspended', 'the emulator really changed');
    });

    it('cancels an NCE subscription inside its window from the card', async () => {
      const preflight = await bot.user.say('remove Fourth Coffee');
      const cancel = actionWithVerb(preflight, VERBS.removalRemedy, (d) => d.remedy === 'cancel');
      const asked = await bot.user.press(preflight, cancel);
      const after = await bot.user.press(asked, actionWithVerb(asked, VERBS.removalRemedyConfirm));
      assert.notEqual(actionWithVerb(after, VERBS.removalRequest).isEnabled, false);
    });

    it('refuses a forged request while blockers remain, and without the attestation', async () => {
      const blocked = await bot.user.click(VERBS.removalRequest, {
        customerId: demoCustomer('Humongous Insurance').id,
        attested: 'true',
        reason: 'x',
      });
      // Only a term blocks Humongous: the plain request is disabled, the scheduled one is offered.
      assert.equal(actionWithVerb(blocked, VERBS.removalRequest, (data) => !data.scheduled).isEnabled, false);
      assert.ok(actionWithVerb(blocked, VERBS.removalRequest, (data) => data.scheduled === 'true'));
      const unattested = await bot.user.click(VERBS.removalRequest, {
        customerId: demoCustomer('A. Datum Corporation').id,
        attested: 'false',
        reason: 'x',
      });
      assert.ok(actionWithVerb(unattested, VERBS.removalRequest), 'the card comes back, nothing recorded');
      assert.equal(
        await bot.harness.bot.services.removal.openRequest(demoCustomer('Humongous Insurance').id),
        undefined,
      );
      assert.equal(
        await bot.harness.bot.services.removal.openRequest(demoCustomer('A. Datum Corporation').id),
        undefined,
      );
    });

    it('lets a Helpdesk agent look but not suspend, invite or request, even with forged actions', async () => {
      const preflight = await bot.user.say('remove Contoso Ltd', PERSONAS.adeleHelpdesk);
      assert.equal(actionsOf(preflight).filter((a) => a.verb === VERBS.removalRemedy).length, 0);
      assert.equal(actionsOf(preflight).filter((a) => a.verb === VERBS.removalRequest).length, 0);
      const contoso = demoCustomer('Contoso Ltd');
      const forged = await bot.user.click(
        VERBS.removalRemedy,
        { customerId: contoso.id, blockerId: contoso.subscriptions[0].id, remedy: 'suspend' },
        PERSONAS.adeleHelpdesk,
      );
      assert.match(readableText(forged), /Helpdesk/i);
      const invite = await bot.user.say('invite new', PERSONAS.adeleHelpdesk);
      assert.equal(inputOf(invite, 'emailBody'), undefined);
      const sub = await bot.harness.bot.partnerCenter.client.getSubscription(
        { correlationId: randomUUID() },
        contoso.id,
        contoso.subscriptions[0].id,
      );
      assert.equal(sub.status, 'active', 'nothing changed');
    });

    it('refuses everything to someone not in the roles file', async () => {
      const card = await bot.user.say('customers', PERSONAS.lynneUnknown);
      assert.equal(inputOf(card, 'customerId'), undefined);
      const forged = await bot.user.click(
        VERBS.removalPreflight,
        { customerId: demoCustomer('Contoso Ltd').id },
        PERSONAS.lynneUnknown,
      );
      assert.equal(actionsOf(forged).filter((a) => a.verb === VERBS.removalRequest).length, 0);
    });

    it('answers an unknown verb or malformed data with "this card is out of date", changing nothing', async () => {
      const unknownVerb = await bot.user.click('approve.everything', {
        customerId: demoCustomer('Contoso Ltd').id,
      });
      const badData = await bot.user.click(VERBS.removalRemedy, {
        customerId: demoCustomer('Contoso Ltd').id,
        remedy: 'delete-tenant',
      });
      assert.equal(readableText(unknownVerb), readableText(badData));
      assert.equal(
        bot.harness.bot.partnerCenter.emulator!.requests.filter((r) => r.method === 'PATCH').length,
        0,
      );
    });
  });

  describe('conversation', () => {
    for (const [locale, typo, expected] of [
      ['en-US', 'custmers contoso', 'customers contoso'],
      ['fr-FR', 'clinets contoso', 'clients contoso'],
      ['pl-PL', 'klenci contoso', 'klienci contoso'],
      ['hu-HU', 'ugyfelke contoso', 'ügyfelek contoso'],
    ] as const) {
      it(`answers the typo \`${typo}\` with "did you mean \`${expected}\`?" whose button runs it (${locale})`, async () => {
        const card = await bot.user.say(typo, PERSONAS.alexSales, locale);
        assert.equal(inputOf(card, 'customerId'), undefined, 'not the help card');
        const run = actionWithVerb(card, VERBS.runCommand, (d) => d.command === expected);
        const picker = await bot.user.click(VERBS.runCommand, run.data!, PERSONAS.alexSales, locale);
        assert.equal(inputOf(picker, 'customerId')?.choices.length, 4);
      });
    }

    it('offers the command word of another language when none of the own is close', async () => {
      const card = await bot.user.say('suprimer Contoso Ltd', PERSONAS.alexSales, 'en-US');
      assert.ok(actionWithVerb(card, VERBS.runCommand, (d) => d.command === 'supprimer Contoso Ltd'));
    });

    it('keeps the help card for text that is close to no command', async () => {
      const card = await bot.user.say('hello there');
      assert.match(readableText(card), /I do not know this command/);
      assert.equal(
        actionsOf(card).filter((a) => a.verb === VERBS.runCommand && a.data?.command === 'hello there')
          .length,
        0,
      );
    });

    for (const [locale, typed, next] of [
      ['en-US', 'remove', VERBS.removalPreflight],
      ['fr-FR', 'supprimer', VERBS.removalPreflight],
      ['en-US', 'invite', VERBS.inviteStart],
      ['fr-FR', 'inviter', VERBS.inviteStart],
      ['en-US', 'customer', VERBS.customerShow],
      ['fr-FR', 'client', VERBS.customerShow],
    ] as const) {
      it(`\`${typed}\` without a name opens the picker whose one button continues it (${locale})`, async () => {
        const card = await bot.user.say(typed, PERSONAS.alexSales, locale);
        assert.equal(inputOf(card, 'customerId')?.choices.length, 15);
        const verbs = actionsOf(card)
          .filter((a) => a.verb !== VERBS.customersPage)
          .map((a) => a.verb);
        assert.deepEqual(verbs, [next]);
        const page = actionWithVerb(card, VERBS.customersPage);
        const second = await bot.user.click(VERBS.customersPage, page.data!, PERSONAS.alexSales, locale);
        const again = actionsOf(second)
          .filter((a) => a.verb !== VERBS.customersPage)
          .map((a) => a.verb);
        assert.deepEqual(again, [next], 'the next page continues the same command');
      });
    }

    it('picking in the `remove` picker opens the pre-flight', async () => {
      const card = await bot.user.say('supprimer', PERSONAS.alexSales, 'fr-FR');
      const remove = actionWithVerb(card, VERBS.removalPreflight);
      const contoso = demoCustomer('Contoso Ltd');
      const preflight = await bot.user.click(
        VERBS.removalPreflight,
        { ...remove.data, customerId: contoso.id },
        PERSONAS.alexSales,
        'fr-FR',
      );
      assert.ok(actionWithVerb(preflight, VERBS.removalRemedy), readableText(preflight));
    });

    for (const [locale, command, check] of [
      [
        'en-US',
        'remove relecloud',
        (card: any) =>
          actionWithVerb(card, VERBS.removalRequest) ?? actionWithVerb(card, VERBS.removalRemedy),
      ],
      [
        'fr-FR',
        'supprimer relecloud',
        (card: any) =>
          actionWithVerb(card, VERBS.removalRequest) ?? actionWithVerb(card, VERBS.removalRemedy),
      ],
      ['en-US', 'invite relecloud', (card: any) => inputOf(card, 'emailBody')],
      ['fr-FR', 'inviter relecloud', (card: any) => inputOf(card, 'emailBody')],
      [
        'en-US',
        'customer relecloud',
        (card: any) => /Relecloud/.test(readableText(card)) && actionWithVerb(card, VERBS.inviteStart),
      ],
      [
        'fr-FR',
        'client relecloud',
        (card: any) => /Relecloud/.test(readableText(card)) && actionWithVerb(card, VERBS.inviteStart),
      ],
    ] as const) {
      it(`\`${command}\` matching one customer goes straight on (${locale})`, async () => {
        const card = await bot.user.say(command, PERSONAS.alexSales, locale);
        assert.equal(
          actionsOf(card).filter((a) => a.data?.customerId && a.verb === VERBS.customerShow).length,
          0,
        );
        assert.ok(check(card), readableText(card));
      });
    }
  });

  describe('refusals name the permission that was checked', () => {
    const contoso = demoCustomer('Contoso Ltd');
    /** For each permission of services/access/policy.ts, a member without it trying what needs it. */
    const TYPED = {
      // `audit <tenant id>` reads the trail of a customer no longer listed, without the customer list.
      'en-US': {
        customers: 'customers',
        invite: 'invite Contoso Ltd',
        notify: 'notify here',
        audit: 'audit 00000000-0000-4000-8000-000000000000',
      },
      'fr-FR': {
        customers: 'clients',
        invite: 'inviter Contoso Ltd',
        notify: 'notifier ici',
        audit: 'historique 00000000-0000-4000-8000-000000000000',
      },
    };
    // An approver's refusal redraws the approval card without its buttons (bot/flows/workflowFlows.ts).
    const REFUSED: Record<
      Exclude<Permission, 'approveRemoval'>,
      (locale: keyof typeof TYPED) => Promise<any>
    > = {
      viewCustomers: (locale) => bot.user.say(TYPED[locale].customers, PERSONAS.lynneUnknown, locale),
      invite: (locale) => bot.user.say(TYPED[locale].invite, PERSONAS.adeleHelpdesk, locale),
      viewAudit: (locale) => bot.user.say(TYPED[locale].audit, PERSONAS.lynneUnknown, locale),
      remediate: (locale) =>
        bot.user.click(
          VERBS.removalRemedy,
          { customerId: contoso.id, blockerId: contoso.subscriptions[0].id, remedy: 'suspend' },
          PERSONAS.adeleHelpdesk,
          locale,
        ),
      requestRemoval: (locale) =>
        bot.user.click(
          VERBS.removalRequest,
          { customerId: contoso.id, attested: 'true', reason: 'Moved' },
          PERSONAS.adeleHelpdesk,
          locale,
        ),
      notify: (locale) => bot.user.say(TYPED[locale].notify, PERSONAS.adeleHelpdesk, locale),
    };
    for (const [permission, attempt] of Object.entries(REFUSED) as [Permission, typeof REFUSED.invite][]) {
      for (const locale of ['en-US', 'fr-FR'] as const) {
        it(`names \`${permission}\` and no other permission (${locale})`, async () => {
          const text = readableText(await attempt(locale));
          const lang = locale === 'en-US' ? 'en' : 'fr';
          assert.ok(text.includes(permissionName(lang, permission)), text);
          for (const other of PERMISSIONS.filter((p) => p !== permission)) {
            assert.ok(!text.includes(permissionName(lang, other)), `${other} in: ${text}`);
          }
        });
      }
    }
  });

  describe('languages', () => {
    it('speaks French from a French client: `clients contoso`, `supprimer Contoso Ltd`', async () => {
      const picker = await bot.user.say('clients contoso', PERSONAS.alexSales, 'fr-FR');
      assert.equal(inputOf(picker, 'customerId')?.choices.length, 4);
      const preflight = await bot.user.say('supprimer Contoso Ltd', PERSONAS.alexSales, 'fr-FR');
      const text = readableText(preflight);
      assert.match(text, /revendeur/);
      assert.doesNotMatch(text, /reseller relationship/);
    });

    it('answers in the language of the command typed, even from an English client, and keeps it for card clicks', async () => {
      const preflight = await bot.user.say('supprimer Contoso Ltd', PERSONAS.alexSales, 'en-US');
      assert.match(readableText(preflight), /revendeur/);
      const suspend = actionWithVerb(preflight, VERBS.removalRemedy, (d) => d.remedy === 'suspend');
      const after = await bot.user.click(VERBS.removalRemedy, suspend.data!, PERSONAS.alexSales, 'en-US');
      assert.match(readableText(after), /revendeur/, 'the click is answered in French too');
      const help = await bot.user.say('help', PERSONAS.alexSales, 'en-US');
      assert.match(readableText(help), /reseller relationships/, 'an English command switches back');
    });

    for (const [locale, command, word] of [
      ['pl-PL', 'klienci contoso', /Contoso/],
      ['hu-HU', 'ügyfelek contoso', /Contoso/],
    ] as const) {
      it(`answers \`${command}\` in ${locale}`, async () => {
        const card = await bot.user.say(command, PERSONAS.alexSales, locale);
        assert.match(readableText(card), word);
        assert.equal(inputOf(card, 'customerId')?.choices.length, 4);
      });
    }
  });
});

describe('flows in Teams (sandbox, indirect reseller seat)', function () {
  this.timeout(30_000);
  let connector: FakeConnector;
  let harness: Harness;
  let user: Chat;

  beforeEach(async () => {
    connector = new FakeConnector();
    await connector.start();
    harness = await startTestBot({ SANDBOX_DATA: resellerFixture });
    user = chat(harness, connector);
  });
  afterEach(async () => {
    await harness.bot.stop();
    await connector.stop();
  });

  it("`invite new with provider` drafts the reseller's own link naming its provider in indirectCSPId", async () => {
    const draft = await user.say('invite new with provider');
    const body = inputOf(draft, 'emailBody')!.value as string;
    const [link = ''] = body.match(/https:\/\/admin\.microsoft\.com\S+/) ?? [];
    const params = new URL(link.split('#')[0]).searchParams;
    assert.equal(
      params.get('partnerId'),
      harness.bot.partnerCenter.sandbox?.partner.tenantId,
      'the reseller',
    );
    assert.equal(params.get('indirectCSPId'), '0630eb3a-a5e2-595f-a092-815f09d1e0dd', 'its provider');
    assert.match(readableText(draft), /Fabrikam Cloud Distribution/);
  });

  it('a Partner Center refusal (403 900308) reaches the user as one sentence with its code and correlation id', async () => {
    const emulator = harness.bot.partnerCenter.emulator!;
    emulator.faults.set('relationshipRequest', {
      next: [1, 2].map(() => ({ status: 403, code: 900308, description: 'Insufficient privileges.' })),
    });
    const card = await user.say('invite new with provider');
    const call = emulator.requests.filter((r) => r.route === 'relationshipRequest').at(-1)!;
    assert.equal(call.status, 403);
    assert.deepEqual(paragraphsOf(card), [
      'Partner Center refused the request',
      `Partner Center refused this request for the account Reseller Desk signs in with: code 900308 (“Insufficient privileges”), correlation ID ${call.correlationId}.`,
    ]);
    const french = await user.say('inviter nouveau avec fournisseur', PERSONAS.alexSales, 'fr-FR');
    assert.match(
      paragraphsOf(french).join('\n'),
      /pour le compte avec lequel Reseller Desk se connecte\u202f: code \S+/,
      'French, with its narrow no-break space before the colon',
    );
  });

  it('a reseller with several providers chooses the one the invitation names', async () => {
    await harness.bot.stop();
    harness = await startTestBot({ SANDBOX_DATA: twoProviderResellerFixture() });
    user = chat(harness, connector);
    const choice = await user.say('invite new with provider');
    assert.match(readableText(choice), /Which indirect provider should the invitation name\?/);
    const buttons = actionsOf(choice).filter((a) => a.verb === VERBS.inviteStart);
    assert.deepEqual(
      buttons.map((b) => b.data?.providerId),
      ['0630eb3a-a5e2-595f-a092-815f09d1e0dd', '5c1f6a8e-3b0d-4f27-9a64-1d2e3f4a5b6c'],
    );
    const draft = await user.click(VERBS.inviteStart, buttons[1].data ?? {});
    assert.match(readableText(draft), /Tailspin Distribution/);
    const body = inputOf(draft, 'emailBody')!.value as string;
    assert.match(body, /[?&]indirectCSPId=5c1f6a8e-3b0d-4f27-9a64-1d2e3f4a5b6c[&#]/);
  });

  it('`remove` explains that only the provider can remove and offers to ask it', async () => {
    const card = await user.say('remove A. Datum Corporation');
    assert.equal(actionsOf(card).filter((a) => a.verb === VERBS.removalRequest).length, 0);
    const ask = actionWithVerb(card, VERBS.removalAskProvider);
    const answer = await user.click(VERBS.removalAskProvider, { ...ask.data, reason: 'Moved away' });
    assert.match(readableText(answer), /Fabrikam Cloud Distribution/);
    const trail = await trailOf(harness.bot.services.audit, demoCustomer('A. Datum Corporation').id);
    assert.deepEqual(
      trail.map((e) => e.action),
      ['removal.providerAsked'],
    );
  });
});
