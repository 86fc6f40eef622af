/**
 * Inner e2e suite (run inside a loopback-only network namespace by playground.test.ts): the seeds'
 * flows in the real Agents Playground — find a customer, produce an invitation, take a customer with
 * blockers to a state where removal can be requested (each remedy confirmed) — in English and in French.
 */
import assert from 'node:assert/strict';
import { VERBS } from '../../cards/verbs';
import { actionWithVerb, actionsOf, inputOf, readableText, sentBy } from '../helpers/cardQueries';
import { PlaygroundSession } from './playgroundSession';

describe('in the Agents Playground: the flows', function () {
  this.timeout(60_000);
  let session: PlaygroundSession;

  before(async () => {
    session = new PlaygroundSession({ botPort: 3979, playgroundPort: 56151, conversationId: 'e2e-flows' });
    await session.start();
    await session.install();
    await session.waitForBotActivities(1);
  });
  after(async () => {
    await session?.stop();
  });

  it('finds customers: `customers contoso` gives a picker', async () => {
    const { card } = await session.ask('customers contoso');
    assert.equal(inputOf(card, 'customerId')?.choices.length, 4);
    assert.match(readableText(card), /Contoso Pharmaceuticals/);
  });

  it('produces an invitation for Contoso Ltd and records it on Done', async () => {
    const { id, card } = await session.ask('invite Contoso Ltd');
    const body = inputOf(card, 'emailBody')!.value as string;
    assert.match(body, /https:\/\/admin\.microsoft\.com\/Adminportal\/Home\?invType=ResellerRelationship/);
    const done = actionWithVerb(card, VERBS.inviteDone);
    const completed = await session.click(id, VERBS.inviteDone, {
      ...done.data,
      emailBody: `${body}\n\nBest regards`,
    });
    assert.equal(inputOf(completed, 'emailBody'), undefined, 'recorded: the card is read-only');
  });

  it('takes Contoso Ltd from "suspend first" to a recorded removal request', async () => {
    const { id, card } = await session.ask('remove Contoso Ltd');
    assert.equal(actionWithVerb(card, VERBS.removalRequest).isEnabled, false);
    const suspend = actionWithVerb(card, VERBS.removalRemedy, (d) => d.remedy === 'suspend');
    const asked = await session.click(id, VERBS.removalRemedy, sentBy(card, suspend));
    const confirm = actionWithVerb(asked, VERBS.removalRemedyConfirm);
    const ready = await session.click(id, VERBS.removalRemedyConfirm, sentBy(asked, confirm));
    assert.equal(actionsOf(ready).filter((a) => a.verb === VERBS.removalRemedy).length, 0);
    const request = actionWithVerb(ready, VERBS.removalRequest);
    assert.notEqual(request.isEnabled, false);
    const requested = await session.click(id, VERBS.removalRequest, {
      ...request.data,
      attested: 'true',
      reason: 'Contract ended',
    });
    assert.match(readableText(requested), /Contract ended/);
  });

  it('does the same in French: `supprimer Fourth Coffee`, annuler, demander la suppression', async () => {
    const { id, card } = await session.ask('supprimer Fourth Coffee');
    assert.match(readableText(card), /relation de revendeur/);
    const cancel = actionWithVerb(card, VERBS.removalRemedy, (d) => d.remedy === 'cancel');
    const asked = await session.click(id, VERBS.removalRemedy, sentBy(card, cancel));
    assert.match(readableText(asked), /irréversible/);
    const confirm = actionWithVerb(asked, VERBS.removalRemedyConfirm);
    const ready = await session.click(id, VERBS.removalRemedyConfirm, sentBy(asked, confirm));
    assert.match(readableText(ready), /revendeur/);
    const request = actionWithVerb(ready, VERBS.removalRequest);
    const requested = await session.click(id, VERBS.removalRequest, {
      ...request.data,
      attested: 'true',
      reason: 'Fin du contrat',
    });
    assert.match(readableText(requested), /Fin du contrat/);
    assert.doesNotMatch(readableText(requested), /Requested by/);
  });
});
