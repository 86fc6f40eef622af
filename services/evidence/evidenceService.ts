/**
 * What the bot asks of evidence: a request's evidence pack (evidencePack.ts) and the signed link to
 * it for a card (signedLinks.ts; shown as services/access/policy.ts says). Serving a link is
 * authorised by its signature alone: `pack` takes no member.
 */
import { evidenceLinkShown, type Viewer } from '../access/policy';
import type { AuditLog } from '../audit/auditLog';
import type { RemovalRequest, RemovalState } from '../workflows/removalRequest';
import { assembleEvidencePack, hasEvidencePack, type EvidencePack } from './evidencePack';
import type { SignedLinks } from './signedLinks';

export interface EvidenceServiceDependencies {
  requests: { get(requestId: string): Promise<RemovalRequest | undefined> };
  audit: AuditLog;
  /** Undefined when no link can be made (then no card carries one). */
  links?: SignedLinks;
  now: () => Date;
}

/**
 * The evidence pack's link for a card in `lang`, or undefined: no links configured, a request without
 * a pack (not completed or failed), or a viewer who may not see the audit.
 */
export function evidenceLinkFor(
  links: SignedLinks | undefined,
  request: { id: string; state: RemovalState },
  lang: string,
  viewer?: Viewer,
): string | undefined {
  if (!links || !hasEvidencePack(request.state) || !evidenceLinkShown(viewer)) return undefined;
  return links.evidence(request.id, lang).url;
}

export class EvidenceService {
  constructor(private readonly deps: EvidenceServiceDependencies) {}

  /** The pack of a completed or failed request (undefined otherwise), for a signed link. */
  pack(requestId: string): Promise<EvidencePack | undefined> {
    return assembleEvidencePack(this.deps, requestId);
  }

  /** See evidenceLinkFor. */
  linkFor(request: { id: string; state: RemovalState }, lang: string, viewer?: Viewer): string | undefined {
    return evidenceLinkFor(this.deps.links, request, lang, viewer);
  }
}
