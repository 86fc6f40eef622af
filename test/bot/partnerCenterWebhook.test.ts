/**
 * The Partner Center webhook endpoint: only events signed with the key of a certificate published on a
 * trusted Partner Center host get through; a customer's acceptance is reported to the channel once.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sign } from 'node:crypto';
import path from 'node:path';
import { demoCustomer } from '../partner-center/emulatorHarness';
import { startTestBot, type Harness } from '../helpers/botHarness';

const fixtures = path.resolve(__dirname, '..', '..', '..', 'test', 'partner-center', 'fixtures');
const read = (name: string) => readFileSync(path.join(fixtures, name));
const CERT_URL = 'https://api.partnercenter.microsoft.com/webhooks/v1/certificates/signing.cer';
const OTHER_URL = 'https://api.partnercenter.microsoft.com/webhooks/v1/certificates/other.cer';

function signed(body: string, key = read('webhook-signing-key.pem')): string {
  return `Signature ${sign('sha256', Buffer.from(body), key).toString('base64')}`;
}

describe('Partner Center webhook endpoint', () => {
  let harness: Harness;
  const downloads: string[] = [];

  beforeEach(async () => {
    harness = await startTestBot(
      {},
      {},
      {
        webhook: {
          // The network boundary: the certificate "published" at each URL.
          fetchCertificate: (url) => {
            downloads.push(url);
            if (url === CERT_URL) return Promise.resolve(read('webhook-signing-cert.pem'));
            if (url === OTHER_URL) return Promise.resolve(read('webhook-other-cert.pem'));
            return Promise.reject(new Error('404'));
          },
        },
      },
    );
  });
  afterEach(() => harness.bot.stop());

  const post = (body: string, headers: Record<string, string>) =>
    fetch(`${harness.bot.url}/api/partner-center/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  const event = (customerId: string) =>
    JSON.stringify({
      EventName: 'reseller-relationship-accepted-by-customer',
      ResourceUri: `https://api.partnercenter.microsoft.com/v1/customers/${customerId}`,
      ResourceName: 'customer',
      ResourceChangeUtcDate: new Date().toISOString(),
    });

  it('accepts a correctly signed acceptance event and reports the customer once', async () => {
    const customer = demoCustomer('Wide World Importers');
    const body = event(customer.id);
    const first = await post(body, { authorization: signed(body), 'x-ms-certificate-url': CERT_URL });
    assert.equal(first.status, 200);
    assert.deepEqual(await first.json(), { outcome: 'accepted' });
    const again = await post(body, { authorization: signed(body), 'x-ms-certificate-url': CERT_URL });
    assert.equal(again.status, 200);
    const trail = await harness.bot.services.audit.list(customer.id);
    assert.deepEqual(
      trail.map((e) => [e.action, e.detail.source]),
      [['customer.accepted', 'webhook']],
    );
    assert.equal(downloads.filter((url) => url === CERT_URL).length, 1, 'the certificate is cached');
  });

  const refusals: [string, (body: string) => Record<string, string>][] = [
    ['no signature', () => ({ 'x-ms-certificate-url': CERT_URL })],
    ['no certificate url', (body) => ({ authorization: signed(body) })],
    [
      'a signature of another body',
      () => ({ authorization: signed('{"EventName":"other"}'), 'x-ms-certificate-url': CERT_URL }),
    ],
    [
      'a signature by another key',
      (body) => ({
        authorization: signed(body, read('webhook-other-key.pem')),
        'x-ms-certificate-url': CERT_URL,
      }),
    ],
    [
      'a certificate from an untrusted host',
      (body) => ({ authorization: signed(body), 'x-ms-certificate-url': 'https://evil.example/cert.cer' }),
    ],
    [
      'a certificate over http',
      (body) => ({ authorization: signed(body), 'x-ms-certificate-url': CERT_URL.replace('https', 'http') }),
    ],
    [
      'a certificate not issued for the Partner Center host',
      (body) => ({
        authorization: signed(body, read('webhook-other-key.pem')),
        'x-ms-certificate-url': OTHER_URL,
      }),
    ],
  ];
  for (const [what, headers] of refusals) {
    it(`refuses an event with ${what}, changing nothing`, async () => {
      const customer = demoCustomer('Wingtip Toys');
      const body = event(customer.id);
      const response = await post(body, headers(body));
      assert.equal(response.status, 401);
      assert.deepEqual(await harness.bot.services.audit.list(customer.id), []);
    });
  }

  it('ignores events it does not act on, and rejects signed nonsense as a bad request', async () => {
    const other = JSON.stringify({
      EventName: 'test-created',
      ResourceUri: 'https://api.partnercenter.microsoft.com/webhooks/v1/x',
    });
    const ignored = await post(other, { authorization: signed(other), 'x-ms-certificate-url': CERT_URL });
    assert.deepEqual(await ignored.json(), { outcome: 'ignored' });
    const nonsense = JSON.stringify({ hello: 'world' });
    const invalid = await post(nonsense, {
      authorization: signed(nonsense),
      'x-ms-certificate-url': CERT_URL,
    });
    assert.equal(invalid.status, 400);
  });
});
