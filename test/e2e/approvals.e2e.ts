/**
 * Inner e2e suite (loopback-only network namespace): maker-checker removal with two people, each in
 * their own Agents Playground against one bot. Megan (Admin agent, approver) has the team channel
 * notified; Alex (Sales agent) requests the removal of A. Datum in his personal chat; the approval card
 * lands in the channel; Megan approves there; the relationship is removed; the channel gets the result.
 */
import assert from 'node:assert/strict';
import { VERBS } from '../../cards/verbs';
import { actionWithVerb, readableText } from '../helpers/cardQueries';
import { TEAM_CHANNEL_ID } from './playgroundSession';
import { twoPersonas } from './twoPersonas';

const cardOf = (activity: any) =>
  activity.attachments?.find((a: any) => a.contentType === 'application/vnd.microsoft.card.adaptive')
    ?.content;

describe('in the Agents Playground: maker-checker removal with two personas', function () {
  this.timeout(90_000);
  const people = twoPersonas({ bot: 3980, megan: 56152, alex: 56153 });

  it('Megan has the team channel notified', async () => {
    await people.megan.sayInChannel('notify here');
    const reply = await people.megan.waitForBotMessageIn(TEAM_CHANNEL_ID, (a) => !!cardOf(a));
    assert.match(readableText(cardOf(reply.activity)), /notification/i);
  });

  it('Alex requests the removal of A. Datum; the approval card reaches the channel; Megan approves; the channel gets the result', async () => {
    const { id, card } = await people.alex.ask('remove A. Datum Corporation');
    const request = actionWithVerb(card, VERBS.removalRequest);
    const requested = await people.alex.click(id, VERBS.removalRequest, {
      ...request.data,
      attested: 'true',
      reason: 'Contract ended',
    });
    assert.match(readableText(requested), /Contract ended/);

    const approvalPost = await people.megan.waitForBotMessageIn(
      TEAM_CHANNEL_ID,
      (a) => cardOf(a)?.refresh?.action?.verb === VERBS.approvalRefresh,
    );
    const requestId = cardOf(approvalPost.activity).refresh.action.data.requestId as string;
    // A top-level channel post is the root of its own thread.
    const thread = `${TEAM_CHANNEL_ID};messageid=${approvalPost.id}`;
    const meganView = await people.megan.click(
      approvalPost.id,
      VERBS.approvalRefresh,
      { requestId },
      people.megan.userId,
      thread,
    );
    const approve = actionWithVerb(meganView, VERBS.approvalApprove);
    const approved = await people.megan.click(
      approvalPost.id,
      VERBS.approvalApprove,
      approve.data!,
      people.megan.userId,
      thread,
    );
    assert.match(readableText(approved), /Megan Bowen/);

    const result = await people.megan.waitForBotMessageIn(
      TEAM_CHANNEL_ID,
      (a) =>
        !cardOf(a)?.refresh &&
        /A\. Datum Corporation/.test(readableText(cardOf(a) ?? {})) &&
        /removed/i.test(readableText(cardOf(a) ?? {})),
    );
    assert.ok(result);
    const { card: gone } = await people.alex.ask('customer A. Datum Corporation');
    assert.doesNotMatch(readableText(gone), /Relationship/, 'A. Datum is no longer a customer');
  });
});
