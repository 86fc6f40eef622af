/** Who the signed-in partner is in the CSP program; decides what the bot may offer (indirect resellers have no API). */
export type PartnerType = 'direct' | 'indirectProvider' | 'indirectReseller';

export interface PartnerProfile {
  type: PartnerType;
  tenantId: string;
  /** MPN / Partner ID (PartnerID, formerly MPN id). */
  mpnId: string;
  companyName: string;
}
