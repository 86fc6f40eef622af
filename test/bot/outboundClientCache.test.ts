/**
 * The adapter's outbound clients are built once per app id, service URL and audience instead of once
 * per turn (bot/outboundClientCache.ts), on botbuilder's real ConfigurationBotFrameworkAuthentication.
 */
import assert from 'node:assert/strict';
import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import type { ConnectorFactory } from 'botframework-connector';
import { ClaimsIdentity, AuthenticationConstants } from 'botframework-connector';
import { reuseOutboundClients } from '../../bot/outboundClientCache';
import { messageActivity } from '../helpers/activities';

const TEAMS = 'https://smba.trafficmanager.net/emea/';
const OTHER = 'https://smba.trafficmanager.net/amer/';

function localAuth() {
  return new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    MicrosoftAppType: 'MultiTenant',
    MicrosoftAppTenantId: '',
  });
}

async function factoryFor(auth: ConfigurationBotFrameworkAuthentication, serviceUrl = TEAMS) {
  const result = await auth.authenticateRequest(
    messageActivity('help', { serviceUrl }) as unknown as Activity,
    '',
  );
  assert.ok(result.connectorFactory);
  return result;
}

const baseUri = (client: unknown) => (client as { baseUri?: string }).baseUri;

describe('Outbound client reuse', () => {
  it('gives every turn to the same service URL the same connector client, built for that URL', async () => {
    const auth = localAuth();
    const cache = reuseOutboundClients(auth);
    const first = await factoryFor(auth);
    const second = await factoryFor(auth);
    const a = await first.connectorFactory!.create(TEAMS, first.audience);
    const b = await second.connectorFactory!.create(TEAMS, second.audience);
    assert.equal(a, b);
    assert.equal(baseUri(a), TEAMS);
    const other = await second.connectorFactory!.create(OTHER, second.audience);
    assert.notEqual(other, a);
    assert.equal(baseUri(other), OTHER);
    assert.notEqual(await second.connectorFactory!.create(TEAMS, 'https://api.botframework.us'), a);
    assert.equal(cache.size, 3);
  });

  it('without the reuse botbuilder builds a new client per turn (what the cache removes)', async () => {
    const auth = localAuth();
    const first = await factoryFor(auth);
    const second = await factoryFor(auth);
    assert.notEqual(
      await first.connectorFactory!.create(TEAMS, first.audience),
      await second.connectorFactory!.create(TEAMS, second.audience),
    );
  });

  it('keeps clients per app id: proactive sends for another bot get their own client', async () => {
    const auth = localAuth();
    reuseOutboundClients(auth);
    const identity = (appId: string) =>
      new ClaimsIdentity([{ type: AuthenticationConstants.AudienceClaim, value: appId }], true);
    const forA = await auth.createConnectorFactory(identity('app-a')).create(TEAMS);
    assert.equal(await auth.createConnectorFactory(identity('app-a')).create(TEAMS), forA);
    assert.notEqual(await auth.createConnectorFactory(identity('app-b')).create(TEAMS), forA);
    const tokensA = await auth.createUserTokenClient(identity('app-a'));
    assert.equal(await auth.createUserTokenClient(identity('app-a')), tokensA);
    assert.notEqual(await auth.createUserTokenClient(identity('app-b')), tokensA);
  });

  it('drops the least recently used client beyond its limit', async () => {
    const auth = localAuth();
    const cache = reuseOutboundClients(auth, 2);
    const { connectorFactory, audience } = await factoryFor(auth);
    const first = await connectorFactory!.create(TEAMS, audience);
    await connectorFactory!.create(OTHER, audience);
    assert.equal(await connectorFactory!.create(TEAMS, audience), first, 'used again: now most recent');
    await connectorFactory!.create('https://smba.trafficmanager.net/apac/', audience); // evicts OTHER
    assert.equal(cache.size, 2);
    assert.equal(await connectorFactory!.create(TEAMS, audience), first);
  });

  it('does not keep a client whose construction failed: the next turn tries again', async () => {
    let calls = 0;
    const flaky = {
      appId: 'app-a',
      create: (serviceUrl: string) => {
        calls++;
        return calls === 1
          ? Promise.reject(new Error('credentials unavailable'))
          : Promise.resolve({ baseUri: serviceUrl });
      },
    } as unknown as ConnectorFactory;
    const auth = localAuth();
    auth.createConnectorFactory = () => flaky;
    reuseOutboundClients(auth);
    const identity = new ClaimsIdentity([], true);
    await assert.rejects(auth.createConnectorFactory(identity).create(TEAMS), /credentials unavailable/);
    const client = await auth.createConnectorFactory(identity).create(TEAMS);
    assert.equal(baseUri(client), TEAMS);
    assert.equal(await auth.createConnectorFactory(identity).create(TEAMS), client);
    assert.equal(calls, 2);
  });
});
