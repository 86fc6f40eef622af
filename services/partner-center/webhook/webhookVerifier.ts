/**
 * Verifies that a webhook event really comes from Partner Center. Partner Center signs each event:
 * `Authorization: Signature <base64>` is an RSA-SHA256 signature of the raw body, made with the key of
 * the certificate published at the `x-ms-certificate-url` header. The certificate URL must be https on
 * a trusted Partner Center host, the certificate must be valid now and issued for that host.
 * Anything else is refused. Certificates are cached by URL.
 */
import { verify, X509Certificate } from 'node:crypto';

export interface WebhookVerifierOptions {
  /** Hosts allowed to publish the signing certificate (default api.partnercenter.microsoft.com). */
  trustedHosts?: string[];
  /** Downloads a certificate (PEM or DER). Default: fetch over https. */
  fetchCertificate?: (url: string) => Promise<Buffer>;
  now?: () => Date;
}

export type WebhookVerdict = { ok: true } | { ok: false; reason: string };

const DEFAULT_HOSTS = ['api.partnercenter.microsoft.com'];

async function fetchOverHttps(url: string): Promise<Buffer> {
  const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
  if (!response.ok) throw new Error(`certificate download answered ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

export class WebhookVerifier {
  private readonly trustedHosts: string[];
  private readonly fetchCertificate: (url: string) => Promise<Buffer>;
  private readonly certificates = new Map<string, Promise<X509Certificate>>();
  private readonly now: () => Date;

  constructor(options: WebhookVerifierOptions = {}) {
    this.trustedHosts = (options.trustedHosts ?? DEFAULT_HOSTS).map((host) => host.toLowerCase());
    this.fetchCertificate = options.fetchCertificate ?? fetchOverHttps;
    this.now = options.now ?? (() => new Date());
  }

  async verify(
    headers: Record<string, string | string[] | undefined>,
    rawBody: string | Buffer | undefined,
  ): Promise<WebhookVerdict> {
    const header = (name: string) => {
      const value = headers[name] ?? headers[name.toLowerCase()];
      return Array.isArray(value) ? value[0] : value;
    };
    const authorization = header('authorization');
    const certificateUrl = header('x-ms-certificate-url');
    if (!rawBody || rawBody.length === 0) return { ok: false, reason: 'empty body' };
    const match = /^Signature\s+([A-Za-z0-9+/=]+)$/i.exec(authorization?.trim() ?? '');
    if (!match) return { ok: false, reason: 'missing Signature authorization' };
    if (!certificateUrl) return { ok: false, reason: 'missing x-ms-certificate-url' };
    let url: URL;
    try {
      url = new URL(certificateUrl);
    } catch {
      return { ok: false, reason: 'invalid certificate url' };
    }
    const host = url.hostname.toLowerCase();
    if (url.protocol !== 'https:' || !this.trustedHosts.includes(host))
      return { ok: false, reason: 'untrusted certificate url' };

    let certificate: X509Certificate;
    try {
      certificate = await this.certificate(url.toString());
    } catch (error) {
      return { ok: false, reason: `certificate unavailable: ${(error as Error).message}` };
    }
    const now = this.now().getTime();
    if (now < Date.parse(certificate.validFrom) || now > Date.parse(certificate.validTo)) {
      return { ok: false, reason: 'certificate not valid now' };
    }
    if (!certificate.checkHost(host)) return { ok: false, reason: 'certificate not issued for its host' };
    const body = typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody;
    const signed = verify('sha256', body, certificate.publicKey, Buffer.from(match[1], 'base64'));
    return signed ? { ok: true } : { ok: false, reason: 'bad signature' };
  }

  private certificate(url: string): Promise<X509Certificate> {
    let cached = this.certificates.get(url);
    if (!cached) {
      cached = this.fetchCertificate(url).then((raw) => new X509Certificate(raw));
      cached.catch(() => this.certificates.delete(url));
      this.certificates.set(url, cached);
    }
    return cached;
  }
}
