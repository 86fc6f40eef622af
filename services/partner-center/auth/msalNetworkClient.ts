/**
 * MSAL's HTTP client on node:https, so the TLS trust can be configured (extra CA certificates for a
 * TLS-inspecting proxy, or the loopback token endpoint of the tests). MSAL's built-in client uses
 * global fetch and offers no such option.
 */
import https from 'node:https';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';

export interface MsalNetworkOptions {
  /** Extra trusted CA certificates (PEM). */
  ca?: string | Buffer;
  /** Per request (default 30 s). */
  timeoutMs?: number;
}

export function createMsalNetworkClient(options: MsalNetworkOptions = {}): INetworkModule {
  const agent = new https.Agent({ keepAlive: true, ...(options.ca ? { ca: options.ca } : {}) });

  function send<T>(method: 'GET' | 'POST', url: string, request?: NetworkRequestOptions, timeout?: number) {
    return new Promise<NetworkResponse<T>>((resolve, reject) => {
      const target = new URL(url);
      if (target.protocol !== 'https:') {
        reject(new Error('The token endpoint must use https.'));
        return;
      }
      const req = https.request(
        target,
        { method, agent, headers: request?.headers, timeout: timeout ?? options.timeoutMs ?? 30_000 },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const headers: Record<string, string> = {};
            for (const [name, value] of Object.entries(res.headers)) {
              if (value !== undefined)
                headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
            }
            try {
              resolve({ status: res.statusCode ?? 0, headers, body: (text ? JSON.parse(text) : {}) as T });
            } catch {
              reject(
                new Error(`The identity provider answered HTTP ${res.statusCode ?? 0} with a non-JSON body.`),
              );
            }
          });
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error('The identity provider did not answer in time.')));
      req.on('error', reject);
      if (request?.body) req.write(request.body);
      req.end();
    });
  }

  return {
    sendGetRequestAsync: <T>(url: string, request?: NetworkRequestOptions, timeout?: number) =>
      send<T>('GET', url, request, timeout),
    sendPostRequestAsync: <T>(url: string, request?: NetworkRequestOptions) => send<T>('POST', url, request),
  };
}
