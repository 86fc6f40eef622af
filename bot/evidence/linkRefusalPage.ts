/**
 * The short plain page a signed link answers when it shows nothing: a wrong signature (403), an
 * expired link (410), a request without an evidence pack or a period that is not one (404). In the
 * link's language; never any of the data.
 */
import { text, type Locale } from '../../cards/strings';
import { html, htmlPage } from './html';

export type LinkRefusal = 'denied' | 'expired' | 'notFound';

export const REFUSAL_STATUS: Record<LinkRefusal, number> = { denied: 403, expired: 410, notFound: 404 };

export function renderLinkRefusal(refusal: LinkRefusal, locale: Locale): string {
  const title = text(locale, `evidence.${refusal}.title`);
  return htmlPage(
    locale,
    title,
    html`<h1>${title}</h1>
      <p>${text(locale, `evidence.${refusal}.text`)}</p>`,
  );
}
