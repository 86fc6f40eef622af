/**
 * Who the signing-in partner is, which decides what the bot offers: indirect resellers cannot remove
 * relationships (docs/partner-center.md §3) and invite new customers together with their indirect
 * provider (§5). In sandbox mode the profile comes from the tenant fixture; in live mode from the
 * configuration (direct partner unless PARTNER_TYPE says otherwise).
 */
import { randomUUID } from 'node:crypto';
import { isIndirectReseller } from '../access/policy';
import type { Logger } from '../logging/logger';
import type { PartnerCenterClient, PartnerProfile, PartnerRelationship } from '../partner-center';

export interface PartnerContext {
  profile: PartnerProfile;
  /** For an indirect reseller: its indirect providers (E7). Empty otherwise. */
  providers: PartnerRelationship[];
}

/**
 * E7 as a reseller (`IsIndirectResellerOf`): its active indirect providers. Partner Center's own
 * refusal (e.g. 403 900308, docs/partner-center.md §5) is thrown as is, for the user to read.
 */
export async function readIndirectProviders(client: PartnerCenterClient): Promise<PartnerRelationship[]> {
  const providers = await client.listPartnerRelationships(
    { correlationId: randomUUID() },
    'IsIndirectResellerOf',
  );
  return providers.filter((p) => (p.state ?? 'active').toLowerCase() === 'active');
}

/**
 * The context at start. An indirect reseller starts even when Partner Center refuses to list its
 * providers (Microsoft's pages disagree on whether resellers have API access): the invitation reads
 * them again and shows Partner Center's answer to the user.
 */
export async function loadPartnerContext(
  client: PartnerCenterClient,
  profile: PartnerProfile,
  logger: Logger,
): Promise<PartnerContext> {
  if (!isIndirectReseller(profile)) return { profile, providers: [] };
  try {
    return { profile, providers: await readIndirectProviders(client) };
  } catch (error) {
    logger.warn({ err: { message: (error as Error).message } }, 'could not read the indirect providers (E7)');
    return { profile, providers: [] };
  }
}
