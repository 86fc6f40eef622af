/**
 * Removal when possible, through the real bot over HTTP, with the sandbox clock: Alex requests the
 * removal of Contoso Bank (only a new-commerce term blocks it) for its date, Megan approves in the
 * team channel, auto-renew is turned off and the request is scheduled. The bot restarts on the same
 * store six days before the date (SANDBOX_NOW): the channel gets the 7-day reminder. It restarts
 * again after the date: the removal runs by itself, once, the relationship is gone, and the channel
 * and Alex are told.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { VERBS } from '../../cards/verbs';
import { scheduledFor } from '../../services/workflows/removalRequest';
import { demoCustomer } from '../partner-center/emulatorHarness';
import { adaptiveCardOf, PERSONAS, type ActivityOptions, type Persona } from '../helpers/activities';
import { startTestBot, type Harness } from '../helpers/botHarness';
import { actionWithVerb, readableText } from '../helpers/cardQueries';
import { clickOn, personalChat, replyTo, TEAM_CHANNEL, teamChannel } from '../helpers/teamsPlaces';
import { FakeConnector } from '../helpers/fakeConnector';
import { until } from '../helpers/until';

const CHANNEL = TEAM_CHANNEL;
const DAY = 86_400_000;
const oneLine = (card: unknown) => readableText(card ?? {}).replace(/\n/g, '');

describe('a removal only dates block, scheduled and run on its day (sandbox clock)', function () {
  this.timeout(60_000);
  let connector: FakeConnector;
  let harness: Harness | undefined;
  const store = `sqlite://${path.join(mkdtempSync(path.join(tmpdir(), 'rd-scheduled-')), 'bot.sqlite')}`;

  const personal = (who: Persona) => personalChat(connector.url, who);
  const channel = (who: Persona) => teamChannel(connector.url, who);
  const say = (text: string, options: ActivityOptions) => replyTo(harness!.bot.url, connector, text, options);
  const click = (verb: string, data: Record<string, unknown>, options: ActivityOptions, replyToId?: string) =>
    clickOn(harness!.bot.url, verb, data, options, replyToId);
  const channelCards = () =>
    connector.activities
      .filter((a) => a.conversationId === CHANNEL && a.method === 'POST')
      .map((a) => oneLine(adaptiveCardOf(a.body)));
  const restartAt = async (sandboxNow?: Date) => {
    await harness?.bot.stop();
    harness = await startTestBot({
      STORE_URL: store,
      SWEEP_INTERVAL_SECONDS: '1',
      ...(sandboxNow ? { SANDBOX_NOW: sandboxNow.toISOString() } : {}),
    });
  };

  before(async () => {
    connector = new FakeConnector();
    await connector.start();
  });
  after(async () => {
    await harness?.bot.stop();
    await connector.stop();
  });

  it('request and approve today → scheduled; reminder 7 days before; removed on the day, once, and everyone told', async () => {
    await restartAt();
    await say('<at>Reseller Desk</at> notify here', channel(PERSONAS.meganAdminApprover));
    const preflight = await say('remove Contoso Bank', personal(PERSONAS.alexSales));
    const scheduledButton = actionWithVerb(
      preflight,
      VERBS.removalRequest,
      (data) => data.scheduled === 'true',
    );
    assert.match(oneLine(preflight), /Only dates block this removal/);
    const requested = await click(
      VERBS.removalRequest,
      {
        ...scheduledButton.data,
        attested: 'true',
        reason: 'Customer leaves at the end of its term',
        autoRenewOff: 'true',
        onBlocked: 'wait',
      },
      personal(PERSONAS.alexSales),
      'preflight-1',
    );
    assert.match(oneLine(requested), /once approved, it is scheduled for/);
    const requestId = (await harness!.bot.services.workflow.all())[0].id;

    await click(VERBS.approvalApprove, { requestId }, channel(PERSONAS.meganAdminApprover));
    const scheduled = await until('the request scheduled', async () => {
      const request = await harness!.bot.services.workflow.get(requestId);
      return request?.state === 'scheduled' ? request : undefined;
    });
    assert.deepEqual(
      scheduled.schedule?.prepared?.map((p) => p.ok),
      [true],
      'auto-renew off, confirmed',
    );
    await until('the channel told it is scheduled', () =>
      channelCards().find((text) => /Removal scheduled/.test(text) && /Auto-renew is now off/.test(text)),
    );
    const day = new Date(scheduledFor(scheduled.schedule));

    await restartAt(new Date(day.getTime() - 6 * DAY));
    await until('the 7-day reminder in the channel', () =>
      channelCards().find((text) => /Scheduled removal coming up/.test(text) && /in 7 days/.test(text)),
    );
    assert.equal((await harness!.bot.services.workflow.get(requestId))?.state, 'scheduled');

    await restartAt(new Date(day.getTime() + 3_600_000));
    const done = await until('the removal on its day', async () => {
      const request = await harness!.bot.services.workflow.get(requestId);
      return request?.state === 'completed' ? request : undefined;
    });
    assert.equal(done.execution?.confirmedBy, 'answer');
    const removals = harness!.bot.partnerCenter.emulator!.requests.filter(
      (r) => r.method === 'PATCH' && r.path === `/v1/customers/${demoCustomer('Contoso Bank').id}`,
    );
    assert.equal(removals.length, 1, 'removed once');
    await until('the channel told it is removed', () =>
      channelCards().find((text) => /Reseller relationship removed/.test(text) && /Contoso Bank/.test(text)),
    );
    await until('Alex told in his chat', () =>
      connector.activities.find(
        (a) =>
          a.conversationId === `a:personal-${PERSONAS.alexSales.userId}` &&
          /Reseller relationship removed/.test(oneLine(adaptiveCardOf(a.body))),
      ),
    );
    const card = await say('customer Contoso Bank', personal(PERSONAS.alexSales));
    assert.doesNotMatch(oneLine(card), /Relationship/, 'no longer a customer');
  });
});
