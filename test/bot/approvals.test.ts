/**
 * Maker-checker removal through the real HTTP endpoint: a Sales agent requests, the approval card
 * lands in the team channel, each person's refresh shows their own view, an approver approves, the
 * relationship is removed in the emulator, and the channel hears about it.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { formatDateTime } from '../../cards/format';
import { VERBS } from '../../cards/verbs';
import { demoCustomer } from '../partner-center/emulatorHarness';
import {
  actionActivity,
  adaptiveCardOf,
  invoke,
  messageActivity,
  PERSONAS,
  postActivity,
  type ActivityOptions,
  type Persona,
} from '../helpers/activities';
import { botEachTest } from '../helpers/chat';
import { actionWithVerb, actionsOf, paragraphsOf, readableText, sentBy } from '../helpers/cardQueries';
import type { CapturedActivity } from '../helpers/fakeConnector';
import { until } from '../helpers/until';
import { allowed, globalAdmin } from '../helpers/deskHarness';

const CHANNEL = '19:reseller-desk-team@thread.tacv2';

describe('maker-checker removal in Teams', function () {
  this.timeout(30_000);
  const running = botEachTest();

  const channelOptions = (who: Persona) => ({
    serviceUrl: running.connector.url,
    conversationId: `${CHANNEL};messageid=1700000000000`,
    conversationType: 'channel' as const,
    ...who,
  });
  const personalOptions = (who: Persona) => ({
    serviceUrl: running.connector.url,
    conversationId: `a:personal-${who.userId}`,
    ...who,
  });
  const channelPosts = (): CapturedActivity[] =>
    running.connector.activities.filter((a) => a.conversationId === CHANNEL && a.method === 'POST');
  const click = async (verb: string, data: Record<string, unknown>, who: Persona, channel = true) => {
    const body = await invoke(
      running.harness.bot.url,
      actionActivity(verb, data, channel ? channelOptions(who) : personalOptions(who)),
    );
    assert.equal(body.statusCode, 200);
    return body.value;
  };
  const say = async (text: string, options: ActivityOptions) => {
    const before = running.connector.activities.length;
    assert.equal((await postActivity(running.harness.bot.url, messageActivity(text, options))).status, 200);
    const [reply] = (await running.connector.waitFor(before + 1)).slice(before);
    return adaptiveCardOf(reply.body);
  };

  async function requestRemovalOfADatum(): Promise<string> {
    const notified = await say(
      '<at>Reseller Desk</at> notify here',
      channelOptions(PERSONAS.meganAdminApprover),
    );
    assert.match(readableText(notified), /notifications/i);
    const preflight = await say('remove A. Datum Corporation', personalOptions(PERSONAS.alexSales));
    const request = actionWithVerb(preflight, VERBS.removalRequest);
    await click(
      VERBS.removalRequest,
      { ...request.data, attested: 'true', reason: 'Moved to another partner' },
      PERSONAS.alexSales,
      false,
    );
    const open = await running.harness.bot.services.workflow.openFor(demoCustomer('A. Datum Corporation').id);
    assert.ok(open, 'the request is recorded');
    return open.id;
  }

  it('posts the approval card to the channel as a new top-level post, refreshable by approvers and the requester', async () => {
    const requestId = await requestRemovalOfADatum();
    const post = await until('the approval card in the channel', () =>
      channelPosts().find((a) => JSON.stringify(a.body).includes(requestId)),
    );
    assert.equal(post.body.replyToId, undefined, 'not a reply in the thread where notify here was typed');
    const card = adaptiveCardOf(post.body);
    assert.equal(card.refresh.action.verb, VERBS.approvalRefresh);
    assert.deepEqual(card.refresh.action.data, { requestId });
    for (const persona of [PERSONAS.meganAdminApprover, PERSONAS.isaiahGlobalApprover, PERSONAS.alexSales]) {
      assert.ok(card.refresh.userIds.includes(persona.userId), persona.userId);
    }
    assert.equal(
      actionsOf(card).filter((a) => a.verb === VERBS.approvalApprove).length,
      0,
      'the shared copy has no decision buttons',
    );
  });

  it('lists on the approval card the remedies done before the request: what, on which product, who, when', async () => {
    await say('<at>Reseller Desk</at> notify here', channelOptions(PERSONAS.meganAdminApprover));
    const alex = personalOptions(PERSONAS.alexSales);
    const contoso = demoCustomer('Contoso Ltd');
    const preflight = await say('remove Contoso Ltd', alex);
    const suspend = actionWithVerb(preflight, VERBS.removalRemedy);
    const asked = await click(suspend.verb!, sentBy(preflight, suspend), PERSONAS.alexSales, false);
    const confirm = actionWithVerb(asked, VERBS.removalRemedyConfirm);
    const ready = await click(confirm.verb!, sentBy(asked, confirm), PERSONAS.alexSales, false);
    const request = actionWithVerb(ready, VERBS.removalRequest);
    await click(
      request.verb!,
      sentBy(ready, request, { attested: 'true', reason: 'Moved to another partner' }),
      PERSONAS.alexSales,
      false,
    );
    const open = await running.harness.bot.services.workflow.openFor(contoso.id);
    const [suspended] = open?.remediesBefore ?? [];
    assert.ok(suspended?.correlationId, 'recorded with its correlation id');
    const done = `•\u00a0Suspended Office 365 E3 — Alex Wilber, ${formatDateTime('en', suspended.at)}`;
    const post = await until('the approval card in the channel', () =>
      channelPosts().find((a) => JSON.stringify(a.body).includes(open!.id)),
    );
    for (const card of [
      adaptiveCardOf(post.body),
      await click(VERBS.approvalRefresh, { requestId: open!.id }, PERSONAS.meganAdminApprover),
    ]) {
      const paragraphs = paragraphsOf(card);
      assert.ok(paragraphs.includes('Done before the request:'), paragraphs.join('\n'));
      assert.ok(paragraphs.includes(done), paragraphs.join('\n'));
    }
  });

  it('shows each person their own view on refresh: approver, requester, others', async () => {
    const requestId = await requestRemovalOfADatum();
    const approverView = await click(VERBS.approvalRefresh, { requestId }, PERSONAS.meganAdminApprover);
    assert.ok(actionWithVerb(approverView, VERBS.approvalApprove));
    assert.ok(actionWithVerb(approverView, VERBS.approvalReject));
    const requesterView = await click(VERBS.approvalRefresh, { requestId }, PERSONAS.alexSales);
    assert.ok(actionWithVerb(requesterView, VERBS.approvalCancel));
    assert.equal(actionsOf(requesterView).filter((a) => a.verb === VERBS.approvalApprove).length, 0);
    for (const outsider of [PERSONAS.adeleHelpdesk, PERSONAS.lynneUnknown]) {
      const view = await click(VERBS.approvalRefresh, { requestId }, outsider);
      assert.deepEqual(
        actionsOf(view).filter((a) =>
          [VERBS.approvalApprove, VERBS.approvalReject, VERBS.approvalCancel].includes(a.verb as never),
        ),
        [],
      );
    }
  });

  it('refuses a forged approval from a non-approver and the requester’s own approval', async () => {
    const requestId = await requestRemovalOfADatum();
    await click(VERBS.approvalApprove, { requestId }, PERSONAS.adeleHelpdesk);
    await click(VERBS.approvalApprove, { requestId }, PERSONAS.lynneUnknown);
    await click(VERBS.approvalApprove, { requestId }, PERSONAS.alexSales);
    const request = await running.harness.bot.services.workflow.get(requestId);
    assert.equal(request?.state, 'pending');
    assert.equal(request?.approvals.length, 0);
  });

  it('approve → the removal runs after the click → the relationship is gone and the channel is told', async () => {
    const requestId = await requestRemovalOfADatum();
    const answered = await click(VERBS.approvalApprove, { requestId }, PERSONAS.meganAdminApprover);
    assert.match(readableText(answered), /Megan Bowen/);
    const done = await until('the removal to finish', async () => {
      const request = await running.harness.bot.services.workflow.get(requestId);
      return request?.state === 'completed' ? request : undefined;
    });
    assert.ok(done.execution?.requestId);
    await assert.rejects(
      running.harness.bot.partnerCenter.client.getCustomer(
        { correlationId: randomUUID() },
        demoCustomer('A. Datum Corporation').id,
      ),
      /20002|no relationship|not found/i,
    );
    await until('the completion notice in the channel', () =>
      channelPosts().find(
        (a) =>
          /removed|supprim/i.test(readableText(adaptiveCardOf(a.body))) &&
          !JSON.stringify(a.body).includes('"refresh"'),
      ),
    );
    await until('the approval card replaced in place', () =>
      running.connector.activities.find((a) => a.conversationId === CHANNEL && a.method === 'PUT'),
    );
    const second = await click(
      VERBS.approvalReject,
      { requestId, rejectReason: 'too late' },
      PERSONAS.isaiahGlobalApprover,
    );
    assert.match(readableText(second), /Megan Bowen/, 'the second approver learns who decided');
    assert.equal((await running.harness.bot.services.workflow.get(requestId))?.state, 'completed');
  });

  it('lists requests and shows the customer’s audit trail', async () => {
    const requestId = await requestRemovalOfADatum();
    await click(
      VERBS.approvalReject,
      { requestId, rejectReason: 'Still under contract' },
      PERSONAS.meganAdminApprover,
    );
    const list = await say('requests', personalOptions(PERSONAS.alexSales));
    assert.match(readableText(list), /A\. Datum Corporation/);
    const trail = await say(`audit A. Datum Corporation`, personalOptions(PERSONAS.alexSales));
    const text = readableText(trail);
    assert.match(text, /Megan Bowen/);
    assert.match(text, /Alex Wilber/);
  });

  it('posts a customer’s acceptance of an invitation to the channel once', async () => {
    await say('<at>Reseller Desk</at> notify here', channelOptions(PERSONAS.meganAdminApprover));
    const before = channelPosts().length;
    const response = await fetch(
      `${running.harness.bot.partnerCenter.emulator!.url}/sandbox/invitations/accept`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ companyName: 'Brand New Customer', domain: 'brandnew.example' }),
      },
    );
    assert.ok(response.ok);
    await until('the acceptance notice', () => channelPosts().length > before || undefined);
    await running.harness.bot.services.directory.reload();
    await running.harness.bot.settled();
    const notices = channelPosts().filter((a) =>
      readableText(adaptiveCardOf(a.body)).includes('Brand New Customer'),
    );
    assert.equal(notices.length, 1);
  });

  it('tells someone who runs notify here in a personal chat to do it in a channel', async () => {
    const card = await say('notify here', personalOptions(PERSONAS.meganAdminApprover));
    assert.equal(allowed(await running.harness.bot.services.workflow.list(globalAdmin)).requests.length, 0);
    assert.ok(readableText(card).length > 0);
  });
});
