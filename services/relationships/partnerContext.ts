/**
 * Who the signing-in partner is, which decides what the bot offers: indirect resellers cannot remove
 * relationships (seed 000) and invite new customers together with their indirect provider (seeds
 * 001/004). In sandbox mode the profile comes from the tenant fixture; in live mode from the
 * configuration (direct partner unless PARTNER_TYPE says otherwise).
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from '../logging/logger';
import type { PartnerCenterClient, PartnerProfile, PartnerRelationship } from '../partner-center';

export interface PartnerContext {
  profile: PartnerProfile;
  /** For an indirect reseller: its indirect providers (E7). Empty otherwise. */
  providers: PartnerRelationship[];
}

/**
 * Seeds 001/004: an indirect reseller can invite a customer to accept it and its indirect provider at
 * once; direct partners and providers invite with their own link only.
 */
export function invitesWithProvider(partner: PartnerContext): boolean {
  return partner.profile.type === 'indirectReseller';
}

export async function loadPartnerContext(
  client: PartnerCenterClient,
  profile: PartnerProfile,
  logger: Logger,
): Promise<PartnerContext> {
  if (profile.type !== 'indirectReseller') return { profile, providers: [] };
  try {
    const providers = await client.listPartnerRelationships(
      { correlationId: randomUUID() },
      'IsIndirectResellerOf',
    );
    return { profile, providers: providers.filter((p) => (p.state ?? 'active').toLowerCase() === 'active') };
  } catch (error) {
    logger.warn({ err: { message: (error as Error).message } }, 'could not read the indirect providers (E7)');
    return { profile, providers: [] };
  }
}
