/**
 * The newest Partner Center refresh token, kept in the store for every replica and every restart
 * (docs/partner-center.md §6). One record per partner tenant and app registration, in the
 * `partnerCenterRefreshTokens` collection, encrypted with AES-256-GCM (tokenEncryption.ts). Replicas
 * share it through compare-and-set: a rotated token is written only over the record it was redeemed
 * from.
 *
 * Which token to redeem:
 * - the store has none: the environment's (PC_REFRESH_TOKEN / _FILE), the first start after consent;
 * - the environment holds a token the store has never been seeded from (its SHA-256 is neither the
 *   record's `seededFrom` nor in `earlierSeeds`): the operator consented again and set a new one, so
 *   the environment's token wins and replaces the stored one once redeemed;
 * - otherwise the stored token. An environment token seen before (a replica still running with the
 *   previous deployment's environment) never overwrites a newer stored token.
 */
import { z } from 'zod';
import { Repository } from '../../store/repository';
import type { RecordStore } from '../../store/recordStore';
import { openToken, sealToken, tokenFingerprint } from './tokenEncryption';

export const REFRESH_TOKEN_COLLECTION = 'partnerCenterRefreshTokens';
/** How many earlier environment tokens are remembered (as fingerprints) and never seeded again. */
const EARLIER_SEEDS_KEPT = 20;

const recordSchema = z.object({
  format: z.literal(1),
  sealed: z.object({ iv: z.string(), tag: z.string(), data: z.string() }),
  /** SHA-256 of the environment token this chain of rotations started from. */
  seededFrom: z.string(),
  /** SHA-256 of the environment tokens seeded before it, oldest first. */
  earlierSeeds: z.array(z.string()),
  storedAt: z.string(),
});
type RefreshTokenRecord = z.infer<typeof recordSchema>;

/** The token to redeem now, and what it was read from (handed back to `save`). */
export interface CurrentRefreshToken {
  token: string;
  source: 'store' | 'environment';
  /** The stored record's etag (null: no record). */
  etag: string | null;
  record?: RefreshTokenRecord;
}

export interface RefreshTokenStoreOptions {
  tenantId: string;
  clientId: string;
  /** The environment's refresh token. Secret. */
  environmentToken: string;
  /** PC_TOKEN_ENCRYPTION_KEY, 32 bytes. Secret. */
  encryptionKey: Buffer;
}

export class RefreshTokenStore {
  private readonly records: Repository<RefreshTokenRecord>;
  private readonly id: string;
  private readonly associatedData: string;
  private readonly environmentSeed: string;

  constructor(
    store: RecordStore,
    private readonly options: RefreshTokenStoreOptions,
  ) {
    this.records = new Repository(store, REFRESH_TOKEN_COLLECTION, recordSchema);
    this.id = `${options.tenantId.toLowerCase()}.${options.clientId.toLowerCase()}`;
    this.associatedData = `partner-center-refresh-token/${this.id}`;
    this.environmentSeed = tokenFingerprint(options.environmentToken);
  }

  /** The record's key in the store, for tests and operators. */
  get key(): string {
    return `${REFRESH_TOKEN_COLLECTION}/${this.id}`;
  }

  /** The token to redeem; TokenDecryptionError when the stored one cannot be decrypted. */
  async current(): Promise<CurrentRefreshToken> {
    const stored = await this.records.get(this.id);
    const environment = { token: this.options.environmentToken, source: 'environment' as const };
    if (!stored) return { ...environment, etag: null };
    const record = stored.value;
    const seen =
      record.seededFrom === this.environmentSeed || record.earlierSeeds.includes(this.environmentSeed);
    if (!seen) return { ...environment, etag: stored.etag, record };
    const token = openToken(this.options.encryptionKey, record.sealed, this.associatedData);
    return { token, source: 'store', etag: stored.etag, record };
  }

  /**
   * Stores `rotated`, the refresh token that redeeming `redeemed` returned, over the record it was
   * read from. False when another replica wrote in between: its token stays (it is at least as new).
   */
  async save(rotated: string, redeemed: CurrentRefreshToken, now = new Date()): Promise<boolean> {
    const previous = redeemed.record;
    let seededFrom = previous?.seededFrom ?? this.environmentSeed;
    let earlierSeeds = previous?.earlierSeeds ?? [];
    if (redeemed.source === 'environment' && previous && previous.seededFrom !== this.environmentSeed) {
      earlierSeeds = [...earlierSeeds, previous.seededFrom].slice(-EARLIER_SEEDS_KEPT);
      seededFrom = this.environmentSeed;
    }
    const result = await this.records.replace(this.id, redeemed.etag, {
      format: 1,
      sealed: sealToken(this.options.encryptionKey, rotated, this.associatedData),
      seededFrom,
      earlierSeeds,
      storedAt: now.toISOString(),
    });
    return result.ok;
  }
}
