import type { Strings } from './en';

/** Hungarian, with the terminology of the Hungarian Partner Center articles (Partnerközpont, viszonteladói kapcsolat). */
export const hu: Strings = {
  'app.name': 'Reseller Desk',
  'help.title': 'Reseller Desk',
  'help.intro':
    'Segítek kezelni az ügyfeleivel fennálló viszonteladói kapcsolatokat a Partnerközpontban. Ezeket kérheti tőlem:',
  'help.unknownCommand': 'Ezt a parancsot nem ismerem:',
  'help.footer': 'Írja be bármikor, hogy súgó, és újra megjelenik ez a lista.',
  'help.greeting': 'Üdvözlöm, {name}! Az Ön Partnerközpont-szerepkörei itt: {roles}.',
  'help.greetingNoRoles':
    'Üdvözlöm, {name}! Ön még nem szerepel a szerepkörfájlban, ezért csak súgót kérhet. Kérje meg a rendszergazdát, hogy vegye fel.',
  'help.approver': 'Ön hagyja jóvá az eltávolítási kérelmeket is.',
  'help.otherCommands': 'Ezekhez másik szerepkör kell:',
  'help.needsRole': ' (másik szerepkör kell)',
  'help.button.customers': 'Ügyfelek',
  'help.button.inviteNew': 'Új ügyfél meghívása',
  'command.help.description': 'Megmutatja, mit tehet itt.',
  'command.customers.description':
    'Listázza az ügyfeleit, vagy név, illetve tartomány alapján keres közöttük.',
  'command.customer.description':
    'Megjelenít egy ügyfelet: kapcsolat, más partnerek, előfizetések és GDAP-kapcsolatok.',
  'command.invite.description': 'Elkészíti a meghívó e-mailt egy meglévő ügyfélnek.',
  'command.inviteNew.description': 'Elkészíti a meghívó e-mailt egy új ügyfélnek.',
  'command.inviteNewWithProvider.description':
    'Elkészíti a meghívó e-mailt egy új ügyfélnek, egyszerre Önnek és a közvetett szolgáltatójának.',
  'command.remove.description':
    'Ellenőrzi, mi akadályozza az ügyféllel fennálló viszonteladói kapcsolat eltávolítását, majd kérelmezi az eltávolítást.',
  'error.generic': 'Hiba történt nálam. Semmi sem változott; kérem, próbálja újra.',
  'error.storeUnavailable':
    'Most nem érem el a tárolómat. Semmi sem változott; kérem, próbálja újra egy perc múlva.',

  'common.yes': 'Igen',
  'common.no': 'Nem',
  'common.unknown': 'Ismeretlen',
  'common.none': 'nincs',
  'role.globalAdmin': 'Globális rendszergazda',
  'role.adminAgent': 'Rendszergazdai ügynök',
  'role.salesAgent': 'Értékesítési ügynök',
  'role.helpdeskAgent': 'Ügyfélszolgálati ügynök',
  'relationship.none': 'Nincs kapcsolat',
  'relationship.reseller': 'Viszonteladó',
  'relationship.advisor': 'Tanácsadó',
  'relationship.syndication': 'Szindikációs partner',
  'relationship.microsoft_support': 'Microsoft-támogatás',
  'relationship.unknown': 'Ismeretlen',
  'status.none': 'Nincs állapot',
  'status.active': 'Aktív',
  'status.pending': 'Függőben',
  'status.suspended': 'Felfüggesztve',
  'status.expired': 'Lejárt',
  'status.disabled': 'Letiltva',
  'status.deleted': 'Lemondva',
  'status.unknown': 'Ismeretlen',
  'commerce.legacy': 'Régi típusú',
  'commerce.nce': 'Új kereskedelmi élmény (NCE)',
  'commerce.azurePlan': 'Azure-csomag',
  'commerce.software': 'Szoftver',
  'partnerRole.indirectReseller': 'Közvetett viszonteladó',
  'partnerRole.indirectProvider': 'Közvetett szolgáltató',
  'permission.viewCustomers': 'ügyfeleket megtekinteni',
  'permission.invite': 'ügyfeleket meghívni',
  'permission.remediate': 'előfizetéseket felfüggeszteni vagy lemondani',
  'permission.requestRemoval': 'viszonteladói kapcsolat eltávolítását kérelmezni',
  'permission.approveRemoval': 'viszonteladói kapcsolat eltávolítását jóváhagyni',
  'fact.customer': 'Ügyfél',
  'fact.domain': 'Tartomány',
  'fact.tenantId': 'Bérlőazonosító',
  'fact.relationship': 'Kapcsolat Önnel',
  'fact.dap': 'Delegált rendszergazdai jogosultságok (DAP)',
  'fact.country': 'Ország',
  'fact.mpnId': 'MPN-azonosító',
  'fact.requestId': 'Kérelemazonosító',
  'fact.requestedBy': 'Kérelmező',
  'fact.time': 'Időpont',
  'fact.reason': 'Indok',
  'fact.errorCode': 'Hibakód',
  'fact.errorDescription': 'Leírás',
  'fact.correlationId': 'Korrelációs azonosító',
  'fact.reseller': 'Viszonteladó',

  'picker.title': 'Ügyfelek',
  'picker.searched': 'Keresés: {query}',
  'picker.all': 'Az összes ügyfele, név szerinti sorrendben.',
  'picker.count': 'Egyező ügyfelek: {total}. Megjelenítve: {from}–{to}.',
  'picker.noMatch':
    'Egyetlen ügyfél sem felel meg a keresésnek. Próbálja a név vagy a tartomány egy részével.',
  'picker.noCustomers': 'Még nincs ügyfele a Partnerközpontban.',
  'picker.label': 'Ügyfél',
  'picker.placeholder': 'Gépeljen a név vagy a tartomány szerinti kereséshez',
  'picker.required': 'Először válasszon ügyfelet.',
  'picker.listHeading': 'Ezen az oldalon:',
  'picker.details': 'Részletek',
  'picker.invite': 'Meghívás',
  'picker.remove': 'Eltávolítás',
  'picker.previous': 'Előző',
  'picker.next': 'Következő',

  'choice.title': 'Több ügyfél is megfelel ennek: „{query}”. Melyikre gondol?',
  'choice.more': 'És még {count}. Írjon be többet a névből vagy a tartományból a keresés szűkítéséhez.',
  'choice.button.show': 'Megjelenítés',
  'choice.button.invite': 'Meghívás',
  'choice.button.remove': 'Eltávolítás ellenőrzése',

  'details.partnersHeading': 'Az ügyfél további partnerei',
  'details.partnersNone': 'Más partnernek nincs kapcsolata ezzel az ügyféllel.',
  'details.subscriptionsHeading': 'Előfizetések',
  'details.subscriptionsNone': 'Az ügyfélnek nincs előfizetése.',
  'details.subscriptionsShown': 'Megjelenítve {total} előfizetésből {shown}.',
  'details.col.name': 'Név',
  'details.col.status': 'Állapot',
  'details.col.commerce': 'Típus',
  'details.col.quantity': 'Mennyiség',
  'details.col.dates': 'Dátumok',
  'details.cancelUntil': 'Lemondható eddig: {date}.',
  'details.termEnd': 'Az időszak vége: {date}.',
  'details.gdapHeading': 'GDAP-kapcsolatok',
  'details.gdapNote': 'Csak tájékoztatásul: a GDAP-kapcsolatok függetlenek a viszonteladói kapcsolattól.',
  'details.gdapUnavailable':
    'A GDAP-kapcsolatok itt nem érhetők el, mert a Microsoft Graph nem olvasható. Ellenőrizze őket a Partnerközpontban.',
  'details.gdapNone': 'Nincs GDAP-kapcsolat.',
  'details.gdapEnds': 'vége: {date}',
  'details.invite': 'Meghívás',
  'details.remove': 'Viszonteladói kapcsolat eltávolítása',

  'invite.title': 'Meghívó e-mail',
  'invite.forExisting': 'Meglévő ügyfélnek: {name}.',
  'invite.forNew': 'Új ügyfélnek.',
  'invite.forNewWithProvider': 'Új ügyfélnek, a közvetett szolgáltatójával együtt: {provider}.',
  'invite.subject': 'Tárgy: {subject}',
  'invite.bodyLabel':
    'Az e-mail szövege. Szerkesztheti, de a hivatkozást hagyja benne: személyre szabott, és közvetlenül az Ön fiókjához kapcsolja az ügyfelet.',
  'invite.link': 'A meghívó hivatkozása, ha saját e-mailbe másolná:',
  'invite.unofficial':
    'Küldés előtt tesztelje ezt a hivatkozást. Az Önnek és a közvetett szolgáltatójának szóló közös hivatkozás olyan formátumban készül, amelyet a Microsoft nem dokumentál.',
  'invite.problem.urlMissing':
    'A meghívó hivatkozása hiányzik a szövegéből. Tegye vissza változatlanul, majd nyomja meg ismét a Kész gombot. A módosítását megőriztük.',
  'invite.problem.urlChanged':
    'A szövegében a meghívó hivatkozása megváltozott. Tegye vissza pontosan úgy, ahogy lent látható, majd nyomja meg ismét a Kész gombot. A módosítását megőriztük.',
  'invite.open': 'Megnyitás levelezőprogramban',
  'invite.done': 'Kész',
  'invite.completed': 'Rögzítette: {by}, időpont: {at}.',
  'invite.nextSteps':
    'Most küldje el az e-mailt az ügyfelének. Az elfogadáshoz a bérlőjük globális rendszergazdájának kell lennie. Elfogadás után megjelenik az ügyféllistájában.',

  'removal.title': 'Viszonteladói kapcsolat eltávolítása',
  'removal.done.suspend': 'Felfüggesztve: {name}.',
  'removal.done.cancel': 'Lemondva: {name}.',
  'removal.done.cancelSoftwareOrder': 'Szoftverrendelés lemondva: {name}.',
  'removal.failed': 'A Partnerközpont elutasította a módosítást: {name}. Semmi sem változott.',
  'removal.blockersHeading': 'Mi akadályozza az eltávolítást',
  'removal.noBlockers': 'Semmi sem akadályozza az eltávolítást.',
  'removal.quantity': ' (mennyiség: {quantity})',
  'removal.blocker.activeLegacySubscription': '{name}: aktív, régi típusú előfizetés. Először függessze fel.',
  'removal.blocker.activeAzurePlan':
    '{name}: aktív Azure-csomag. Először függessze fel; szükség esetén mondja le az Azure-előfizetéseit.',
  'removal.blocker.cancellable': '{name}: új kereskedelmi élménybeli előfizetés. Le kell mondani.',
  'removal.blocker.cancellableUntil':
    'Időarányos visszatérítéssel eddig mondható le: {date}; utána az időszak végéig már nem mondható le.',
  'removal.blocker.locked':
    '{name}: új kereskedelmi élménybeli előfizetés, amely az időszak végéig nem mondható le. Az időszak vége: {date}.',
  'removal.blocker.lockedNoDate':
    '{name}: új kereskedelmi élménybeli előfizetés, amely az időszak végéig nem mondható le.',
  'removal.blocker.lockedAutoRenew': 'Kapcsolja ki az automatikus megújítást, hogy akkor megszűnjön.',
  'removal.blocker.pending': '{name}: kiépítése még folyamatban van. Próbálja újra később.',
  'removal.blocker.reservation':
    '{name}: aktív Azure-foglalás. Azure-foglalást csak az Azure-támogatás mondhat le. Lejárat: {date}.',
  'removal.blocker.reservationNoDate':
    '{name}: aktív Azure-foglalás. Azure-foglalást csak az Azure-támogatás mondhat le.',
  'removal.blocker.software': '{name}: szoftvervásárlás. Először mondja le a rendelést.',
  'removal.note.legacySuspended':
    'A felfüggesztett, régi típusú előfizetést nem számlázzák. Az ügyfél felhasználói elvesztik a hozzáférést; a rendszergazdák megtartják a hozzáférést az adatokhoz és a beállításokhoz.',
  'removal.note.stillBilled':
    'Fel van függesztve, de továbbra is számlázzák: az új kereskedelmi élménybeli előfizetéseket le kell mondani.',
  'removal.note.cannotRemediate':
    'Az Ön szerepköre nem engedi előfizetések felfüggesztését vagy lemondását. Kérjen meg egy kollégát, akinek a szerepköre ezt megengedi.',
  'removal.button.suspend': 'Felfüggesztés',
  'removal.button.cancel': 'Előfizetés lemondása',
  'removal.button.cancelSoftwareOrder': 'Rendelés lemondása',
  'removal.consequencesHeading': 'Mit jelent az eltávolítás',
  'removal.consequence.list': 'Az ügyfél lekerül a Partnerközpontban lévő ügyféllistájáról.',
  'removal.consequence.support':
    'Ön lekerül az ügyfél számára elérhető támogatási kapcsolattartók listájáról.',
  'removal.consequence.dap': 'A delegált rendszergazdai jogosultságai (DAP), ha vannak, megszűnnek.',
  'removal.consequence.purchases': 'A jövőben nem vásárolhat az ügyfél nevében.',
  'removal.consequence.gdap':
    'A GDAP-kapcsolatok nem szűnnek meg automatikusan; ha a hozzáférésnek meg kell szűnnie, külön szüntesse meg őket.',
  'removal.consequence.gdapList': 'Megmaradó GDAP-kapcsolatok:',
  'removal.consequence.gdapUnavailable':
    'A GDAP-kapcsolatok itt nem olvashatók; az eltávolítás előtt ellenőrizze őket a Partnerközpontban.',
  'removal.consequence.partners': 'Más partnerek megtartják a saját kapcsolatukat az ügyféllel:',
  'removal.consequence.customer':
    'Az ügyfél a Microsoft 365 Felügyeleti központban vagy az Azure Portalon maga is eltávolíthatja a delegált engedélyeket.',
  'removal.attestationHeading': 'Nyilatkozat',
  'removal.attestation':
    'Ön kijelenti, hogy az ügyféllel fennálló kapcsolat megszüntetéséről szóló döntést jóhiszeműen, jogszerű üzleti célból, valamint az ügyfelével vagy partnerével kötött megállapodásával összhangban hozta meg, és vállalja, hogy a Microsoftot megvédi és mentesíti minden ezzel ellentétes harmadik fél általi követeléssel szemben.',
  'removal.attestLabel': 'Az Ön hozzájárulása',
  'removal.attestToggle': 'Elfogadom a fenti nyilatkozatot.',
  'removal.attestError': 'Az eltávolítás kérelmezéséhez el kell fogadnia a nyilatkozatot.',
  'removal.attestationVersion': 'A nyilatkozat szövegének verziója: {version}',
  'removal.reasonLabel': 'Az eltávolítás indoka, a kérelemmel együtt rögzítjük',
  'removal.reasonPlaceholder': 'Például: az ügyfél másik partnerhez ment át',
  'removal.reasonError': 'Adjon meg legfeljebb 500 karakteres indokot.',
  'removal.askReasonLabel': 'Indok, elküldjük a közvetett szolgáltatójának',
  'removal.legalNotice':
    'Ha a megállapodása előírja, jogi értesítést kell küldenie a megszüntetésről az ügyfelének vagy partnerének. Ez az eszköz nem küld értesítést az ügyfélnek vagy a partnernek.',
  'removal.button.request': 'Eltávolítás kérelmezése',
  'removal.button.askProvider': 'Eltávolítás kérése a szolgáltatótól',
  'removal.button.checkAgain': 'Újraellenőrzés',
  'removal.refusal.blockers':
    'Az eltávolítást akkor kérelmezheti, ha a fentiek közül már semmi sem akadályozza.',
  'removal.refusal.role':
    'Az Ön szerepköre nem engedi eltávolítás kérelmezését. Kérjen meg egy kollégát, akinek a szerepköre ezt megengedi.',
  'removal.refusal.notReseller':
    'Önnek nincs viszonteladói kapcsolata ezzel az ügyféllel, így nincs mit eltávolítani.',
  'removal.refusal.pendingRequest':
    'Az eltávolítást már kérelmezte: {by}, időpont: {at} (kérelem: {id}). Jóváhagyásra vár.',
  'removal.refusal.pendingRequestUnknown': 'Ennek az ügyfélnek az eltávolítási kérelme már jóváhagyásra vár.',
  'removal.refusal.indirectReseller':
    'Közvetett viszonteladóként ezt a kapcsolatot nem távolíthatja el saját maga: a közvetett viszonteladóknak a közvetett szolgáltatójukon keresztül kell eljárniuk. Megkérheti a szolgáltatót az eltávolításra: {provider}.',
  'removal.refusal.indirectResellerNoProvider':
    'Közvetett viszonteladóként ezt a kapcsolatot nem távolíthatja el saját maga: a közvetett viszonteladóknak a közvetett szolgáltatójukon keresztül kell eljárniuk. Forduljon a közvetett szolgáltatójához.',
  'removal.checkedAt': 'Ellenőrizve a Partnerközpontban: {at}.',

  'requested.title': 'Eltávolítás kérelmezve',
  'requested.next': 'Egy jóváhagyónak jóvá kell hagynia. Még semmit sem távolítottunk el.',

  'provider.title': 'Eltávolítási kérelem egy közvetett viszonteladótól',
  'provider.intro':
    '{reseller}, az Ön egyik közvetett viszonteladója, azt kéri, hogy távolítsa el a viszonteladói kapcsolatot ezzel az ügyféllel.',
  'provider.todo':
    'Teendő: először mondja le vagy függessze fel az ügyfél előfizetéseit, majd a Partnerközpontban lépjen az Ügyfelek elemre, válassza ki az ügyfelet, válassza a Fiók lehetőséget, végül a Viszonteladói kapcsolat eltávolítása lehetőséget.',
  'provider.open': 'Partnerközpont megnyitása',

  'notice.notAllowed.title': 'Nem engedélyezett',
  'notice.notAllowed.text': 'A szerepköreivel ({roles}) nem tud {permission}.',
  'notice.notAllowed.required': 'Ehhez a következő szerepkörök egyike kell: {roles}.',
  'notice.unknownUser.title': 'Ön nem szerepel a szerepkörfájlban',
  'notice.unknownUser.text':
    'Ön nem szerepel a szerepkörfájlban, ezért nem tud {permission}. Kérje meg a rendszergazdát, hogy vegye fel.',
  'notice.customerNotFound.title': 'Az ügyfél nem található',
  'notice.customerNotFound.text':
    'Egyetlen ügyfél sem felel meg ennek: „{query}”. Próbálja a név vagy a tartomány egy részével.',
  'notice.customerQueryMissing.title': 'Melyik ügyfél?',
  'notice.customerQueryMissing.customer':
    'Írja be a parancsot, majd az ügyfél nevének vagy tartományának egy részét az ügyfél megjelenítéséhez.',
  'notice.customerQueryMissing.invite':
    'Írja be a parancsot, majd az ügyfél nevének vagy tartományának egy részét az ügyfél meghívásához.',
  'notice.customerQueryMissing.remove':
    'Írja be a parancsot, majd az ügyfél nevének vagy tartományának egy részét az eltávolítás ellenőrzéséhez.',
  'notice.customerGone.title': 'Az ügyfél már nincs a listán',
  'notice.customerGone.text':
    '{name} már nincs az ügyféllistáján. A Partnerközpont adatai a kártya elküldése óta változhattak.',
  'notice.partnerCenterError.title': 'Partnerközpont-hiba',
  'notice.partnerCenterError.text': 'A Partnerközpont hibát adott vissza. Semmi más nem változott.',
  'notice.partnerCenterError.hint':
    'Ha újra előfordul, adja meg a korrelációs azonosítót a Microsoft ügyfélszolgálatának.',
  'notice.partnerCenterBusy.title': 'A Partnerközpont túlterhelt',
  'notice.partnerCenterBusy.text':
    'A Partnerközpont most túlterhelt. Próbálja újra {seconds} másodperc múlva.',
  'notice.partnerCenterBusy.textNoDelay': 'A Partnerközpont most túlterhelt. Próbálja újra egy perc múlva.',
  'notice.storeUnavailable.title': 'A tároló nem érhető el',
  'notice.staleAction.title': 'Ez a kártya elavult',
  'notice.staleAction.text': 'Ez a kártya elavult. Futtassa újra a parancsot, hogy újat kapjon.',
  'notice.resellerCannotRemove.title': 'Csak a közvetett szolgáltatója távolíthatja el',
  'notice.resellerCannotRemove.text':
    'Közvetett viszonteladóként nem távolíthat el saját maga viszonteladói kapcsolatot: ezt a közvetett szolgáltatójának kell megtennie ({provider}).',
  'notice.resellerCannotRemove.textNoProvider':
    'Közvetett viszonteladóként nem távolíthat el saját maga viszonteladói kapcsolatot: ezt a közvetett szolgáltatójának kell megtennie.',
  'notice.providerAsked.title': 'Kérés elküldve a szolgáltatónak',
  'notice.providerAsked.text':
    'Megkértem a szolgáltatót ({provider}), hogy távolítsa el a viszonteladói kapcsolatot ezzel az ügyféllel: {customer}. Ezt a Partnerközpontban végzi el.',
  'notice.noProviderChannel.title': 'A szolgáltató itt nem érhető el',
  'notice.noProviderChannel.text':
    'Nem érem el a szolgáltatót ({provider}): nincs hozzá beállított Teams-csatorna. Vegye fel vele közvetlenül a kapcsolatot.',
  'notice.noProvider.title': 'Nincs közvetett szolgáltató',
  'notice.noProvider.text':
    'Önhöz nincs közvetett szolgáltató beállítva, ezért nem tudom továbbítani a kérést. Forduljon a rendszergazdához.',

  'email.subject': '{partner} meghívja Önt viszonteladói kapcsolatra a Microsoft Partnerközpontban',
  'email.subjectWithProvider':
    '{partner} és {provider} meghívja Önt viszonteladói kapcsolatra a Microsoft Partnerközpontban',
  'email.greeting': 'Tisztelt Címzett!',
  'email.intro':
    'A(z) {partner} meghívja Önt, hogy hatalmazzon fel minket Microsoft Cloud Solution Provider viszonteladójaként. Így az Ön nevében kezelhetjük Microsoft-előfizetéseit, -licenceit és -felhasználóit.',
  'email.introWithProvider':
    'A(z) {partner} meghívja Önt, hogy hatalmazzon fel minket és közvetett szolgáltatónkat, a(z) {provider} céget Microsoft Cloud Solution Provider viszonteladóiként. Így az Ön nevében kezelhetjük Microsoft-előfizetéseit, -licenceit és -felhasználóit, a(z) {provider} pedig rendeléseket adhat le Ön helyett.',
  'email.action':
    'Az elfogadáshoz nyissa meg ezt a hivatkozást, és kövesse a lépéseket a Microsoft 365 Felügyeleti központban:',
  'email.conditions':
    'Az elfogadáshoz a szervezete Microsoft-bérlőjének globális rendszergazdájának kell lennie. Ha a szervezete még nem fogadta el a Microsoft Ügyfélszerződést, az elfogadás során erre is felkérést kap.',
  'email.questions': 'Ha kérdése van, egyszerűen válaszoljon erre az e-mailre.',
  'email.closing': 'Üdvözlettel:',
};
