# actix-two-factor: magyar üzenetek.
# Megszólítás: magázás ("Adja meg"), ahogy a nagy magyar szolgáltatások. Kifejezések: kód,
# tartalékkód, hitelesítő alkalmazás, kétlépcsős azonosítás, biztonsági kulcs, azonosítókulcs
# (passkey).

## The page frame (_base.html) and the language switcher

language-name = Magyar

base-account-security = Fiókbiztonság
base-log-out = Kijelentkezés
base-log-in = Bejelentkezés
base-language = Nyelv
base-language-submit = Módosítás

## Shared words

wizard-cancel = Mégse
wizard-back = Vissza
wizard-next = Tovább
permission-denied = Hozzáférés megtagadva
enable-two-factor = Kétlépcsős azonosítás bekapcsolása
disable-two-factor = Kétlépcsős azonosítás kikapcsolása
two-factor-not-enabled = A kétlépcsős azonosítás nincs bekapcsolva a fiókjában. Kapcsolja be a fiók jobb védelméhez.
back-to-account-security = Vissza a fiókbiztonsághoz
add-phone-number = Telefonszám hozzáadása
backup-tokens-title = Tartalékkódok
token-generator = Adja meg a hitelesítő alkalmazása által létrehozott kódot.
token-call = Most hívjuk Önt, adja meg a hallott számjegyeket.
token-sms = SMS-t küldtünk Önnek, adja meg az elküldött kódot.
token-email = E-mailt küldtünk Önnek, adja meg az elküldött kódot.

## Login (core/login.html)

login-title = Bejelentkezés
login-credentials = Adja meg a bejelentkezési adatait.
login-backup-intro = Ezen az űrlapon tartalékkóddal jelentkezhet be. A kódokat azért hoztuk létre, hogy kinyomtassa és biztonságos helyen tartsa őket. A bejelentkezéshez adja meg az egyik tartalékkódot.
login-submit = Bejelentkezés
login-other-methods = Vagy használja valamelyik másik azonosítási módját:
login-backup-last-resort = Végső esetben tartalékkódot is használhat:
login-use-backup-token = Tartalékkód használata

## Setup (core/setup.html, core/setup_complete.html)

setup-welcome = Magasabb szintre emeli fiókja biztonságát. A kétlépcsős azonosítás bekapcsolásához kövesse a varázsló lépéseit.
setup-method = Válassza ki, melyik azonosítási módot szeretné használni.
setup-generator-intro = A hitelesítő alkalmazás használatához olvassa be okostelefonjával az alábbi QR-kódot, például a Google Authenticator, az Aegis vagy a FreeOTP alkalmazással.
setup-qr-alt = QR-kód
setup-manual-key = Nem tudja beolvasni a kódot? Adja meg helyette ezt a kulcsot az alkalmazásban:
setup-on-this-phone = Ezen a telefonon van?
setup-open-in-app = Nyissa meg a hitelesítő alkalmazásban
setup-app-should-show = Az alkalmazásnak a(z) „{ $issuer }” kibocsátót és { $digits } jegyű kódokat kell mutatnia.
setup-enter-token = Ezután adja meg az alkalmazás által létrehozott kódot.
setup-sms-intro = Adja meg a telefonszámot, amelyre az SMS-eket kéri. A számot a következő lépésben ellenőrizzük.
setup-call-intro = Adja meg a telefonszámot, amelyen hívhatjuk. A számot a következő lépésben ellenőrizzük.
setup-email-intro = Adja meg az e-mail-címet, amelyre a kódokat kéri. A címet a következő lépésben ellenőrizzük.
complete-congratulations = Gratulálunk, sikeresen bekapcsolta a kétlépcsős azonosítást.
complete-add-phone-hint = Előfordulhat azonban, hogy nem fér hozzá elsődleges eszközéhez. A fiók helyreállíthatósága érdekében adjon meg egy telefonszámot.

## Two-factor required (core/otp_required.html)

otp-required-enforced = A kért oldal biztonsági okokból kétlépcsős azonosítással történő ellenőrzést ír elő. Az oldal eléréséhez be kell kapcsolnia ezeket a biztonsági funkciókat.
otp-required-go-back = Vissza

## Backup phones (core/phone_register.html)

phone-title = Tartaléktelefon hozzáadása
phone-setup-intro = Tartalék telefonszámot ad a fiókjához. Ezt akkor használjuk, ha az elsődleges módja nem érhető el.
phone-validation-intro = Kódot küldtünk a telefonszámára. Adja meg a kapott kódot.

## Re-authentication (core/reauth.html)

reauth-title = Erősítse meg, hogy Ön az
reauth-intro = Ez a művelet megváltoztatja fiókja védelmét. A folytatáshoz adja meg a jelszavát.
reauth-intro-token = Ez a művelet megváltoztatja fiókja védelmét. A folytatáshoz adja meg a jelszavát és egy kódot ({ $device }).
reauth-confirm = Megerősítés

## Backup tokens (core/backup_tokens.html)

backup-tokens-intro = A tartalékkódok akkor használhatók, ha sem az elsődleges módja, sem a tartalék telefonszámai nem érhetők el. Az alábbi tartalékkódokkal igazolhatja a bejelentkezést. Ha mindet felhasználta, új sorozatot hozhat létre. Csak az alább látható kódok érvényesek.
backup-tokens-print = Nyomtassa ki ezeket a kódokat, és tartsa őket biztonságos helyen. Csak most jelennek meg.
backup-tokens-unused = { $count ->
    [one] { $count } fel nem használt tartalékkódja van. Biztonsági okból nem jeleníthető meg újra; ha elvesztette, hozzon létre újakat.
   *[other] { $count } fel nem használt tartalékkódja van. Biztonsági okból nem jeleníthetők meg újra; ha elvesztette őket, hozzon létre újakat.
}
backup-tokens-none = Még nincsenek tartalékkódjai.
backup-tokens-generate = Kódok létrehozása

## Account security (profile/profile.html, profile/disable.html)

profile-title = Fiókbiztonság
profile-generator = A kódokat a hitelesítő alkalmazása hozza létre.
profile-primary-method = Elsődleges mód: { $method }.
profile-backup-phones = Tartalék telefonszámok
profile-backup-phones-intro = Ha az elsődleges módja nem érhető el, az alábbi telefonszámokra tartalékkódokat küldhetünk.
profile-unregister = Eltávolítás
profile-backup-tokens-intro = Ha nincs Önnél egyetlen eszköze sem, tartalékkódokkal is hozzáférhet a fiókjához.
profile-backup-tokens-remaining = { $count ->
    [one] { $count } tartalékkódja maradt.
   *[other] { $count } tartalékkódja maradt.
}
profile-no-backup-tokens = Nem maradt tartalékkódja.
profile-no-backup-tokens-advice = Ha elveszíti az eszközét, nem tud bejelentkezni: hozzon létre új kódokat, és tartsa őket biztonságos helyen.
profile-few-backup-tokens = { $count ->
    [one] Már csak { $count } tartalékkód maradt.
   *[other] Már csak { $count } tartalékkód maradt.
}
profile-few-backup-tokens-advice = Hozzon létre új kódokat, mielőtt elfogynak.
profile-show-codes = Kódok megjelenítése
profile-disable-intro = Határozottan nem javasoljuk, de a kétlépcsős azonosítást ki is kapcsolhatja a fiókjában.
disable-title = Kétlépcsős azonosítás kikapcsolása
disable-intro = A kétlépcsős azonosítás kikapcsolására készül. Ez gyengíti fiókja biztonságát. Biztosan folytatja?
disable-submit = Kikapcsolás

## Mail with a code (email/token.txt, email/token.html)

email-subject = Ellenőrző kód
email-hello = Kedves { $username }!
email-code-intro = A(z) { $site } ellenőrző kódja:
email-validity = { $minutes ->
    [one] { $minutes } percig érvényes, és egyszer használható. Ha nem próbált bejelentkezni, hagyja figyelmen kívül ezt az e-mailt; valaki ismerheti a jelszavát, ezért érdemes megváltoztatnia.
   *[other] { $minutes } percig érvényes, és egyszer használható. Ha nem próbált bejelentkezni, hagyja figyelmen kívül ezt az e-mailt; valaki ismerheti a jelszavát, ezért érdemes megváltoztatnia.
}

## Text messages and calls (twilio/sms_message.txt, twilio/token.xml)

sms-token = Az ellenőrző kódja: { $token }
voice-token = Az Ön kódja { $token }.
voice-token-again = Még egyszer: az Ön kódja { $token }.

## The backup-used alert (signals::backup_used_alert)

alert-subject = Tartalékkódot használtak
alert-body = Kedves { $username }!

    Az imént tartalékeszközzel igazolta magát a(z) { $site } oldalon. Ha nem Ön volt, fiókja veszélybe kerülhetett: azonnal változtassa meg a jelszavát, ellenőrizze a tartalék telefonszámait, és hozzon létre új tartalékkódokat.

## The admin (admin/*.html)

admin-title = Kétlépcsős azonosítás kezelése
admin-forbidden = { $username } néven van bejelentkezve, de nincs jogosultsága ehhez az oldalhoz. Szeretne másik fiókkal bejelentkezni?
admin-forbidden-login = Bejelentkezés másik fiókkal
admin-users = Felhasználók
admin-find-label = Felhasználó keresése felhasználónév alapján
admin-find = Keresés
admin-no-user-named = Nincs „{ $username }” nevű felhasználó.
admin-cannot-list = Az oldal felhasználótára nem tudja listázni a felhasználókat. Keressen rá inkább felhasználónév alapján.
admin-col-username = Felhasználónév
admin-col-email = E-mail
admin-col-two-factor = Kétlépcsős
admin-col-staff = Munkatárs
admin-col-active = Aktív
admin-superuser-note = (rendszergazda)
admin-enabled = bekapcsolva
admin-disabled = kikapcsolva
admin-yes = igen
admin-no = nem
admin-showing = { $total ->
    [one] { $shown } / { $total } felhasználó látható; a többit felhasználónév alapján keresse meg.
   *[other] { $shown } / { $total } felhasználó látható; a többit felhasználónév alapján keresse meg.
}
admin-no-users = Még nincsenek felhasználók.
admin-role-superuser = rendszergazda
admin-role-staff = munkatárs
admin-role-not-staff = nem munkatárs
admin-state-active = aktív
admin-state-inactive = inaktív
admin-user-two-factor = kétlépcsős azonosítás
admin-devices = Eszközök
admin-col-device = Eszköz
admin-col-name = Név
admin-col-id = Azonosító
admin-col-failures = Sikertelen próbálkozások
admin-col-actions = Műveletek
admin-verified-your-session = (ez igazolta az Ön munkamenetét)
admin-reset-failures = Sikertelen próbálkozások nullázása
admin-remove = Eltávolítás
admin-no-devices = Nincsenek eszközök.
admin-backup-tokens = Tartalékkódok
admin-backup-tokens-remaining = { $count ->
    [one] { $count } tartalékkód maradt.
   *[other] { $count } tartalékkód maradt.
}
admin-remove-backup-tokens = Tartalékkódok eltávolítása
admin-failed-attempts = { $count ->
    [one] { $count } sikertelen próbálkozás
   *[other] { $count } sikertelen próbálkozás
}
admin-reset-backup-failures = A tartalékkódok sikertelen próbálkozásainak nullázása
admin-backup-phones = Tartaléktelefonok
admin-no-backup-phones = Nincsenek tartaléktelefonok.
admin-audit-reauth = { $minutes ->
    [one] Az oldal minden módosítása a jelszó (és egy kód) megerősítését kéri, ha azt utoljára több mint { $minutes } perce tette meg; minden módosítás bekerül a naplóba.
   *[other] Az oldal minden módosítása a jelszó (és egy kód) megerősítését kéri, ha azt utoljára több mint { $minutes } perce tette meg; minden módosítás bekerül a naplóba.
}
admin-audit = Az oldal minden módosítása bekerül a naplóba.
admin-reset-two-factor = Kétlépcsős azonosítás visszaállítása
admin-reset-intro = Olyan felhasználónak, aki elvesztette eszközeit: eltávolít minden eszközt és tartalékkódot, így a felhasználó csak a jelszavával jelentkezik be, és újra beállítja a kétlépcsős azonosítást.
admin-notice-removed = Eltávolítva: { $device } ({ $id }).
admin-notice-failures-reset = Sikertelen próbálkozások nullázva: { $device } ({ $id }).
admin-notice-reset = { $username } kétlépcsős azonosítása visszaállítva.

## Form fields and their messages (forms, views)

field-username = Felhasználónév
field-password = Jelszó
field-token = Kód
field-method = Mód
field-phone-number = Telefonszám
field-phone-help = Országkóddal, + vagy 00 kezdettel.
field-email = E-mail-cím
field-understand = Igen, biztos vagyok benne
method-generator = Hitelesítő alkalmazás
method-sms = SMS
method-call = Telefonhívás
method-email = E-mail
form-required = Ez a mező kötelező.
form-invalid-token = Érvénytelen kód. Ellenőrizze, hogy helyesen adta-e meg.
form-invalid-setup-token = A megadott kód nem érvényes.
form-invalid-login = Adjon meg helyes felhasználónevet és jelszót. Mindkét mezőben számíthat a kis- és nagybetű.
form-timed-out = A munkamenete lejárt. Jelentkezzen be újra.
form-wrong-password = Helytelen jelszót adott meg. Adja meg újra.
form-invalid-email = Adjon meg érvényes e-mail-címet.
form-invalid-phone = Adjon meg érvényes telefonszámot országkóddal, + vagy 00 kezdettel.

## Devices as the pages name them

device-generator = Hitelesítő alkalmazás
device-backup-tokens = Tartalékkódok
device-sms = SMS ide: { $target }
device-call = Hívás ide: { $target }
device-email = E-mail ide: { $target }

## Throttling, time-outs and sending codes

throttle-device = { $count ->
    [one] Az ellenőrzés { $count } sikertelen próbálkozás miatt átmenetileg le van tiltva, próbálja újra hamarosan.
   *[other] Az ellenőrzés { $count } sikertelen próbálkozás miatt átmenetileg le van tiltva, próbálja újra hamarosan.
}
throttle-network = { $seconds ->
    [one] Túl sok sikertelen próbálkozás az Ön hálózatáról. Próbálja újra { $seconds } másodperc múlva.
   *[other] Túl sok sikertelen próbálkozás az Ön hálózatáról. Próbálja újra { $seconds } másodperc múlva.
}
throttle-account = { $seconds ->
    [one] Túl sok sikertelen próbálkozás. Próbálja újra { $seconds } másodperc múlva.
   *[other] Túl sok sikertelen próbálkozás. Próbálja újra { $seconds } másodperc múlva.
}
throttle-reauth-logged-out = Túl sok sikertelen jelszó-megerősítés után kijelentkeztettük. Jelentkezzen be újra.
delivery-cooldown = { $seconds ->
    [one] Az imént küldtünk egy kódot. Használja azt, vagy kérjen újat { $seconds } másodperc múlva.
   *[other] Az imént küldtünk egy kódot. Használja azt, vagy kérjen újat { $seconds } másodperc múlva.
}
delivery-limited-destination = { $minutes ->
    [one] Erre a számra vagy címre az utóbbi időben túl sok kódot küldtünk. Próbálja újra { $minutes } perc múlva, vagy használjon más módot.
   *[other] Erre a számra vagy címre az utóbbi időben túl sok kódot küldtünk. Próbálja újra { $minutes } perc múlva, vagy használjon más módot.
}
delivery-limited-user = { $minutes ->
    [one] Az Ön fiókjához az utóbbi időben túl sok kódot küldtünk. Próbálja újra { $minutes } perc múlva, vagy használjon más módot.
   *[other] Az Ön fiókjához az utóbbi időben túl sok kódot küldtünk. Próbálja újra { $minutes } perc múlva, vagy használjon más módot.
}
delivery-failed = Most nem tudunk kódot küldeni. Próbálja újra később, vagy használjon más módot.

## Error pages (400, 403, 404, 500, 503)

error-title-400 = Hibás kérés
error-title-403 = Tiltott
error-title-404 = Nem található
error-title-500 = Belső kiszolgálóhiba
error-title-503 = A szolgáltatás nem érhető el
error-unavailable = A szolgáltatás átmenetileg nem érhető el. Semmi sem változott; próbálja újra egy perc múlva.
error-unavailable-not-saved = A szolgáltatás átmenetileg nem érhető el. A kérése talán végrehajtódott, de a munkamenetét nem sikerült menteni. Jelentkezzen be újra.
error-internal = Hiba történt nálunk.
error-csrf = A CSRF-ellenőrzés sikertelen. A kérés megszakadt. Töltse be újra az oldalt, és küldje el ismét az űrlapot.
error-not-found = Nem található.
error-management-form = A ManagementForm adatai hiányoznak vagy módosultak.
error-token-too-long = A kód mező túl hosszú.

## Security keys and passkeys (WebAuthn): login, setup, re-authentication, profile

method-webauthn = Biztonsági kulcs vagy azonosítókulcs
token-webauthn = Használja biztonsági kulcsát vagy azonosítókulcsát: nyomja meg az alábbi gombot, majd érintse meg a kulcsot, vagy erősítse meg az eszközén.
reauth-intro-webauthn = Ez a művelet megváltoztatja fiókja védelmét. A folytatáshoz adja meg a jelszavát, és erősítse meg biztonsági kulccsal.
reauth-confirm-webauthn = Megerősítés biztonsági kulccsal
setup-webauthn-intro = Erősítse meg bejelentkezéseit biztonsági kulccsal (USB, NFC vagy Bluetooth) vagy eszköze képernyőzárával. Ha szeretné, adjon neki nevet, nyomja meg a gombot, és kövesse a böngésző utasításait.
webauthn-needs-js = A biztonsági kulcsokhoz JavaScript szükséges.
webauthn-needs-js-setup = Kapcsolja be ehhez az oldalhoz, vagy lépjen vissza, és válasszon más módot.
webauthn-needs-js-reauth = A folytatáshoz kapcsolja be ehhez az oldalhoz.
webauthn-needs-js-other = Kapcsolja be ehhez az oldalhoz, vagy használjon más módot.
webauthn-needs-js-login = { $alternatives ->
    [token] Kapcsolja be ehhez az oldalhoz, vagy adjon meg egy kódot.
    [backup] Kapcsolja be ehhez az oldalhoz, vagy használjon tartalékkódot.
    [both] Kapcsolja be ehhez az oldalhoz, adjon meg egy kódot, vagy használjon tartalékkódot.
   *[none] Kapcsolja be ehhez az oldalhoz.
}
webauthn-use-key = Biztonsági kulcs használata
webauthn-passkey-needs-js = Az azonosítókulccsal való bejelentkezéshez JavaScript szükséges; használja a felhasználónevét és a jelszavát.
webauthn-passkey-login = Bejelentkezés azonosítókulccsal
webauthn-register = Biztonsági kulcs regisztrálása
webauthn-profile-title = Biztonsági kulcsok és azonosítókulcsok
webauthn-col-kind = Típus
webauthn-col-added = Hozzáadva
webauthn-col-last-used = Utoljára használva
webauthn-col-actions = Műveletek
webauthn-kind-passkey = Azonosítókulcs
webauthn-kind-security-key = Biztonsági kulcs
webauthn-primary = (elsődleges)
webauthn-never = soha
webauthn-remove = Eltávolítás
webauthn-remove-label = { $label } eltávolítása
webauthn-no-keys = Még nincsenek biztonsági kulcsok. Egy biztonsági kulcs vagy azonosítókulcs egyetlen érintéssel megerősíti a bejelentkezéseit.
webauthn-add-title = Biztonsági kulcs hozzáadása
webauthn-add-intro = Biztonsági kulcs (USB, NFC vagy Bluetooth) vagy eszköze képernyőzára is megerősítheti a bejelentkezéseit. Az azonosítókulcs jelszó nélkül is bejelentkezteti: eszköze PIN-kódját, ujjlenyomatát vagy arcát kéri.
webauthn-add-needs-js = Biztonsági kulcs hozzáadásához JavaScript szükséges.
webauthn-label-field = Név
webauthn-label-placeholder = pl. YubiKey a kulcscsomón
webauthn-label-apart = Hogy később meg tudja különböztetni a kulcsait.
webauthn-label-help = Nem kötelező, pl. „YubiKey a kulcscsomón”.
webauthn-add-passkey = Azonosítókulcs hozzáadása
webauthn-add-key = Biztonsági kulcs hozzáadása
device-webauthn-key = Biztonsági kulcs: „{ $label }”
device-labelled = { $what }: „{ $label }”
webauthn-synced = szinkronizált
webauthn-syncable = még nincs szinkronizálva
webauthn-device-bound = eszközhöz kötött
webauthn-details = { $provider }, { $sync }
device-webauthn-details = { $description } ({ $details })
webauthn-add-second = Egyetlen biztonsági kulcsa egyetlen eszközhöz kötött: ha elveszíti, elveszíti a fiókjához való hozzáférést. Adjon hozzá egy második kulcsot vagy egy azonosítókulcsot.
device-webauthn-passkey = Azonosítókulcs: „{ $label }”

## Security keys and passkeys: messages from the server

webauthn-press-button = Nyomja meg a gombot, és kövesse a böngésző utasításait.
webauthn-use-key-hint = Használja biztonsági kulcsát: nyomja meg a gombot, és kövesse a böngésző utasításait.
webauthn-no-ceremony = A biztonsági kulcs kérése lejárt vagy már felhasználták. Próbálja újra.
webauthn-log-in-first = Előbb jelentkezzen be.
webauthn-verify-first = Előbb igazolja bejelentkezését a második lépéssel.
webauthn-reauth-first = Erősítse meg újra a jelszavát (töltse be újra az oldalt).
webauthn-login-timed-out = A bejelentkezés lejárt. Jelentkezzen be újra.
webauthn-label-control = A név nem tartalmazhat vezérlőkaraktert.
webauthn-label-too-long = A név legfeljebb { $max } karakter lehet.
webauthn-error-malformed = A böngésző válaszát nem sikerült beolvasni ({ $part }). Próbálja újra.
webauthn-error-key-cbor = A biztonsági kulcs nyilvános kulcsát nem sikerült beolvasni.
webauthn-error-key-unsupported = A biztonsági kulcs olyan algoritmust használ, amelyet ez az oldal nem támogat.
webauthn-error-key-malformed = A biztonsági kulcs nyilvános kulcsa hibás.
webauthn-error-challenge-mismatch = Ez a válasz egy másik kéréshez tartozik. Próbálja újra.
webauthn-error-expired = A kérés lejárt. Próbálja újra.
webauthn-error-wrong-origin = A válasz egy másik oldalról érkezett ({ $origin }).
webauthn-error-wrong-rp-id = A biztonsági kulcs egy másik oldalnak válaszolt.
webauthn-error-user-not-present = A biztonsági kulcsot nem érintették meg.
webauthn-error-user-not-verified = A biztonsági kulcs nem igazolta Önt (PIN-kód vagy biometria). Próbálja újra.
webauthn-error-bad-signature = A biztonsági kulcs aláírása érvénytelen.
webauthn-error-unknown-credential = Ez a biztonsági kulcs nincs regisztrálva ehhez a fiókhoz.
webauthn-error-not-passkey = Ez a kulcs nem ennek az oldalnak az azonosítókulcsa. Jelentkezzen be jelszóval.
webauthn-error-passkey-login-disabled = Az azonosítókulccsal való bejelentkezés ki van kapcsolva ezen az oldalon.
webauthn-error-counter-regression = A biztonsági kulcs aláírásszámlálója visszafelé lépett, ami akkor fordul elő, ha a kulcsot lemásolták. Elutasítottuk; forduljon az oldal rendszergazdáihoz.
webauthn-error-replayed = Ezt a választ már felhasználták. Próbálja újra.
webauthn-error-already-registered = Ez a biztonsági kulcs már regisztrálva van.
webauthn-error-unsupported-attestation = A hitelesítő tanúsítványa ({ $format }) nem támogatott; az oldal a „none” és a „packed” formátumot fogadja el.
webauthn-error-not-discoverable = Ez a hitelesítő nem tud azonosítókulcsot tárolni. Adja hozzá inkább biztonsági kulcsként.
webauthn-error-wrong-ceremony = Ez a válasz egy másik lépéshez tartozik. Kezdje elölről.
webauthn-error-model-not-accepted = Ezt a hitelesítőtípust ({ $model }) ez az oldal nem fogadja el.
webauthn-error-attestation-required = Ez az oldal csak olyan biztonsági kulcsokat fogad el, amelyek igazolják a típusukat (tanúsítvány).
webauthn-error-attestation-untrusted = A biztonsági kulcs tanúsítványát nem sikerült ellenőrizni.
webauthn-error-not-in-metadata = Ez a hitelesítőtípus ({ $model }) nem szerepel az oldal ismert típusainak listáján.
webauthn-error-revoked = Ezt a hitelesítőtípust ({ $model }) a gyártója visszavontnak vagy feltörtnek jelentette.
webauthn-origin-not-secure = A biztonsági kulcsokhoz és azonosítókulcsokhoz biztonságos kapcsolat kell: nyissa meg az oldalt HTTPS-en (fejlesztés közben a http://localhost címen).
webauthn-origin-ip-address = A biztonsági kulcsokhoz és azonosítókulcsokhoz domainnév kell, nem IP-cím: nyissa meg az oldalt a(z) { $suggestion } címen a(z) { $address } helyett.
webauthn-origin-bad-host = Ennek az oldalnak a gazdagépneve nem használható biztonsági kulcsokhoz és azonosítókulcsokhoz.
webauthn-origin-outside-rp-id = Ennek az oldalnak a címe nem része a webhely biztonsági kulcsokhoz használt domainjének ({ $rp_id }).
webauthn-origin-not-allowed = Ennek az oldalnak a címe nincs a webhely biztonsági kulcsokhoz engedélyezett címei között.

## Security keys and passkeys: messages of the browser script (webauthn.js)

webauthn-js-unsupported = Ez a böngésző nem támogatja a biztonsági kulcsokat és az azonosítókulcsokat. Használjon más módot vagy egy friss böngészőt.
webauthn-js-insecure = A biztonsági kulcsokhoz és azonosítókulcsokhoz biztonságos cím kell (HTTPS, fejlesztés közben http://localhost).
webauthn-js-cancelled = A kérést megszakították, vagy lejárt. Próbálja újra, amikor a kulcs vagy az eszköz készen áll.
webauthn-js-aborted = A kérést megszakították.
webauthn-js-exists = Ez a biztonsági kulcs már regisztrálva van a fiókjában.
webauthn-js-security = Ez a cím nem használhat biztonsági kulcsokat (a WebAuthn HTTPS-t vagy localhostot, valamint IP-cím helyett domainnevet igényel).
webauthn-js-network = A kiszolgáló nem érhető el. Ellenőrizze a kapcsolatot, és próbálja újra.
webauthn-js-failed = Hiba történt a biztonsági kulccsal. Próbálja újra.
webauthn-js-working = Kövesse a böngésző utasításait: érintse meg a biztonsági kulcsot, vagy erősítse meg az eszközén.
api-webauthn-off = A biztonsági kulcsok nincsenek bekapcsolva ezen az oldalon.
api-passkey-off = Az azonosítókulccsal való bejelentkezés nincs bekapcsolva ezen az oldalon.

## The JSON API's problem details (`detail`)
api-verification-required = Ehhez második lépéssel igazolt munkamenet szükséges.
api-no-removable-device = Nincs ilyen tartaléktelefon, hitelesítő alkalmazás (amíg másik eszköz marad) vagy további biztonsági kulcs.
api-no-such-device = Nincs ilyen eszköz.
api-already-enabled = A kétlépcsős azonosítás már be van kapcsolva (az újrakezdéshez előbb kapcsolja ki).
api-no-totp-setup = Nincs folyamatban beállítás: előbb hívja meg a totp_setup műveletet.
api-no-phone-methods = Ez az oldal nem küld SMS-t és nem telefonál.
api-method-choice = A method értéke ezek egyike lehet: { $methods }.
api-code-not-sent = A kódot nem sikerült elküldeni.
api-no-phone-setup = Egy telefon sem vár a kódjára: előbb hívja meg a phone_add műveletet.
api-answer-failed = A választ nem sikerült összeállítani.
api-credentials-required = A username és a password kötelező.
api-no-pending-login = Egy bejelentkezés sem vár kódra (lejárt vagy véget ért). Jelentkezzen be újra.
api-no-challenge-device = Nincs ilyen telefon vagy e-mail-eszköz.
api-password-required = A password kötelező.
api-cookie-with-app = Alkalmazáskérés (X-Session-Token vagy X-Client: app) nem küldheti a munkamenet-sütit.
api-two-factor-required = Ennél a fióknál a kétlépcsős azonosítás kötelező.
api-session-expired = A munkamenet-token ismeretlen vagy lejárt. Jelentkezzen be újra.
api-middleware-missing = Az alkalmazás-munkamenetekhez a two_factor köztes rétege szükséges (TwoFactorMiddleware vagy OtpMiddleware).
api-csrf-header = A CSRF-ellenőrzés sikertelen: küldje el a `session` válaszban kapott tokent az X-CSRFToken fejlécben.
api-log-in = Jelentkezzen be.
api-reauthenticate = Előbb erősítse meg a jelszavát (reauthenticate).
api-body-too-large = A törzs nagyobb, mint amit az API elfogad (16 KiB).
api-body-unreadable = A törzset nem sikerült beolvasni.
api-token-too-long = A kód túl hosszú.
api-method-not-allowed = Ez az útvonal nem fogadja el ezt a metódust.
api-no-operation = Az API-nak nincs művelete ezen az útvonalon.
api-csrf = A CSRF-ellenőrzés sikertelen.
api-not-found = Nem található.
api-overloaded = Egyszerre túl sok a bejelentkezés. Próbálja újra egy pillanat múlva.
api-unavailable = A szolgáltatás átmenetileg nem érhető el. Próbálja újra később.
api-body-mismatch = A JSON-törzs nem megfelelő: { $error }.
api-body-not-object = A törzsnek JSON-objektumnak kell lennie.

# Több hitelesítő alkalmazás, elnevezett eszközök
profile-apps = Hitelesítő alkalmazások
profile-apps-intro = Ezek közül bármelyik alkalmazás kódjával bejelentkezhet. Adjon mindegyiknek nevet, hogy meg tudja különböztetni őket.
profile-app-main = (elsődleges)
app-create-title = Hitelesítő alkalmazás hozzáadása
app-create-intro = Olvassa be a QR-kódot az új alkalmazással, adjon neki nevet, és adja meg az általa mutatott kódot.
app-create-submit = Alkalmazás hozzáadása
app-name-placeholder = pl. Táblagép
app-setup-restarted = Ez a beállítás lejárt. Olvassa be ezt az új QR-kódot, és adja meg az ebből kapott kódot.
device-name-field = Név
device-rename = Átnevezés
device-rename-label = Új név: { $what }

# Hol van bejelentkezve
session-agent = { $browser }, { $system }
session-agent-unknown-browser = Ismeretlen böngésző, { $system }
session-agent-unknown = Ismeretlen böngésző
sessions-title = Hol van bejelentkezve
sessions-intro = Ezek a böngészők és alkalmazások vannak bejelentkezve a fiókjába. A kijelentkeztetett munkamenet a következő kérésénél véget ér.
sessions-col-browser = Böngésző
sessions-col-address = Hálózat
sessions-col-began = Bejelentkezés
sessions-col-last-seen = Utolsó tevékenység
sessions-app = alkalmazás
sessions-current = Ez a munkamenet
sessions-revoke = Kijelentkeztetés
sessions-revoke-others = Kijelentkezés mindenhol máshol
sessions-not-me-title = Nem ismer fel egy munkamenetet?
sessions-not-me = Jelentkeztesse ki (vagy jelentkezzen ki mindenhol máshol), majd változtassa meg a jelszavát, és ellenőrizze a kétlépcsős azonosítás eszközeit.
sessions-back = Vissza a fiókbiztonsághoz
profile-sessions-intro = Nézze meg, mely böngészők és alkalmazások vannak bejelentkezve a fiókjába, és jelentkeztesse ki őket.
profile-sessions-link = Munkamenetei
api-no-such-session = Nincs ilyen munkamenet.

# Megbízható böngészők
trusted-title = Megbízható böngészők
trusted-intro = Ezeknél a böngészőknél a „ne kérdezze újra” lett kiválasztva: a megjelenített dátumig bejelentkezéskor kihagyják a kódot. Ha visszavonja valamelyik megbízhatóságát, a következő bejelentkezéskor kódot kér.
trusted-col-granted = Megbízható ekkortól
trusted-col-expires = Eddig
trusted-revoke = Megbízhatóság visszavonása
trusted-revoke-all = Minden böngésző megbízhatóságának visszavonása
trusted-none = Egyik böngésző sem hagyja ki a kódot bejelentkezéskor.
api-no-such-grant = Nincs ilyen megbízható böngésző.

# Biztonsági értesítések (e-mailek)
alert-new-browser-subject = Új bejelentkezés: { $site }
alert-new-browser = Valaki bejelentkezett a(z) { $site } oldalon { $username } fiókjába egy olyan böngészőből, amelyet korábban nem használtak ezzel a fiókkal.
alert-device-added-subject = Kétlépcsős azonosítási eszköz hozzáadva: { $site }
alert-device-added = { $device } hozzá lett adva { $username } fiókjának kétlépcsős azonosítási eszközeihez a(z) { $site } oldalon.
alert-device-removed-subject = Kétlépcsős azonosítási eszköz eltávolítva: { $site }
alert-device-removed = Egy eszközt eltávolítottak { $username } fiókjának kétlépcsős azonosítási eszközei közül a(z) { $site } oldalon.
alert-backup-tokens-subject = Új tartalékkódok: { $site }
alert-backup-tokens = Új tartalékkódok készültek { $username } fiókjához a(z) { $site } oldalon; a régiek már nem működnek.
alert-disabled-subject = Kétlépcsős azonosítás kikapcsolva: { $site }
alert-disabled = A kétlépcsős azonosítást kikapcsolták { $username } fiókjában a(z) { $site } oldalon.
alert-locked-subject = Hibás kódok: { $site }
alert-locked = A(z) { $site } oldalon a(z) { $device } hibás kódok után egy ideig nem fogad el kódot. Egymás utáni hibás kódok: { $count }.
alert-when = Mikor: { $when }
alert-browser = Böngésző: { $browser }
alert-network = Hálózat: { $network }
alert-not-me-link = Ha nem Ön volt, jelentkezzen ki itt mindenhol, majd változtassa meg a jelszavát: { $url }
alert-not-me-page = Ha nem Ön volt, jelentkezzen ki mindenhol a fiókbiztonság „Hol van bejelentkezve” oldalán ({ $path }), majd változtassa meg a jelszavát.
alert-unknown = ismeretlen

# Kezelés: munkamenetek és megbízható böngészők
admin-sessions = Munkamenetek
admin-no-sessions = Nincs aktív munkamenet.
admin-end-session = Befejezés
admin-end-all-sessions = Minden munkamenet befejezése
admin-notice-sessions-ended = Befejezett munkamenetek: { $count }.
admin-notice-untrusted = Visszavont megbízható böngészők: { $count }.
