/**
 * The invitation e-mail a partner sends to a customer (plain text, in the partner's language): who
 * invites, what accepting means, the personalized link on its own line, and who can accept.
 */
import { format, text, type Locale, type Params } from './strings';
import type { InvitationTarget } from './views';

export interface InvitationEmailInput {
  /** The partner sending the invitation (us). */
  partnerName: string;
  /** The Partner Center invitation link, kept unchanged. */
  url: string;
  target: InvitationTarget;
}

export interface InvitationEmail {
  subject: string;
  body: string;
}

export function composeInvitationEmail(locale: Locale, input: InvitationEmailInput): InvitationEmail {
  const { partnerName: partner, url, target } = input;
  const withProvider = target.kind === 'newWithProvider';
  const params: Params = withProvider ? { partner, provider: target.providerName } : { partner };
  const subject = format(locale, withProvider ? 'email.subjectWithProvider' : 'email.subject', params);
  const body = [
    text(locale, 'email.greeting'),
    '',
    format(locale, withProvider ? 'email.introWithProvider' : 'email.intro', params),
    '',
    text(locale, 'email.action'),
    '',
    url,
    '',
    text(locale, 'email.conditions'),
    '',
    text(locale, 'email.questions'),
    '',
    text(locale, 'email.closing'),
    partner,
  ].join('\n');
  return { subject, body };
}
