/**
 * An indirect reseller with several indirect providers chooses the one its invitation names: one row
 * per provider with a button that drafts the invitation with that provider (docs/partner-center.md §5).
 */
import { expandCardTemplate, type AdaptiveCardJson } from './cardTemplate';
import { runs } from './richText';
import { text } from './strings';
import template from './templates/providerChoice.json';
import type { ProviderChoiceView } from './views';

export function buildProviderChoiceCard(view: ProviderChoiceView): AdaptiveCardJson {
  const { locale } = view;
  return expandCardTemplate('providerChoice', template, {
    title: runs(locale, 'providerChoice.title'),
    intro: runs(locale, 'providerChoice.text'),
    providers: view.providers.map(({ id, name }) => ({ id, name })),
    buttonTitle: text(locale, 'providerChoice.button'),
  });
}
