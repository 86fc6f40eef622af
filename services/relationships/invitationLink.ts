/**
 * The link a customer opens to accept a reseller relationship (partner-center.md §4).
 * - Direct partners and indirect providers: Partner Center's own link (E3), partner-specific and reusable.
 * - Indirect resellers have no API access, and their invitation must name their indirect provider too
 *   (seeds 001/004: "invite the customer to establish a reseller relationship with both you and your
 *   provider at the same time"). No API returns that link; it is built in the community-observed
 *   format, which Microsoft does not document: callers must show it as unofficial.
 */
export interface BuiltInvitationLink {
  url: string;
  unofficial: boolean;
}

export interface CombinedLinkParties {
  providerTenantId: string;
  resellerMpnId: string;
  resellerTenantId: string;
  dap?: boolean;
}

export function combinedResellerProviderLink(parties: CombinedLinkParties): BuiltInvitationLink {
  const query = new URLSearchParams({
    invType: 'IndirectResellerRelationship',
    partnerId: parties.providerTenantId,
    msppId: parties.resellerMpnId,
    indirectCSPId: parties.resellerTenantId,
    DAP: String(parties.dap ?? false),
  });
  return {
    url: `https://admin.microsoft.com/Adminportal/Home?${query.toString()}#/BillingAccounts/partner-invitation`,
    unofficial: true,
  };
}

/** Every http(s) URL in a text, as written (trailing punctuation dropped). */
function urlsIn(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s<>"]+/g)].map((match) => match[0].replace(/[),.;:!?]+$/, ''));
}

export type LinkCheck = 'ok' | 'urlMissing' | 'urlChanged';

/**
 * Whether an edited e-mail still carries the personalized link exactly ("be sure to include the link
 * as it is personalized"): `urlChanged` when a link to the same page is there but altered.
 */
export function checkInvitationLink(text: string, url: string): LinkCheck {
  if (urlsIn(text).includes(url)) return 'ok';
  const page = url.split(/[?#]/)[0].toLowerCase();
  return urlsIn(text).some((candidate) => candidate.toLowerCase().startsWith(page))
    ? 'urlChanged'
    : 'urlMissing';
}
