/**
 * Verifies that a webhook event really comes from Partner Center, the way Microsoft documents it
 * (docs/partner-center.md §7): the signature (`Authorization: Signature <base64>`, or `x-ms-signature`),
 * `x-ms-certificate-url` and `x-ms-signature-algorithm` headers are present; the algorithm is
 * rsa-sha256; the certificate is downloaded over https from an allowed host; it chains to a trusted
 * authority, every certificate of the chain is valid now, its subject organization is Microsoft
 * Corporation; and its key verifies the RSA-SHA256 signature of the raw UTF-8 body.
 * Anything else is refused with the reason. Verified certificates are cached by URL until the
 * earliest expiry of their chain; a failed verification is not cached, and a signature that does not
 * match a cached certificate makes it be downloaded again once (the certificate may have rotated).
 */
import { verify, type X509Certificate } from 'node:crypto';
import { parseCertificates } from './certificateFile';
import { downloadCertificateFile } from './certificateDownload';
import { verifyCertificateChain } from './certificateChain';
import { loadTrustStore, type TrustStore } from './trustStore';

/** Where Partner Center publishes its signing certificate (docs/partner-center.md §7). */
export const DEFAULT_CERTIFICATE_HOSTS = ['3psostorageacct.blob.core.windows.net'];
const ORGANIZATION = 'Microsoft Corporation';
const ALGORITHM = 'rsa-sha256';
/** A cached certificate is downloaded again after a signature mismatch at most this often. */
const REFRESH_AFTER_MS = 60_000;

export interface WebhookVerifierOptions {
  /** Hosts allowed to serve the signing certificate (default DEFAULT_CERTIFICATE_HOSTS). */
  trustedHosts?: string[];
  /** PEM file of authorities trusted besides the system's; default process.env.NODE_EXTRA_CA_CERTS. */
  extraCaCertsFile?: string;
  now?: () => Date;
}

export type WebhookVerdict = { ok: true } | { ok: false; reason: string };

interface VerifiedCertificate {
  leaf: X509Certificate;
  validUntil: number;
  fetchedAt: number;
}

class Refusal extends Error {}

type Headers = Record<string, string | string[] | undefined>;

function header(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() || undefined;
}

function signatureOf(headers: Headers): Buffer | undefined {
  const authorization = /^Signature\s+([A-Za-z0-9+/=]+)$/i.exec(header(headers, 'authorization') ?? '');
  const msSignature = /^(?:Signature\s+)?([A-Za-z0-9+/=]+)$/i.exec(header(headers, 'x-ms-signature') ?? '');
  const base64 = authorization?.[1] ?? msSignature?.[1];
  return base64 ? Buffer.from(base64, 'base64') : undefined;
}

function organizations(certificate: X509Certificate): string[] {
  return certificate.subject
    .split('\n')
    .filter((line) => line.startsWith('O='))
    .map((line) => line.slice(2));
}

export class WebhookVerifier {
  private readonly trustedHosts: string[];
  private readonly extraCaCertsFile: string | undefined;
  private readonly now: () => Date;
  private trustStore: TrustStore | undefined;
  private readonly certificates = new Map<string, Promise<VerifiedCertificate>>();

  constructor(options: WebhookVerifierOptions = {}) {
    this.trustedHosts = (options.trustedHosts ?? DEFAULT_CERTIFICATE_HOSTS).map((host) => host.toLowerCase());
    this.extraCaCertsFile = options.extraCaCertsFile ?? process.env.NODE_EXTRA_CA_CERTS;
    this.now = options.now ?? (() => new Date());
  }

  async verify(headers: Headers, rawBody: string | Buffer | undefined): Promise<WebhookVerdict> {
    try {
      await this.check(headers, rawBody);
      return { ok: true };
    } catch (error) {
      if (error instanceof Refusal) return { ok: false, reason: error.message };
      return { ok: false, reason: `verification failed: ${(error as Error).message}` };
    }
  }

  private async check(headers: Headers, rawBody: string | Buffer | undefined): Promise<void> {
    const signature = signatureOf(headers);
    if (!signature) throw new Refusal('missing signature (Authorization: Signature, or x-ms-signature)');
    const certificateUrl = header(headers, 'x-ms-certificate-url');
    if (!certificateUrl) throw new Refusal('missing x-ms-certificate-url');
    const algorithm = header(headers, 'x-ms-signature-algorithm');
    if (!algorithm) throw new Refusal('missing x-ms-signature-algorithm');
    if (algorithm.toLowerCase() !== ALGORITHM) throw new Refusal('unsupported signature algorithm');
    if (!rawBody || rawBody.length === 0) throw new Refusal('empty body');

    let url: URL;
    try {
      url = new URL(certificateUrl);
    } catch {
      throw new Refusal('invalid certificate url');
    }
    if (url.protocol !== 'https:') throw new Refusal('certificate url is not https');
    if (!this.trustedHosts.includes(url.hostname.toLowerCase())) {
      throw new Refusal(`certificate host not allowed: ${url.hostname.slice(0, 100)}`);
    }

    // Body bytes as UTF-8 (docs/partner-center.md §7).
    const body = typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody;
    const key = url.toString();
    let certificate = await this.certificate(key);
    if (verify('sha256', body, certificate.leaf.publicKey, signature)) return;
    if (this.now().getTime() - certificate.fetchedAt < REFRESH_AFTER_MS) {
      throw new Refusal('signature does not match the body');
    }
    this.certificates.delete(key);
    certificate = await this.certificate(key);
    if (!verify('sha256', body, certificate.leaf.publicKey, signature)) {
      throw new Refusal('signature does not match the body');
    }
  }

  /** The verified certificate at a URL, from the cache while its whole chain is valid. */
  private async certificate(url: string): Promise<VerifiedCertificate> {
    const cached = this.certificates.get(url);
    if (cached) {
      const certificate = await cached;
      if (this.now().getTime() <= certificate.validUntil) return certificate;
      this.certificates.delete(url);
    }
    const pending = this.download(new URL(url));
    this.certificates.set(url, pending);
    pending.catch(() => {
      if (this.certificates.get(url) === pending) this.certificates.delete(url);
    });
    return pending;
  }

  private async download(url: URL): Promise<VerifiedCertificate> {
    this.trustStore ??= loadTrustStore(this.extraCaCertsFile);
    const store = this.trustStore;
    let served: X509Certificate[];
    try {
      served = parseCertificates(await downloadCertificateFile(url, store.pem));
    } catch (error) {
      throw new Refusal(`certificate unavailable: ${(error as Error).message}`);
    }
    const [leaf, ...intermediates] = served;
    const now = this.now();
    const chain = await verifyCertificateChain(leaf, intermediates, store, now, async (issuerUrl) =>
      parseCertificates(await downloadCertificateFile(issuerUrl, store.pem)),
    );
    if (!chain.ok) throw new Refusal(chain.reason);
    if (!organizations(leaf).includes(ORGANIZATION)) {
      throw new Refusal(`signing certificate organization is not ${ORGANIZATION}`);
    }
    return { leaf, validUntil: chain.validUntil, fetchedAt: now.getTime() };
  }
}
