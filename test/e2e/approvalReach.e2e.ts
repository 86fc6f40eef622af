/**
 * Inner e2e suite (loopback-only network namespace): a removal requested before any channel runs
 * `notify here` still reaches an approver. Megan (Admin agent, approver) has written to the bot in her
 * 1:1 chat; Alex (Sales agent) requests the removal of A. Datum in his; the approval card arrives in
 * Megan's chat with its buttons; she approves there; Alex's own card changes in place to the result
 * and the result also arrives as a message in his chat. Each person in their own Agents Playground.
 */
import assert from 'node:assert/strict';
import { VERBS } from '../../cards/verbs';
import { actionWithVerb, readableText } from '../helpers/cardQueries';
import { twoPersonas, ALEX_CHAT, MEGAN_CHAT } from './twoPersonas';

const cardOf = (activity: any) =>
  activity?.attachments?.find((a: any) => a.contentType === 'application/vnd.microsoft.card.adaptive')
    ?.content;
const oneLine = (card: unknown) => readableText(card ?? {}).replace(/\n/g, '');

describe('in the Agents Playground: a request filed before any channel exists reaches the approver', function () {
  this.timeout(90_000);
  const people = twoPersonas({ bot: 3981, megan: 56154, alex: 56155 });

  it('Megan approves in her chat; Alex’s card changes in place and the result reaches his chat', async () => {
    await people.megan.ask('help');
    const { id: preflightId, card: preflight } = await people.alex.ask('remove A. Datum Corporation');
    const request = actionWithVerb(preflight, VERBS.removalRequest);
    const requested = await people.alex.click(preflightId, VERBS.removalRequest, {
      ...request.data,
      attested: 'true',
      reason: 'Customer moved to another partner',
    });
    assert.match(oneLine(requested), /Sent for approval in a chat to .*Megan Bowen/);
    assert.ok(actionWithVerb(requested, VERBS.requestCancel), 'Alex may withdraw it from his card');

    const inMegans = await people.megan.waitForBotMessageIn(MEGAN_CHAT, (a) => {
      const card = cardOf(a);
      return !!card && JSON.stringify(card).includes(VERBS.approvalApprove);
    });
    const approve = actionWithVerb(cardOf(inMegans.activity), VERBS.approvalApprove);
    const approved = await people.megan.click(
      inMegans.id,
      VERBS.approvalApprove,
      approve.data!,
      people.megan.userId,
      MEGAN_CHAT,
    );
    assert.match(oneLine(approved), /Megan Bowen/);

    // Alex's card (the pre-flight message he clicked in) is replaced in place with the result.
    const replaced = await people.alex.waitForUpdateOf(preflightId, (activity) =>
      /Status: Removed/.test(oneLine(cardOf(activity))),
    );
    assert.ok(replaced, 'Alex’s card shows the removal done');
    const told = await people.alex.waitForBotMessageIn(ALEX_CHAT, (a) =>
      /Reseller relationship removed/.test(oneLine(cardOf(a))),
    );
    assert.match(oneLine(cardOf(told.activity)), /A\. Datum Corporation/);
  });
});
