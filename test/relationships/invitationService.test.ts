/** Invitation drafts and the link check on Done, against the emulator (provider seat and reseller seat). */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { checkInvitationLink } from '../../services/relationships/invitationLink';
import type { Composer, InvitationRequest } from '../../services/relationships/invitationService';
import { demoCustomer, demoPartner } from '../partner-center/emulatorHarness';
import {
  actorOf,
  helpdesk,
  resellerFixture,
  sales,
  startDesk,
  twoProviderResellerFixture,
  type DeskHarness,
  trailOf,
} from '../helpers/deskHarness';
import { eachTest } from '../helpers/eachTest';

const compose: Composer = ({ url, partnerName, target }) => ({
  subject: `Invitation from ${partnerName}`,
  body: `Hello${target.kind === 'existing' ? ` ${target.customerName}` : ''},\n\nPlease accept:\n${url}\n\nThanks`,
});

/** Drafts an invitation as Alex (sales), with the test's e-mail text. */
function draftAsSales(desk: DeskHarness, request: InvitationRequest) {
  return desk.services.invitations.draft(actorOf(sales), sales, request, compose);
}

/** Done on a draft, by Alex (sales), with `text` as the e-mail sent. */
function completeAsSales(desk: DeskHarness, invitationId: string, text: string) {
  return desk.services.invitations.complete(actorOf(sales), sales, invitationId, text);
}

describe('invitation link check', () => {
  const url =
    'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=p1&msppId=0&DAP=false#/BillingAccounts/partner-invitation';
  it('accepts the link unchanged anywhere in the text, even followed by punctuation', () => {
    assert.equal(checkInvitationLink(`Click ${url}.`, url), 'ok');
    assert.equal(checkInvitationLink(`(${url})`, url), 'ok');
  });
  it('reports a removed link as missing and an edited one as changed', () => {
    assert.equal(checkInvitationLink('Hello, no link here', url), 'urlMissing');
    assert.equal(checkInvitationLink(url.replace('partnerId=p1', 'partnerId=p2'), url), 'urlChanged');
    assert.equal(checkInvitationLink(url.slice(0, -10), url), 'urlChanged');
  });
});

describe('invitation service, as an indirect provider', () => {
  const desk = eachTest(startDesk);

  it('drafts an e-mail for an existing customer carrying Partner Center’s own link (E3)', async () => {
    const customer = demoCustomer('Contoso Ltd');
    const drafted = await draftAsSales(desk(), { kind: 'existing', customerId: customer.id });
    assert.ok(drafted.ok);
    const { invitation } = drafted;
    assert.match(
      invitation.url,
      /^https:\/\/admin\.microsoft\.com\/Adminportal\/Home\?invType=ResellerRelationship&partnerId=/,
    );
    assert.ok(invitation.url.includes(demoPartner.tenantId));
    assert.equal(invitation.unofficialUrl, false);
    assert.deepEqual(invitation.target, {
      kind: 'existing',
      customerId: customer.id,
      customerName: 'Contoso Ltd',
      alreadyReseller: true,
    });
    assert.ok(invitation.body.includes(invitation.url));
    assert.equal(invitation.status, 'draft');
  });

  it('records the invitation on Done when the edited text keeps the link', async () => {
    const drafted = await draftAsSales(desk(), { kind: 'new' });
    assert.ok(drafted.ok);
    const edited = `Dear customer, our link:\n${drafted.invitation.url}\nBest, Alex`;
    const done = await completeAsSales(desk(), drafted.invitation.id, edited);
    assert.ok(done.ok);
    assert.equal(done.check, 'ok');
    assert.equal(done.invitation.status, 'sent');
    assert.equal(done.invitation.body, edited);
    assert.equal(done.invitation.sentBy?.name, 'Alex');
    assert.deepEqual(
      (await trailOf(desk().services.audit, 'partner')).map((e) => e.action),
      ['invitation.drafted', 'invitation.recorded'],
    );
  });

  it('refuses Done when the link was removed or changed, and keeps the edit', async () => {
    const drafted = await draftAsSales(desk(), { kind: 'new' });
    assert.ok(drafted.ok);
    const withoutLink = 'I rewrote everything and forgot the link';
    const missing = await completeAsSales(desk(), drafted.invitation.id, withoutLink);
    assert.ok(missing.ok);
    assert.equal(missing.check, 'urlMissing');
    assert.equal(missing.invitation.status, 'draft');
    assert.equal((await desk().services.invitations.get(drafted.invitation.id))?.body, withoutLink);

    const tampered = drafted.invitation.body.replace(
      drafted.invitation.url,
      drafted.invitation.url.replace('DAP=false', 'DAP=true'),
    );
    const changed = await completeAsSales(desk(), drafted.invitation.id, tampered);
    assert.ok(changed.ok);
    assert.equal(changed.check, 'urlChanged');
    assert.equal(changed.invitation.status, 'draft');
  });

  it('refuses a Helpdesk agent, and an unknown draft', async () => {
    assert.deepEqual(
      await desk().services.invitations.draft(actorOf(helpdesk), helpdesk, { kind: 'new' }, compose),
      {
        ok: false,
        reason: 'notAllowed',
        permission: 'invite',
      },
    );
    assert.deepEqual(
      await desk().services.invitations.complete(actorOf(sales), sales, 'no-such-draft', 'x'),
      {
        ok: false,
        reason: 'notFound',
      },
    );
  });

  it('offers "with provider" only to indirect resellers', async () => {
    assert.deepEqual(await draftAsSales(desk(), { kind: 'newWithProvider' }), {
      ok: false,
      reason: 'resellerOnly',
    });
  });
});

/** The query of a link, with its `#` fragment apart. */
function partsOf(link: string): { params: Record<string, string>; fragment: string } {
  const [base, fragment = ''] = link.split('#');
  return { params: Object.fromEntries(new URL(base).searchParams), fragment };
}

describe('invitation service, as an indirect reseller', () => {
  let desk: DeskHarness;
  afterEach(() => desk.close());

  it("names the provider in indirectCSPId of the reseller's own E3 link (partnerId stays the reseller), marked unofficial", async () => {
    desk = await startDesk(resellerFixture);
    const own = await desk.client.getRelationshipRequest({ correlationId: randomUUID() });
    const drafted = await draftAsSales(desk, { kind: 'newWithProvider' });
    assert.ok(drafted.ok);
    const link = partsOf(drafted.invitation.url);
    const e3 = partsOf(own.url);
    assert.equal(link.params.partnerId, desk.emulator.partner.tenantId, 'the reseller, from its E3 link');
    assert.equal(link.params.indirectCSPId, '0630eb3a-a5e2-595f-a092-815f09d1e0dd', 'the provider tenant');
    assert.deepEqual(
      { ...link.params, indirectCSPId: undefined },
      { ...e3.params, indirectCSPId: undefined },
    );
    assert.equal(link.fragment, e3.fragment);
    assert.equal(drafted.invitation.unofficialUrl, true);
    assert.deepEqual(drafted.invitation.target, {
      kind: 'newWithProvider',
      providerId: '0630eb3a-a5e2-595f-a092-815f09d1e0dd',
      providerName: 'Fabrikam Cloud Distribution',
    });
  });

  it('asks which provider when there are several, and names the chosen one', async () => {
    desk = await startDesk(twoProviderResellerFixture());
    const unchosen = await draftAsSales(desk, { kind: 'newWithProvider' });
    assert.deepEqual(unchosen, {
      ok: false,
      reason: 'chooseProvider',
      providers: [
        { id: '0630eb3a-a5e2-595f-a092-815f09d1e0dd', name: 'Fabrikam Cloud Distribution' },
        { id: '5c1f6a8e-3b0d-4f27-9a64-1d2e3f4a5b6c', name: 'Tailspin Distribution' },
      ],
    });
    const chosen = await draftAsSales(desk, {
      kind: 'newWithProvider',
      providerId: '5c1f6a8e-3b0d-4f27-9a64-1d2e3f4a5b6c',
    });
    assert.ok(chosen.ok);
    const link = partsOf(chosen.invitation.url);
    assert.equal(link.params.indirectCSPId, '5c1f6a8e-3b0d-4f27-9a64-1d2e3f4a5b6c');
    assert.equal(link.params.partnerId, desk.emulator.partner.tenantId);
    assert.equal(
      chosen.invitation.target.kind === 'newWithProvider' && chosen.invitation.target.providerName,
      'Tailspin Distribution',
    );
  });

  it("invites an existing customer with the reseller's own link, as Partner Center gave it", async () => {
    desk = await startDesk(resellerFixture);
    const own = await desk.client.getRelationshipRequest({ correlationId: randomUUID() });
    const drafted = await draftAsSales(desk, {
      kind: 'existing',
      customerId: demoCustomer('A. Datum Corporation').id,
    });
    assert.ok(drafted.ok);
    assert.equal(drafted.invitation.url, own.url);
    assert.equal(drafted.invitation.unofficialUrl, false);
  });
});
