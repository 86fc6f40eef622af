/**
 * The evidence pack (services/evidence/evidencePack.ts) as one self-contained, printable HTML page in
 * en, fr, pl or hu: inline styles, no script, no external asset, every data string escaped (html.ts).
 * It lives in bot/ because it speaks the cards' language: the labels are the card strings
 * (cards/strings, `evidence.*`, French typography included) and dates, states and audit actions are
 * worded as on the cards (cards/format.ts), the attestation's text as the request card showed it.
 *
 * Long because the page is one document read top to bottom: every section of the pack, in order, in
 * one template, so that what is printed is what is read here.
 */
import { ATTESTATION_VERSION } from '../../cards/attestation';
import { DETAIL_LABELS } from '../../cards/auditTrailCard';
import { formatDateTime, formatNumber, removalStateName, yesNoUnknown } from '../../cards/format';
import { format, STRINGS, text, type Locale, type Params, type StringKey } from '../../cards/strings';
import type { Actor } from '../../services/audit/actor';
import type { EvidenceEntry, EvidencePack } from '../../services/evidence/evidencePack';
import type { Html } from './html';
import { html, htmlPage } from './html';

/** A string of the table when it has `key`, else `fallback` (values recorded by another version). */
function optional(locale: Locale, key: string, fallback: string): string {
  const table = STRINGS[locale] as Record<string, string>;
  return Object.hasOwn(table, key) ? table[key] : fallback;
}

export function renderEvidencePage(pack: EvidencePack, locale: Locale, jsonHref: string): string {
  const t = (key: StringKey) => text(locale, key);
  const f = (key: StringKey, params: Params) => format(locale, key, params);
  const when = (iso: string | undefined) =>
    iso ? html`${formatDateTime(locale, iso)} <span class="iso">${iso}</span>` : html`—`;
  const who = (actor: Actor) =>
    html`${actor.name}${actor.aadObjectId ? html` <span class="id muted">${actor.aadObjectId}</span>` : ''}`;
  const row = (label: string, value: unknown) =>
    html`<dt>${label}</dt>
      <dd>${value ?? '—'}</dd>`;
  const id = (value: string | undefined) => (value ? html`<span class="id">${value}</span>` : '—');
  const actionName = (action: string) => optional(locale, `audit.action.${action}`, action);
  const { request, before, removal, after, trail } = pack;

  const beforeSection = before
    ? html`<dl>
          ${row(t('fact.relationship'), optional(locale, `relationship.${before.relationship}`, before.relationship))}
          ${row(t('fact.dap'), yesNoUnknown(locale, before.delegatedAccess))}
          ${row(t('evidence.before.gdap'), before.gdapRelationships === undefined ? t('common.unknown') : formatNumber(locale, before.gdapRelationships))}
          ${row(t('evidence.before.otherPartners'), formatNumber(locale, before.otherPartners))}
          ${row(t('evidence.before.checkedAt'), when(before.checkedAt))}
        </dl>
        <h3>
          ${f('evidence.before.subscriptions', { count: formatNumber(locale, before.subscriptionCount) })}
        </h3>
        ${table(
          [
            t('evidence.col.name'),
            t('evidence.col.status'),
            t('evidence.col.commerce'),
            t('evidence.col.id'),
          ],
          before.subscriptions.map((s) => [
            s.name,
            optional(locale, `status.${s.status}`, s.status),
            s.commerce ? optional(locale, `commerce.${s.commerce}`, s.commerce) : '—',
            id(s.id),
          ]),
        )}
        ${
          before.subscriptionCount > before.subscriptions.length
            ? html`<p>
                ${f('evidence.before.more', { count: formatNumber(locale, before.subscriptionCount - before.subscriptions.length) })}
              </p>`
            : ''
        }
        ${
          before.blockers.length > 0
            ? html`<h3>${t('evidence.before.blockers')}</h3>
                <ul>
                  ${before.blockers.map((b) => html`<li>${b.name} (${b.kind}) ${id(b.id)}</li>`)}
                </ul>`
            : ''
        }
        ${
          before.notices.length > 0
            ? html`<h3>${t('evidence.before.notices')}</h3>
                <ul>
                  ${before.notices.map((n) => html`<li>${n.name} ${id(n.id)}</li>`)}
                </ul>`
            : ''
        }`
    : html`<p>${t('evidence.before.none')}</p>`;

  const remedies =
    pack.remedies.length === 0
      ? html`<p>${t('evidence.remedies.none')}</p>`
      : table(
          [
            t('evidence.col.time'),
            t('evidence.col.by'),
            t('evidence.col.action'),
            t('evidence.col.target'),
            t('evidence.col.answer'),
            t('fact.correlationId'),
          ],
          pack.remedies.map((r) => [
            when(r.at),
            who(r.by),
            actionName(r.action),
            html`${r.targetName ?? ''} ${id(r.targetId)}`,
            r.outcome === 'done'
              ? t('evidence.remedy.done')
              : f('evidence.remedy.failed', { code: r.errorCode ?? '—' }),
            id(r.correlationId),
          ]),
        );

  const attestationText =
    pack.attestation.version === ATTESTATION_VERSION
      ? html`<dt>${t('evidence.attestation.text')}</dt>
          <dd><blockquote>${t('removal.attestation')}</blockquote></dd>`
      : row(t('evidence.attestation.text'), t('evidence.attestation.otherVersion'));

  const approvals = html`<dl>
      ${row(t('evidence.approvals.required'), formatNumber(locale, request.requiredApprovals))}
    </dl>
    ${
      pack.approvals.length === 0
        ? html`<p>${t('evidence.approvals.none')}</p>`
        : table(
            [t('evidence.col.by'), t('evidence.col.time')],
            pack.approvals.map((a) => [who(a.by), when(a.at)]),
          )
    }`;

  const removalSection = removal
    ? html`<dl>
        ${row(t('evidence.removal.msRequestId'), id(removal.msRequestId))}
        ${row(t('fact.correlationId'), id(removal.correlationId))}
        ${row(t('evidence.removal.attempts'), formatNumber(locale, removal.attempts))}
        ${row(t('evidence.removal.started'), when(removal.startedAt))}
        ${row(t('evidence.removal.lastAttempt'), when(removal.lastAttemptAt))}
        ${row(t('evidence.removal.finished'), when(removal.finishedAt))}
        ${row(t('evidence.removal.confirmedBy'), removal.confirmedBy ? t(`evidence.confirmedBy.${removal.confirmedBy}`) : '—')}
      </dl>`
    : html`<p>${t('evidence.removal.none')}</p>`;

  const gdapSection = pack.gdap
    ? table(
        [
          t('evidence.gdap.relationship'),
          t('evidence.gdap.status'),
          t('evidence.gdap.requested'),
          t('evidence.gdap.confirmed'),
          t('evidence.gdap.graphRequestId'),
        ],
        pack.gdap.map((g) => [
          html`${g.name} ${id(g.id)}${g.roles.length ? html`<br />${g.roles.join(', ')}` : ''}`,
          g.error ? html`${id(g.status)} — ${id(g.error.code)}: ${g.error.description}` : id(g.status),
          when(g.requestedAt),
          when(g.confirmedAt),
          id(g.graphRequestId),
        ]),
      )
    : '';

  const afterSection = html`<p>${f('approval.status', { state: removalStateName(locale, after.state) })}</p>
    <p>${t(`evidence.after.${after.partnerCenter}`)}</p>
    ${
      after.error
        ? html`<dl>
            ${row(t('fact.errorCode'), id(after.error.code))}
            ${row(t('fact.errorDescription'), after.error.description)}
            ${row(t('fact.correlationId'), id(after.error.correlationId))}
          </dl>`
        : ''
    }`;

  const { integrity } = trail;
  const integritySentence = integrity.problem
    ? html`<p class="broken">
        ${f('evidence.integrity.broken', {
          index: formatNumber(locale, integrity.problem.index),
          problem: t(`evidence.integrity.${integrity.problem.kind}`),
        })}
      </p>`
    : html`<p class="ok">
        ${f('evidence.integrity.ok', { count: formatNumber(locale, integrity.chained) })}
      </p>`;
  const trailSection = html`${integritySentence}
  ${
    integrity.unverified > 0
      ? html`<p>
          ${f('evidence.integrity.unverified', { count: formatNumber(locale, integrity.unverified) })}
        </p>`
      : ''
  }
  ${
    trail.entries.length === 0
      ? html`<p>${t('evidence.trail.none')}</p>`
      : table(
          [
            t('evidence.col.time'),
            t('evidence.col.by'),
            t('evidence.col.action'),
            t('evidence.col.details'),
            t('evidence.col.hash'),
          ],
          trail.entries.map((e) => [
            when(e.at),
            who(e.by),
            actionName(e.action),
            details(locale, e),
            id(e.hash),
          ]),
        )
  }`;

  const title = f('evidence.title', { customer: request.customer.name });
  return htmlPage(
    locale,
    title,
    html` <header>
        <h1>${title}</h1>
        <p class="muted">
          ${f('evidence.generated', { at: formatDateTime(locale, pack.generatedAt) })}
          <span class="screen"> · <a href="${jsonHref}">${t('evidence.json')}</a></span>
        </p>
      </header>
      <section>
        <h2>${t('evidence.section.request')}</h2>
        <dl>
          ${row(t('fact.customer'), request.customer.name)} ${row(t('fact.domain'), request.customer.domain)}
          ${row(t('fact.tenantId'), id(request.customer.id))}
          ${row(t('fact.requestedBy'), who(request.requestedBy))}
          ${row(t('approval.requestedAt'), when(request.requestedAt))}
          ${row(t('fact.reason'), request.reason)} ${row(t('fact.requestId'), id(request.id))}
          ${row(t('fact.correlationId'), id(request.correlationId))}
        </dl>
      </section>
      <section>
        <h2>${t('evidence.section.before')}</h2>
        ${beforeSection}
      </section>
      <section>
        <h2>${t('evidence.section.remedies')}</h2>
        ${remedies}
      </section>
      <section>
        <h2>${t('evidence.section.attestation')}</h2>
        <dl>
          ${row(t('approval.attestationVersion'), id(pack.attestation.version))}
          ${row(t('evidence.attestation.by'), who(pack.attestation.by))}
          ${row(t('evidence.attestation.at'), when(pack.attestation.at))} ${attestationText}
        </dl>
      </section>
      <section>
        <h2>${t('evidence.section.approvals')}</h2>
        ${approvals}
      </section>
      <section>
        <h2>${t('evidence.section.removal')}</h2>
        ${removalSection}
      </section>
      ${
        pack.gdap
          ? html`<section>
              <h2>${t('evidence.section.gdap')}</h2>
              ${gdapSection}
            </section>`
          : ''
      }
      <section>
        <h2>${t('evidence.section.after')}</h2>
        ${afterSection}
      </section>
      <section>
        <h2>${t('evidence.section.trail')}</h2>
        ${trailSection}
      </section>`,
  );
}

/** An audit entry's details, labelled as the audit card labels them. */
function details(locale: Locale, entry: EvidenceEntry): Html {
  const parts = Object.entries(entry.detail).map(([key, value]) => {
    const label = Object.hasOwn(DETAIL_LABELS, key) ? text(locale, DETAIL_LABELS[key]) : key;
    const shown =
      typeof value === 'boolean'
        ? yesNoUnknown(locale, value)
        : key === 'confirmedBy' && (value === 'answer' || value === 'reRead')
          ? text(locale, `evidence.confirmedBy.${value}`)
          : String(value);
    return html`<div>${format(locale, 'common.label', { label })} ${shown}</div>`;
  });
  if (entry.correlationId)
    parts.push(
      html`<div>
        ${format(locale, 'common.label', { label: text(locale, 'fact.correlationId') })}
        <span class="id">${entry.correlationId}</span>
      </div>`,
    );
  return html`${parts}`;
}

function table(header: readonly string[], rows: readonly (readonly unknown[])[]): Html {
  return html`<table>
    <thead>
      <tr>
        ${header.map((cell) => html`<th>${cell}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (cells) =>
          html`<tr>
            ${cells.map((cell) => html`<td>${cell}</td>`)}
          </tr>`,
      )}
    </tbody>
  </table>`;
}
