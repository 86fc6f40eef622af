/**
 * The certificate authorities a webhook signing certificate may chain to: the system's trusted roots
 * (node:tls rootCertificates) plus the PEM file named by NODE_EXTRA_CA_CERTS, Node's own way of adding
 * an authority. Node 20's tls.rootCertificates leaves that file out, so it is read here
 * (docs/partner-center.md §7).
 */
import { readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import { X509Certificate } from 'node:crypto';
import { parseCertificates } from './certificateFile';

export interface TrustStore {
  /** Every trusted authority, parsed. */
  anchors: X509Certificate[];
  /** The same authorities as PEM, for an https download that must trust exactly them. */
  pem: string[];
}

/** Reads the trust store; extraCaCertsFile defaults to process.env.NODE_EXTRA_CA_CERTS. */
export function loadTrustStore(extraCaCertsFile = process.env.NODE_EXTRA_CA_CERTS): TrustStore {
  const extra = extraCaCertsFile ? parseCertificates(readFileSync(extraCaCertsFile)) : [];
  const pem = [...rootCertificates, ...extra.map((certificate) => certificate.toString())];
  const anchors = [...rootCertificates.map((text) => new X509Certificate(text)), ...extra];
  return { anchors, pem };
}
