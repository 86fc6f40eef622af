/**
 * Inner e2e suite (loopback-only network namespace): a removal that also ends GDAP. Alex (Sales agent)
 * sees Woodgrove Bank's three GDAP relationships on its card, asks in his 1:1 chat for its removal with
 * two of them ended; Megan (Admin agent, approver) sees the choice on the approval card in her chat and
 * approves; Alex's own card changes in place until both relationships read as ended, the third kept.
 * Each person in their own Agents Playground.
 */
import assert from 'node:assert/strict';
import { VERBS } from '../../cards/verbs';
import { actionWithVerb, inputOf, readableText } from '../helpers/cardQueries';
import { twoPersonas, ALEX_CHAT, MEGAN_CHAT } from './twoPersonas';

const cardOf = (activity: any) =>
  activity?.attachments?.find((a: any) => a.contentType === 'application/vnd.microsoft.card.adaptive')
    ?.content;
const oneLine = (card: unknown) => readableText(card ?? {}).replace(/\s+/g, ' ');

describe('in the Agents Playground: a removal that also ends two GDAP relationships', function () {
  this.timeout(120_000);
  const people = twoPersonas({ bot: 3983, megan: 56158, alex: 56159 });

  it('Alex chooses two of three, Megan approves in her chat, both end and Alex’s card says so', async () => {
    await people.megan.ask('help');
    const { card: details } = await people.alex.ask('customer Woodgrove Bank');
    for (const name of ['Fabrikam support', 'Fabrikam security', 'Fabrikam licensing'])
      assert.match(oneLine(details), new RegExp(`${name} woodgrovebank`));
    assert.ok(actionWithVerb(details, VERBS.gdapTerminationStart), 'the card offers to end GDAP alone too');

    const { id: preflightId, card: preflight } = await people.alex.ask('remove Woodgrove Bank');
    const choice = inputOf(preflight, 'gdapToEnd');
    assert.ok(choice, 'the pre-flight offers the GDAP relationships');
    const ids = choice.choices.map((c: { value: string }) => c.value);
    assert.equal(ids.length, 3);
    const request = actionWithVerb(preflight, VERBS.removalRequest);
    const requested = await people.alex.click(preflightId, VERBS.removalRequest, {
      ...request.data,
      attested: 'true',
      reason: 'Customer moved to another partner',
      gdapToEnd: `${ids[0]},${ids[1]}`,
    });
    assert.match(oneLine(requested), /GDAP relationships to end after the removal:/);

    const inMegans = await people.megan.waitForBotMessageIn(MEGAN_CHAT, (a) => {
      const card = cardOf(a);
      return !!card && JSON.stringify(card).includes(VERBS.approvalApprove);
    });
    const approvalCard = cardOf(inMegans.activity);
    assert.match(oneLine(approvalCard), /Fabrikam support woodgrovebank.*Fabrikam security woodgrovebank/);
    assert.doesNotMatch(oneLine(approvalCard), /Fabrikam licensing/);
    const approve = actionWithVerb(approvalCard, VERBS.approvalApprove);
    await people.megan.click(
      inMegans.id,
      VERBS.approvalApprove,
      approve.data!,
      people.megan.userId,
      MEGAN_CHAT,
    );

    // Alex's card is replaced in place until both relationships read as ended.
    const done = await people.alex.waitForUpdateOf(
      preflightId,
      (activity) => /Status: Removed/.test(oneLine(cardOf(activity))),
      60_000,
    );
    const last = oneLine(cardOf(people.alex.updatesOf(preflightId).at(-1)));
    assert.ok(done, `Alex’s card shows the request done; it last read: ${last}`);
    const text = oneLine(cardOf(done));
    assert.match(text, /Fabrikam support woodgrovebank — ended on/);
    assert.match(text, /Fabrikam security woodgrovebank — ended on/);
    assert.match(text, /Reseller relationship removed on/);

    const told = await people.alex.waitForBotMessageIn(ALEX_CHAT, (a) =>
      /GDAP relationships ended too/.test(oneLine(cardOf(a))),
    );
    assert.match(oneLine(cardOf(told.activity)), /Woodgrove Bank/);
  });
});
