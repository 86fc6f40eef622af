/**
 * What the bot asks of evidence and exports: a request's evidence pack (evidencePack.ts), the signed
 * link to it for a card (signedLinks.ts; shown as services/access/policy.ts says), and an audit export
 * of a period (services/audit/auditExport.ts) for a member who may see the audit, recorded in the
 * partner's own trail. Serving a link is authorised by its signature alone: `pack` and `exportOf`
 * take no member.
 */
import type { Member } from '../access/partnerRoles';
import { evidenceLinkShown, refusalWithout, type NotAllowed, type Viewer } from '../access/policy';
import type { Actor } from '../audit/actor';
import {
  checkPeriod,
  entriesOf,
  type ExportedEntry,
  type Period,
  type PeriodProblem,
} from '../audit/auditExport';
import { PARTNER_AUDIT_KEY, type AuditLog } from '../audit/auditLog';
import type { RemovalRequest, RemovalState } from '../workflows/removalRequest';
import { assembleEvidencePack, hasEvidencePack, type EvidencePack } from './evidencePack';
import type { SignedLink, SignedLinks } from './signedLinks';

export interface EvidenceServiceDependencies {
  requests: { get(requestId: string): Promise<RemovalRequest | undefined> };
  audit: AuditLog;
  /** Undefined when no link can be made (then no card carries one and exports are refused). */
  links?: SignedLinks;
  now: () => Date;
}

export type ExportOutcome =
  | { ok: true; period: Period; csv: SignedLink; json: SignedLink }
  | NotAllowed
  | { ok: false; reason: 'invalidPeriod'; problem: PeriodProblem }
  | { ok: false; reason: 'linksUnavailable' };

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

  /**
   * `audit export <from> <to>`: links to the period's entries as CSV and JSON, for a member who may see
   * the audit. Each export asked for is an entry of the partner's trail (who, which period).
   */
  async requestExport(
    actor: Actor,
    member: Member | undefined,
    from: string,
    to: string,
    lang: string,
  ): Promise<ExportOutcome> {
    const notAllowed = refusalWithout(member, 'viewAudit');
    if (notAllowed) return notAllowed;
    const checked = checkPeriod(from, to);
    if (!checked.ok) return { ok: false, reason: 'invalidPeriod', problem: checked.problem };
    const { links } = this.deps;
    if (!links) return { ok: false, reason: 'linksUnavailable' };
    await this.deps.audit.append(PARTNER_AUDIT_KEY, {
      actor,
      action: 'audit.exported',
      detail: { from, to },
    });
    return {
      ok: true,
      period: checked.period,
      csv: links.auditExport(from, to, 'csv', lang),
      json: links.auditExport(from, to, 'json', lang),
    };
  }

  /** The entries of a period, for a signed link (undefined when the period is not a valid one). */
  async exportOf(from: string, to: string): Promise<ExportedEntry[] | undefined> {
    const checked = checkPeriod(from, to);
    return checked.ok ? entriesOf(this.deps.audit, checked.period) : undefined;
  }
}
