/**
 * Inner e2e suite (loopback-only network namespace), two personas in their own Agents Playground:
 * - a remedy asks for a confirmation and keeps the ticked attestation and the typed reason;
 * - a removal that only a new-commerce term blocks: Alex requests it for its date in his chat, Megan
 *   approves it in hers (no channel runs `notify here`), it is scheduled; the bot restarts on the same
 *   store with the sandbox clock after the date (SANDBOX_NOW), removes the relationship by itself, and
 *   Alex's result card opens the evidence pack.
 */
import assert from 'node:assert/strict';
import { VERBS } from '../../cards/verbs';
import { actionWithVerb, actionsOf, readableText } from '../helpers/cardQueries';
import { twoPersonas, ALEX_CHAT, MEGAN_CHAT } from './twoPersonas';

const cardOf = (activity: any) =>
  activity?.attachments?.find((a: any) => a.contentType === 'application/vnd.microsoft.card.adaptive')
    ?.content;
const oneLine = (card: unknown) => readableText(card ?? {}).replace(/\n/g, '');
const inputValue = (card: any, id: string): unknown => {
  let found: unknown;
  const walk = (node: any) => {
    if (!node || typeof node !== 'object') return;
    if (node.id === id && 'value' in node) found = node.value;
    for (const value of Object.values(node)) walk(value);
  };
  walk(card);
  return found;
};

describe('in the Agents Playground: deliberate remedies and a removal scheduled for its date', function () {
  this.timeout(120_000);
  const people = twoPersonas({ bot: 3982, megan: 56157, alex: 56156 }, 'alex');

  it('Suspend asks first and keeps the attestation tick and the reason through every redraw', async () => {
    const { id, card } = await people.alex.ask('remove Contoso Ltd');
    const suspend = actionWithVerb(card, VERBS.removalRemedy, (d) => d.remedy === 'suspend');
    const inputs = { attested: 'true', reason: 'Contract ended {{DATE(2017-02-14T06:08:39Z, SHORT)}}' };
    const asked = await people.alex.click(id, VERBS.removalRemedy, { ...suspend.data, ...inputs });
    assert.match(oneLine(asked), /lose access/i, 'the consequence is named before anything is sent');
    assert.equal(inputValue(asked, 'attested'), 'true');
    assert.equal(inputValue(asked, 'reason'), inputs.reason);
    const confirm = actionWithVerb(asked, VERBS.removalRemedyConfirm);
    const done = await people.alex.click(id, VERBS.removalRemedyConfirm, { ...confirm.data, ...inputs });
    assert.match(oneLine(done), /now suspended/);
    assert.equal(inputValue(done, 'attested'), 'true', 'the tick survived');
    assert.equal(inputValue(done, 'reason'), inputs.reason, 'the reason survived, literally');
  });

  it('Contoso Bank: requested for its date, approved by Megan in her chat, removed by itself after the date; the result opens the evidence pack', async () => {
    await people.megan.ask('help');
    const { id, card } = await people.alex.ask('remove Contoso Bank');
    assert.match(oneLine(card), /Only dates block this removal/);
    const scheduled = actionWithVerb(card, VERBS.removalRequest, (d) => d.scheduled === 'true');
    const requested = await people.alex.click(id, VERBS.removalRequest, {
      ...scheduled.data,
      attested: 'true',
      reason: 'Customer leaves at the end of its term',
      autoRenewOff: 'true',
      onBlocked: 'wait',
    });
    assert.match(oneLine(requested), /Sent for approval in a chat to .*Megan Bowen/);
    assert.match(oneLine(requested), /once approved, it is scheduled for/);

    const inMegans = await people.megan.waitForBotMessageIn(MEGAN_CHAT, (a) =>
      JSON.stringify(cardOf(a) ?? {}).includes(VERBS.approvalApprove),
    );
    const approve = actionWithVerb(cardOf(inMegans.activity), VERBS.approvalApprove);
    await people.megan.click(
      inMegans.id,
      VERBS.approvalApprove,
      approve.data!,
      people.megan.userId,
      MEGAN_CHAT,
    );
    const told = await people.alex.waitForBotMessageIn(ALEX_CHAT, (a) =>
      /Removal scheduled/.test(oneLine(cardOf(a))),
    );
    const date = /scheduled for (\d{1,2} \w+ \d{4})/.exec(oneLine(cardOf(told.activity)))?.[1];
    assert.ok(date, 'the date is told');

    // The same store, the sandbox clock two weeks later: past the term's end.
    await people.alex.restartBot({ SANDBOX_NOW: new Date(Date.now() + 14 * 86_400_000).toISOString() });
    const result = await people.alex.waitForBotMessageIn(
      ALEX_CHAT,
      (a) =>
        /Reseller relationship removed/.test(oneLine(cardOf(a))) && /Contoso Bank/.test(oneLine(cardOf(a))),
      30_000,
    );
    const evidence = actionsOf(cardOf(result.activity)).find((a) => a.type === 'Action.OpenUrl');
    assert.ok(evidence?.url, 'the result card opens the evidence pack');
    const page = await fetch(evidence.url);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /Contoso Bank/);
    assert.match(html, /Megan Bowen/);
  });
});
