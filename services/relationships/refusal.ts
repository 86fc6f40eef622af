/** How a domain service says no: a reason the bot turns into a clear message. Never an exception. */
import type { Permission } from '../access/policy';

export type Refusal =
  | { reason: 'notAllowed'; permission: Permission }
  | { reason: 'notFound' }
  | { reason: 'customerGone'; customerName: string }
  | { reason: 'stale' }
  | { reason: 'noProvider' }
  | { reason: 'resellerOnly' }
  /** An indirect reseller with several indirect providers must say which one the invitation names. */
  | { reason: 'chooseProvider'; providers: { id: string; name: string }[] };

export type Outcome<T> = ({ ok: true } & T) | ({ ok: false } & Refusal);

export function refuse(refusal: Refusal): { ok: false } & Refusal {
  return { ok: false, ...refusal };
}
