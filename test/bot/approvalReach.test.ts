/**
 * No stranded request, and the requester is told (through the real HTTP endpoint and a loopback
 * running.connector): a removal requested before any channel runs `notify here` reaches each approver in a
 * 1:1 chat (the one they wrote in, or one the bot opens); when none can be reached the requester is
 * told plainly what to do, and a channel registered later gets the request; `requests` opens the
 * approval card with its buttons; the requester's card changes in place and results reach their chat.
 */
import assert from 'node:assert/strict';
import { VERBS } from '../../cards/verbs';
import { adaptiveCardOf, PERSONAS, type ActivityOptions, type Persona } from '../helpers/activities';
import { botEachTest } from '../helpers/chat';
import { actionWithVerb, actionsOf, readableText as cardText } from '../helpers/cardQueries';
import { clickOn, personalChat, replyTo, TEAM_CHANNEL, teamChannel } from '../helpers/teamsPlaces';
import type { CapturedActivity } from '../helpers/fakeConnector';
import { until } from '../helpers/until';

const CHANNEL = TEAM_CHANNEL;

/** A card's text as one line (its runs are joined without breaks). */
const readableText = (card: unknown) => cardText(card).replace(/\n/g, '');
const PREFLIGHT_MESSAGE = 'preflight-message-1';

describe('a removal request reaches an approver and its requester hears back', function () {
  this.timeout(30_000);
  const running = botEachTest();

  const personal = (who: Persona) => personalChat(running.connector.url, who);
  const channel = (who: Persona) => teamChannel(running.connector.url, who);
  const say = (text: string, options: ActivityOptions) =>
    replyTo(running.harness.bot.url, running.connector, text, options);
  const click = (verb: string, data: Record<string, unknown>, options: ActivityOptions, replyToId?: string) =>
    clickOn(running.harness.bot.url, verb, data, options, replyToId);
  const postsTo = (conversationId: string): CapturedActivity[] =>
    running.connector.activities.filter((a) => a.conversationId === conversationId && a.method === 'POST');
  const cardsIn = (conversationId: string) => postsTo(conversationId).map((a) => adaptiveCardOf(a.body));

  /** Alex asks for the removal of A. Datum from his 1:1 chat; answers his card and the request id. */
  async function alexRequests(): Promise<{ card: any; requestId: string }> {
    const preflight = await say('remove A. Datum Corporation', personal(PERSONAS.alexSales));
    const request = actionWithVerb(preflight, VERBS.removalRequest);
    const card = await click(
      VERBS.removalRequest,
      { ...request.data, attested: 'true', reason: 'Moved to another partner' },
      personal(PERSONAS.alexSales),
      PREFLIGHT_MESSAGE,
    );
    const open = (await running.harness.bot.services.workflow.all()).find((r) => r.state === 'pending');
    assert.ok(open, 'the request is recorded');
    return { card, requestId: open.id };
  }

  it('with no approvals channel, each approver gets the card with its buttons in a 1:1 chat, opened when needed; the requester is told who', async () => {
    await say('help', personal(PERSONAS.meganAdminApprover));
    const { card, requestId } = await alexRequests();
    const told = readableText(card);
    assert.match(
      told,
      /Sent for approval in a chat to (Megan Bowen and Isaiah Langer|Isaiah Langer and Megan Bowen)/,
    );
    assert.match(told, /Who may approve: .*Megan Bowen/);
    assert.ok(actionWithVerb(card, VERBS.requestCancel), 'the requester may withdraw it from their card');

    const meganChat = `a:personal-${PERSONAS.meganAdminApprover.userId}`;
    const inMegans = await until('the approval card in Megan’s chat', () =>
      cardsIn(meganChat).find((c) => JSON.stringify(c).includes(requestId)),
    );
    assert.ok(actionWithVerb(inMegans, VERBS.approvalApprove), 'Megan can approve from her chat at once');

    // Isaiah never wrote to the bot: a 1:1 chat is created for him in the requester's tenant.
    const created = running.connector.conversationsCreated.find(
      (c) => c.members?.[0]?.id === PERSONAS.isaiahGlobalApprover.userId,
    );
    assert.ok(created, 'a conversation was created for Isaiah');
    assert.equal(created.isGroup, false);
    assert.equal(created.channelData?.tenant?.id, 'tenant-contoso-partner');
    const isaiahChat = `a:chat-with-${PERSONAS.isaiahGlobalApprover.userId}`;
    const inIsaiahs = await until('the approval card in Isaiah’s new chat', () =>
      cardsIn(isaiahChat).find((c) => JSON.stringify(c).includes(requestId)),
    );
    assert.ok(actionWithVerb(inIsaiahs, VERBS.approvalApprove));
    assert.equal(
      cardsIn(`a:personal-${PERSONAS.alexSales.userId}`).filter((c) =>
        JSON.stringify(c).includes('approval.approve'),
      ).length,
      0,
      'the requester is not asked to approve',
    );

    await click(VERBS.approvalApprove, { requestId }, personal(PERSONAS.meganAdminApprover));
    await until(
      'the removal to finish',
      async () =>
        (await running.harness.bot.services.workflow.get(requestId))?.state === 'completed' || undefined,
    );
    const alexChat = `a:personal-${PERSONAS.alexSales.userId}`;
    const replaced = await until('Alex’s card replaced in place with the result', () =>
      running.connector.activities
        .filter(
          (a) =>
            a.method === 'PUT' && a.conversationId === alexChat && a.path.endsWith(`/${PREFLIGHT_MESSAGE}`),
        )
        .map((a) => adaptiveCardOf(a.body))
        .find((c) => /Status: Removed/.test(readableText(c))),
    );
    assert.equal(actionsOf(replaced).filter((a) => a.verb === VERBS.requestCancel).length, 0);
    await until('the completion as a message in Alex’s chat', () =>
      cardsIn(alexChat).find(
        (c) => /A\. Datum Corporation/.test(readableText(c)) && /removed/i.test(readableText(c)),
      ),
    );
    await until('Isaiah’s copy shows the decision', () =>
      running.connector.activities.find((a) => a.method === 'PUT' && a.conversationId === isaiahChat),
    );
  });

  it('when no approver can be reached the requester is told so and what to do; a channel that runs notify here later gets the request', async () => {
    running.connector.refuseConversationsWith = new Set([
      PERSONAS.meganAdminApprover.userId,
      PERSONAS.isaiahGlobalApprover.userId,
    ]);
    const { card, requestId } = await alexRequests();
    const told = readableText(card);
    assert.match(told, /No approver has received this request/);
    assert.match(told, /notify here/);
    assert.match(told, /Megan Bowen/);
    assert.ok(
      running.harness.log.lines.some((line) => /reached no approver/.test(line)),
      'the stranded request is logged',
    );

    await say('<at>Reseller Desk</at> notify here', channel(PERSONAS.meganAdminApprover));
    await until('the pending request posted to the new channel', () =>
      cardsIn(CHANNEL).find((c) => c.refresh?.action?.data?.requestId === requestId),
    );
    const alexChat = `a:personal-${PERSONAS.alexSales.userId}`;
    await until('Alex’s card says where it went now', () =>
      running.connector.activities
        .filter((a) => a.method === 'PUT' && a.conversationId === alexChat)
        .find((a) =>
          /Posted for approval in the Teams channel where Megan Bowen ran/.test(
            readableText(adaptiveCardOf(a.body)),
          ),
        ),
    );
  });

  it('`requests` opens the approval card with its buttons for an approver; the requester withdraws from their own card', async () => {
    const { requestId } = await alexRequests();
    const list = await say('requests', personal(PERSONAS.meganAdminApprover));
    const open = actionsOf(list).find((a) => a.data?.requestId === requestId);
    assert.ok(open, 'the row has a button');
    assert.equal(open.verb, VERBS.approvalRefresh);
    assert.equal(open.title, 'Review and decide');
    const view = await click(open.verb, open.data!, personal(PERSONAS.meganAdminApprover));
    assert.ok(actionWithVerb(view, VERBS.approvalApprove));
    assert.ok(actionWithVerb(view, VERBS.approvalReject));

    const alexList = await say('requests', personal(PERSONAS.alexSales));
    assert.equal(actionsOf(alexList).find((a) => a.data?.requestId === requestId)?.title, 'Open');

    const withdrawn = await click(
      VERBS.requestCancel,
      { requestId },
      personal(PERSONAS.alexSales),
      PREFLIGHT_MESSAGE,
    );
    assert.match(readableText(withdrawn), /Status: Cancelled/);
    assert.equal(actionsOf(withdrawn).filter((a) => a.verb === VERBS.requestCancel).length, 0);
    assert.equal((await running.harness.bot.services.workflow.get(requestId))?.state, 'cancelled');
    // Someone else's click on the requester's button withdraws nothing.
    const { requestId: second } = await alexRequests();
    await click(VERBS.requestCancel, { requestId: second }, personal(PERSONAS.meganAdminApprover));
    assert.equal((await running.harness.bot.services.workflow.get(second))?.state, 'pending');
  });
});
