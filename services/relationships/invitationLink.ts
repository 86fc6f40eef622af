/**
 * The link a customer opens to accept a reseller relationship (docs/partner-center.md §5).
 * - Every partner's own link is Partner Center's (E3): partner-specific and reusable.
 * - An indirect reseller may invite a new customer to accept it and its indirect provider at once.
 *   No API returns that link: it is the reseller's own E3 link with `indirectCSPId` = the chosen
 *   provider's tenant id (`partnerId` stays the reseller's). Microsoft does not document this
 *   format, so the draft shows it as unofficial (docs/partner-center.md §5, Assumption).
 */
export interface BuiltInvitationLink {
  url: string;
  unofficial: boolean;
}

/**
 * The reseller's own E3 link naming its indirect provider too: every parameter of Partner Center's
 * link kept as it came, `indirectCSPId` set (replaced if present) before the `#` fragment.
 */
export function withIndirectProvider(resellerLink: string, providerTenantId: string): BuiltInvitationLink {
  const hashAt = resellerLink.indexOf('#');
  const base = hashAt === -1 ? resellerLink : resellerLink.slice(0, hashAt);
  const fragment = hashAt === -1 ? '' : resellerLink.slice(hashAt);
  const url = new URL(base);
  url.searchParams.set('indirectCSPId', providerTenantId);
  return { url: `${url.toString()}${fragment}`, unofficial: true };
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
