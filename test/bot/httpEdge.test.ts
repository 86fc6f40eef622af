/**
 * The HTTP edge end to end: real restify server, real TeamsAdapter and teams-ai Application, real
 * store; replies travel to a loopback fake connector, as they would to Teams.
 */
import assert from 'node:assert/strict';
import sinon from 'sinon';
import { STRINGS } from '../../cards/strings';
import { StoreUnavailableError } from '../../services/store/recordStore';
import { VERBS } from '../../cards/verbs';
import {
  actionActivity,
  adaptiveCardOf,
  cardTexts,
  invoke,
  messageActivity,
  postActivity,
} from '../helpers/activities';
import { startTestBot, type Harness } from '../helpers/botHarness';
import { FakeConnector } from '../helpers/fakeConnector';
import { until } from '../helpers/until';

describe('HTTP edge (local mode)', () => {
  let connector: FakeConnector;
  let harness: Harness;

  beforeEach(async () => {
    connector = new FakeConnector();
    await connector.start();
    harness = await startTestBot();
  });
  afterEach(async () => {
    sinon.restore();
    await harness.bot.stop();
    await connector.stop();
  });

  it('answers `help` with the help card, as a reply in the same conversation', async () => {
    const activity = messageActivity('help', { serviceUrl: connector.url });
    const response = await postActivity(harness.bot.url, activity);
    assert.equal(response.status, 200);
    const [reply] = await connector.waitFor(1);
    assert.equal(reply.conversationId, 'a:personal-alex');
    assert.equal(reply.body.replyToId, activity.id);
    const texts = cardTexts(adaptiveCardOf(reply.body));
    assert.ok(texts.includes(STRINGS.en['help.intro']), texts.join(' | '));
  });

  it('answers in the language of the activity: `aide` from a French client gets French', async () => {
    await postActivity(
      harness.bot.url,
      messageActivity('aide', { serviceUrl: connector.url, locale: 'fr-FR' }),
    );
    const [reply] = await connector.waitFor(1);
    assert.ok(cardTexts(adaptiveCardOf(reply.body)).includes(STRINGS.fr['help.intro']));
  });

  it('answers a channel @mention', async () => {
    const activity = messageActivity('<at>Reseller Desk</at> help', {
      serviceUrl: connector.url,
      conversationId: '19:general@thread.tacv2;messageid=1700000000000',
      conversationType: 'channel',
    });
    (activity as any).entities = [
      {
        type: 'mention',
        text: '<at>Reseller Desk</at>',
        mentioned: { id: '28:reseller-desk-bot', name: 'Reseller Desk' },
      },
    ];
    await postActivity(harness.bot.url, activity);
    const [reply] = await connector.waitFor(1);
    assert.ok(cardTexts(adaptiveCardOf(reply.body)).includes(STRINGS.en['help.intro']));
    assert.equal(
      cardTexts(adaptiveCardOf(reply.body)).includes(STRINGS.en['help.unknownCommand'] + ' '),
      false,
    );
  });

  it('answers an unknown command with help that echoes the input literally, markdown and template syntax included', async () => {
    const input = 'frobnicate **Contoso** ${customer.name} [x](http://evil)';
    await postActivity(harness.bot.url, messageActivity(input, { serviceUrl: connector.url }));
    const [reply] = await connector.waitFor(1);
    const card = adaptiveCardOf(reply.body);
    const texts = cardTexts(card);
    assert.ok(texts.includes(`${STRINGS.en['help.unknownCommand']} `));
    assert.ok(texts.includes(input), texts.join(' | '));
    const echo = JSON.stringify(card).indexOf(JSON.stringify(input).slice(1, -1));
    assert.ok(echo > 0);
    const runs = card.body.find((item: any) => item.type === 'RichTextBlock').inlines;
    assert.equal(
      runs.find((run: any) => run.text === input).type,
      'TextRun',
      'untrusted text sits in a TextRun (no markdown)',
    );
  });

  it('greets with the help card when installed in a conversation', async () => {
    await postActivity(harness.bot.url, {
      ...messageActivity('', { serviceUrl: connector.url }),
      type: 'conversationUpdate',
      text: undefined,
      membersAdded: [{ id: '28:reseller-desk-bot' }],
    });
    const [reply] = await connector.waitFor(1);
    assert.ok(cardTexts(adaptiveCardOf(reply.body)).includes(STRINGS.en['help.intro']));
  });

  it('rejects malformed JSON with 400 and sends nothing', async () => {
    const response = await postActivity(harness.bot.url, '{"type": "message", ');
    assert.equal(response.status, 400);
    assert.equal(connector.activities.length, 0);
  });

  it('rejects a body that is not an activity with 400', async () => {
    const response = await postActivity(harness.bot.url, '[1,2,3]');
    assert.equal(response.status, 400);
  });

  it('rejects activities with fields of the wrong type with 400: no turn runs, nothing is sent', async () => {
    const valid = messageActivity('help', { serviceUrl: connector.url });
    const invoke = { ...valid, type: 'invoke', text: undefined };
    const malformed: Record<string, unknown>[] = [
      { ...valid, type: undefined },
      { ...valid, locale: 5 },
      { ...valid, text: { a: 1 } },
      { ...valid, serviceUrl: undefined },
      { ...valid, serviceUrl: 'not a url' },
      { ...valid, from: 'x' },
      { ...valid, recipient: { name: 'bot' } },
      { ...valid, channelId: undefined },
      { ...valid, conversation: { id: 5, conversationType: 'channel' } },
      { ...valid, entities: 'x' },
      { ...valid, entities: [null] },
      { ...valid, type: 'conversationUpdate', membersAdded: [null] },
      { ...invoke, name: 'adaptiveCard/action', value: {} },
      { ...invoke, name: 'application/search', value: { queryText: 5, dataset: 'customers' } },
    ];
    for (const activity of malformed) {
      const response = await postActivity(harness.bot.url, activity);
      assert.equal(response.status, 400, JSON.stringify(activity).slice(0, 200));
      assert.doesNotMatch(response.body, /\bat \S+ \(|is not a function/);
    }
    const form = await fetch(`${harness.bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'type=message&text=help',
    });
    assert.equal(form.status, 400);
    await harness.bot.settled();
    assert.equal(connector.activities.length, 0);
    const entries = harness.log.entries();
    assert.equal(entries.filter((entry) => entry.msg === 'turn failed').length, 0);
    assert.equal(entries.filter((entry) => entry.msg === 'command received').length, 0);
  });

  it('answers an invoke it does not implement with 501, as the Bot Framework does', async () => {
    const activity = {
      ...messageActivity('', { serviceUrl: connector.url }),
      type: 'invoke',
      name: 'task/fetch',
      text: undefined,
    };
    assert.equal((await postActivity(harness.bot.url, activity)).status, 501);
    const inherited = { ...activity, name: 'toString', value: { action: {} } };
    assert.equal(
      (await postActivity(harness.bot.url, inherited)).status,
      501,
      'not an Object.prototype lookup',
    );
    assert.equal(harness.log.entries().filter((entry) => entry.msg === 'turn failed').length, 0);
  });

  it('tells the user the store is unavailable when turn state cannot be read', async () => {
    sinon
      .stub(harness.bot.store, 'get')
      .rejects(new StoreUnavailableError('read', new Error('ECONNREFUSED')));
    await postActivity(harness.bot.url, messageActivity('help', { serviceUrl: connector.url }));
    const [reply] = await connector.waitFor(1);
    assert.equal(reply.body.text, STRINGS.en['error.storeUnavailable']);
  });

  it('answers a card click with the storage notice card when turn state cannot be read', async () => {
    sinon
      .stub(harness.bot.store, 'get')
      .rejects(new StoreUnavailableError('read', new Error('ECONNREFUSED')));
    const answer = await invoke(
      harness.bot.url,
      actionActivity(VERBS.runCommand, { command: 'help' }, { serviceUrl: connector.url }),
    );
    assert.equal(answer.statusCode, 200);
    assert.equal(answer.type, 'application/vnd.microsoft.card.adaptive');
    const texts = cardTexts(answer.value);
    assert.ok(texts.includes(STRINGS.en['notice.storeUnavailable.title']), texts.join(' | '));
    assert.ok(texts.includes(STRINGS.en['error.storeUnavailable']), texts.join(' | '));
    assert.equal(connector.activities.length, 0, 'the answer is the invoke response, not a message');
  });

  it('reports liveness on /healthz and store reachability on /readyz', async () => {
    assert.equal((await fetch(`${harness.bot.url}/healthz`)).status, 200);
    assert.equal((await fetch(`${harness.bot.url}/readyz`)).status, 200);
    sinon.stub(harness.bot.store, 'ping').rejects(new StoreUnavailableError('ping', new Error('down')));
    const notReady = await fetch(`${harness.bot.url}/readyz`);
    assert.equal(notReady.status, 503);
    assert.match(await notReady.text(), /store unavailable/);
    assert.equal((await fetch(`${harness.bot.url}/healthz`)).status, 200, 'alive even when not ready');
  });

  it('logs each turn with a request id and never the message text', async () => {
    await postActivity(
      harness.bot.url,
      messageActivity('help secret-customer-name', { serviceUrl: connector.url }),
    );
    await connector.waitFor(1);
    const turnLines = harness.log.entries().filter((entry) => entry.msg === 'command received');
    assert.equal(turnLines.length, 1);
    assert.match(String(turnLines[0].requestId), /^[0-9a-f-]{36}$/);
    assert.ok(!harness.log.lines.join('\n').includes('secret-customer-name'));
  });

  it('finishes an in-flight turn on shutdown, then stops accepting', async () => {
    connector.delayMs = 400;
    const pending = postActivity(harness.bot.url, messageActivity('help', { serviceUrl: connector.url }));
    await until('the turn to be under way', () =>
      harness.log.entries().some((entry) => entry.msg === 'command received'),
    );
    await harness.bot.stop();
    const response = await pending;
    assert.equal(response.status, 200);
    assert.equal(connector.activities.length, 1, 'the reply was delivered before the process stopped');
    await assert.rejects(fetch(`${harness.bot.url}/healthz`));
    await assert.rejects(harness.bot.store.get('x'), /closed/);
  });
});

describe('HTTP edge (production mode)', () => {
  const appId = '6a1f1c3e-2b7d-4c1a-9f0e-3d2c1b0a9f8e';
  const appPassword = 'Sup3r-S3cret-Password~value';
  let connector: FakeConnector;
  let harness: Harness;

  before(async () => {
    connector = new FakeConnector();
    await connector.start();
    harness = await startTestBot({ MicrosoftAppId: appId, MicrosoftAppPassword: appPassword });
  });
  after(async () => {
    await harness.bot.stop();
    await connector.stop();
  });

  it('rejects a request without a token with 401 and runs no handler', async () => {
    const response = await postActivity(
      harness.bot.url,
      messageActivity('help', { serviceUrl: connector.url }),
    );
    assert.equal(response.status, 401);
    await harness.bot.settled();
    assert.equal(connector.activities.length, 0);
    assert.equal(harness.log.entries().filter((entry) => entry.msg === 'command received').length, 0);
  });

  it('rejects a request with a forged token with 401', async () => {
    const forged = [
      'eyJhbGciOiJub25lIn0',
      Buffer.from(JSON.stringify({ aud: appId })).toString('base64url'),
      '',
    ].join('.');
    const response = await postActivity(
      harness.bot.url,
      messageActivity('help', { serviceUrl: connector.url }),
      {
        authorization: `Bearer ${forged}`,
      },
    );
    assert.equal(response.status, 401);
    assert.equal(connector.activities.length, 0);
  });

  it('never writes the app password to the logs', () => {
    assert.ok(harness.log.lines.length > 0);
    assert.ok(!harness.log.lines.join('\n').includes(appPassword));
  });
});

describe('HTTP edge: tenant allowlist (ALLOWED_TENANTS)', () => {
  const allowed = '11111111-2222-4333-8444-555555555555';
  let connector: FakeConnector;
  let harness: Harness;

  before(async () => {
    connector = new FakeConnector();
    await connector.start();
    harness = await startTestBot({ ALLOWED_TENANTS: ` ${allowed.toUpperCase()} ` });
  });
  after(async () => {
    await harness.bot.stop();
    await connector.stop();
  });

  it('answers users of an allowed tenant', async () => {
    const before = connector.activities.length;
    await postActivity(
      harness.bot.url,
      messageActivity('help', { serviceUrl: connector.url, tenantId: allowed }),
    );
    await connector.waitFor(before + 1);
  });

  it('ignores other tenants and activities without a tenant: no handler runs, nothing is sent', async () => {
    const before = connector.activities.length;
    const other = await postActivity(
      harness.bot.url,
      messageActivity('help', {
        serviceUrl: connector.url,
        tenantId: '99999999-2222-4333-8444-555555555555',
      }),
    );
    const none = messageActivity('help', { serviceUrl: connector.url }) as {
      conversation: { tenantId?: string };
    };
    delete none.conversation.tenantId;
    await postActivity(harness.bot.url, none);
    assert.equal(other.status, 200);
    await harness.bot.settled();
    assert.equal(connector.activities.length, before);
    const ignored = harness.log
      .entries()
      .filter((entry) => String(entry.msg).includes('tenant that is not allowed'));
    assert.equal(ignored.length, 2);
    assert.equal(
      harness.log.entries().filter((entry) => entry.msg === 'command received').length,
      1,
      'only the allowed one',
    );
  });
});
