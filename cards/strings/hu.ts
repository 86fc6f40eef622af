import type { Strings } from './en';

/**
 * Hungarian, with the terminology of the Hungarian Partner Center articles (Partnerközpont, viszonteladói kapcsolat).
 *
 * Long because it holds every text of every card, one line each.
 */
export const hu: Strings = {
  'app.name': 'Reseller Desk',
  'help.title': 'Reseller Desk',
  'help.intro':
    'Segítek kezelni az ügyfeleivel fennálló viszonteladói kapcsolatokat a Partnerközpontban. Ezeket kérheti tőlem:',
  'help.unknownCommand': 'Ezt a parancsot nem ismerem:',
  'didYouMean.one': 'Erre gondolt: {command}?',
  'didYouMean.several': 'Ezek egyikére gondolt?',
  'didYouMean.help': 'Összes parancs',
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
  'command.requests.description': 'Nyitott és friss eltávolítási kérelmek az állapotukkal.',
  'command.audit.description':
    'Egy ügyfél előzményei: meghívások, javítások, kérelmek, döntések, végrehajtás.',
  'command.auditExport.description':
    'Minden ügyfél előzményei egy időszakra, CSV- és JSON-fájlként (UTC-napok, éééé-hh-nn).',
  'command.notify.description':
    'Csatornában: értesítések ide (szolgáltató a viszonteladók kérelmeihez), vagy ki a leállításhoz.',
  'error.generic': 'Hiba történt nálam. Semmi sem változott; kérem, próbálja újra.',
  'error.storeUnavailable':
    'Most nem érem el a tárolómat. Semmi sem változott; kérem, próbálja újra egy perc múlva.',

  'common.yes': 'Igen',
  'common.no': 'Nem',
  'common.unknown': 'Ismeretlen',
  'common.none': 'nincs',
  'common.label': '{label}:',
  'common.separator': '; ',
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
  'permission.viewAudit': 'megtekinteni a naplót',
  'permission.invite': 'ügyfeleket meghívni',
  'permission.remediate': 'előfizetéseket felfüggeszteni vagy lemondani',
  'permission.requestRemoval': 'viszonteladói kapcsolat eltávolítását kérelmezni',
  'permission.approveRemoval': 'viszonteladói kapcsolat eltávolítását jóváhagyni',
  'permission.notify': 'kiválasztani, hová kerüljenek az értesítések',
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
  'picker.for.customer.show': 'Válassza ki az ügyfelet, akinek a részleteit látni szeretné.',
  'picker.for.invite.start': 'Válassza ki a meghívandó ügyfelet.',
  'picker.for.removal.preflight': 'Válassza ki az ügyfelet, akinek az eltávolítását ellenőrizni szeretné.',
  'picker.count': 'Egyező ügyfelek: {total}. Megjelenítve: {from}–{to}.',
  'picker.noMatch':
    'Egyetlen ügyfél sem felel meg a keresésnek. Próbálja a név vagy a tartomány egy részével.',
  'picker.noCustomers': 'Még nincs ügyfele a Partnerközpontban.',
  'picker.loading':
    'Az ügyféllista olvasása a Partnerközpontból még tart (eddig beolvasott ügyfelek: {count}): a lista hiányos lehet. Kérdezze meg újra egy pillanat múlva, hogy mindet lássa.',
  'picker.noMatchYet': 'Az eddig beolvasott ügyfelek közül egyik sem felel meg a keresésnek.',
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
  'providerChoice.title': 'Melyik közvetett szolgáltatót nevezze meg a meghívó?',
  'providerChoice.text':
    'Több közvetett szolgáltatóval is dolgozik. Az ügyfél Önt és az itt kiválasztott szolgáltatót fogadja el.',
  'providerChoice.button': 'Meghívás ezzel a szolgáltatóval',
  'choice.button.show': 'Megjelenítés',
  'choice.button.invite': 'Meghívás',
  'choice.button.remove': 'Eltávolítás ellenőrzése',
  'choice.button.audit': 'Előzmények',

  'details.partnersHeading': 'Az ügyfél további partnerei',
  'details.partnersNone': 'Más partnernek nincs kapcsolata ezzel az ügyféllel.',
  'details.subscriptionsHeading': 'Előfizetések',
  'details.subscriptionsNone': 'Az ügyfélnek nincs előfizetése.',
  'details.subscriptionsShown': 'Megjelenítve {total} előfizetésből {shown}.',
  'details.quantity': 'Mennyiség: {quantity}',
  'details.cancelUntil': 'Lemondható eddig: {date}.',
  'details.cancelClosed': 'A lemondási időszak lezárult: {date}.',
  'details.reservationsHeading': 'Azure-foglalások',
  'details.reservationsNote':
    'A Partnerközpont nem ad terméknevet a foglalásokhoz: mindegyik a termékazonosítójával szerepel.',
  'details.reservation': 'Termék: {product}',
  'details.reservationExpires': 'Lejár: {date}.',
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
  'invite.alreadyReseller': ' Ez az ügyfél már viszonteladói kapcsolatban áll Önnel: nincs mit elfogadnia.',
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
  'invite.openLink': 'Hivatkozás megnyitása',
  'invite.keepEdit': 'Módosításaim átvétele az e-mailbe',
  'invite.keepEditHint':
    'Szerkesztés után kattintson a „Módosításaim átvétele az e-mailbe” gombra: ezután a „Megnyitás levelezőprogramban” az Ön szövegét nyitja meg.',
  'invite.completed': 'Rögzítette: {by}, időpont: {at}.',
  'invite.nextSteps':
    'Most küldje el az e-mailt az ügyfelének. Az elfogadáshoz a bérlőjük globális rendszergazdájának kell lennie. Elfogadás után megjelenik az ügyféllistájában.',

  'removal.title': 'Viszonteladói kapcsolat eltávolítása',
  'removal.done.suspend': 'Felfüggesztve: {name}.',
  'removal.done.cancel': 'Lemondva: {name}.',
  'removal.done.cancelSoftwareOrder': 'Szoftverrendelés lemondva: {name}.',
  'removal.done.autoRenewOff': 'Automatikus megújítás kikapcsolva: {name}.',
  'removal.failed': 'A Partnerközpont elutasította a módosítást: {name}. Semmi sem változott.',
  'removal.blockersHeading': 'Mi akadályozza az eltávolítást',
  'removal.noBlockers': 'Semmi sem akadályozza az eltávolítást.',
  'removal.quantity': ' (mennyiség: {quantity})',
  'removal.blocker.activeLegacySubscription': '{name}: aktív, régi típusú előfizetés. Először függessze fel.',
  'removal.blocker.activeAzurePlan':
    '{name}: aktív Azure-csomag. Először függessze fel; szükség esetén mondja le az Azure-előfizetéseit.',
  'removal.blocker.cancellable': '{commerce}: {name}. Le kell mondani.',
  'removal.blocker.cancellableUntil':
    'Időarányos visszatérítéssel eddig mondható le: {date}; utána az időszak végéig már nem mondható le.',
  'removal.blocker.locked': '{commerce}: {name}. Az időszak végéig nem mondható le. Az időszak vége: {date}.',
  'removal.blocker.lockedNoDate': '{commerce}: {name}. Az időszak végéig nem mondható le.',
  'removal.blocker.lockedAutoRenew': 'Kapcsolja ki az automatikus megújítást, hogy akkor megszűnjön.',
  'removal.blocker.lockedAutoRenewOff':
    'Az automatikus megújítás ki van kapcsolva: megújítás helyett akkor megszűnik.',
  'removal.blocker.lockedAutoRenewSuspended':
    'Az automatikus megújítás be van kapcsolva. A Reseller Desk csak aktív előfizetésen módosítja: kapcsolja ki a Partnerközpontban.',
  'removal.blocker.pending': '{name}: kiépítése még folyamatban van. Próbálja újra később.',
  'removal.blocker.reservation':
    '{name}: aktív Azure-foglalás (lejárat: {date}). Lemondásához vagy cseréjéhez nyissa meg az ügyfelet a Partnerközpontban, majd az Azure-foglalásokat és a Kezelés lehetőséget: a foglalás az Azure Portalon nyílik meg. Ezt rendszergazdai ügynök, ügyfélszolgálati ügynök vagy értékesítési ügynök teheti meg.',
  'removal.blocker.reservationNoDate':
    '{name}: aktív Azure-foglalás. Lemondásához vagy cseréjéhez nyissa meg az ügyfelet a Partnerközpontban, majd az Azure-foglalásokat és a Kezelés lehetőséget: a foglalás az Azure Portalon nyílik meg. Ezt rendszergazdai ügynök, ügyfélszolgálati ügynök vagy értékesítési ügynök teheti meg.',
  'removal.blocker.software':
    '{name}: szoftvervásárlás. Először mondja le: a rendelésnek csak az ehhez a vásárláshoz tartozó tételei szűnnek meg.',
  'removal.blocker.softwareUntil': 'Lemondani eddig lehet: {date}.',
  'removal.blocker.softwareNoLines':
    '{name}: szoftvervásárlás, de a Partnerközpont nem adja meg, hogy a rendelés mely tételei tartoznak hozzá. Mondja le a Partnerközpontban: ha innen a teljes rendelést mondaná le, más vásárlások is megszűnhetnének.',
  'removal.blocker.unknownEntitlement':
    '{name}: olyan típusú vásárlás, amelyet a Reseller Desk nem ismer: nem szoftver és nem Azure-foglalás. Ellenőrizze a Partnerközpontban, mielőtt kéri az eltávolítást.',
  'removal.notice.perpetualSoftware':
    '{name}: örökös licencű szoftver, vásárlás dátuma: {date}. A 30 napos lemondási időszak vége: {closed}; a szoftver már nem mondható le. A Microsoft nem dokumentálja, hogy akadályozza-e az eltávolítást; ha igen, a Partnerközpont elutasítja az eltávolítást, és ezt jelzi.',
  'removal.notice.savingsPlans':
    'A Reseller Desk nem látja az Azure-megtakarítási csomagokat: a Partnerközpont nem dokumentál módot arra, hogy egy ügyfél csomagjait lekérdezze. A Microsoft az eltávolítás előtt rendezendő tételek között említi őket; ellenőrizze az ügyfél megtakarítási csomagjait az Azure Portalon.',
  'removal.note.legacySuspended':
    'A felfüggesztett, régi típusú előfizetést nem számlázzák. Az ügyfél felhasználói elvesztik a hozzáférést; a rendszergazdák megtartják a hozzáférést az adatokhoz és a beállításokhoz.',
  'removal.note.stillBilled':
    'Fel van függesztve, de továbbra is számlázzák: az új kereskedelmi élménybeli előfizetéseket le kell mondani.',
  'removal.note.cannotRemediate':
    'Az Ön szerepköre nem engedi előfizetések felfüggesztését vagy lemondását. Kérjen meg egy kollégát, akinek a szerepköre ezt megengedi.',
  'removal.button.suspend': 'Felfüggesztés',
  'removal.button.cancel': 'Előfizetés lemondása',
  'removal.button.cancelSoftwareOrder': 'Rendelés lemondása',
  'removal.button.autoRenewOff': 'Automatikus megújítás kikapcsolása',
  'removal.button.all.suspend': 'Összes felfüggesztése ({count})',
  'removal.button.all.cancel': 'Összes lemondása ({count})',
  'removal.button.all.cancelSoftwareOrder': 'Összes rendelés lemondása ({count})',
  'removal.button.all.autoRenewOff': 'Automatikus megújítás kikapcsolása mindegyiknél ({count})',
  'removal.confirm.suspend': 'A következőket készül felfüggeszteni:',
  'removal.confirm.cancel': 'A következőket készül lemondani:',
  'removal.confirm.cancelSoftwareOrder': 'A következő szoftvervásárlásokat készül lemondani:',
  'removal.confirm.autoRenewOff': 'A következők automatikus megújítását készül kikapcsolni:',
  'removal.confirm.autoRenewOffItem':
    '{name} nem újul meg, hanem megszűnik ekkor: {date}. Addig aktív marad.',
  'removal.confirm.autoRenewOffItemNoDate':
    '{name} nem újul meg, hanem az időszak végén megszűnik. Addig aktív marad.',
  'removal.confirmNote.suspend':
    'Az ügyfél felhasználói elveszítik a hozzáférést ahhoz, amit felfüggeszt. Ez visszavonható: a felfüggesztett előfizetés újraaktiválható.',
  'removal.confirmNote.cancel': 'Ez nem vonható vissza. Az ügyfél időarányos visszatérítést kap.',
  'removal.confirmNote.cancelSoftwareOrder':
    'Ez nem vonható vissza. A rendelésnek csak az ehhez a vásárláshoz tartozó tételei mondódnak le; az esetleges visszatérítés a Microsoft szoftverekre vonatkozó lemondási szabályzatát követi.',
  'removal.confirmNote.autoRenewOff': 'Az időszak végéig továbbra is akadályozza az eltávolítást.',
  'removal.button.confirm.suspend': 'Felfüggesztés megerősítése',
  'removal.button.confirm.cancel': 'Lemondás megerősítése',
  'removal.button.confirm.cancelSoftwareOrder': 'Lemondás megerősítése',
  'removal.button.confirm.autoRenewOff': 'Kikapcsolás megerősítése',
  'removal.button.keep': 'Maradjon így',
  'removal.button.keepAll': 'Maradjon így',
  'removal.skipped': '{count} esetében semmi sem lett elküldve: már nem volt rá szükség.',
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
  'schedule.whenApproved':
    'Csak dátumok akadályozzák: jóváhagyás után erre a napra ütemezzük: {date}, és akkor magától lefut.',
  'schedule.when': 'Ütemezve erre a napra: {date}. Akkor magától lefut, ha semmi más nem akadályozza.',
  'schedule.autoRenewPlanned': 'Jóváhagyás után kikapcsoljuk az automatikus megújítást: {names}.',
  'schedule.autoRenewDone': 'Automatikus megújítás kikapcsolva (a Partnerközpont megerősítette): {names}.',
  'schedule.autoRenewFailed':
    'Nem sikerült kikapcsolni az automatikus megújítást: {names}. Kapcsolja ki a Partnerközpontban, különben megújulnak, és akadályozzák az eltávolítást.',
  'schedule.rule.wait':
    'Ha az esedékes napon valami új akadályozza: tovább vár, a csatorna és a kérelmező értesítést kap.',
  'schedule.rule.fail':
    'Ha az esedékes napon valami új akadályozza: a kérelem sikertelen lesz, a csatorna és a kérelmező értesítést kap.',
  'schedule.stillBlocked': 'Ellenőrizve: {at}. Még mindig akadályozza: {names}.',
  'schedule.intro':
    'Ezt az eltávolítást csak dátumok akadályozzák; az utolsó: {date}. Már most kérelmezheti: jóváhagyás után az eltávolítás e dátum után magától lefut, ha semmi más nem akadályozza.',
  'schedule.autoRenewLabel': 'Automatikus megújítás',
  'schedule.autoRenewToggle':
    'Jóváhagyás után kapcsolja ki az automatikus megújításukat, hogy az időszakuk ekkor véget érjen: {date}, és ne újuljon meg',
  'schedule.autoRenewOn': 'Az automatikus megújítás be van kapcsolva: {names}.',
  'schedule.autoRenewError':
    'Erősítse meg az automatikus megújítás kikapcsolását, különben az előfizetések megújulnak, és akadályozzák az eltávolítást.',
  'schedule.onBlockedLabel': 'Ha az esedékes napon valami új akadályozza az eltávolítást',
  'schedule.onBlocked.wait': 'Várakozás tovább, értesítéssel (6 óránként újra ellenőrizzük)',
  'schedule.onBlocked.fail': 'A kérelem legyen sikertelen, értesítéssel',
  'schedule.button.request': 'Eltávolítás kérelmezése erre a napra: {date}',
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
  'requested.route.channel':
    'Jóváhagyásra elküldve abba a Teams-csatornába, ahol {names} kiadta az „értesíts itt” parancsot.',
  'requested.route.channels':
    'Jóváhagyásra elküldve azokba a Teams-csatornákba, ahol {names} kiadta az „értesíts itt” parancsot.',
  'requested.route.people': 'Jóváhagyásra elküldve csevegésben neki: {names}.',
  'requested.route.unreachable':
    'Nem értem el őket: {names}. A Reseller Desk nincs telepítve náluk, és még nem írtak neki.',
  'requested.route.nobody':
    'Egy jóváhagyó sem kapta meg ezt a kérelmet: egy csatorna sem fogad eltávolítási kérelmeket, és egy jóváhagyóval sem tudtam csevegést nyitni. Kérjen meg egy jóváhagyót ({names}), hogy adja ki az „értesíts itt” parancsot egy olyan Teams-csatornában, ahol a Reseller Desk telepítve van: a kérelem azonnal megjelenik ott. Addig a jóváhagyók a „kérelmek” paranccsal találják meg. A kérelem lejár: {expires}.',
  'requested.route.noApprovers':
    'A szerepkörfájlban senki sem hagyhat jóvá eltávolítást, így ezt a kérelmet senki sem bírálhatja el. Kérje meg a Reseller Desk rendszergazdáját, hogy jelöljön ki jóváhagyót a szerepkörfájlban.',
  'requested.approvers': 'Jóváhagyhatja: {names}.',
  'requested.approvedBy': 'Jóváhagyta: {by}, {at}.',

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
  'notice.customerNotFound.inviteNew': 'Ha új ügyfélről van szó, hívja meg egy új meghívóval.',
  'notice.customerNotFound.inviteNewButton': 'Új ügyfél meghívása',
  'notice.customerQueryMissing.title': 'Melyik ügyfél?',
  'notice.customerQueryMissing.audit':
    'Írd be: napló, majd az ügyfél nevét, tartományát vagy bérlőazonosítóját.',
  'notice.customerGone.title': 'Az ügyfél már nincs a listán',
  'notice.customerGone.text':
    '{name} már nincs az ügyféllistáján. A Partnerközpont adatai a kártya elküldése óta változhattak.',
  'notice.partnerCenterError.title': 'Partnerközpont-hiba',
  'notice.partnerCenterError.text': 'A Partnerközpont hibát adott vissza. Semmi más nem változott.',
  'notice.partnerCenterError.hint':
    'Ha újra előfordul, adja meg a korrelációs azonosítót a Microsoft ügyfélszolgálatának.',
  'notice.partnerCenterRefused.title': 'A Partnerközpont elutasította a kérést',
  'notice.partnerCenterRefused.text':
    'A Partnerközpont elutasította ezt a kérést annak a fióknak, amellyel a Reseller Desk bejelentkezik: {code} kód („{description}”), korrelációs azonosító {correlationId}.',
  'notice.partnerCenterRefused.textNoDescription':
    'A Partnerközpont elutasította ezt a kérést annak a fióknak, amellyel a Reseller Desk bejelentkezik: {code} kód, korrelációs azonosító {correlationId}.',
  'notice.partnerCenterBusy.title': 'A Partnerközpont túlterhelt',
  'notice.partnerCenterBusy.text':
    'A Partnerközpont most túlterhelt. Próbálja újra {seconds} másodperc múlva.',
  'notice.partnerCenterBusy.textNoDelay': 'A Partnerközpont most túlterhelt. Próbálja újra egy perc múlva.',
  'notice.partnerCenterUnavailable.title': 'A Partnerközpont nem érhető el',
  'notice.partnerCenterUnavailable.text':
    'A Partnerközpont most a saját oldalán hibázik: kiszolgálóhibával válaszolt, több próbálkozás után is. Próbálja újra néhány perc múlva.',
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
  'notice.notifyOn.title': 'Értesítések bekapcsolva',
  'notice.notifyOn.events':
    'Ez a csatorna megkapja a Reseller Desk értesítéseit: meghívások, elfogadó ügyfelek, eltávolítási kérelmek és jóváhagyások, eredmények.',
  'notice.notifyOn.provider':
    'Ez a csatorna megkapja a közvetett viszonteladóitól érkező eltávolítási kérelmeket.',
  'notice.notifyOff.title': 'Értesítések kikapcsolva',
  'notice.notifyOff.text': 'Ez a csatorna többé nem kapja meg a Reseller Desk értesítéseit.',
  'notice.notifyNeedsChannel.title': 'Futtassa egy csatornában',
  'notice.notifyNeedsChannel.text':
    'Az értesítések egy csapatcsatornába vagy csoportos csevegésbe érkeznek. Ott futtassa ezt a parancsot, abban a beszélgetésben, amelynek meg kell kapnia őket.',
  'notice.requestNotFound.title': 'A kérelem nem található',
  'notice.requestNotFound.text': 'Nem találom ezt az eltávolítási kérelmet. Semmi sem változott.',

  'approval.title': 'Eltávolítási kérelem — {customer}',
  'approval.status': 'Állapot: {state}',
  'approval.state.pending': 'Jóváhagyásra vár',
  'approval.state.approved': 'Jóváhagyva',
  'approval.state.scheduled': 'Ütemezve',
  'approval.state.executing': 'Eltávolítás folyamatban',
  'approval.state.completed': 'Eltávolítva',
  'approval.state.rejected': 'Elutasítva',
  'approval.state.cancelled': 'Visszavonva',
  'approval.state.expired': 'Lejárt',
  'approval.state.failed': 'Sikertelen',
  'approval.stateText.pending':
    'Egy jóváhagyónak jóvá kell hagynia vagy el kell utasítania. Még semmit sem távolítottunk el.',
  'approval.stateText.approved': 'Ezután következik az eltávolítás a Partnerközpontban.',
  'approval.stateText.scheduled':
    'Jóváhagyva. Az eltávolítás magától lefut, amint az utolsó akadályozó dátum elmúlt, és semmi más nem akadályozza.',
  'approval.stateText.executing':
    'A viszonteladói kapcsolat eltávolítása folyamatban van a Partnerközpontban.',
  'approval.stateText.completed': 'A viszonteladói kapcsolatot eltávolítottuk a Partnerközpontban.',
  'approval.stateText.rejected': 'Semmit sem távolítottunk el.',
  'approval.stateText.cancelled': 'A kérelmező visszavonta a kérelmet. Semmit sem távolítottunk el.',
  'approval.stateText.expired': 'Egyetlen jóváhagyó sem döntött időben. Semmit sem távolítottunk el.',
  'approval.stateText.failed':
    'A Partnerközpont elutasította az eltávolítást. A viszonteladói kapcsolat továbbra is fennáll.',
  'approval.requestedAt': 'Kérelmezés időpontja',
  'approval.attestationVersion': 'A nyilatkozat szövegének verziója',
  'approval.remediesBefore': 'A kérelem előtt elvégezve:',
  'approval.remedy.suspend': 'Felfüggesztve: {name}',
  'approval.remedy.cancel': 'Lemondva: {name}',
  'approval.remedy.cancelSoftwareOrder': 'Szoftvervásárlás lemondva: {name}',
  'approval.remedy.autoRenewOff': 'Automatikus megújítás kikapcsolva: {name}',
  'approval.expiresAt': 'Jóváhagyási határidő',
  'approval.approvals': 'Jóváhagyások: {count} / {required}',
  'approval.decision.rejected': 'Elutasította: {by}, időpont: {at}.',
  'approval.decision.cancelled': 'Visszavonta: {by}, időpont: {at}.',
  'approval.decision.expired': 'Döntés nélkül lejárt, időpont: {at}.',
  'approval.decision.at': 'Döntés időpontja: {at}.',
  'approval.decisionReason': 'Megadott indok',
  'approval.execution.started': 'Eltávolítás kezdete',
  'approval.execution.finished': 'Eltávolítás vége',
  'approval.execution.retrying':
    'A Partnerközpont még nem fogadta el az eltávolítást; automatikusan újrapróbálom. Utolsó válasza:',
  'approval.execution.error': 'A Partnerközpont válasza:',
  'approval.confirm':
    'A jóváhagyás azonnal eltávolítja a viszonteladói kapcsolatot a Partnerközpontban; innen nem vonható vissza.',
  'approval.button.approve': 'Jóváhagyás',
  'approval.rejectLabel': 'Az elutasítás indoka, a kérelemmel együtt rögzítjük',
  'approval.rejectPlaceholder': 'Például: az ügyfélnek még vannak nyitott rendelései nálunk',
  'approval.rejectError': 'Az elutasításhoz adjon meg legfeljebb 500 karakteres indokot.',
  'approval.button.reject': 'Elutasítás',
  'approval.note.ownRequest': 'Ezt az eltávolítást Ön kérelmezte; egy másik jóváhagyónak kell döntenie.',
  'approval.note.alreadyApproved': 'Ön jóváhagyta ezt a kérelmet. Még szükséges jóváhagyások: {count}.',
  'approval.requester': 'Ezt az eltávolítást Ön kérelmezte. Visszavonhatja, amíg jóváhagyásra vár.',
  'approval.button.cancel': 'Kérelem visszavonása',
  'approval.readOnly': 'Ezt a kérelmet csak a jóváhagyók hagyhatják jóvá vagy utasíthatják el.',
  'approval.button.refresh': 'Frissítés',

  'event.invitationRecorded.title': 'Meghívás rögzítve',
  'event.invitationRecorded.existing': 'Meghívást rögzített: {by}, ügyfél: {customer}.',
  'event.invitationRecorded.new': 'Meghívást rögzített egy új ügyfél számára: {by}.',
  'event.invitationRecorded.newWithProvider':
    'Meghívást rögzített egy új ügyfél számára, a közvetett szolgáltatóval ({provider}) együtt: {by}.',
  'event.invitationRecorded.next': 'Az ügyfél az elfogadás után jelenik meg az ügyféllistájában.',
  'event.customerAccepted.title': 'Az ügyfél elfogadta',
  'event.customerAccepted.text':
    '{customer} elfogadta a viszonteladói kapcsolatot, és most már szerepel az ügyféllistájában.',
  'event.customerAccepted.invitedBy': 'Meghívta: {by}.',
  'event.removalDecided.approved.title': 'Eltávolítás jóváhagyva',
  'event.removalDecided.approved':
    'A viszonteladói kapcsolat eltávolítását ezzel az ügyféllel: {customer} jóváhagyta: {by}. Ezután következik az eltávolítás a Partnerközpontban.',
  'event.removalDecided.approvedNoBy':
    'A viszonteladói kapcsolat eltávolítását ezzel az ügyféllel: {customer} jóváhagyták. Ezután következik az eltávolítás a Partnerközpontban.',
  'event.removalDecided.rejected.title': 'Eltávolítás elutasítva',
  'event.removalDecided.rejected':
    'Az eltávolítási kérelmet ({customer}) elutasította: {by}. Semmit sem távolítottunk el.',
  'event.removalDecided.rejectedNoBy':
    'Az eltávolítási kérelmet ({customer}) elutasították. Semmit sem távolítottunk el.',
  'event.removalDecided.expired.title': 'Az eltávolítási kérelem lejárt',
  'event.removalDecided.expired':
    'Az eltávolítási kérelem ({customer}) döntés nélkül lejárt. Semmit sem távolítottunk el.',
  'event.removalDecided.cancelled.title': 'Eltávolítási kérelem visszavonva',
  'event.removalDecided.cancelled':
    'Az eltávolítási kérelmet ({customer}) a kérelmező visszavonta: {by}. Semmit sem távolítottunk el.',
  'event.removalDecided.cancelledNoBy':
    'Az eltávolítási kérelmet ({customer}) a kérelmező visszavonta. Semmit sem távolítottunk el.',
  'event.removalExecuted.title': 'Viszonteladói kapcsolat eltávolítva',
  'event.removalExecuted.text':
    'A viszonteladói kapcsolatot ezzel az ügyféllel: {customer} eltávolítottuk a Partnerközpontban.',
  'event.removalFailed.title': 'Sikertelen eltávolítás',
  'event.removalFailed.text':
    'A Partnerközpont elutasította a viszonteladói kapcsolat eltávolítását ezzel az ügyféllel: {customer}. A kapcsolat továbbra is fennáll.',
  'event.removalFailed.todo':
    'Teendő: ellenőrizze újra, mi akadályozza az ügyfél eltávolítását, hárítsa el, majd kérelmezze újra az eltávolítást.',
  'event.removalScheduled.title': 'Eltávolítás ütemezve',
  'event.removalScheduled.text':
    'A viszonteladói kapcsolat eltávolítása ({customer}) jóváhagyva, és ütemezve erre: {date}, amikor az utolsó akadályozó dátum is elmúlt. Ekkor magától lefut, ha semmi más nem akadályozza.',
  'event.removalScheduled.autoRenewOff':
    'Az automatikus megújítás ki van kapcsolva: {names}. Az időszakuk véget ér, nem újul meg.',
  'event.removalScheduled.autoRenewFailed':
    'Nem sikerült kikapcsolni az automatikus megújítást: {names}. Megújulnának, és akadályoznák az eltávolítást. Kapcsolja ki a Partnerközpontban.',
  'event.removalReminder.title': 'Közeleg az ütemezett eltávolítás',
  'event.removalReminder.days':
    'A viszonteladói kapcsolat eltávolítása ({customer}) erre van ütemezve: {date}, {days} nap múlva.',
  'event.removalReminder.tomorrow':
    'A viszonteladói kapcsolat eltávolítása ({customer}) erre van ütemezve: {date}, holnap.',
  'event.removalReminder.check':
    'Nincs teendő, ha ennek az ügyfélnek nem vásároltak újat; a leállításhoz vonja vissza a kérelmet.',
  'event.removalStillBlocked.title': 'Az ütemezett eltávolítás még akadályozva',
  'event.removalStillBlocked.failedTitle': 'Az ütemezett eltávolítás sikertelen',
  'event.removalStillBlocked.text':
    'Az ütemezett napon a viszonteladói kapcsolat eltávolítását ({customer}) ez akadályozza:',
  'event.removalStillBlocked.waiting':
    'A kérelem tovább vár, és 6 óránként újra ellenőrizzük: hárítsa el az akadályt, vagy vonja vissza a kérelmet.',
  'event.removalStillBlocked.failed':
    'A kérelemkor választottak szerint a kérelem sikertelen lett. Semmit sem távolítottunk el.',
  'event.cancellationWindow.title': 'Hamarosan lezárul a lemondási időszak',
  'event.cancellationWindow.text':
    '{commerce}: az ügyfél ({customer}) {subscription} előfizetése csak eddig mondható le: {date}.',
  'event.cancellationWindow.after':
    'Utána az időszak végéig már nem mondható le, és az eltávolításnak addig várnia kell.',

  'requests.title': 'Eltávolítási kérelmek',
  'requests.none': 'Nincsenek eltávolítási kérelmek.',
  'requests.scheduledFor': 'lefut: {date}',
  'requests.requestedBy': 'kérelmezte: {by}, {at}',
  'requests.button.decide': 'Áttekintés és döntés',
  'requests.button.open': 'Megnyitás',
  'requests.requestId': 'Kérelem: {id}',
  'requests.shown': 'Megjelenítve: {shown} / {total} kérelem.',

  'audit.title': 'Előzmények: {customer}',
  'audit.none': 'Ehhez az ügyfélhez még nincs rögzítve semmi.',
  'audit.shown': 'Megjelenítve: {shown} / {total} bejegyzés, a legújabbak elöl.',
  'audit.action.invitation.drafted': 'Meghívó e-mailt készített elő',
  'audit.action.invitation.recorded': 'Meghívást rögzített',
  'audit.action.customer.accepted': 'Az ügyfél elfogadta a meghívást',
  'audit.action.subscription.suspended': 'Előfizetést függesztett fel',
  'audit.action.subscription.cancelled': 'Előfizetést mondott le',
  'audit.action.softwareOrder.cancelled': 'Szoftverrendelést mondott le',
  'audit.action.subscription.autoRenewOff': 'Kikapcsolta egy előfizetés automatikus megújítását',
  'audit.action.remedy.failed':
    'A felfüggesztés, a lemondás vagy az automatikus megújítás kikapcsolása sikertelen',
  'audit.action.removal.requested': 'Kérelmezte az eltávolítást',
  'audit.action.removal.providerAsked': 'Megkérte a közvetett szolgáltatót az eltávolításra',
  'audit.action.removal.approval': 'Jóváhagyta az eltávolítást',
  'audit.action.removal.approved': 'Az eltávolítás jóvá lett hagyva',
  'audit.action.removal.scheduled': 'Az eltávolítás az esedékes dátumra ütemezve',
  'audit.action.removal.stillBlocked': 'Az ütemezett napon még mindig akadályozta valami az eltávolítást',
  'audit.action.removal.rejected': 'Elutasította az eltávolítást',
  'audit.action.removal.cancelled': 'Visszavonta az eltávolítási kérelmet',
  'audit.action.removal.expired': 'Az eltávolítási kérelem lejárt',
  'audit.action.removal.executing': 'Az eltávolítás elindult a Partnerközpontban',
  'audit.action.removal.completed': 'A viszonteladói kapcsolat eltávolítva',
  'audit.action.removal.failed': 'Az eltávolítás sikertelen',
  'audit.action.audit.exported': 'Exportálta a naplót',
  'audit.detail.invitationId': 'Meghívásazonosító',
  'audit.detail.target': 'Meghívás célja',
  'audit.detail.unofficialUrl': 'Nem hivatalos hivatkozás',
  'audit.detail.withProvider': 'A közvetett szolgáltatóval',
  'audit.detail.id': 'Azonosító',
  'audit.detail.name': 'Név',
  'audit.detail.remedy': 'Művelet',
  'audit.detail.provider': 'Közvetett szolgáltató',
  'audit.detail.delivered': 'Kézbesítve',

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
  // Evidence packs (the page bot/evidence/evidencePage.ts serves) and audit exports
  'evidence.button': 'A bizonyítékcsomag megnyitása',
  'evidence.title': 'Bizonyítékcsomag: a viszonteladói kapcsolat megszüntetése – {customer}',
  'evidence.generated': 'A Reseller Desk készítette a saját nyilvántartásából, {at}.',
  'evidence.json': 'Ugyanez JSON-ként',
  'evidence.section.request': 'A kérelem',
  'evidence.section.before': 'Az ügyfél a kérelem idején',
  'evidence.section.remedies': 'Ami az eltávolítás előtt történt',
  'evidence.section.attestation': 'A nyilatkozat',
  'evidence.section.approvals': 'Jóváhagyások',
  'evidence.section.removal': 'Az eltávolítás a Partner Centerben',
  'evidence.section.after': 'Az állapot utána',
  'evidence.section.trail': 'A napló bejegyzései',
  'evidence.before.none':
    'Nem készült pillanatkép: a kérelem régebbi annál, hogy a Reseller Desk ilyet őrizne.',
  'evidence.before.subscriptions': 'Előfizetések ({count})',
  'evidence.before.more': 'További {count} előfizetés nincs felsorolva.',
  'evidence.before.blockers': 'Még akadályozta',
  'evidence.before.notices': 'Megjegyzés',
  'evidence.before.gdap': 'GDAP-kapcsolatok',
  'evidence.before.otherPartners': 'Más partnerek',
  'evidence.before.checkedAt': 'Kiolvasva a Partner Centerből',
  'evidence.remedies.none': 'Ehhez a kérelemhez nem rögzítettek felfüggesztést vagy lemondást.',
  'evidence.remedy.done': 'Megtörtént',
  'evidence.remedy.failed': 'Elutasítva, hibakód: {code}',
  'evidence.col.time': 'Idő',
  'evidence.col.by': 'Ki',
  'evidence.col.action': 'Művelet',
  'evidence.col.target': 'Előfizetés vagy rendelés',
  'evidence.col.answer': 'A Partner Center válasza',
  'evidence.col.name': 'Név',
  'evidence.col.status': 'Állapot',
  'evidence.col.commerce': 'Típus',
  'evidence.col.id': 'Azonosító',
  'evidence.col.details': 'Részletek',
  'evidence.col.hash': 'Kivonat (SHA-256)',
  'evidence.attestation.by': 'Nyilatkozott',
  'evidence.attestation.at': 'A nyilatkozat ideje',
  'evidence.attestation.text': 'Az elfogadott szöveg',
  'evidence.attestation.otherVersion':
    'A futó Reseller Desk már nem őrzi ennek a verziónak a szövegét; a verzió azonosítja.',
  'evidence.approvals.required': 'Szükséges jóváhagyások',
  'evidence.approvals.none': 'Nem rögzítettek jóváhagyást.',
  'evidence.removal.none': 'Az eltávolítást soha nem küldték el a Partner Centernek.',
  'evidence.removal.msRequestId': 'MS-RequestId',
  'evidence.removal.attempts': 'Kísérletek',
  'evidence.removal.started': 'Első kísérlet',
  'evidence.removal.lastAttempt': 'Utolsó kísérlet',
  'evidence.removal.finished': 'Befejezve',
  'evidence.removal.confirmedBy': 'Megerősítette',
  'evidence.confirmedBy.answer': 'A Partner Center válasza az eltávolításra',
  'evidence.confirmedBy.reRead': 'Az ügyfél újbóli lekérdezése a hívás után',
  'evidence.after.relationshipNone':
    'A Partner Center azt válaszolta az eltávolításra, hogy nem maradt kapcsolat (relationshipToPartner none).',
  'evidence.after.relationshipGone':
    'Az ügyfél lekérdezése a hívás után nem talált viszonteladói kapcsolatot a Partner Centerben.',
  'evidence.after.error': 'A Partner Center nem szüntette meg a kapcsolatot. Utolsó válasza:',
  'evidence.integrity.ok': 'Az ügyfél naplójának kivonatlánca ép: {count} bejegyzés ellenőrizve.',
  'evidence.integrity.unverified': '{count} régebbi bejegyzés a lánc előtt készült, ezek nem ellenőrizhetők.',
  'evidence.integrity.broken':
    'Az ügyfél naplójának kivonatlánca megszakad a(z) {index}. bejegyzésnél: {problem}',
  'evidence.integrity.changed': 'egy bejegyzést módosítottak.',
  'evidence.integrity.missing': 'egy bejegyzés hiányzik.',
  'evidence.integrity.reordered': 'a bejegyzések sorrendje megváltozott.',
  'evidence.integrity.unreadable': 'a napló nem olvasható.',
  'evidence.trail.none': 'Egyetlen naplóbejegyzés sem említi ezt a kérelmet.',
  'evidence.denied.title': 'Ez a hivatkozás nem működik',
  'evidence.denied.text':
    'Ezt a hivatkozást nem a Reseller Desk készítette, vagy módosították. Semmi sem jelenik meg.',
  'evidence.expired.title': 'Ez a hivatkozás lejárt',
  'evidence.expired.text':
    'Kérjen új hivatkozást a Reseller Desktől: nyissa meg a kérelmet a kérelmek listából, vagy futtassa újra az exportot.',
  'evidence.notFound.title': 'Nincs mit megjeleníteni',
  'evidence.notFound.text':
    'Nincs ilyen kérelem, vagy még nem fejeződött be: bizonyítékcsomag akkor készül, amikor az eltávolítás sikerült vagy meghiúsult.',
  'auditExport.title': 'Naplóexport',
  'auditExport.period':
    'Minden ügyfél naplóbejegyzései ettől: {from}, eddig: {to} (UTC-napok, mindkettőt beleértve).',
  'auditExport.validUntil':
    'A hivatkozások eddig működnek: {date}. Aki birtokolja őket, letöltheti a bejegyzéseket: csak olyanokkal ossza meg, akik láthatják a naplót.',
  'auditExport.csv': 'CSV letöltése',
  'auditExport.json': 'JSON letöltése',
  'auditExport.usage':
    'Írja be: {example}. Két nap éééé-hh-nn formában, az első nem későbbi a másodiknál, összesen legfeljebb {days} nap.',
  'auditExport.invalid.format': 'Ez nem két éééé-hh-nn formátumú dátum.',
  'auditExport.invalid.order': 'Az első nap későbbi a másodiknál.',
  'auditExport.invalid.tooLong': 'Az időszak hosszabb {days} napnál.',
  'auditExport.unavailable': 'Nem tudok hivatkozást készíteni: nincs beállítva aláírókulcs.',
  // GDAP health (`gdap`), its weekly digest, and the GDAP section of the customer card
  'command.gdap.description':
    'GDAP-állapot: hamar lejáró vagy nem hosszabbítható kapcsolatok, GDAP viszonteladói kapcsolat nélkül, GDAP nélküli ügyfelek.',
  'gdap.title': 'GDAP-kapcsolatok állapota',
  'gdap.checked': 'Ellenőrzés ideje',
  'gdap.activeRelationships': 'Aktív GDAP-kapcsolatok',
  'gdap.customers': 'Ügyfelek a listájában',
  'gdap.section.endingSoon': '30 napon belül lejárnak',
  'gdap.section.endingSoon.note':
    'Aktív kapcsolatok, amelyek záró dátuma 30 napon belül van. Amelyik nem hosszabbodik meg automatikusan, akkor véget ér: kérje meg az ügyfelet, hogy előtte hagyjon jóvá egy újat.',
  'gdap.section.cannotAutoExtend': 'Nem hosszabbítható meg automatikusan',
  'gdap.section.cannotAutoExtend.note':
    'Ezek tartalmazzák a Globális rendszergazda szerepkört, amelyet a Microsoft nem hosszabbít meg automatikusan: mindegyik a záró dátumán véget ér. Érdemesebb kevesebb szerepkört tartalmazó kapcsolatot használni.',
  'gdap.section.notCustomers': 'GDAP viszonteladói kapcsolat nélkül',
  'gdap.section.notCustomers.note':
    'Aktív GDAP-kapcsolatok olyan ügyfélbérlővel, amely nem szerepel az ügyféllistájában.',
  'gdap.section.withoutGdap': 'GDAP nélküli ügyfelek',
  'gdap.section.withoutGdap.note':
    'Az ügyféllistájában szereplő ügyfelek aktív GDAP-kapcsolat nélkül: a bérlőjüket nem lehet GDAP-on keresztül felügyelni.',
  'gdap.none': 'Nincs.',
  'gdap.more': 'És még {count}.',
  'gdap.failed':
    'A Microsoft Graph nem olvasható, ezért a jelentés most nem készíthető el. Próbálja újra később.',
  'gdap.unavailable':
    'A GDAP-állapot itt nem érhető el, mert a Microsoft Graph nincs beállítva a Reseller Desk számára. Ellenőrizze a GDAP-kapcsolatokat a Partnerközpontban.',
  'gdap.autoExtend.extends': 'automatikusan 6 hónappal meghosszabbodik',
  'gdap.autoExtend.off': 'nem hosszabbodik meg automatikusan',
  'gdap.autoExtend.notPossible': 'automatikusan nem hosszabbítható meg (Globális rendszergazda)',
  'gdapStatus.activating': 'Aktiválás folyamatban',
  'gdapStatus.active': 'Aktív',
  'gdapStatus.approvalPending': 'Jóváhagyásra vár',
  'gdapStatus.approved': 'Jóváhagyva',
  'gdapStatus.created': 'Létrehozva',
  'gdapStatus.expired': 'Lejárt',
  'gdapStatus.expiring': 'Lejárófélben',
  'gdapStatus.terminated': 'Megszüntetve',
  'gdapStatus.terminating': 'Megszüntetés folyamatban',
  'gdapStatus.terminationRequested': 'Megszüntetés kérve',
  'entraRole.globalAdministrator': 'Globális rendszergazda',
  'entraRole.globalReader': 'Globális olvasó',
  'entraRole.userAdministrator': 'Felhasználói rendszergazda',
  'entraRole.helpdeskAdministrator': 'Ügyfélszolgálati rendszergazda',
  'entraRole.directoryReaders': 'Címtárolvasók',
  'entraRole.directoryWriters': 'Címtárírók',
  'entraRole.licenseAdministrator': 'Licencrendszergazda',
  'entraRole.serviceSupportAdministrator': 'Szolgáltatástámogatási rendszergazda',
  'entraRole.privilegedRoleAdministrator': 'Kiemelt szerepkörű rendszergazda',
  'entraRole.securityAdministrator': 'Biztonsági rendszergazda',
  'entraRole.exchangeAdministrator': 'Exchange-rendszergazda',
  'entraRole.billingAdministrator': 'Számlázási rendszergazda',
  'details.gdapWarnEndsSoon':
    '30 napon belül lejár, és nem hosszabbodik meg automatikusan: kérje meg az ügyfelet egy új kapcsolat jóváhagyására, vagy kapcsolja be az automatikus meghosszabbítást a Partnerközpontban.',
  'details.gdapWarnGlobalAdmin':
    'Tartalmazza a Globális rendszergazda szerepkört, amelyet a Microsoft nem hosszabbít meg automatikusan: a záró dátumán véget ér.',
  'details.gdapWarnGlobalAdminEndsSoon':
    '30 napon belül lejár, és tartalmazza a Globális rendszergazda szerepkört, amelyet a Microsoft nem hosszabbít meg automatikusan: előtte kérje meg az ügyfelet egy kevesebb szerepkört tartalmazó új kapcsolat jóváhagyására.',
  'event.gdapDigest.title': 'Heti GDAP-ellenőrzés',
  'event.gdapDigest.text': 'Ezen a héten ezek igényelnek figyelmet a GDAP-kapcsolatai közül:',
  'event.gdapDigest.allClear': 'Ezen a héten semmi sem igényel figyelmet a GDAP-kapcsolatai közül.',
  'event.gdapDigest.next': 'Írja be a gdap parancsot az összes megállapításért.',
  'fact.decidedBy': 'Döntött',
  'gdapEnd.reasonLabel': 'A megszüntetés oka, a kérelemmel együtt rögzítve',
  'gdapEnd.reasonPlaceholder': 'Például: az ügyfél mostantól maga felügyeli a bérlőjét',
  'gdapEnd.relationshipsHeading': 'Az ügyfél GDAP-kapcsolatai',
  'evidence.after.kept': 'A viszonteladói kapcsolat nem volt része ennek a kérelemnek: megmarad.',
  'evidence.section.gdap': 'A Microsoft Graphon keresztül megszüntetett GDAP-kapcsolatok',
  'evidence.gdap.relationship': 'Kapcsolat',
  'evidence.gdap.status': 'Utoljára olvasott állapot',
  'evidence.gdap.requested': 'Megszüntetés elfogadva',
  'evidence.gdap.confirmed': 'Megszűntként olvasva',
  'evidence.gdap.graphRequestId': 'Graph-kérelemazonosító',
  'gdapEnd.confirm':
    'A jóváhagyás azonnal megszünteti a kiválasztott GDAP-kapcsolatokat a Microsoft Graphon keresztül. Nem vonható vissza: új kapcsolathoz az ügyfél jóváhagyása kell.',
  'gdapEnd.confirmWithRemoval':
    'A jóváhagyás azonnal eltávolítja a viszonteladói kapcsolatot a Partnerközpontban, majd megszünteti a kiválasztott GDAP-kapcsolatokat; egyik sem vonható vissza innen.',
  'gdapEnd.note.ownRequest': 'Ön kérelmezte ezt a GDAP-megszüntetést; egy másik jóváhagyónak kell döntenie.',
  'gdapEnd.requester': 'Ön kérelmezte ezt a GDAP-megszüntetést. Visszavonhatja, amíg jóváhagyóra vár.',
  'fact.week': 'Hét',
  'gdapEnd.choiceHeading': 'GDAP-kapcsolatok megszüntetése is',
  'gdapEnd.choiceIntro':
    'A viszonteladói kapcsolat eltávolítása nem szünteti meg a GDAP-ot. Válassza ki, mely kapcsolatok szűnjenek meg az eltávolítás megerősítése után; a jóváhagyó látja a választását.',
  'gdapEnd.choiceLabel': 'Megszüntetendő GDAP-kapcsolatok',
  'gdapEnd.stale':
    'Az egyik kiválasztott GDAP-kapcsolat már nem aktív. Nézze át a listát, és válasszon újra.',
  'gdapEnd.title': 'GDAP-megszüntetési kérelem — {customer}',
  'gdapEnd.requestedTitle': 'GDAP-megszüntetés kérelmezve',
  'gdapEnd.heading.planned': 'Az eltávolítás után megszüntetendő GDAP-kapcsolatok:',
  'gdapEnd.heading.plannedAlone': 'Megszüntetendő GDAP-kapcsolatok (a viszonteladói kapcsolat megmarad):',
  'gdapEnd.heading.progress': 'GDAP-kapcsolatok:',
  'gdapEnd.outcome.pending': 'még nem szűnt meg',
  'gdapEnd.outcome.requested': 'megszüntetés kérve; a Microsoft Graph szerint: {status}',
  'gdapEnd.outcome.terminated': 'megszűnt: {at} (a Microsoft Graph szerint)',
  'gdapEnd.outcome.failed': 'nem szűnt meg: {code}, {description}',
  'gdapEnd.removedAt': 'A viszonteladói kapcsolat eltávolítva: {at}, a Partnerközpont megerősítette.',
  'gdapEnd.state.executing': 'Megszüntetés folyamatban',
  'gdapEnd.state.completed': 'Megszüntetve',
  'gdapEnd.stateText.pending':
    'Egy jóváhagyónak jóvá kell hagynia vagy el kell utasítania. Még semmi sem szűnt meg.',
  'gdapEnd.stateText.approved': 'A GDAP-kapcsolatok megszüntetése következik a Microsoft Graphon keresztül.',
  'gdapEnd.stateText.executing':
    'A GDAP-kapcsolatok megszüntetése folyamatban van a Microsoft Graphon keresztül.',
  'gdapEnd.stateText.completed': 'Minden kiválasztott GDAP-kapcsolat megszűnt a Microsoft Graph szerint.',
  'gdapEnd.stateText.rejected': 'Semmi sem szűnt meg.',
  'gdapEnd.stateText.cancelled': 'A kérelmező visszavonta a kérelmet. Semmi sem szűnt meg.',
  'gdapEnd.stateText.expired': 'Egy jóváhagyó sem döntött időben. Semmi sem szűnt meg.',
  'gdapEnd.stateText.failed': 'Néhány GDAP-kapcsolatot nem sikerült megszüntetni: lásd lent.',
  'gdapEnd.stateText.removedExecuting':
    'A viszonteladói kapcsolat eltávolítva; a GDAP-kapcsolatok megszüntetése folyamatban van a Microsoft Graphon keresztül.',
  'gdapEnd.stateText.removedThenFailed':
    'A viszonteladói kapcsolat eltávolítva, de néhány GDAP-kapcsolatot nem sikerült megszüntetni: lásd lent.',
  'gdapEnd.stateText.removedCompleted':
    'A viszonteladói kapcsolat eltávolítva a Partnerközpontban, és minden kiválasztott GDAP-kapcsolat megszűnt a Microsoft Graph szerint.',
  'gdapEnd.cardTitle': 'GDAP-kapcsolatok megszüntetése — {customer}',
  'gdapEnd.cardIntro':
    'A GDAP-kapcsolat megszüntetése elveszi azokat a rendszergazdai szerepköröket, amelyeket a biztonsági csoportjai az ügyfél bérlőjében kapnak. Nem vonható vissza: új kapcsolathoz az ügyfél jóváhagyása kell. A viszonteladói kapcsolat megmarad. Egy jóváhagyó dönt.',
  'gdapEnd.confirmLabel': 'Megerősítés',
  'gdapEnd.confirmToggle':
    'Tudomásul veszem, hogy az ezeken a kapcsolatokon keresztüli rendszergazdai hozzáférésünk megszűnik, és az ügyfél nélkül nem állítható vissza.',
  'gdapEnd.button.request': 'Megszüntetés kérelmezése',
  'gdapEnd.refusal.role':
    'Az Ön szerepköre nem kérelmezhet GDAP-megszüntetést; az eltávolítást kérelmező szerepkörök igen.',
  'gdapEnd.refusal.unavailable':
    'A Microsoft Graph nem olvasható, ezért a GDAP-kapcsolatok most innen nem szüntethetők meg.',
  'gdapEnd.refusal.noActive': 'Ennek az ügyfélnek nincs megszüntethető aktív GDAP-kapcsolata.',
  'gdapEnd.refusal.pendingRequest':
    'Ehhez az ügyfélhez már van nyitott kérelem ({id}): előbb döntsenek róla, vagy vonják vissza.',
  'gdapEnd.problem.noneChosen': 'Válasszon legalább egy megszüntetendő kapcsolatot.',
  'gdapEnd.problem.notConfirmed': 'A kérelmezéshez jelölje be a megerősítést.',
  'details.button.endGdap': 'GDAP-kapcsolatok megszüntetése…',
  'event.gdapEnd.decided.title': 'GDAP-megszüntetési kérelem',
  'event.gdapEnd.decided.text': '{customer} GDAP-kapcsolatainak megszüntetésére vonatkozó kérelem: {state}.',
  'event.gdapEnd.ended.title': 'GDAP-kapcsolatok megszüntetve',
  'event.gdapEnd.ended.text':
    '{customer} kérelemben kiválasztott GDAP-kapcsolatai megszűntek a Microsoft Graph szerint:',
  'event.gdapEnd.endedToo': 'Megszűnt GDAP-kapcsolatok is, a Microsoft Graph szerint:',
  'event.gdapEnd.failed.title': 'A GDAP-kapcsolatok nem szűntek meg',
  'event.gdapEnd.failed.text': '{customer} néhány GDAP-kapcsolatát nem sikerült megszüntetni.',
  'event.gdapEnd.failed.removed':
    'A viszonteladói kapcsolat {customer} ügyféllel eltávolítva, de néhány GDAP-kapcsolatot nem sikerült megszüntetni.',
  'event.gdapEnd.failed.todo':
    'Szüntesse meg őket a Partnerközpontban (az ügyfél rendszergazdai kapcsolatai), vagy kérelmezze újra az ügyfélkártyáról.',
  'audit.action.removal.removed': 'Viszonteladói kapcsolat eltávolítva (ezután GDAP)',
  'audit.action.gdap.terminationRequested': 'GDAP-megszüntetés kérve',
  'audit.action.gdap.terminated': 'GDAP-kapcsolat megszűnt',
  'audit.action.gdap.terminationFailed': 'A GDAP-megszüntetés sikertelen',
};
