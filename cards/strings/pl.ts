import type { Strings } from './en';

/**
 * Polish, with the terminology of the Polish Partner Center articles (Centrum partnerskie, relacja odsprzedawcy).
 *
 * Long because it holds every text of every card, one line each.
 */
export const pl: Strings = {
  'app.name': 'Reseller Desk',
  'help.title': 'Reseller Desk',
  'help.intro':
    'Pomagam zarządzać relacjami odsprzedawcy z Twoimi klientami w Centrum partnerskim. Oto, o co możesz mnie poprosić:',
  'help.unknownCommand': 'Nie znam tego polecenia:',
  'didYouMean.one': 'Czy chodziło Ci o {command}?',
  'didYouMean.several': 'Czy chodziło Ci o jedno z tych poleceń?',
  'didYouMean.help': 'Wszystkie polecenia',
  'help.footer': 'Wpisz pomoc w dowolnej chwili, aby ponownie zobaczyć tę listę.',
  'help.greeting': 'Dzień dobry, {name}. Twoje role w Centrum partnerskim: {roles}.',
  'help.greetingNoRoles':
    'Dzień dobry, {name}. Nie ma Cię jeszcze w pliku ról, więc możesz tylko poprosić o pomoc. Poproś administratora o dodanie Cię.',
  'help.approver': 'Zatwierdzasz także wnioski o usunięcie.',
  'help.otherCommands': 'Te polecenia wymagają innej roli:',
  'help.needsRole': ' (wymaga innej roli)',
  'help.button.customers': 'Klienci',
  'help.button.inviteNew': 'Zaproś nowego klienta',
  'command.help.description': 'Pokaż, co możesz tutaj zrobić.',
  'command.customers.description': 'Wyświetl listę klientów lub wyszukaj ich po nazwie albo domenie.',
  'command.customer.description': 'Pokaż klienta: relację, innych partnerów, subskrypcje i relacje GDAP.',
  'command.invite.description': 'Przygotuj wiadomość e-mail z zaproszeniem dla istniejącego klienta.',
  'command.inviteNew.description': 'Przygotuj wiadomość e-mail z zaproszeniem dla nowego klienta.',
  'command.inviteNewWithProvider.description':
    'Przygotuj wiadomość e-mail z zaproszeniem dla nowego klienta, jednocześnie dla Ciebie i Twojego dostawcy pośredniego.',
  'command.remove.description':
    'Sprawdź, co blokuje usunięcie relacji odsprzedawcy z klientem, a następnie złóż wniosek o usunięcie.',
  'command.requests.description': 'Otwarte i ostatnie wnioski o usunięcie wraz z ich stanem.',
  'command.audit.description': 'Historia klienta: zaproszenia, poprawki, wnioski, decyzje, wykonanie.',
  'command.auditExport.description':
    'Historia wszystkich klientów z danego okresu jako pliki CSV i JSON (dni UTC, rrrr-mm-dd).',
  'command.notify.description':
    'W kanale: publikuj tutaj powiadomienia (dodaj dostawca dla wniosków odsprzedawców) lub wyłącz.',
  'error.generic': 'Coś poszło nie tak po mojej stronie. Nic nie zostało zmienione; spróbuj ponownie.',
  'error.storeUnavailable':
    'Nie mogę teraz połączyć się z magazynem danych. Nic nie zostało zmienione; spróbuj ponownie za minutę.',

  'common.yes': 'Tak',
  'common.no': 'Nie',
  'common.unknown': 'Nieznane',
  'common.none': 'brak',
  'common.label': '{label}:',
  'common.separator': '; ',
  'role.globalAdmin': 'Administrator globalny',
  'role.adminAgent': 'Agent administracyjny',
  'role.salesAgent': 'Agent sprzedaży',
  'role.helpdeskAgent': 'Agent pomocy technicznej',
  'relationship.none': 'Brak relacji',
  'relationship.reseller': 'Odsprzedawca',
  'relationship.advisor': 'Doradca',
  'relationship.syndication': 'Partner syndykacyjny',
  'relationship.microsoft_support': 'Pomoc techniczna Microsoft',
  'relationship.unknown': 'Nieznana',
  'status.none': 'Brak stanu',
  'status.active': 'Aktywna',
  'status.pending': 'Oczekująca',
  'status.suspended': 'Zawieszona',
  'status.expired': 'Wygasła',
  'status.disabled': 'Wyłączona',
  'status.deleted': 'Anulowana',
  'status.unknown': 'Nieznany',
  'commerce.legacy': 'Starsza oferta',
  'commerce.nce': 'Nowe środowisko handlowe (NCE)',
  'commerce.azurePlan': 'Plan platformy Azure',
  'commerce.software': 'Oprogramowanie',
  'partnerRole.indirectReseller': 'Odsprzedawca pośredni',
  'partnerRole.indirectProvider': 'Dostawca pośredni',
  'permission.viewCustomers': 'przeglądać klientów',
  'permission.viewAudit': 'przeglądać historię',
  'permission.invite': 'zapraszać klientów',
  'permission.remediate': 'zawieszać ani anulować subskrypcji',
  'permission.requestRemoval': 'wnioskować o usunięcie relacji odsprzedawcy',
  'permission.approveRemoval': 'zatwierdzać usunięcia relacji odsprzedawcy',
  'permission.notify': 'wybierać, gdzie trafiają powiadomienia',
  'fact.customer': 'Klient',
  'fact.domain': 'Domena',
  'fact.tenantId': 'Identyfikator dzierżawy',
  'fact.relationship': 'Relacja z Tobą',
  'fact.dap': 'Uprawnienia administratora delegowanego (DAP)',
  'fact.country': 'Kraj',
  'fact.mpnId': 'Identyfikator MPN',
  'fact.requestId': 'Identyfikator wniosku',
  'fact.requestedBy': 'Wnioskujący',
  'fact.time': 'Czas',
  'fact.reason': 'Powód',
  'fact.errorCode': 'Kod błędu',
  'fact.errorDescription': 'Opis',
  'fact.correlationId': 'Identyfikator korelacji',
  'fact.reseller': 'Odsprzedawca',

  'picker.title': 'Klienci',
  'picker.searched': 'Wyszukiwanie: {query}',
  'picker.all': 'Wszyscy Twoi klienci w kolejności alfabetycznej.',
  'picker.for.customer.show': 'Wybierz klienta, którego szczegóły chcesz zobaczyć.',
  'picker.for.invite.start': 'Wybierz klienta, którego chcesz zaprosić.',
  'picker.for.removal.preflight': 'Wybierz klienta, którego usunięcie chcesz sprawdzić.',
  'picker.count': 'Pasujący klienci: {total}. Wyświetlane od {from} do {to}.',
  'picker.noMatch': 'Żaden klient nie pasuje do tego wyszukiwania. Spróbuj części nazwy lub domeny.',
  'picker.noCustomers': 'Nie masz jeszcze żadnych klientów w Centrum partnerskim.',
  'picker.loading':
    'Trwa odczyt listy klientów z Centrum partnerskiego (odczytani dotąd klienci: {count}): ta lista może być niepełna. Zapytaj ponownie za chwilę, aby zobaczyć wszystkich.',
  'picker.noMatchYet': 'Żaden z dotąd odczytanych klientów nie pasuje do tego wyszukiwania.',
  'picker.label': 'Klient',
  'picker.placeholder': 'Pisz, aby wyszukać po nazwie lub domenie',
  'picker.required': 'Najpierw wybierz klienta.',
  'picker.listHeading': 'Na tej stronie:',
  'picker.details': 'Szczegóły',
  'picker.invite': 'Zaproś',
  'picker.remove': 'Usuń',
  'picker.previous': 'Poprzednia',
  'picker.next': 'Następna',

  'choice.title': 'Do „{query}” pasuje kilku klientów. O którego chodzi?',
  'choice.more': 'I jeszcze {count}. Wpisz więcej z nazwy lub domeny, aby zawęzić wyszukiwanie.',
  'providerChoice.title': 'Którego dostawcę pośredniego ma wskazać zaproszenie?',
  'providerChoice.text':
    'Współpracujesz z kilkoma dostawcami pośrednimi. Klient zaakceptuje Ciebie i dostawcę wybranego tutaj.',
  'providerChoice.button': 'Zaproś z tym dostawcą',
  'choice.button.show': 'Pokaż',
  'choice.button.invite': 'Zaproś',
  'choice.button.remove': 'Sprawdź usunięcie',
  'choice.button.audit': 'Historia',

  'details.partnersHeading': 'Inni partnerzy tego klienta',
  'details.partnersNone': 'Żaden inny partner nie ma relacji z tym klientem.',
  'details.subscriptionsHeading': 'Subskrypcje',
  'details.subscriptionsNone': 'Ten klient nie ma żadnych subskrypcji.',
  'details.subscriptionsShown': 'Wyświetlane subskrypcje: {shown} z {total}.',
  'details.quantity': 'Ilość {quantity}',
  'details.cancelUntil': 'Można anulować do {date}.',
  'details.cancelClosed': 'Okno anulowania zamknęło się {date}.',
  'details.reservationsHeading': 'Rezerwacje platformy Azure',
  'details.reservationsNote':
    'Centrum partnerskie nie podaje nazwy produktu dla rezerwacji: każda jest pokazana przez identyfikator produktu.',
  'details.reservation': 'Produkt {product}',
  'details.reservationExpires': 'Wygasa {date}.',
  'details.termEnd': 'Okres kończy się {date}.',
  'details.gdapHeading': 'Relacje GDAP',
  'details.gdapNote': 'Tylko informacyjnie: relacje GDAP są niezależne od relacji odsprzedawcy.',
  'details.gdapUnavailable':
    'Relacje GDAP nie są tu dostępne, ponieważ nie można odczytać danych z Microsoft Graph. Sprawdź je w Centrum partnerskim.',
  'details.gdapNone': 'Brak relacji GDAP.',
  'details.gdapEnds': 'kończy się {date}',
  'details.invite': 'Zaproś',
  'details.remove': 'Usuń relację odsprzedawcy',

  'invite.title': 'Wiadomość e-mail z zaproszeniem',
  'invite.forExisting': 'Dla istniejącego klienta {name}.',
  'invite.alreadyReseller': ' Ten klient ma już z Tobą relację odsprzedawcy: nie ma nic do zaakceptowania.',
  'invite.forNew': 'Dla nowego klienta.',
  'invite.forNewWithProvider': 'Dla nowego klienta, razem z Twoim dostawcą pośrednim {provider}.',
  'invite.subject': 'Temat: {subject}',
  'invite.bodyLabel':
    'Treść wiadomości. Możesz ją edytować, ale zachowaj link: jest spersonalizowany i łączy klienta bezpośrednio z Twoim kontem.',
  'invite.link': 'Link z zaproszeniem do skopiowania do własnej wiadomości:',
  'invite.unofficial':
    'Przetestuj ten link przed wysłaniem. Wspólny link dla Ciebie i Twojego dostawcy pośredniego jest tworzony w formacie, którego Microsoft nie dokumentuje.',
  'invite.problem.urlMissing':
    'W Twoim tekście brakuje linku z zaproszeniem. Wstaw go z powrotem bez zmian, a następnie ponownie naciśnij Gotowe. Twoje zmiany zostały zachowane.',
  'invite.problem.urlChanged':
    'Link z zaproszeniem w Twoim tekście został zmieniony. Wstaw go z powrotem dokładnie tak, jak pokazano poniżej, a następnie ponownie naciśnij Gotowe. Twoje zmiany zostały zachowane.',
  'invite.open': 'Otwórz w programie pocztowym',
  'invite.done': 'Gotowe',
  'invite.openLink': 'Otwórz link',
  'invite.keepEdit': 'Przenieś moje zmiany do wiadomości',
  'invite.keepEditHint':
    'Po edycji kliknij „Przenieś moje zmiany do wiadomości”: wtedy „Otwórz w programie pocztowym” otworzy Twój tekst.',
  'invite.completed': 'Zapisane przez: {by}, {at}.',
  'invite.nextSteps':
    'Teraz wyślij wiadomość do klienta. Aby zaakceptować zaproszenie, musi on być administratorem globalnym swojej dzierżawy. Po akceptacji pojawi się na Twojej liście klientów.',

  'removal.title': 'Usuń relację odsprzedawcy',
  'removal.done.suspend': 'Subskrypcja {name} jest teraz zawieszona.',
  'removal.done.cancel': 'Subskrypcja {name} jest teraz anulowana.',
  'removal.done.cancelSoftwareOrder': 'Zamówienie oprogramowania {name} jest teraz anulowane.',
  'removal.done.autoRenewOff': 'Automatyczne odnawianie subskrypcji {name} jest teraz wyłączone.',
  'removal.failed': 'Centrum partnerskie odrzuciło zmianę dla {name}. Nic nie zostało zmienione.',
  'removal.blockersHeading': 'Co blokuje usunięcie',
  'removal.noBlockers': 'Nic nie blokuje usunięcia.',
  'removal.quantity': ' (ilość {quantity})',
  'removal.blocker.activeLegacySubscription':
    '{name} to aktywna subskrypcja w starszej ofercie. Najpierw ją zawieś.',
  'removal.blocker.activeAzurePlan':
    '{name} to aktywny plan platformy Azure. Najpierw go zawieś; w razie potrzeby anuluj jego subskrypcje platformy Azure.',
  'removal.blocker.cancellable': '{commerce}: {name} — tę subskrypcję należy anulować.',
  'removal.blocker.cancellableUntil':
    'Anulowanie z proporcjonalnym zwrotem jest możliwe do {date}; później nie będzie można jej anulować przed końcem okresu.',
  'removal.blocker.locked':
    '{commerce}: {name} — tej subskrypcji nie można anulować przed końcem okresu, czyli przed {date}.',
  'removal.blocker.lockedNoDate':
    '{commerce}: {name} — tej subskrypcji nie można anulować przed końcem okresu.',
  'removal.blocker.lockedAutoRenew': 'Wyłącz automatyczne odnawianie, aby wtedy wygasła.',
  'removal.blocker.lockedAutoRenewOff':
    'Automatyczne odnawianie jest wyłączone: wtedy wygaśnie zamiast się odnowić.',
  'removal.blocker.lockedAutoRenewSuspended':
    'Automatyczne odnawianie jest włączone. Reseller Desk zmienia je tylko w aktywnej subskrypcji: wyłącz je w Centrum partnerskim.',
  'removal.blocker.pending': '{name} jest jeszcze aprowizowana. Spróbuj ponownie później.',
  'removal.blocker.reservation':
    '{name} to aktywna rezerwacja platformy Azure, ważna do {date}. Aby ją anulować lub wymienić, otwórz klienta w Centrum partnerskim, następnie Rezerwacje platformy Azure i Zarządzaj: rezerwacja otworzy się w witrynie Azure Portal. Może to zrobić agent administracyjny, agent pomocy technicznej lub agent sprzedaży.',
  'removal.blocker.reservationNoDate':
    '{name} to aktywna rezerwacja platformy Azure. Aby ją anulować lub wymienić, otwórz klienta w Centrum partnerskim, następnie Rezerwacje platformy Azure i Zarządzaj: rezerwacja otworzy się w witrynie Azure Portal. Może to zrobić agent administracyjny, agent pomocy technicznej lub agent sprzedaży.',
  'removal.blocker.software':
    '{name} to zakup oprogramowania. Najpierw go anuluj: anulowane zostaną tylko te pozycje zamówienia, które dotyczą tego zakupu.',
  'removal.blocker.softwareUntil': 'Anulowanie jest możliwe do {date}.',
  'removal.blocker.softwareNoLines':
    '{name} to zakup oprogramowania, ale Centrum partnerskie nie podaje, których pozycji zamówienia dotyczy. Anuluj go w Centrum partnerskim: anulowanie stąd całego zamówienia mogłoby anulować inne zakupy.',
  'removal.blocker.unknownEntitlement':
    '{name} to zakup rodzaju, którego Reseller Desk nie zna: ani oprogramowanie, ani rezerwacja platformy Azure. Sprawdź go w Centrum partnerskim, zanim poprosisz o usunięcie.',
  'removal.notice.perpetualSoftware':
    '{name} to oprogramowanie wieczyste kupione {date}. Jego 30-dniowy okres anulowania minął {closed}, więc nie można go już anulować. Microsoft nie podaje, czy blokuje ono usunięcie; jeśli tak, Centrum partnerskie odmówi usunięcia i poda powód.',
  'removal.notice.savingsPlans':
    'Reseller Desk nie widzi planów oszczędnościowych platformy Azure: Centrum partnerskie nie udostępnia sposobu na ich wyświetlenie dla klienta. Microsoft wymienia je wśród spraw do załatwienia przed usunięciem; sprawdź plany oszczędnościowe klienta w witrynie Azure Portal.',
  'removal.note.legacySuspended':
    'Zawieszona subskrypcja w starszej ofercie nie jest rozliczana. Użytkownicy klienta tracą dostęp; administratorzy zachowują dostęp do danych i ustawień.',
  'removal.note.stillBilled':
    'Jest zawieszona, ale nadal rozliczana: subskrypcje w nowym środowisku handlowym trzeba anulować.',
  'removal.note.cannotRemediate':
    'Twoja rola nie pozwala zawieszać ani anulować subskrypcji. Poproś współpracownika, którego rola na to pozwala.',
  'removal.button.suspend': 'Zawieś',
  'removal.button.cancel': 'Anuluj subskrypcję',
  'removal.button.cancelSoftwareOrder': 'Anuluj zamówienie',
  'removal.button.autoRenewOff': 'Wyłącz automatyczne odnawianie',
  'removal.button.all.suspend': 'Zawieś wszystkie ({count})',
  'removal.button.all.cancel': 'Anuluj wszystkie ({count})',
  'removal.button.all.cancelSoftwareOrder': 'Anuluj wszystkie zamówienia ({count})',
  'removal.button.all.autoRenewOff': 'Wyłącz automatyczne odnawianie wszystkich ({count})',
  'removal.confirm.suspend': 'Zamierzasz zawiesić:',
  'removal.confirm.cancel': 'Zamierzasz anulować:',
  'removal.confirm.cancelSoftwareOrder': 'Zamierzasz anulować te zakupy oprogramowania:',
  'removal.confirm.autoRenewOff': 'Zamierzasz wyłączyć automatyczne odnawianie:',
  'removal.confirm.autoRenewOffItem':
    '{name} wygaśnie {date} zamiast się odnowić; do tego czasu pozostaje aktywna.',
  'removal.confirm.autoRenewOffItemNoDate':
    '{name} wygaśnie z końcem okresu zamiast się odnowić; do tego czasu pozostaje aktywna.',
  'removal.confirmNote.suspend':
    'Użytkownicy klienta tracą dostęp do tego, co zostanie zawieszone. Można to cofnąć: zawieszoną subskrypcję można ponownie aktywować.',
  'removal.confirmNote.cancel': 'Tego nie można cofnąć. Klient otrzyma proporcjonalny zwrot.',
  'removal.confirmNote.cancelSoftwareOrder':
    'Tego nie można cofnąć. Anulowane są tylko te pozycje zamówienia, które dotyczą tego zakupu; ewentualny zwrot zależy od zasad anulowania oprogramowania firmy Microsoft.',
  'removal.confirmNote.autoRenewOff': 'Do końca okresu nadal blokuje usunięcie.',
  'removal.button.confirm.suspend': 'Potwierdź zawieszenie',
  'removal.button.confirm.cancel': 'Potwierdź anulowanie',
  'removal.button.confirm.cancelSoftwareOrder': 'Potwierdź anulowanie',
  'removal.button.confirm.autoRenewOff': 'Potwierdź wyłączenie automatycznego odnawiania',
  'removal.button.keep': 'Zostaw bez zmian',
  'removal.button.keepAll': 'Zostaw bez zmian',
  'removal.skipped': 'Dla {count} z nich nic nie wysłano: nie było to już potrzebne.',
  'removal.consequencesHeading': 'Skutki usunięcia',
  'removal.consequence.list': 'Klient znika z Twojej listy klientów w Centrum partnerskim.',
  'removal.consequence.support': 'Zostajesz usunięty z listy kontaktów pomocy technicznej klienta.',
  'removal.consequence.dap':
    'Twoje uprawnienia administratora delegowanego (DAP), jeśli istnieją, zostają usunięte.',
  'removal.consequence.purchases': 'Nie możesz już dokonywać zakupów w imieniu klienta.',
  'removal.consequence.gdap':
    'Relacje GDAP nie są usuwane automatycznie; zakończ je osobno, jeśli dostęp ma wygasnąć.',
  'removal.consequence.gdapList': 'Relacje GDAP, które pozostaną:',
  'removal.consequence.gdapUnavailable':
    'Nie udało się tu odczytać relacji GDAP; sprawdź je w Centrum partnerskim przed usunięciem.',
  'removal.consequence.partners': 'Inni partnerzy zachowują własne relacje z klientem:',
  'removal.consequence.customer':
    'Klient może też usunąć uprawnienia delegowane w Centrum administracyjnym platformy Microsoft 365 lub w witrynie Azure Portal.',
  'removal.attestationHeading': 'Oświadczenie',
  'removal.attestation':
    'Oświadczasz, że decyzja o zakończeniu relacji z klientem została podjęta w dobrej wierze, w uzasadnionym celu biznesowym i zgodnie z umową z Twoim klientem lub partnerem, oraz zobowiązujesz się bronić firmę Microsoft i zwolnić ją z odpowiedzialności wobec wszelkich roszczeń osób trzecich twierdzących inaczej.',
  'removal.attestLabel': 'Twoja zgoda',
  'removal.attestToggle': 'Akceptuję powyższe oświadczenie.',
  'removal.attestError': 'Aby złożyć wniosek o usunięcie, musisz zaakceptować oświadczenie.',
  'removal.attestationVersion': 'Wersja tekstu oświadczenia: {version}',
  'removal.reasonLabel': 'Powód usunięcia, zapisywany z wnioskiem',
  'removal.reasonPlaceholder': 'Na przykład: klient przeszedł do innego partnera',
  'removal.reasonError': 'Podaj powód o długości maksymalnie 500 znaków.',
  'removal.askReasonLabel': 'Powód, wysyłany do Twojego dostawcy pośredniego',
  'removal.legalNotice':
    'Jeśli wymaga tego Twoja umowa, musisz przekazać klientowi lub partnerowi powiadomienie prawne o zakończeniu współpracy. To narzędzie nie generuje powiadomienia dla klienta ani partnera.',
  'schedule.whenApproved':
    'Blokują je tylko daty: po zatwierdzeniu usunięcie zostanie zaplanowane na {date} i wtedy wykona się samo.',
  'schedule.when': 'Zaplanowano na {date}: wtedy wykona się samo, jeśli nic innego go nie zablokuje.',
  'schedule.autoRenewPlanned': 'Po zatwierdzeniu automatyczne odnawianie zostanie wyłączone dla: {names}.',
  'schedule.autoRenewDone':
    'Automatyczne odnawianie wyłączone (potwierdzone przez Centrum partnerskie): {names}.',
  'schedule.autoRenewFailed':
    'Nie udało się wyłączyć automatycznego odnawiania: {names}. Wyłącz je w Centrum partnerskim, inaczej subskrypcje się odnowią i zablokują usunięcie.',
  'schedule.rule.wait':
    'Jeśli w wyznaczonym dniu zablokuje je coś nowego: wniosek czeka dalej, a kanał i wnioskodawca dostają powiadomienie.',
  'schedule.rule.fail':
    'Jeśli w wyznaczonym dniu zablokuje je coś nowego: wniosek kończy się niepowodzeniem, a kanał i wnioskodawca dostają powiadomienie.',
  'schedule.stillBlocked': 'Sprawdzono {at}: nadal blokuje: {names}.',
  'schedule.intro':
    'To usunięcie blokują tylko daty; ostatnia to {date}. Możesz złożyć wniosek już teraz: po zatwierdzeniu usunięcie wykona się samo po tej dacie, jeśli nic innego go nie zablokuje.',
  'schedule.autoRenewLabel': 'Automatyczne odnawianie',
  'schedule.autoRenewToggle':
    'Po zatwierdzeniu wyłącz ich automatyczne odnawianie, aby ich okresy zakończyły się {date} zamiast się odnowić',
  'schedule.autoRenewOn': 'Automatyczne odnawianie jest włączone dla: {names}.',
  'schedule.autoRenewError':
    'Potwierdź wyłączenie automatycznego odnawiania, inaczej subskrypcje się odnowią i zablokują usunięcie.',
  'schedule.onBlockedLabel': 'Jeśli w wyznaczonym dniu usunięcie zablokuje coś nowego',
  'schedule.onBlocked.wait': 'Czekaj dalej i powiadom nas (sprawdzane co 6 godzin)',
  'schedule.onBlocked.fail': 'Zakończ wniosek niepowodzeniem i powiadom nas',
  'schedule.button.request': 'Złóż wniosek o usunięcie na {date}',
  'removal.button.request': 'Złóż wniosek o usunięcie',
  'removal.button.askProvider': 'Poproś dostawcę o usunięcie',
  'removal.button.checkAgain': 'Sprawdź ponownie',
  'removal.refusal.blockers': 'Wniosek o usunięcie możesz złożyć, gdy nic z powyższych go nie blokuje.',
  'removal.refusal.role':
    'Twoja rola nie pozwala składać wniosków o usunięcie. Poproś współpracownika, którego rola na to pozwala.',
  'removal.refusal.notReseller': 'Nie masz relacji odsprzedawcy z tym klientem, więc nie ma czego usuwać.',
  'removal.refusal.pendingRequest':
    'Wniosek o usunięcie został już złożony przez: {by}, {at} (wniosek {id}). Czeka na zatwierdzającego.',
  'removal.refusal.pendingRequestUnknown':
    'Wniosek o usunięcie dla tego klienta już czeka na zatwierdzającego.',
  'removal.refusal.indirectReseller':
    'Jako odsprzedawca pośredni nie możesz samodzielnie usunąć tej relacji: odsprzedawcy pośredni muszą to zrobić za pośrednictwem swojego dostawcy pośredniego. Możesz poprosić {provider} o jej usunięcie.',
  'removal.refusal.indirectResellerNoProvider':
    'Jako odsprzedawca pośredni nie możesz samodzielnie usunąć tej relacji: odsprzedawcy pośredni muszą to zrobić za pośrednictwem swojego dostawcy pośredniego. Skontaktuj się ze swoim dostawcą pośrednim.',
  'removal.checkedAt': 'Sprawdzono w Centrum partnerskim: {at}.',

  'requested.title': 'Złożono wniosek o usunięcie',
  'requested.next': 'Wniosek musi zatwierdzić osoba zatwierdzająca. Nic jeszcze nie zostało usunięte.',
  'requested.route.channel':
    'Wysłano do zatwierdzenia na kanał Teams, w którym {names} użył(a) polecenia „powiadamiaj tutaj”.',
  'requested.route.channels':
    'Wysłano do zatwierdzenia na kanały Teams, w których {names} użyli polecenia „powiadamiaj tutaj”.',
  'requested.route.people': 'Wysłano do zatwierdzenia na czacie do: {names}.',
  'requested.route.unreachable':
    'Nie mogłem skontaktować się z: {names} — Reseller Desk nie jest u nich zainstalowany i nigdy do niego nie pisali.',
  'requested.route.nobody':
    'Żadna osoba zatwierdzająca nie otrzymała tego wniosku: żaden kanał nie odbiera wniosków o usunięcie, a nie udało się otworzyć czatu z żadną z tych osób. Poproś osobę zatwierdzającą ({names}), aby użyła polecenia „powiadamiaj tutaj” na kanale Teams, w którym zainstalowano Reseller Desk: wniosek od razu tam trafi. Do tego czasu osoba zatwierdzająca znajdzie go poleceniem „wnioski”. Wniosek wygasa {expires}.',
  'requested.route.noApprovers':
    'Nikt w pliku ról nie może zatwierdzać usunięć, więc nikt nie może rozstrzygnąć tego wniosku. Poproś administratora Reseller Desk o wskazanie osoby zatwierdzającej w pliku ról.',
  'requested.approvers': 'Mogą zatwierdzić: {names}.',
  'requested.approvedBy': 'Zatwierdził(a) {by}, {at}.',

  'provider.title': 'Wniosek o usunięcie od odsprzedawcy pośredniego',
  'provider.intro':
    '{reseller}, jeden z Twoich odsprzedawców pośrednich, prosi o usunięcie relacji odsprzedawcy z tym klientem.',
  'provider.todo':
    'Co zrobić: najpierw anuluj lub zawieś subskrypcje klienta, a następnie w Centrum partnerskim przejdź do pozycji Klienci, wybierz klienta, wybierz pozycję Konto, a potem Usuń relację odsprzedawcy.',
  'provider.open': 'Otwórz Centrum partnerskie',

  'notice.notAllowed.title': 'Brak uprawnień',
  'notice.notAllowed.text': 'Przy Twoich rolach ({roles}) nie możesz {permission}.',
  'notice.notAllowed.required': 'Wymagana jest jedna z tych ról: {roles}.',
  'notice.unknownUser.title': 'Nie ma Cię w pliku ról',
  'notice.unknownUser.text':
    'Nie ma Cię w pliku ról, więc nie możesz {permission}. Poproś administratora o dodanie Cię.',
  'notice.customerNotFound.title': 'Nie znaleziono klienta',
  'notice.customerNotFound.text': 'Żaden klient nie pasuje do „{query}”. Spróbuj części nazwy lub domeny.',
  'notice.customerNotFound.inviteNew': 'Jeśli to nowy klient, zaproś go nowym zaproszeniem.',
  'notice.customerNotFound.inviteNewButton': 'Zaproś nowego klienta',
  'notice.customerQueryMissing.title': 'Który klient?',
  'notice.customerQueryMissing.audit':
    'Wpisz historia, a po nim nazwę, domenę lub identyfikator dzierżawy klienta.',
  'notice.customerGone.title': 'Klienta nie ma już na liście',
  'notice.customerGone.text':
    'Klienta {name} nie ma już na Twojej liście klientów. Dane w Centrum partnerskim mogły się zmienić od wysłania tej karty.',
  'notice.partnerCenterError.title': 'Błąd Centrum partnerskiego',
  'notice.partnerCenterError.text': 'Centrum partnerskie zwróciło błąd. Nic więcej nie zostało zmienione.',
  'notice.partnerCenterError.hint':
    'Jeśli to się powtórzy, przekaż identyfikator korelacji pomocy technicznej firmy Microsoft.',
  'notice.partnerCenterRefused.title': 'Centrum partnerskie odrzuciło żądanie',
  'notice.partnerCenterRefused.text':
    'Centrum partnerskie odrzuciło to żądanie dla konta, którym loguje się Reseller Desk: kod {code} („{description}”), identyfikator korelacji {correlationId}.',
  'notice.partnerCenterRefused.textNoDescription':
    'Centrum partnerskie odrzuciło to żądanie dla konta, którym loguje się Reseller Desk: kod {code}, identyfikator korelacji {correlationId}.',
  'notice.partnerCenterBusy.title': 'Centrum partnerskie jest przeciążone',
  'notice.partnerCenterBusy.text':
    'Centrum partnerskie jest teraz przeciążone. Spróbuj ponownie za {seconds} s.',
  'notice.partnerCenterBusy.textNoDelay':
    'Centrum partnerskie jest teraz przeciążone. Spróbuj ponownie za minutę.',
  'notice.partnerCenterUnavailable.title': 'Centrum partnerskie jest niedostępne',
  'notice.partnerCenterUnavailable.text':
    'Centrum partnerskie ma teraz awarię po swojej stronie: odpowiedziało błędem serwera, także po kilku próbach. Spróbuj ponownie za kilka minut.',
  'notice.storeUnavailable.title': 'Magazyn danych niedostępny',
  'notice.staleAction.title': 'Ta karta jest nieaktualna',
  'notice.staleAction.text': 'Ta karta jest nieaktualna. Uruchom polecenie ponownie, aby otrzymać nową.',
  'notice.resellerCannotRemove.title': 'Tylko Twój dostawca pośredni może ją usunąć',
  'notice.resellerCannotRemove.text':
    'Jako odsprzedawca pośredni nie możesz samodzielnie usuwać relacji odsprzedawcy: musi to zrobić Twój dostawca pośredni, {provider}.',
  'notice.resellerCannotRemove.textNoProvider':
    'Jako odsprzedawca pośredni nie możesz samodzielnie usuwać relacji odsprzedawcy: musi to zrobić Twój dostawca pośredni.',
  'notice.providerAsked.title': 'Wysłano prośbę do dostawcy',
  'notice.providerAsked.text':
    'Poprosiłem {provider} o usunięcie relacji odsprzedawcy z klientem {customer}. Dostawca zrobi to w Centrum partnerskim.',
  'notice.noProviderChannel.title': 'Dostawca nieosiągalny tutaj',
  'notice.noProviderChannel.text':
    'Nie mogę skontaktować się z {provider}: nie skonfigurowano dla niego kanału w Teams. Skontaktuj się z nim bezpośrednio.',
  'notice.noProvider.title': 'Brak dostawcy pośredniego',
  'notice.noProvider.text':
    'Nie skonfigurowano dla Ciebie dostawcy pośredniego, więc nie mogę przekazać prośby. Zwróć się do administratora.',
  'notice.notifyOn.title': 'Powiadomienia włączone',
  'notice.notifyOn.events':
    'Ten kanał będzie otrzymywać powiadomienia Reseller Desk: zaproszenia, klienci, którzy zaakceptowali, wnioski o usunięcie i ich zatwierdzenia, wyniki.',
  'notice.notifyOn.provider':
    'Ten kanał będzie otrzymywać wnioski o usunięcie od Twoich odsprzedawców pośrednich.',
  'notice.notifyOff.title': 'Powiadomienia wyłączone',
  'notice.notifyOff.text': 'Ten kanał nie będzie już otrzymywać powiadomień Reseller Desk.',
  'notice.notifyNeedsChannel.title': 'Uruchom to w kanale',
  'notice.notifyNeedsChannel.text':
    'Powiadomienia trafiają do kanału zespołu lub czatu grupowego. Uruchom to polecenie tam, w konwersacji, która ma je otrzymywać.',
  'notice.requestNotFound.title': 'Nie znaleziono wniosku',
  'notice.requestNotFound.text': 'Nie mogę znaleźć tego wniosku o usunięcie. Nic nie zostało zmienione.',

  'approval.title': 'Wniosek o usunięcie — {customer}',
  'approval.status': 'Stan: {state}',
  'approval.state.pending': 'Oczekuje na zatwierdzenie',
  'approval.state.approved': 'Zatwierdzony',
  'approval.state.scheduled': 'Zaplanowany',
  'approval.state.executing': 'Trwa usuwanie',
  'approval.state.completed': 'Usunięto',
  'approval.state.rejected': 'Odrzucony',
  'approval.state.cancelled': 'Anulowany',
  'approval.state.expired': 'Wygasł',
  'approval.state.failed': 'Niepowodzenie',
  'approval.stateText.pending':
    'Osoba zatwierdzająca musi go zatwierdzić lub odrzucić. Nic jeszcze nie zostało usunięte.',
  'approval.stateText.approved': 'Następnie relacja zostanie usunięta w Centrum partnerskim.',
  'approval.stateText.scheduled':
    'Zatwierdzony. Usunięcie wykona się samo po ostatniej blokującej dacie, jeśli nic innego go nie zablokuje.',
  'approval.stateText.executing': 'Trwa usuwanie relacji odsprzedawcy w Centrum partnerskim.',
  'approval.stateText.completed': 'Relacja odsprzedawcy została usunięta w Centrum partnerskim.',
  'approval.stateText.rejected': 'Nic nie zostało usunięte.',
  'approval.stateText.cancelled': 'Osoba wnioskująca wycofała wniosek. Nic nie zostało usunięte.',
  'approval.stateText.expired':
    'Żadna osoba zatwierdzająca nie podjęła decyzji na czas. Nic nie zostało usunięte.',
  'approval.stateText.failed': 'Centrum partnerskie odmówiło usunięcia. Relacja odsprzedawcy nadal istnieje.',
  'approval.requestedAt': 'Data wniosku',
  'approval.attestationVersion': 'Wersja tekstu oświadczenia',
  'approval.remediesBefore': 'Wykonano przed złożeniem wniosku:',
  'approval.remedy.suspend': 'Zawieszono {name}',
  'approval.remedy.cancel': 'Anulowano {name}',
  'approval.remedy.cancelSoftwareOrder': 'Anulowano zakup oprogramowania {name}',
  'approval.remedy.autoRenewOff': 'Wyłączono automatyczne odnawianie: {name}',
  'approval.expiresAt': 'Termin zatwierdzenia',
  'approval.approvals': 'Zatwierdzenia: {count} z {required}',
  'approval.decision.rejected': 'Odrzucony przez: {by}, {at}.',
  'approval.decision.cancelled': 'Anulowany przez: {by}, {at}.',
  'approval.decision.expired': 'Wygasł {at} bez decyzji.',
  'approval.decision.at': 'Decyzja podjęta: {at}.',
  'approval.decisionReason': 'Podany powód',
  'approval.execution.started': 'Rozpoczęcie usuwania',
  'approval.execution.finished': 'Zakończenie usuwania',
  'approval.execution.retrying':
    'Centrum partnerskie jeszcze nie przyjęło usunięcia; spróbuję ponownie automatycznie. Ostatnia odpowiedź:',
  'approval.execution.error': 'Odpowiedź Centrum partnerskiego:',
  'approval.confirm':
    'Zatwierdzenie natychmiast usuwa relację odsprzedawcy w Centrum partnerskim; nie można tego stąd cofnąć.',
  'approval.button.approve': 'Zatwierdź',
  'approval.rejectLabel': 'Powód odrzucenia, zapisywany z wnioskiem',
  'approval.rejectPlaceholder': 'Na przykład: klient ma u nas jeszcze otwarte zamówienia',
  'approval.rejectError': 'Aby odrzucić wniosek, podaj powód o długości maksymalnie 500 znaków.',
  'approval.button.reject': 'Odrzuć',
  'approval.note.ownRequest':
    'Ten wniosek o usunięcie został złożony przez Ciebie; decyzję musi podjąć inna osoba zatwierdzająca.',
  'approval.note.alreadyApproved':
    'Ten wniosek został przez Ciebie zatwierdzony. Potrzebne jeszcze zatwierdzenia: {count}.',
  'approval.requester':
    'Ten wniosek o usunięcie został złożony przez Ciebie. Możesz go wycofać, dopóki czeka na osobę zatwierdzającą.',
  'approval.button.cancel': 'Anuluj wniosek',
  'approval.readOnly': 'Tylko osoby zatwierdzające mogą zatwierdzić lub odrzucić ten wniosek.',
  'approval.button.refresh': 'Odśwież',

  'event.invitationRecorded.title': 'Zapisano zaproszenie',
  'event.invitationRecorded.existing': 'Zaproszenie dla klienta {customer} zapisane przez: {by}.',
  'event.invitationRecorded.new': 'Zaproszenie dla nowego klienta zapisane przez: {by}.',
  'event.invitationRecorded.newWithProvider':
    'Zaproszenie dla nowego klienta, razem z dostawcą pośrednim {provider}, zapisane przez: {by}.',
  'event.invitationRecorded.next': 'Klient pojawi się na Twojej liście klientów po akceptacji zaproszenia.',
  'event.customerAccepted.title': 'Klient zaakceptował',
  'event.customerAccepted.text':
    'Klient {customer} zaakceptował relację odsprzedawcy i jest teraz na Twojej liście klientów.',
  'event.customerAccepted.invitedBy': 'Zaproszenie przygotowane przez: {by}.',
  'event.removalDecided.approved.title': 'Zatwierdzono usunięcie',
  'event.removalDecided.approved':
    'Usunięcie relacji odsprzedawcy z klientem {customer} zatwierdzone przez: {by}. Następnie relacja zostanie usunięta w Centrum partnerskim.',
  'event.removalDecided.approvedNoBy':
    'Zatwierdzono usunięcie relacji odsprzedawcy z klientem {customer}. Następnie relacja zostanie usunięta w Centrum partnerskim.',
  'event.removalDecided.rejected.title': 'Odrzucono usunięcie',
  'event.removalDecided.rejected':
    'Wniosek o usunięcie dla klienta {customer} odrzucony przez: {by}. Nic nie zostało usunięte.',
  'event.removalDecided.rejectedNoBy':
    'Wniosek o usunięcie dla klienta {customer} został odrzucony. Nic nie zostało usunięte.',
  'event.removalDecided.expired.title': 'Wniosek o usunięcie wygasł',
  'event.removalDecided.expired':
    'Wniosek o usunięcie dla klienta {customer} wygasł bez decyzji. Nic nie zostało usunięte.',
  'event.removalDecided.cancelled.title': 'Anulowano wniosek o usunięcie',
  'event.removalDecided.cancelled':
    'Wniosek o usunięcie dla klienta {customer} anulowany przez osobę wnioskującą: {by}. Nic nie zostało usunięte.',
  'event.removalDecided.cancelledNoBy':
    'Osoba wnioskująca anulowała wniosek o usunięcie dla klienta {customer}. Nic nie zostało usunięte.',
  'event.removalExecuted.title': 'Usunięto relację odsprzedawcy',
  'event.removalExecuted.text':
    'Relacja odsprzedawcy z klientem {customer} została usunięta w Centrum partnerskim.',
  'event.removalFailed.title': 'Usunięcie nie powiodło się',
  'event.removalFailed.text':
    'Centrum partnerskie odmówiło usunięcia relacji odsprzedawcy z klientem {customer}. Relacja nadal istnieje.',
  'event.removalFailed.todo':
    'Co zrobić: sprawdź ponownie, co blokuje usunięcie u tego klienta, usuń przeszkodę, a następnie ponownie złóż wniosek o usunięcie.',
  'event.removalScheduled.title': 'Usunięcie zaplanowane',
  'event.removalScheduled.text':
    'Usunięcie relacji odsprzedawcy z {customer} zostało zatwierdzone i zaplanowane na {date}, gdy minie ostatnia blokująca je data. Wtedy wykona się samo, jeśli nic innego go nie zablokuje.',
  'event.removalScheduled.autoRenewOff':
    'Automatyczne odnawianie jest teraz wyłączone dla: {names} — ich okresy zakończą się zamiast odnowić.',
  'event.removalScheduled.autoRenewFailed':
    'Nie udało się wyłączyć automatycznego odnawiania dla: {names} — odnowiłyby się i zablokowały usunięcie. Wyłącz je w Centrum partnerskim.',
  'event.removalReminder.title': 'Zbliża się zaplanowane usunięcie',
  'event.removalReminder.days':
    'Usunięcie relacji odsprzedawcy z {customer} zaplanowano na {date}, za {days} dni.',
  'event.removalReminder.tomorrow':
    'Usunięcie relacji odsprzedawcy z {customer} zaplanowano na {date}, czyli jutro.',
  'event.removalReminder.check':
    'Nic nie trzeba robić, jeśli dla tego klienta nie kupiono nic nowego; aby je zatrzymać, anuluj wniosek.',
  'event.removalStillBlocked.title': 'Zaplanowane usunięcie nadal zablokowane',
  'event.removalStillBlocked.failedTitle': 'Zaplanowane usunięcie nie powiodło się',
  'event.removalStillBlocked.text':
    'W zaplanowanym dniu usunięcie relacji odsprzedawcy z {customer} blokuje:',
  'event.removalStillBlocked.waiting':
    'Wniosek nadal czeka i jest sprawdzany co 6 godzin: usuń blokadę albo anuluj wniosek.',
  'event.removalStillBlocked.failed':
    'Zgodnie z wyborem przy składaniu wniosek zakończył się niepowodzeniem. Nic nie zostało usunięte.',
  'event.cancellationWindow.title': 'Kończy się okno anulowania',
  'event.cancellationWindow.text':
    '{commerce}: subskrypcję {subscription} klienta {customer} można anulować tylko do {date}.',
  'event.cancellationWindow.after':
    'Później nie będzie można jej anulować przed końcem okresu, a usunięcie będzie musiało poczekać do tego czasu.',

  'requests.title': 'Wnioski o usunięcie',
  'requests.none': 'Brak wniosków o usunięcie.',
  'requests.scheduledFor': 'wykona się {date}',
  'requests.requestedBy': 'złożony przez: {by}, {at}',
  'requests.button.decide': 'Przejrzyj i zdecyduj',
  'requests.button.open': 'Otwórz',
  'requests.requestId': 'Wniosek {id}',
  'requests.shown': 'Wyświetlono {shown} z {total} wniosków.',

  'audit.title': 'Historia: {customer}',
  'audit.none': 'Dla tego klienta nic jeszcze nie zapisano.',
  'audit.shown': 'Wyświetlono {shown} z {total} wpisów, od najnowszych.',
  'audit.action.invitation.drafted': 'Przygotowano wiadomość z zaproszeniem',
  'audit.action.invitation.recorded': 'Zapisano zaproszenie',
  'audit.action.customer.accepted': 'Klient zaakceptował zaproszenie',
  'audit.action.subscription.suspended': 'Zawieszono subskrypcję',
  'audit.action.subscription.cancelled': 'Anulowano subskrypcję',
  'audit.action.softwareOrder.cancelled': 'Anulowano zamówienie oprogramowania',
  'audit.action.subscription.autoRenewOff': 'Wyłączono automatyczne odnawianie subskrypcji',
  'audit.action.remedy.failed':
    'Zawieszenie, anulowanie lub wyłączenie automatycznego odnawiania nie powiodło się',
  'audit.action.removal.requested': 'Złożono wniosek o usunięcie',
  'audit.action.removal.providerAsked': 'Poproszono dostawcę pośredniego o usunięcie',
  'audit.action.removal.approval': 'Zatwierdzono usunięcie',
  'audit.action.removal.approved': 'Usunięcie zostało zatwierdzone',
  'audit.action.removal.scheduled': 'Usunięcie zaplanowano na jego datę',
  'audit.action.removal.stillBlocked': 'W zaplanowanym dniu coś nadal blokowało usunięcie',
  'audit.action.removal.rejected': 'Odrzucono usunięcie',
  'audit.action.removal.cancelled': 'Anulowano wniosek o usunięcie',
  'audit.action.removal.expired': 'Wniosek o usunięcie wygasł',
  'audit.action.removal.executing': 'Rozpoczęto usuwanie w Centrum partnerskim',
  'audit.action.removal.completed': 'Relacja odsprzedawcy została usunięta',
  'audit.action.removal.failed': 'Usunięcie nie powiodło się',
  'audit.action.audit.exported': 'Wyeksportowano historię',
  'audit.detail.invitationId': 'Identyfikator zaproszenia',
  'audit.detail.target': 'Zaproszenie dla',
  'audit.detail.unofficialUrl': 'Nieoficjalny link',
  'audit.detail.withProvider': 'Z dostawcą pośrednim',
  'audit.detail.id': 'Identyfikator',
  'audit.detail.name': 'Nazwa',
  'audit.detail.remedy': 'Działanie',
  'audit.detail.provider': 'Dostawca pośredni',
  'audit.detail.delivered': 'Dostarczono',

  'email.subject': '{partner} zaprasza do relacji odsprzedawcy w Centrum partnerskim firmy Microsoft',
  'email.subjectWithProvider':
    '{partner} i {provider} zapraszają do relacji odsprzedawcy w Centrum partnerskim firmy Microsoft',
  'email.greeting': 'Dzień dobry,',
  'email.intro':
    '{partner} zaprasza Państwa do upoważnienia nas jako odsprzedawcy w programie Microsoft Cloud Solution Provider. Pozwoli nam to zarządzać w Państwa imieniu subskrypcjami, licencjami i użytkownikami Microsoft.',
  'email.introWithProvider':
    '{partner} zaprasza Państwa do upoważnienia nas oraz naszego dostawcy pośredniego {provider} jako odsprzedawców w programie Microsoft Cloud Solution Provider. Pozwoli nam to zarządzać w Państwa imieniu subskrypcjami, licencjami i użytkownikami Microsoft, a {provider} będzie mógł składać zamówienia w Państwa imieniu.',
  'email.action':
    'Aby zaakceptować zaproszenie, proszę otworzyć ten link i wykonać kroki w Centrum administracyjnym platformy Microsoft 365:',
  'email.conditions':
    'Aby zaakceptować zaproszenie, trzeba być administratorem globalnym dzierżawy Microsoft Państwa organizacji. Jeśli organizacja nie zaakceptowała jeszcze Umowy klienta Microsoft, zostanie o to poproszona.',
  'email.questions': 'W razie pytań wystarczy odpowiedzieć na tę wiadomość.',
  'email.closing': 'Z poważaniem',
  // Evidence packs (the page bot/evidence/evidencePage.ts serves) and audit exports
  'evidence.button': 'Otwórz pakiet dowodowy',
  'evidence.title': 'Pakiet dowodowy: usunięcie relacji odsprzedawcy z klientem {customer}',
  'evidence.generated': 'Sporządzony przez Reseller Desk na podstawie jego zapisów, {at}.',
  'evidence.json': 'To samo w formacie JSON',
  'evidence.section.request': 'Wniosek',
  'evidence.section.before': 'Klient w chwili złożenia wniosku',
  'evidence.section.remedies': 'Co zrobiono przed usunięciem',
  'evidence.section.attestation': 'Oświadczenie',
  'evidence.section.approvals': 'Zatwierdzenia',
  'evidence.section.removal': 'Usunięcie w Partner Center',
  'evidence.section.after': 'Stan po usunięciu',
  'evidence.section.trail': 'Wpisy historii',
  'evidence.before.none':
    'Nie zapisano migawki: wniosek złożono, zanim Reseller Desk zaczął je przechowywać.',
  'evidence.before.subscriptions': 'Subskrypcje ({count})',
  'evidence.before.more': 'Pozostałe subskrypcje ({count}) nie są wymienione.',
  'evidence.before.blockers': 'Nadal blokowało',
  'evidence.before.notices': 'Do odnotowania',
  'evidence.before.gdap': 'Relacje GDAP',
  'evidence.before.otherPartners': 'Inni partnerzy',
  'evidence.before.checkedAt': 'Odczytano z Partner Center',
  'evidence.remedies.none': 'Dla tego wniosku nie zapisano żadnego zawieszenia ani anulowania.',
  'evidence.remedy.done': 'Wykonano',
  'evidence.remedy.failed': 'Odmowa, błąd {code}',
  'evidence.col.time': 'Czas',
  'evidence.col.by': 'Kto',
  'evidence.col.action': 'Czynność',
  'evidence.col.target': 'Subskrypcja lub zamówienie',
  'evidence.col.answer': 'Odpowiedź Partner Center',
  'evidence.col.name': 'Nazwa',
  'evidence.col.status': 'Stan',
  'evidence.col.commerce': 'Rodzaj',
  'evidence.col.id': 'Identyfikator',
  'evidence.col.details': 'Szczegóły',
  'evidence.col.hash': 'Skrót (SHA-256)',
  'evidence.attestation.by': 'Oświadczenie złożył(a)',
  'evidence.attestation.at': 'Data oświadczenia',
  'evidence.attestation.text': 'Zaakceptowany tekst',
  'evidence.attestation.otherVersion':
    'Działający Reseller Desk nie przechowuje już tekstu tej wersji; wskazuje go numer wersji.',
  'evidence.approvals.required': 'Wymagane zatwierdzenia',
  'evidence.approvals.none': 'Nie zapisano żadnego zatwierdzenia.',
  'evidence.removal.none': 'Usunięcie nigdy nie zostało wysłane do Partner Center.',
  'evidence.removal.msRequestId': 'MS-RequestId',
  'evidence.removal.attempts': 'Próby',
  'evidence.removal.started': 'Pierwsza próba',
  'evidence.removal.lastAttempt': 'Ostatnia próba',
  'evidence.removal.finished': 'Zakończono',
  'evidence.removal.confirmedBy': 'Potwierdzenie',
  'evidence.confirmedBy.answer': 'Odpowiedź Partner Center na usunięcie',
  'evidence.confirmedBy.reRead': 'Ponowny odczyt klienta po wywołaniu',
  'evidence.after.relationshipNone':
    'Partner Center odpowiedział na usunięcie, że nie pozostała żadna relacja (relationshipToPartner none).',
  'evidence.after.relationshipGone':
    'Odczyt klienta w Partner Center po wywołaniu nie wykazał relacji odsprzedawcy.',
  'evidence.after.error': 'Partner Center nie usunął relacji. Jego ostatnia odpowiedź:',
  'evidence.integrity.ok':
    'Łańcuch skrótów historii tego klienta jest nienaruszony, zweryfikowane wpisy: {count}.',
  'evidence.integrity.unverified':
    'Starsze wpisy ({count}) powstały przed łańcuchem i nie można ich zweryfikować.',
  'evidence.integrity.broken':
    'Łańcuch skrótów historii tego klienta jest przerwany we wpisie {index}: {problem}',
  'evidence.integrity.changed': 'wpis został zmieniony.',
  'evidence.integrity.missing': 'brakuje wpisu.',
  'evidence.integrity.reordered': 'wpisy są w złej kolejności.',
  'evidence.integrity.unreadable': 'nie można odczytać historii.',
  'evidence.trail.none': 'Żaden wpis historii nie wymienia tego wniosku.',
  'evidence.denied.title': 'Ten link nie działa',
  'evidence.denied.text':
    'Tego linku nie utworzył Reseller Desk albo został zmieniony. Nic nie zostanie pokazane.',
  'evidence.expired.title': 'Ten link wygasł',
  'evidence.expired.text':
    'Poproś Reseller Desk o nowy link: otwórz wniosek z listy wnioski albo powtórz eksport.',
  'evidence.notFound.title': 'Nic do pokazania',
  'evidence.notFound.text':
    'Nie ma takiego wniosku albo jeszcze się nie zakończył: pakiet dowodowy powstaje, gdy usunięcie się powiedzie lub nie powiedzie.',
  'auditExport.title': 'Eksport historii',
  'auditExport.period': 'Wpisy historii wszystkich klientów od {from} do {to} (dni UTC, włącznie).',
  'auditExport.validUntil':
    'Linki działają do {date}. Każdy, kto je ma, może pobrać wpisy: udostępniaj je tylko osobom uprawnionym do przeglądania historii.',
  'auditExport.csv': 'Pobierz CSV',
  'auditExport.json': 'Pobierz JSON',
  'auditExport.usage':
    'Wpisz {example}: dwa dni w formacie rrrr-mm-dd, pierwszy nie później niż drugi, łącznie najwyżej {days} dni.',
  'auditExport.invalid.format': 'To nie są dwie daty w formacie rrrr-mm-dd.',
  'auditExport.invalid.order': 'Pierwszy dzień jest późniejszy niż drugi.',
  'auditExport.invalid.tooLong': 'Okres jest dłuższy niż {days} dni.',
  'auditExport.unavailable': 'Nie mogę utworzyć linków: nie skonfigurowano klucza podpisu.',
  // GDAP health (`gdap`), its weekly digest, and the GDAP section of the customer card
  'command.gdap.description':
    'Stan GDAP: relacje wkrótce wygasające lub bez auto-przedłużenia, GDAP bez relacji odsprzedawcy, klienci bez GDAP.',
  'gdap.title': 'Stan relacji GDAP',
  'gdap.checked': 'Sprawdzono',
  'gdap.activeRelationships': 'Aktywne relacje GDAP',
  'gdap.customers': 'Klienci na Twojej liście',
  'gdap.section.endingSoon': 'Wygasają w ciągu 30 dni',
  'gdap.section.endingSoon.note':
    'Aktywne relacje, których data zakończenia przypada w ciągu 30 dni. Relacja bez automatycznego przedłużenia wtedy wygaśnie: poproś klienta o zatwierdzenie nowej przed tym terminem.',
  'gdap.section.cannotAutoExtend': 'Bez możliwości automatycznego przedłużenia',
  'gdap.section.cannotAutoExtend.note':
    'Obejmują rolę Administrator globalny, której Microsoft nie przedłuża automatycznie: każda wygaśnie w dniu zakończenia. Lepiej użyć relacji z mniejszą liczbą ról.',
  'gdap.section.notCustomers': 'GDAP bez relacji odsprzedawcy',
  'gdap.section.notCustomers.note':
    'Aktywne relacje GDAP z dzierżawą klienta, której nie ma na Twojej liście klientów.',
  'gdap.section.withoutGdap': 'Klienci bez GDAP',
  'gdap.section.withoutGdap.note':
    'Klienci z Twojej listy bez aktywnej relacji GDAP: ich dzierżawą nie można administrować przez GDAP.',
  'gdap.none': 'Brak.',
  'gdap.more': 'Oraz {count} kolejnych.',
  'gdap.failed':
    'Nie udało się odczytać danych z Microsoft Graph, więc raportu nie można teraz przygotować. Spróbuj ponownie później.',
  'gdap.unavailable':
    'Stan GDAP nie jest tu dostępny, ponieważ Microsoft Graph nie jest skonfigurowany dla Reseller Desk. Sprawdź relacje GDAP w Centrum partnerskim.',
  'gdap.autoExtend.extends': 'przedłużana automatycznie o 6 miesięcy',
  'gdap.autoExtend.off': 'bez automatycznego przedłużenia',
  'gdap.autoExtend.notPossible': 'automatyczne przedłużenie niemożliwe (Administrator globalny)',
  'gdapStatus.activating': 'Aktywowanie',
  'gdapStatus.active': 'Aktywna',
  'gdapStatus.approvalPending': 'Oczekuje na zatwierdzenie',
  'gdapStatus.approved': 'Zatwierdzona',
  'gdapStatus.created': 'Utworzona',
  'gdapStatus.expired': 'Wygasła',
  'gdapStatus.expiring': 'Wygasa',
  'gdapStatus.terminated': 'Zakończona',
  'gdapStatus.terminating': 'Kończenie',
  'gdapStatus.terminationRequested': 'Zażądano zakończenia',
  'entraRole.globalAdministrator': 'Administrator globalny',
  'entraRole.globalReader': 'Czytelnik globalny',
  'entraRole.userAdministrator': 'Administrator użytkowników',
  'entraRole.helpdeskAdministrator': 'Administrator pomocy technicznej',
  'entraRole.directoryReaders': 'Czytelnicy katalogów',
  'entraRole.directoryWriters': 'Zapisujący katalogi',
  'entraRole.licenseAdministrator': 'Administrator licencji',
  'entraRole.serviceSupportAdministrator': 'Administrator pomocy technicznej usług',
  'entraRole.privilegedRoleAdministrator': 'Administrator ról uprzywilejowanych',
  'entraRole.securityAdministrator': 'Administrator zabezpieczeń',
  'entraRole.exchangeAdministrator': 'Administrator programu Exchange',
  'entraRole.billingAdministrator': 'Administrator rozliczeń',
  'details.gdapWarnEndsSoon':
    'Wygasa w ciągu 30 dni i nie przedłuża się automatycznie: poproś klienta o zatwierdzenie nowej relacji albo włącz automatyczne przedłużanie w Centrum partnerskim.',
  'details.gdapWarnGlobalAdmin':
    'Obejmuje rolę Administrator globalny, której Microsoft nie przedłuża automatycznie: wygaśnie w dniu zakończenia.',
  'details.gdapWarnGlobalAdminEndsSoon':
    'Wygasa w ciągu 30 dni i obejmuje rolę Administrator globalny, której Microsoft nie przedłuża automatycznie: przed tym terminem poproś klienta o zatwierdzenie nowej relacji z mniejszą liczbą ról.',
  'event.gdapDigest.title': 'Cotygodniowy przegląd GDAP',
  'event.gdapDigest.text': 'Co wymaga uwagi w Twoich relacjach GDAP w tym tygodniu:',
  'event.gdapDigest.allClear': 'W tym tygodniu nic w Twoich relacjach GDAP nie wymaga uwagi.',
  'event.gdapDigest.next': 'Wpisz gdap, aby zobaczyć wszystkie ustalenia.',
  'fact.decidedBy': 'Zdecydował(a)',
  'gdapEnd.reasonLabel': 'Powód zakończenia, zapisany we wniosku',
  'gdapEnd.reasonPlaceholder': 'Na przykład: klient sam administruje teraz swoją dzierżawą',
  'gdapEnd.relationshipsHeading': 'Relacje GDAP tego klienta',
  'evidence.after.kept': 'Relacja odsprzedawcy nie była częścią tego wniosku: pozostaje.',
  'evidence.section.gdap': 'Relacje GDAP zakończone przez Microsoft Graph',
  'evidence.gdap.relationship': 'Relacja',
  'evidence.gdap.status': 'Ostatnio odczytany stan',
  'evidence.gdap.requested': 'Zakończenie przyjęte',
  'evidence.gdap.confirmed': 'Odczytana jako zakończona',
  'evidence.gdap.graphRequestId': 'Identyfikator żądania Graph',
  'gdapEnd.confirm':
    'Zatwierdzenie od razu kończy wybrane relacje GDAP przez Microsoft Graph. Nie można tego cofnąć: nowa relacja wymaga zgody klienta.',
  'gdapEnd.confirmWithRemoval':
    'Zatwierdzenie od razu usuwa relację odsprzedawcy w Centrum partnerskim, a następnie kończy wybrane relacje GDAP; żadnej z tych zmian nie można stąd cofnąć.',
  'gdapEnd.note.ownRequest':
    'To Ty złożyłeś(-aś) wniosek o zakończenie GDAP; musi zdecydować inny zatwierdzający.',
  'gdapEnd.requester':
    'To Ty złożyłeś(-aś) wniosek o zakończenie GDAP. Możesz go wycofać, dopóki czeka na zatwierdzającego.',
  'fact.week': 'Tydzień',
  'gdapEnd.choiceHeading': 'Zakończ także relacje GDAP',
  'gdapEnd.choiceIntro':
    'Usunięcie relacji odsprzedawcy nie kończy GDAP. Wybierz relacje do zakończenia po potwierdzeniu usunięcia; zatwierdzający zobaczy Twój wybór.',
  'gdapEnd.choiceLabel': 'Relacje GDAP do zakończenia',
  'gdapEnd.stale': 'Wybrana relacja GDAP nie jest już aktywna. Sprawdź listę i wybierz ponownie.',
  'gdapEnd.title': 'Wniosek o zakończenie GDAP — {customer}',
  'gdapEnd.requestedTitle': 'Złożono wniosek o zakończenie GDAP',
  'gdapEnd.heading.planned': 'Relacje GDAP do zakończenia po usunięciu:',
  'gdapEnd.heading.plannedAlone': 'Relacje GDAP do zakończenia (relacja odsprzedawcy pozostaje):',
  'gdapEnd.heading.progress': 'Relacje GDAP:',
  'gdapEnd.outcome.pending': 'jeszcze niezakończona',
  'gdapEnd.outcome.requested': 'zażądano zakończenia; Microsoft Graph podaje: {status}',
  'gdapEnd.outcome.terminated': 'zakończona {at} według Microsoft Graph',
  'gdapEnd.outcome.failed': 'niezakończona: {code}, {description}',
  'gdapEnd.removedAt': 'Relacja odsprzedawcy usunięta {at}, potwierdzone przez Centrum partnerskie.',
  'gdapEnd.state.executing': 'W trakcie kończenia',
  'gdapEnd.state.completed': 'Zakończono',
  'gdapEnd.stateText.pending': 'Zatwierdzający musi go zatwierdzić lub odrzucić. Nic jeszcze nie zakończono.',
  'gdapEnd.stateText.approved': 'Relacje GDAP zostaną teraz zakończone przez Microsoft Graph.',
  'gdapEnd.stateText.executing': 'Relacje GDAP są kończone przez Microsoft Graph.',
  'gdapEnd.stateText.completed': 'Każda wybrana relacja GDAP została zakończona według Microsoft Graph.',
  'gdapEnd.stateText.rejected': 'Nic nie zakończono.',
  'gdapEnd.stateText.cancelled': 'Wnioskodawca wycofał wniosek. Nic nie zakończono.',
  'gdapEnd.stateText.expired': 'Żaden zatwierdzający nie zdecydował na czas. Nic nie zakończono.',
  'gdapEnd.stateText.failed': 'Niektórych relacji GDAP nie udało się zakończyć: zobacz poniżej.',
  'gdapEnd.stateText.removedExecuting':
    'Relacja odsprzedawcy została usunięta; relacje GDAP są kończone przez Microsoft Graph.',
  'gdapEnd.stateText.removedThenFailed':
    'Relacja odsprzedawcy została usunięta, ale niektórych relacji GDAP nie udało się zakończyć: zobacz poniżej.',
  'gdapEnd.stateText.removedCompleted':
    'Relacja odsprzedawcy została usunięta w Centrum partnerskim, a każda wybrana relacja GDAP została zakończona według Microsoft Graph.',
  'gdapEnd.cardTitle': 'Zakończ relacje GDAP — {customer}',
  'gdapEnd.cardIntro':
    'Zakończenie relacji GDAP odbiera role administracyjne, które daje ona Twoim grupom zabezpieczeń w dzierżawie klienta. Nie można tego cofnąć: nowa relacja wymaga zgody klienta. Relacja odsprzedawcy pozostaje. Decyduje zatwierdzający.',
  'gdapEnd.confirmLabel': 'Potwierdzenie',
  'gdapEnd.confirmToggle':
    'Rozumiem, że nasz dostęp administracyjny przez te relacje się kończy i nie można go przywrócić bez klienta.',
  'gdapEnd.button.request': 'Złóż wniosek o zakończenie',
  'gdapEnd.refusal.role':
    'Twoja rola nie pozwala złożyć wniosku o zakończenie GDAP; mogą to role uprawnione do wnioskowania o usunięcie.',
  'gdapEnd.refusal.unavailable':
    'Nie udało się odczytać Microsoft Graph, więc relacji GDAP nie można teraz stąd zakończyć.',
  'gdapEnd.refusal.noActive': 'Ten klient nie ma aktywnej relacji GDAP do zakończenia.',
  'gdapEnd.refusal.pendingRequest':
    'Dla tego klienta jest już otwarty wniosek ({id}): najpierw zdecyduj o nim lub go wycofaj.',
  'gdapEnd.problem.noneChosen': 'Wybierz co najmniej jedną relację do zakończenia.',
  'gdapEnd.problem.notConfirmed': 'Zaznacz potwierdzenie, aby złożyć wniosek o zakończenie.',
  'details.button.endGdap': 'Zakończ relacje GDAP…',
  'event.gdapEnd.decided.title': 'Wniosek o zakończenie GDAP',
  'event.gdapEnd.decided.text': 'Wniosek o zakończenie relacji GDAP klienta {customer}: {state}.',
  'event.gdapEnd.ended.title': 'Relacje GDAP zakończone',
  'event.gdapEnd.ended.text':
    'Wybrane we wniosku relacje GDAP klienta {customer} zostały zakończone według Microsoft Graph:',
  'event.gdapEnd.endedToo': 'Zakończono także relacje GDAP według Microsoft Graph:',
  'event.gdapEnd.failed.title': 'Relacje GDAP niezakończone',
  'event.gdapEnd.failed.text': 'Niektórych relacji GDAP klienta {customer} nie udało się zakończyć.',
  'event.gdapEnd.failed.removed':
    'Relacja odsprzedawcy z klientem {customer} została usunięta, ale niektórych relacji GDAP nie udało się zakończyć.',
  'event.gdapEnd.failed.todo':
    'Zakończ je w Centrum partnerskim (relacje administracyjne klienta) lub złóż wniosek ponownie z karty klienta.',
  'audit.action.removal.removed': 'Usunięto relację odsprzedawcy (następnie GDAP)',
  'audit.action.gdap.terminationRequested': 'Zażądano zakończenia GDAP',
  'audit.action.gdap.terminated': 'Relacja GDAP zakończona',
  'audit.action.gdap.terminationFailed': 'Nie udało się zakończyć GDAP',
};
