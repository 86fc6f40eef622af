import assert from 'node:assert/strict';
import { TeamsAdapter } from '@microsoft/teams-ai';
import { createTeamsChannelTransport, toDeliveryError } from '../../bot/teamsChannelTransport';
import { toStoredReference } from '../../services/notifications/channelRegistry';
import { ChannelDeliveryError, parseRetryAfter } from '../../services/notifications/channelTransport';
import { channelMessageReference } from './notifyHarness';
import { ScriptedConnector } from './scriptedConnector';

describe('Teams channel transport (TeamsAdapter, local mode)', () => {
  let connector: ScriptedConnector;
  beforeEach(async () => {
    connector = new ScriptedConnector();
    await connector.start();
  });
  afterEach(() => connector.stop());

  it('reports failures even when the adapter has an onTurnError (as bot/adapter.ts sets)', async () => {
    const adapter = new TeamsAdapter({});
    let turnErrors = 0;
    adapter.onTurnError = () => {
      turnErrors++;
      return Promise.resolve();
    };
    const transport = createTeamsChannelTransport(adapter, '');
    const reference = toStoredReference(channelMessageReference(connector.url));

    connector.script.push({ status: 429, retryAfter: '7', code: 'TooManyRequests' });
    const error = await transport.send(reference, { text: 'x' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(error instanceof ChannelDeliveryError);
    assert.equal(error.status, 429);
    assert.equal(error.retryAfterSeconds, 7);
    assert.equal(error.code, 'TooManyRequests');
    assert.equal(turnErrors, 0);
    assert.equal(connector.requests.length, 1, 'no retry inside the connector client');

    assert.deepEqual(await transport.send(reference, { text: 'ok' }), { id: 'activity-1' });
  });

  it('maps a refused connection to status 0', async () => {
    const reference = toStoredReference(channelMessageReference(connector.url));
    await connector.stop();
    const transport = createTeamsChannelTransport(new TeamsAdapter({}), '');
    await assert.rejects(transport.update(reference, 'a-1', { text: 'x' }), (e: unknown) => {
      assert.ok(e instanceof ChannelDeliveryError);
      assert.equal(e.status, 0);
      return true;
    });
  });

  it('maps connector errors: statusCode, response.status, headers with get(), body codes', () => {
    const fromRestError = toDeliveryError({
      statusCode: 404,
      message: 'not found',
      response: {
        headers: { get: (name: string) => (name === 'retry-after' ? '3' : undefined) },
        bodyAsText: '{"error":{"code":"ConversationNotFound","message":"gone"}}',
      },
    });
    assert.deepEqual(
      [fromRestError.status, fromRestError.retryAfterSeconds, fromRestError.code],
      [404, 3, 'ConversationNotFound'],
    );
    const fromResponse = toDeliveryError({ response: { status: 503, headers: { 'Retry-After': '2' } } });
    assert.deepEqual([fromResponse.status, fromResponse.retryAfterSeconds], [503, 2]);
    const network = toDeliveryError(
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    );
    assert.deepEqual([network.status, network.code], [0, undefined]);
  });

  it('parses Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-03-02T09:00:00Z');
    assert.equal(parseRetryAfter('1', now), 1);
    assert.equal(parseRetryAfter('Mon, 02 Mar 2026 09:00:05 GMT', now), 5);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter(undefined, now), undefined);
  });
});
