/**
 * Reads the certificates in a downloaded certificate file: one DER certificate (a typical `.cer`), or
 * PEM text holding one or more certificates (a leaf followed by its chain).
 */
import { X509Certificate } from 'node:crypto';

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

export function parseCertificates(raw: Buffer): X509Certificate[] {
  const text = raw.toString('latin1');
  const blocks = text.match(PEM_BLOCK);
  if (blocks) return blocks.map((block) => new X509Certificate(block));
  return [new X509Certificate(raw)];
}
