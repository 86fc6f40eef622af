/** Invitation drafts and the link check on Done, against the emulator (provider seat and reseller seat). */
import assert from 'node:assert/strict';
import { checkInvitationLink } from '../../services/relationships/invitationLink';
import type { Composer } from '../../services/relationships/invitationService';
import { demoCustomer, demoPartner } from '../partner-center/emulatorHarness';
import {
  actorOf,
  helpdesk,
  resellerFixture,
  sales,
  startDesk,
  type DeskHarness,
} from '../helpers/deskHarness';

const compose: Composer = ({ url, partnerName, target }) => ({
  subject: `Invitation from ${partnerName}`,
  body: `Hello${target.kind === 'existing' ? ` ${target.customerName}` : ''},\n\nPlease accept:\n${url}\n\nThanks`,
});

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
  let desk: DeskHarness;
  beforeEach(async () => {
    desk = await startDesk();
  });
  afterEach(() => desk.close());

  it('drafts an e-mail for an existing customer carrying Partner Center’s own link (E3)', async () => {
    const customer = demoCustomer('Contoso Ltd');
    const drafted = await desk.services.invitations.draft(
      actorOf(sales),
      sales,
      { kind: 'existing', customerId: customer.id },
      compose,
    );
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
    });
    assert.ok(invitation.body.includes(invitation.url));
    assert.equal(invitation.status, 'draft');
  });

  it('records the invitation on Done when the edited text keeps the link', async () => {
    const drafted = await desk.services.invitations.draft(actorOf(sales), sales, { kind: 'new' }, compose);
    assert.ok(drafted.ok);
    const edited = `Dear customer, our link:\n${drafted.invitation.url}\nBest, Alex`;
    const done = await desk.services.invitations.complete(
      actorOf(sales),
      sales,
      drafted.invitation.id,
      edited,
    );
    assert.ok(done.ok);
    assert.equal(done.check, 'ok');
    assert.equal(done.invitation.status, 'sent');
    assert.equal(done.invitation.body, edited);
    assert.equal(done.invitation.sentBy?.name, 'Alex');
    assert.deepEqual(
      (await desk.services.audit.list('partner')).map((e) => e.action),
      ['invitation.drafted', 'invitation.recorded'],
    );
  });

  it('refuses Done when the link was removed or changed, and keeps the edit', async () => {
    const drafted = await desk.services.invitations.draft(actorOf(sales), sales, { kind: 'new' }, compose);
    assert.ok(drafted.ok);
    const withoutLink = 'I rewrote everything and forgot the link';
    const missing = await desk.services.invitations.complete(
      actorOf(sales),
      sales,
      drafted.invitation.id,
      withoutLink,
    );
    assert.ok(missing.ok);
    assert.equal(missing.check, 'urlMissing');
    assert.equal(missing.invitation.status, 'draft');
    assert.equal((await desk.services.invitations.get(drafted.invitation.id))?.body, withoutLink);

    const tampered = drafted.invitation.body.replace(
      drafted.invitation.url,
      drafted.invitation.url.replace('DAP=false', 'DAP=true'),
    );
    const changed = await desk.services.invitations.complete(
      actorOf(sales),
      sales,
      drafted.invitation.id,
      tampered,
    );
    assert.ok(changed.ok);
    assert.equal(changed.check, 'urlChanged');
    assert.equal(changed.invitation.status, 'draft');
  });

  it('refuses a Helpdesk agent, and an unknown draft', async () => {
    assert.deepEqual(
      await desk.services.invitations.draft(actorOf(helpdesk), helpdesk, { kind: 'new' }, compose),
      {
        ok: false,
        reason: 'notAllowed',
        permission: 'invite',
      },
    );
    assert.deepEqual(await desk.services.invitations.complete(actorOf(sales), sales, 'no-such-draft', 'x'), {
      ok: false,
      reason: 'notFound',
    });
  });

  it('offers "with provider" only to indirect resellers', async () => {
    assert.deepEqual(
      await desk.services.invitations.draft(actorOf(sales), sales, { kind: 'newWithProvider' }, compose),
      {
        ok: false,
        reason: 'resellerOnly',
      },
    );
  });
});

describe('invitation service, as an indirect reseller', () => {
  let desk: DeskHarness;
  beforeEach(async () => {
    desk = await startDesk(resellerFixture);
  });
  afterEach(() => desk.close());

  it('builds the combined link naming both the reseller and its provider, marked unofficial', async () => {
    const drafted = await desk.services.invitations.draft(
      actorOf(sales),
      sales,
      { kind: 'newWithProvider' },
      compose,
    );
    assert.ok(drafted.ok);
    const url = new URL(drafted.invitation.url.split('#')[0]);
    assert.equal(url.searchParams.get('invType'), 'IndirectResellerRelationship');
    assert.equal(url.searchParams.get('partnerId'), desk.services.partner.providers[0].id, 'the provider');
    assert.equal(url.searchParams.get('msppId'), desk.emulator.partner.mpnId, 'the reseller MPN id');
    assert.equal(
      url.searchParams.get('indirectCSPId'),
      desk.emulator.partner.tenantId,
      'the reseller tenant',
    );
    assert.equal(drafted.invitation.unofficialUrl, true);
    assert.deepEqual(drafted.invitation.target, {
      kind: 'newWithProvider',
      providerId: desk.services.partner.providers[0].id,
      providerName: 'Fabrikam Cloud Distribution',
    });
  });
});
