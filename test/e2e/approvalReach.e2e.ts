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
import { PlaygroundSession } from './playgroundSession';

const cardOf = (activity: any) =>
  activity?.attachments?.find((a: any) => a.contentType === 'application/vnd.microsoft.card.adaptive')
    ?.content;
const oneLine = (card: unknown) => readableText(card ?? {}).replace(/\n/g, '');

describe('in the Agents Playground: a request filed before any channel exists reaches the approver', function () {
  this.timeout(90_000);
  let megan: PlaygroundSession;
  let alex: PlaygroundSession;
  const MEGAN_CHAT = 'personal-user-id-1';
  const ALEX_CHAT = 'personal-user-id-0';

  before(async () => {
    megan = new PlaygroundSession({
      botPort: 3981,
      playgroundPort: 56154,
      conversationId: MEGAN_CHAT,
      persona: 1,
    });
    await megan.start();
    alex = new PlaygroundSession({
      botPort: 3981,
      playgroundPort: 56155,
      conversationId: ALEX_CHAT,
      persona: 0,
      startBot: false,
    });
    await alex.start();
  });
  after(async () => {
    await alex?.stop();
    await megan?.stop();
  });

  it('Megan approves in her chat; Alex’s card changes in place and the result reaches his chat', async () => {
    await megan.ask('help');
    const { id: preflightId, card: preflight } = await alex.ask('remove A. Datum Corporation');
    const request = actionWithVerb(preflight, VERBS.removalRequest);
    const requested = await alex.click(preflightId, VERBS.removalRequest, {
      ...request.data,
      attested: 'true',
      reason: 'Customer moved to another partner',
    });
    assert.match(oneLine(requested), /Sent for approval in a chat to .*Megan Bowen/);
    assert.ok(actionWithVerb(requested, VERBS.requestCancel), 'Alex may withdraw it from his card');

    const inMegans = await megan.waitForBotMessageIn(MEGAN_CHAT, (a) => {
      const card = cardOf(a);
      return !!card && JSON.stringify(card).includes(VERBS.approvalApprove);
    });
    const approve = actionWithVerb(cardOf(inMegans.activity), VERBS.approvalApprove);
    const approved = await megan.click(
      inMegans.id,
      VERBS.approvalApprove,
      approve.data!,
      megan.userId,
      MEGAN_CHAT,
    );
    assert.match(oneLine(approved), /Megan Bowen/);

    // Alex's card (the pre-flight message he clicked in) is replaced in place with the result.
    const deadline = Date.now() + 30_000;
    let replaced: any;
    while (!replaced && Date.now() < deadline) {
      replaced = alex
        .exchanges()
        .filter((e) => e.request.url.includes(`/activities/${preflightId}`))
        .map((e) => cardOf(e.request.body))
        .find((card) => /Status: Removed/.test(oneLine(card)));
      if (!replaced) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.ok(replaced, 'Alex’s card shows the removal done');
    const told = await alex.waitForBotMessageIn(ALEX_CHAT, (a) =>
      /Reseller relationship removed/.test(oneLine(cardOf(a))),
    );
    assert.match(oneLine(cardOf(told.activity)), /A\. Datum Corporation/);
  });
});
