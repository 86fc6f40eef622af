/** Supplies the bearer token for each Partner Center call (cached by the implementation). */
export interface PartnerCenterTokenProvider {
  getAccessToken(signal?: AbortSignal): Promise<string>;
}

/** A fixed token: the sandbox emulator accepts any non-empty bearer token. */
export function staticTokenProvider(token: string): PartnerCenterTokenProvider {
  return { getAccessToken: () => Promise.resolve(token) };
}
