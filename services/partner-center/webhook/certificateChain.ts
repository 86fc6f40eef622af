/**
 * Verifies that a webhook signing certificate chains to a trusted authority (docs/partner-center.md §7):
 * each link is checked by name, key identifier, key usage (OpenSSL's issuer check) and signature; the
 * issuers come from the downloaded file, else from the issuer URL in the certificate's Authority
 * Information Access; every certificate of the chain must be valid now. Not checked: revocation
 * (CRL/OCSP), name constraints, policies and extended key usage.
 */
import type { X509Certificate } from 'node:crypto';
import type { TrustStore } from './trustStore';

export type ChainVerdict =
  { ok: true; chain: X509Certificate[]; validUntil: number } | { ok: false; reason: string };

/** Downloads the certificates at an issuer URL named by a certificate (Authority Information Access). */
export type IssuerFetcher = (url: URL) => Promise<X509Certificate[]>;

const MAX_CHAIN = 6;
const MAX_ISSUER_DOWNLOADS = 2;

function issuedBy(child: X509Certificate, issuer: X509Certificate): boolean {
  return child.checkIssued(issuer) && child.verify(issuer.publicKey);
}

function issuerUrl(certificate: X509Certificate): URL | undefined {
  const match = /CA Issuers - URI:(\S+)/.exec(certificate.infoAccess ?? '');
  if (!match) return undefined;
  try {
    const url = new URL(match[1]);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

export async function verifyCertificateChain(
  leaf: X509Certificate,
  served: X509Certificate[],
  store: TrustStore,
  now: Date,
  fetchIssuer?: IssuerFetcher,
): Promise<ChainVerdict> {
  if (leaf.subject === leaf.issuer && leaf.verify(leaf.publicKey)) {
    return { ok: false, reason: 'signing certificate is self-signed' };
  }
  if (leaf.ca) return { ok: false, reason: 'signing certificate is a certificate authority' };
  const pool = [...served];
  const chain = [leaf];
  let issuerDownloads = 0;
  for (;;) {
    const current = chain[chain.length - 1];
    const anchor = store.anchors.find((candidate) => issuedBy(current, candidate));
    if (anchor) {
      chain.push(anchor);
      break;
    }
    const findIssuer = () =>
      pool.find((candidate) => candidate.ca && !chain.includes(candidate) && issuedBy(current, candidate));
    let issuer = findIssuer();
    const url = issuerUrl(current);
    if (!issuer && url && fetchIssuer && issuerDownloads < MAX_ISSUER_DOWNLOADS) {
      issuerDownloads++;
      pool.push(...(await fetchIssuer(url).catch(() => [])));
      issuer = findIssuer();
    }
    if (!issuer || chain.length >= MAX_CHAIN) {
      return { ok: false, reason: 'certificate chain does not reach a trusted root' };
    }
    chain.push(issuer);
  }
  const time = now.getTime();
  for (const [index, certificate] of chain.entries()) {
    if (time < Date.parse(certificate.validFrom) || time > Date.parse(certificate.validTo)) {
      const which = index === 0 ? 'signing certificate' : 'a certificate of its chain';
      return { ok: false, reason: `${which} is expired or not yet valid` };
    }
  }
  const validUntil = Math.min(...chain.map((certificate) => Date.parse(certificate.validTo)));
  return { ok: true, chain, validUntil };
}
