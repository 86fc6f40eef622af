/**
 * Downloads a certificate file. https connections trust exactly the given authorities (the webhook
 * trust store), so the server of the file is authenticated the same way as the signing certificate.
 * Plain http is only for an issuer certificate named in a certificate's Authority Information Access,
 * whose content is verified by signature afterwards (docs/partner-center.md §7).
 */
import { get as httpGet, type IncomingMessage } from 'node:http';
import { get as httpsGet } from 'node:https';

const MAX_BYTES = 64 * 1024;
const TIMEOUT_MS = 5000;

export function downloadCertificateFile(url: URL, trustedCa: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const onResponse = (response: IncomingMessage) => {
      if (response.statusCode !== 200) {
        response.resume();
        reject(new Error(`download answered ${response.statusCode}`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BYTES) {
          response.destroy();
          reject(new Error('certificate file too large'));
          return;
        }
        chunks.push(chunk);
      });
      response.on('end', () => resolve(Buffer.concat(chunks)));
      response.on('error', reject);
    };
    const request =
      url.protocol === 'https:'
        ? httpsGet(url, { ca: trustedCa, timeout: TIMEOUT_MS }, onResponse)
        : url.protocol === 'http:'
          ? httpGet(url, { timeout: TIMEOUT_MS }, onResponse)
          : undefined;
    if (!request) {
      reject(new Error(`unsupported protocol ${url.protocol}`));
      return;
    }
    request.on('timeout', () => request.destroy(new Error('download timed out')));
    request.on('error', reject);
  });
}
