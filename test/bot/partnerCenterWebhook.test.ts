/**
 * The Partner Center webhook endpoint, verified the way Microsoft documents it: the signing
 * certificate is downloaded over https (here from a loopback server whose own TLS certificate is for
 * 127.0.0.1, not the signing certificate's name), chains to a trusted authority (here a test root
 * trusted through the NODE_EXTRA_CA_CERTS file), belongs to Microsoft Corporation, is valid now, and
 * its key verifies the RSA-SHA256 signature of the body. Everything else is answered 401 with the
 * reason in the log, and changes nothing. Certificates are made with openssl at test time.
 */
import assert from 'node:assert/strict';
import { sign, X509Certificate } from 'node:crypto';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { demoCustomer } from '../partner-center/emulatorHarness';
import { WebhookCertificateAuthority, type Issued } from '../partner-center/webhookCertificateAuthority';
import { startTestBot, type Harness } from '../helpers/botHarness';
import { WebhookVerifier } from '../../services/partner-center/webhook/webhookVerifier';
import { trailOf } from '../helpers/deskHarness';

const CERT_PATH = '/cert/pcnotifications.microsoft.com.cer';

describe('Partner Center webhook endpoint', function () {
  this.timeout(60_000);
  let pki: WebhookCertificateAuthority;
  let signing: Issued;
  /** What the loopback servers serve, by path, and how often each path was downloaded. */
  const files = new Map<string, Buffer | string>();
  const downloads = new Map<string, number>();
  let https: HttpsServer;
  let http: HttpServer;
  let httpsBase: string;
  let httpBase: string;
  let harness: Harness;
  let clock: number | undefined;

  const serve = (
    req: { url?: string },
    res: { writeHead(status: number): void; end(body?: Buffer | string): void },
  ) => {
    const file = files.get(req.url ?? '');
    downloads.set(req.url ?? '', (downloads.get(req.url ?? '') ?? 0) + 1);
    res.writeHead(file === undefined ? 404 : 200);
    res.end(file);
  };
  const listen = async (server: HttpServer | HttpsServer, scheme: string) => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `${scheme}://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };

  before(async () => {
    pki = new WebhookCertificateAuthority();
    https = createHttpsServer({ cert: pki.loopbackTls.cert, key: pki.loopbackTls.key }, serve);
    http = createHttpServer(serve);
    httpsBase = await listen(https, 'https');
    httpBase = await listen(http, 'http');
    signing = pki.issue();
  });
  after(async () => {
    await new Promise((resolve) => https.close(resolve));
    await new Promise((resolve) => http.close(resolve));
    pki.dispose();
  });

  beforeEach(async () => {
    files.clear();
    downloads.clear();
    clock = undefined;
    // Partner Center's certificate file, with its chain (PEM).
    files.set(CERT_PATH, signing.cert + pki.issuingCa.cert);
    harness = await startTestBot(
      { PC_WEBHOOK_CERT_HOSTS: '127.0.0.1' },
      {},
      {
        webhook: {
          extraCaCertsFile: pki.extraCaCertsFile,
          now: () => new Date(clock ?? Date.now()),
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
      AuditUri: null,
      ResourceChangeUtcDate: new Date().toISOString(),
    });

  const signature = (body: string, key = signing.key) =>
    sign('sha256', Buffer.from(body, 'utf8'), key).toString('base64');

  /** The headers Partner Center sends with an event signed by `key`, its certificate at `path`. */
  const partnerCenterHeaders = (body: string, key = signing.key, path = CERT_PATH) => ({
    authorization: `Signature ${signature(body, key)}`,
    'x-ms-certificate-url': `${httpsBase}${path}`,
    'x-ms-signature-algorithm': 'rsa-sha256',
  });

  const refusalReasons = () =>
    harness.log
      .entries()
      .filter((entry) => entry.msg === 'Partner Center webhook refused')
      .map((entry) => String(entry.reason));

  async function assertAccepted(body: string, headers: Record<string, string>, customerId: string) {
    const response = await post(body, headers);
    assert.deepEqual(refusalReasons(), []);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { outcome: 'accepted' });
    const trail = await trailOf(harness.bot.services.audit, customerId);
    assert.deepEqual(
      trail.map((entry) => [entry.action, entry.detail.source]),
      [['customer.accepted', 'webhook']],
    );
  }

  async function assertRefused(
    body: string,
    headers: Record<string, string>,
    customerId: string,
    reason: RegExp,
  ) {
    const response = await post(body, headers);
    assert.equal(response.status, 401);
    assert.deepEqual(await response.json(), { error: 'unauthorized' });
    assert.deepEqual(await trailOf(harness.bot.services.audit, customerId), []);
    const reasons = refusalReasons();
    assert.equal(reasons.length, 1, 'one refusal logged');
    assert.match(reasons[0], reason);
    const log = harness.log.lines.join('\n');
    assert.ok(!log.includes(customerId), 'the body is not logged');
    const signed = headers.authorization?.replace('Signature ', '');
    if (signed) assert.ok(!log.includes(signed), 'the signature is not logged');
  }

  it('accepts a genuine event end to end, reports the customer once, and downloads the certificate once', async () => {
    const customer = demoCustomer('Wide World Importers');
    const body = event(customer.id);
    await assertAccepted(body, partnerCenterHeaders(body), customer.id);
    const again = await post(body, partnerCenterHeaders(body));
    assert.equal(again.status, 200);
    assert.equal((await trailOf(harness.bot.services.audit, customer.id)).length, 1, 'reported once');
    assert.equal(downloads.get(CERT_PATH), 1, 'the certificate is cached');
  });

  it('accepts the signature in x-ms-signature (SignatureTokenToMsSignatureHeader registrations)', async () => {
    const customer = demoCustomer('Fourth Coffee');
    const body = event(customer.id);
    const { authorization, ...rest } = partnerCenterHeaders(body);
    await assertAccepted(body, { ...rest, 'x-ms-signature': authorization }, customer.id);
  });

  it('accepts a DER certificate whose issuing CA comes from its Authority Information Access URL', async () => {
    files.set('/issuers/test-tls-issuing-ca.crt', pki.issuingCa.der);
    const der = pki.issue({ issuerUrl: `${httpBase}/issuers/test-tls-issuing-ca.crt` });
    files.set('/cert/der.cer', der.der);
    const customer = demoCustomer('Proseware, Inc.');
    const body = event(customer.id);
    await assertAccepted(body, partnerCenterHeaders(body, der.key, '/cert/der.cer'), customer.id);
    assert.equal(downloads.get('/issuers/test-tls-issuing-ca.crt'), 1);
  });

  const refusals: {
    what: string;
    reason: RegExp;
    setup?: () => { key: string; path: string };
    headers?: (headers: Record<string, string>) => Record<string, string>;
    tamper?: boolean;
  }[] = [
    {
      what: 'a certificate chaining to an unknown root',
      reason: /chain does not reach a trusted root/,
      setup: () => {
        const issued = pki.issue({ by: 'untrusted-root' });
        files.set('/cert/unknown-root.cer', issued.cert + pki.untrustedRoot.cert);
        return { key: issued.key, path: '/cert/unknown-root.cer' };
      },
    },
    {
      what: 'a self-signed certificate',
      reason: /self-signed/,
      setup: () => {
        const issued = pki.issue({ by: 'itself' });
        files.set('/cert/self-signed.cer', issued.der);
        return { key: issued.key, path: '/cert/self-signed.cer' };
      },
    },
    {
      what: 'a certificate of another organization',
      reason: /organization is not Microsoft Corporation/,
      setup: () => {
        const issued = pki.issue({ subject: '/C=US/O=Contoso Ltd/CN=pcnotifications.microsoft.com' });
        files.set('/cert/contoso.cer', issued.cert + pki.issuingCa.cert);
        return { key: issued.key, path: '/cert/contoso.cer' };
      },
    },
    {
      what: 'an expired certificate',
      reason: /signing certificate is expired/,
      setup: () => {
        const issued = pki.issue({ startDate: '20250101000000Z', endDate: '20250201000000Z' });
        files.set('/cert/expired.cer', issued.cert + pki.issuingCa.cert);
        return { key: issued.key, path: '/cert/expired.cer' };
      },
    },
    { what: 'a tampered body', reason: /signature does not match the body/, tamper: true },
    {
      what: 'no signature',
      reason: /missing signature/,
      headers: ({ authorization: _, ...rest }) => rest,
    },
    {
      what: 'no certificate url',
      reason: /missing x-ms-certificate-url/,
      headers: ({ 'x-ms-certificate-url': _, ...rest }) => rest,
    },
    {
      what: 'no signature algorithm',
      reason: /missing x-ms-signature-algorithm/,
      headers: ({ 'x-ms-signature-algorithm': _, ...rest }) => rest,
    },
    {
      what: 'a certificate url over http',
      reason: /certificate url is not https/,
      headers: (headers) => ({ ...headers, 'x-ms-certificate-url': `${httpBase}${CERT_PATH}` }),
    },
    {
      what: 'a certificate on a host that is not allowed',
      reason: /certificate host not allowed: localhost/,
      headers: (headers) => ({
        ...headers,
        'x-ms-certificate-url': headers['x-ms-certificate-url'].replace('127.0.0.1', 'localhost'),
      }),
    },
    {
      what: 'an unsupported signature algorithm',
      reason: /unsupported signature algorithm/,
      headers: (headers) => ({ ...headers, 'x-ms-signature-algorithm': 'rsa-sha1' }),
    },
  ];
  for (const refusal of refusals) {
    it(`refuses an event with ${refusal.what} (401, reason logged, nothing changed)`, async () => {
      const customer = demoCustomer('Wingtip Toys');
      const body = event(customer.id);
      const { key, path } = refusal.setup?.() ?? { key: signing.key, path: CERT_PATH };
      let headers: Record<string, string> = partnerCenterHeaders(body, key, path);
      if (refusal.headers) headers = refusal.headers(headers);
      const sent = refusal.tamper ? body.replace('customer', 'customers') : body;
      await assertRefused(sent, headers, customer.id, refusal.reason);
    });
  }

  it('does not cache a certificate that failed verification: the next event gets the fixed file', async () => {
    const contoso = pki.issue({ subject: '/C=US/O=Contoso Ltd/CN=pcnotifications.microsoft.com' });
    files.set(CERT_PATH, contoso.cert + pki.issuingCa.cert);
    const refused = demoCustomer('Adventure Works Cycles');
    const first = event(refused.id);
    assert.equal((await post(first, partnerCenterHeaders(first))).status, 401);
    files.set(CERT_PATH, signing.cert + pki.issuingCa.cert);
    const customer = demoCustomer('Northwind Traders');
    const body = event(customer.id);
    const response = await post(body, partnerCenterHeaders(body));
    assert.equal(response.status, 200);
    assert.equal(downloads.get(CERT_PATH), 2);
  });

  it('downloads the certificate again once when a signature does not match a cached one (rotation)', async () => {
    const customer = demoCustomer('Coho Winery');
    const warmUp = event(demoCustomer('Litware, Inc.').id);
    assert.equal((await post(warmUp, partnerCenterHeaders(warmUp))).status, 200);
    const rotated = pki.issue();
    files.set(CERT_PATH, rotated.cert + pki.issuingCa.cert);
    clock = Date.now() + 2 * 60_000;
    const body = event(customer.id);
    await assertAccepted(body, partnerCenterHeaders(body, rotated.key), customer.id);
    assert.equal(downloads.get(CERT_PATH), 2, 'downloaded again once');
    const tampered = body.replace('customer', 'customers');
    assert.equal((await post(tampered, partnerCenterHeaders(body, rotated.key))).status, 401);
    assert.equal(
      downloads.get(CERT_PATH),
      2,
      'a bad signature right after a download does not download again',
    );
  });

  it('stops using a cached certificate once it expires: the event is refused as expired', async () => {
    const warmUp = event(demoCustomer('Litware, Inc.').id);
    assert.equal((await post(warmUp, partnerCenterHeaders(warmUp))).status, 200);
    clock = Date.parse(new X509Certificate(signing.cert).validTo) + 60_000;
    const customer = demoCustomer('Coho Winery');
    const body = event(customer.id);
    await assertRefused(body, partnerCenterHeaders(body), customer.id, /signing certificate is expired/);
    assert.equal(downloads.get(CERT_PATH), 2, 'downloaded again after the cached one expired');
  });

  it('trusts the NODE_EXTRA_CA_CERTS file by default (the production setting)', async () => {
    const saved = process.env.NODE_EXTRA_CA_CERTS;
    process.env.NODE_EXTRA_CA_CERTS = pki.extraCaCertsFile;
    try {
      const verifier = new WebhookVerifier({ trustedHosts: ['127.0.0.1'] });
      const body = event(demoCustomer('Fourth Coffee').id);
      assert.deepEqual(await verifier.verify(partnerCenterHeaders(body), body), { ok: true });
    } finally {
      if (saved === undefined) delete process.env.NODE_EXTRA_CA_CERTS;
      else process.env.NODE_EXTRA_CA_CERTS = saved;
    }
    const withoutExtraRoot = new WebhookVerifier({ trustedHosts: ['127.0.0.1'], extraCaCertsFile: '' });
    const body = event(demoCustomer('Fourth Coffee').id);
    const verdict = await withoutExtraRoot.verify(partnerCenterHeaders(body), body);
    assert.equal(verdict.ok, false, 'without the file neither the download nor the chain is trusted');
  });

  it('ignores events it does not act on, and rejects signed nonsense as a bad request', async () => {
    const other = JSON.stringify({
      EventName: 'test-created',
      ResourceUri: 'https://api.partnercenter.microsoft.com/webhooks/v1/x',
    });
    const ignored = await post(other, partnerCenterHeaders(other));
    assert.deepEqual(await ignored.json(), { outcome: 'ignored' });
    const nonsense = JSON.stringify({ hello: 'world' });
    const invalid = await post(nonsense, partnerCenterHeaders(nonsense));
    assert.equal(invalid.status, 400);
  });
});
