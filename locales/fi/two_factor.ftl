# actix-two-factor: suomenkieliset viestit.
# Puhuttelu: yksikön 2. persoona ("Anna", "Kirjaudu"), kuten suomalaisissa palveluissa.
# Termit: koodi, varakoodi, todennussovellus, kaksivaiheinen tunnistautuminen, suojausavain,
# pääsyavain (passkey).

## The page frame (_base.html) and the language switcher

language-name = Suomi

base-account-security = Tilin suojaus
base-log-out = Kirjaudu ulos
base-log-in = Kirjaudu sisään
base-language = Kieli
base-language-submit = Vaihda

## Shared words

wizard-cancel = Peruuta
wizard-back = Takaisin
wizard-next = Seuraava
permission-denied = Pääsy estetty
enable-two-factor = Ota kaksivaiheinen tunnistautuminen käyttöön
disable-two-factor = Poista kaksivaiheinen tunnistautuminen käytöstä
two-factor-not-enabled = Kaksivaiheinen tunnistautuminen ei ole käytössä tililläsi. Ota se käyttöön, niin tilisi on paremmin suojattu.
back-to-account-security = Takaisin tilin suojaukseen
add-phone-number = Lisää puhelinnumero
backup-tokens-title = Varakoodit
token-generator = Anna todennussovelluksesi luoma koodi.
token-call = Soitamme sinulle nyt. Anna kuulemasi numerot.
token-sms = Lähetimme sinulle tekstiviestin. Anna lähettämämme koodi.
token-email = Lähetimme sinulle sähköpostin. Anna lähettämämme koodi.

## Login (core/login.html)

login-title = Kirjautuminen
login-credentials = Anna kirjautumistietosi.
login-backup-intro = Kirjaudu tällä lomakkeella varakoodilla. Koodit luotiin, jotta voit tulostaa ne ja säilyttää ne turvassa. Kirjaudu tilillesi antamalla yksi varakoodeista.
login-submit = Kirjaudu sisään
login-other-methods = Tai käytä jotakin muuta tunnistautumistapaasi:
login-backup-last-resort = Viimeisenä keinona voit käyttää varakoodia:
login-use-backup-token = Käytä varakoodia

## Setup (core/setup.html, core/setup_complete.html)

setup-welcome = Olet parantamassa tilisi suojausta. Ota kaksivaiheinen tunnistautuminen käyttöön tämän ohjatun toiminnon vaiheilla.
setup-method = Valitse tunnistautumistapa, jota haluat käyttää.
setup-generator-intro = Aloita todennussovelluksen käyttö skannaamalla alla oleva QR-koodi älypuhelimellasi, esimerkiksi Google Authenticatorilla, Aegisilla tai FreeOTP:llä.
setup-qr-alt = QR-koodi
setup-manual-key = Etkö voi skannata koodia? Anna sen sijaan tämä avain sovellukseesi:
setup-on-this-phone = Tällä puhelimella?
setup-open-in-app = Avaa se todennussovelluksessa
setup-app-should-show = Sovelluksen pitäisi näyttää myöntäjä ”{ $issuer }” ja { $digits }-numeroisia koodeja.
setup-enter-token = Anna sitten sovelluksen luoma koodi.
setup-sms-intro = Anna puhelinnumero, johon haluat tekstiviestit. Numero vahvistetaan seuraavassa vaiheessa.
setup-call-intro = Anna puhelinnumero, johon soitamme. Numero vahvistetaan seuraavassa vaiheessa.
setup-email-intro = Anna sähköpostiosoite, johon haluat koodit. Osoite vahvistetaan seuraavassa vaiheessa.
complete-congratulations = Onneksi olkoon, kaksivaiheinen tunnistautuminen on nyt käytössä.
complete-add-phone-hint = Voi kuitenkin käydä niin, ettei ensisijainen laitteesi ole saatavilla. Lisää puhelinnumero, jotta tilin voi palauttaa.

## Two-factor required (core/otp_required.html)

otp-required-enforced = Pyytämäsi sivu edellyttää turvallisuussyistä kaksivaiheista tunnistautumista. Ota nämä suojausominaisuudet käyttöön päästäksesi sivulle.
otp-required-go-back = Palaa takaisin

## Backup phones (core/phone_register.html)

phone-title = Lisää varapuhelin
phone-setup-intro = Lisäät tilillesi varapuhelinnumeron. Sitä käytetään, jos ensisijainen tapasi ei ole käytettävissä.
phone-validation-intro = Lähetimme koodin puhelinnumeroosi. Anna saamasi koodi.

## Re-authentication (core/reauth.html)

reauth-title = Vahvista, että se olet sinä
reauth-intro = Tämä toiminto muuttaa tapaa, jolla tilisi on suojattu. Jatka antamalla salasanasi.
reauth-intro-token = Tämä toiminto muuttaa tapaa, jolla tilisi on suojattu. Jatka antamalla salasanasi ja koodi ({ $device }).
reauth-confirm = Vahvista

## Backup tokens (core/backup_tokens.html)

backup-tokens-intro = Varakoodeja käytetään, kun ensisijainen tapasi ja varapuhelinnumerosi eivät ole saatavilla. Alla olevia varakoodeja voi käyttää kirjautumisen vahvistamiseen. Jos olet käyttänyt ne kaikki, voit luoda uuden sarjan. Vain alla näkyvät koodit ovat voimassa.
backup-tokens-print = Tulosta nämä koodit ja säilytä ne turvassa. Ne näytetään vain nyt.
backup-tokens-unused = { $count ->
    [one] Sinulla on { $count } käyttämätön varakoodi. Turvallisuussyistä sitä ei voi näyttää uudelleen; luo uusia, jos olet kadottanut sen.
   *[other] Sinulla on { $count } käyttämätöntä varakoodia. Turvallisuussyistä niitä ei voi näyttää uudelleen; luo uusia, jos olet kadottanut ne.
}
backup-tokens-none = Sinulla ei ole vielä varakoodeja.
backup-tokens-generate = Luo koodit

## Account security (profile/profile.html, profile/disable.html)

profile-title = Tilin suojaus
profile-generator = Todennussovelluksesi luo koodit.
profile-primary-method = Ensisijainen tapa: { $method }.
profile-backup-phones = Varapuhelinnumerot
profile-backup-phones-intro = Jos ensisijainen tapasi ei ole saatavilla, voimme lähettää varakoodeja alla oleviin puhelinnumeroihin.
profile-unregister = Poista
profile-backup-tokens-intro = Jos sinulla ei ole laitetta mukana, pääset tilillesi varakoodeilla.
profile-backup-tokens-remaining = { $count ->
    [one] Sinulla on { $count } varakoodi jäljellä.
   *[other] Sinulla on { $count } varakoodia jäljellä.
}
profile-no-backup-tokens = Sinulla ei ole varakoodeja jäljellä.
profile-no-backup-tokens-advice = Jos kadotat laitteesi, et voi kirjautua: luo uudet koodit ja säilytä ne turvassa.
profile-few-backup-tokens = { $count ->
    [one] Vain { $count } varakoodi jäljellä.
   *[other] Vain { $count } varakoodia jäljellä.
}
profile-few-backup-tokens-advice = Luo uudet koodit ennen kuin ne loppuvat.
profile-show-codes = Näytä koodit
profile-disable-intro = Emme suosittele sitä lainkaan, mutta voit myös poistaa kaksivaiheisen tunnistautumisen käytöstä tililtäsi.
disable-title = Poista kaksivaiheinen tunnistautuminen käytöstä
disable-intro = Olet poistamassa kaksivaiheisen tunnistautumisen käytöstä. Se heikentää tilisi suojausta. Oletko varma?
disable-submit = Poista käytöstä

## Mail with a code (email/token.txt, email/token.html)

email-subject = Vahvistuskoodi
email-hello = Hei { $username },
email-code-intro = Vahvistuskoodisi palveluun { $site } on:
email-validity = { $minutes ->
    [one] Se on voimassa { $minutes } minuutin, ja sitä voi käyttää kerran. Jos et yrittänyt kirjautua, voit jättää tämän viestin huomiotta; joku saattaa tietää salasanasi, joten harkitse sen vaihtamista.
   *[other] Se on voimassa { $minutes } minuuttia, ja sitä voi käyttää kerran. Jos et yrittänyt kirjautua, voit jättää tämän viestin huomiotta; joku saattaa tietää salasanasi, joten harkitse sen vaihtamista.
}

## Text messages and calls (twilio/sms_message.txt, twilio/token.xml)

sms-token = Vahvistuskoodisi on { $token }
voice-token = Koodisi on { $token }.
voice-token-again = Vielä kerran, koodisi on { $token }.

## The backup-used alert (signals::backup_used_alert)

alert-subject = Varakoodia käytettiin
alert-body = Hei { $username },

    vahvistit juuri henkilöllisyytesi varalaitteella palvelussa { $site }. Jos se et ollut sinä, tilisi on ehkä murrettu: vaihda salasanasi heti, tarkista varapuhelinnumerosi ja luo uudet varakoodit.

## The admin (admin/*.html)

admin-title = Kaksivaiheisen tunnistautumisen hallinta
admin-forbidden = Olet kirjautunut käyttäjänä { $username }, mutta sinulla ei ole oikeutta tälle sivulle. Haluatko kirjautua toisella tilillä?
admin-forbidden-login = Kirjaudu toisella tilillä
admin-users = Käyttäjät
admin-find-label = Etsi käyttäjä käyttäjätunnuksella
admin-find = Etsi
admin-no-user-named = Käyttäjää ”{ $username }” ei ole.
admin-cannot-list = Tämän palvelun käyttäjävarasto ei voi luetella käyttäjiä. Etsi käyttäjä sen sijaan käyttäjätunnuksella.
admin-col-username = Käyttäjätunnus
admin-col-email = Sähköposti
admin-col-two-factor = Kaksivaiheinen
admin-col-staff = Henkilökunta
admin-col-active = Aktiivinen
admin-superuser-note = (pääkäyttäjä)
admin-enabled = käytössä
admin-disabled = pois käytöstä
admin-yes = kyllä
admin-no = ei
admin-showing = { $total ->
    [one] Näytetään { $shown } / { $total } käyttäjä; etsi muut käyttäjätunnuksella.
   *[other] Näytetään { $shown } / { $total } käyttäjää; etsi muut käyttäjätunnuksella.
}
admin-no-users = Käyttäjiä ei ole vielä.
admin-role-superuser = pääkäyttäjä
admin-role-staff = henkilökunta
admin-role-not-staff = ei henkilökuntaa
admin-state-active = aktiivinen
admin-state-inactive = ei aktiivinen
admin-user-two-factor = kaksivaiheinen tunnistautuminen
admin-devices = Laitteet
admin-col-device = Laite
admin-col-name = Nimi
admin-col-id = Tunnus
admin-col-failures = Epäonnistuneet yritykset
admin-col-actions = Toiminnot
admin-verified-your-session = (vahvisti istuntosi)
admin-reset-failures = Nollaa epäonnistuneet yritykset
admin-remove = Poista
admin-no-devices = Ei laitteita.
admin-backup-tokens = Varakoodit
admin-backup-tokens-remaining = { $count ->
    [one] { $count } varakoodi jäljellä.
   *[other] { $count } varakoodia jäljellä.
}
admin-remove-backup-tokens = Poista varakoodit
admin-failed-attempts = { $count ->
    [one] { $count } epäonnistunut yritys
   *[other] { $count } epäonnistunutta yritystä
}
admin-reset-backup-failures = Nollaa varakoodien epäonnistuneet yritykset
admin-backup-phones = Varapuhelimet
admin-no-backup-phones = Ei varapuhelimia.
admin-audit-reauth = { $minutes ->
    [one] Jokainen tämän sivun muutos pyytää vahvistamaan salasanasi (ja koodin), jos teit sen viimeksi yli { $minutes } minuutti sitten; jokainen muutos kirjataan valvontalokiin.
   *[other] Jokainen tämän sivun muutos pyytää vahvistamaan salasanasi (ja koodin), jos teit sen viimeksi yli { $minutes } minuuttia sitten; jokainen muutos kirjataan valvontalokiin.
}
admin-audit = Jokainen tämän sivun muutos kirjataan valvontalokiin.
admin-reset-two-factor = Nollaa kaksivaiheinen tunnistautuminen
admin-reset-intro = Käyttäjälle, joka on kadottanut laitteensa: poistaa kaikki laitteet ja varakoodit, jolloin käyttäjä kirjautuu pelkällä salasanalla ja ottaa kaksivaiheisen tunnistautumisen uudelleen käyttöön.
admin-notice-removed = { $device } ({ $id }) poistettiin.
admin-notice-failures-reset = Epäonnistuneet yritykset nollattiin: { $device } ({ $id }).
admin-notice-reset = Käyttäjän { $username } kaksivaiheinen tunnistautuminen nollattiin.

## Form fields and their messages (forms, views)

field-username = Käyttäjätunnus
field-password = Salasana
field-token = Koodi
field-method = Tapa
field-phone-number = Puhelinnumero
field-phone-help = Maatunnuksen kanssa, alkaen + tai 00.
field-email = Sähköpostiosoite
field-understand = Kyllä, olen varma
method-generator = Todennussovellus
method-sms = Tekstiviesti
method-call = Puhelu
method-email = Sähköposti
form-required = Tämä kenttä on pakollinen.
form-invalid-token = Virheellinen koodi. Tarkista, että annoit sen oikein.
form-invalid-setup-token = Antamasi koodi ei kelpaa.
form-invalid-login = Anna oikea käyttäjätunnus ja salasana. Huomaa, että molemmissa kentissä kirjainkoolla voi olla merkitystä.
form-timed-out = Istuntosi vanheni. Kirjaudu uudelleen.
form-wrong-password = Salasana oli väärä. Anna se uudelleen.
form-invalid-email = Anna kelvollinen sähköpostiosoite.
form-invalid-phone = Anna kelvollinen puhelinnumero maatunnuksen kanssa, alkaen + tai 00.

## Devices as the pages name them

device-generator = Todennussovellus
device-backup-tokens = Varakoodit
device-sms = Tekstiviesti numeroon { $target }
device-call = Puhelu numeroon { $target }
device-email = Sähköposti osoitteeseen { $target }

## Throttling, time-outs and sending codes

throttle-device = { $count ->
    [one] Vahvistus on tilapäisesti estetty { $count } epäonnistuneen yrityksen vuoksi, yritä pian uudelleen.
   *[other] Vahvistus on tilapäisesti estetty { $count } epäonnistuneen yrityksen vuoksi, yritä pian uudelleen.
}
throttle-network = { $seconds ->
    [one] Liian monta epäonnistunutta yritystä verkostasi. Yritä uudelleen { $seconds } sekunnin kuluttua.
   *[other] Liian monta epäonnistunutta yritystä verkostasi. Yritä uudelleen { $seconds } sekunnin kuluttua.
}
throttle-account = { $seconds ->
    [one] Liian monta epäonnistunutta yritystä. Yritä uudelleen { $seconds } sekunnin kuluttua.
   *[other] Liian monta epäonnistunutta yritystä. Yritä uudelleen { $seconds } sekunnin kuluttua.
}
throttle-reauth-logged-out = Sinut kirjattiin ulos liian monen epäonnistuneen salasanan vahvistuksen jälkeen. Kirjaudu uudelleen.
delivery-cooldown = { $seconds ->
    [one] Koodi lähetettiin hetki sitten. Käytä sitä tai pyydä uusi { $seconds } sekunnin kuluttua.
   *[other] Koodi lähetettiin hetki sitten. Käytä sitä tai pyydä uusi { $seconds } sekunnin kuluttua.
}
delivery-limited-destination = { $minutes ->
    [one] Tähän numeroon tai osoitteeseen on lähetetty viime aikoina liian monta koodia. Yritä uudelleen { $minutes } minuutin kuluttua tai käytä toista tapaa.
   *[other] Tähän numeroon tai osoitteeseen on lähetetty viime aikoina liian monta koodia. Yritä uudelleen { $minutes } minuutin kuluttua tai käytä toista tapaa.
}
delivery-limited-user = { $minutes ->
    [one] Tilillesi on lähetetty viime aikoina liian monta koodia. Yritä uudelleen { $minutes } minuutin kuluttua tai käytä toista tapaa.
   *[other] Tilillesi on lähetetty viime aikoina liian monta koodia. Yritä uudelleen { $minutes } minuutin kuluttua tai käytä toista tapaa.
}
delivery-failed = Emme voi lähettää sinulle koodia juuri nyt. Yritä myöhemmin uudelleen tai käytä toista tapaa.

## Error pages (400, 403, 404, 500, 503)

error-title-400 = Virheellinen pyyntö
error-title-403 = Kielletty
error-title-404 = Ei löytynyt
error-title-500 = Palvelimen sisäinen virhe
error-title-503 = Palvelu ei ole käytettävissä
error-unavailable = Palvelu ei ole tilapäisesti käytettävissä. Mitään ei muutettu; yritä hetken kuluttua uudelleen.
error-unavailable-not-saved = Palvelu ei ole tilapäisesti käytettävissä. Pyyntösi on ehkä suoritettu, mutta istuntoasi ei voitu tallentaa. Kirjaudu uudelleen.
error-internal = Meillä meni jotain pieleen.
error-csrf = CSRF-tarkistus epäonnistui. Pyyntö keskeytettiin. Lataa sivu uudelleen ja lähetä lomake uudestaan.
error-not-found = Ei löytynyt.
error-management-form = ManagementForm-tiedot puuttuvat tai niitä on muutettu.
error-token-too-long = Koodikenttä on liian pitkä.

## Security keys and passkeys (WebAuthn): login, setup, re-authentication, profile

method-webauthn = Suojausavain tai pääsyavain
token-webauthn = Käytä suojausavaintasi tai pääsyavaintasi: paina alla olevaa painiketta ja kosketa sitten avainta tai vahvista laitteellasi.
reauth-intro-webauthn = Tämä toiminto muuttaa tapaa, jolla tilisi on suojattu. Jatka antamalla salasanasi ja vahvistamalla suojausavaimella.
reauth-confirm-webauthn = Vahvista suojausavaimella
setup-webauthn-intro = Vahvista kirjautumisesi suojausavaimella (USB, NFC tai Bluetooth) tai laitteesi näytön lukituksella. Anna sille halutessasi nimi, paina painiketta ja seuraa selaimesi ohjeita.
webauthn-needs-js = Suojausavaimet vaativat JavaScriptin.
webauthn-needs-js-setup = Ota se käyttöön tälle sivustolle tai palaa takaisin ja valitse toinen tapa.
webauthn-needs-js-reauth = Ota se käyttöön tälle sivustolle jatkaaksesi.
webauthn-needs-js-other = Ota se käyttöön tälle sivustolle tai käytä toista tapaa.
webauthn-needs-js-login = { $alternatives ->
    [token] Ota se käyttöön tälle sivustolle tai anna koodi.
    [backup] Ota se käyttöön tälle sivustolle tai käytä varakoodia.
    [both] Ota se käyttöön tälle sivustolle, anna koodi tai käytä varakoodia.
   *[none] Ota se käyttöön tälle sivustolle.
}
webauthn-use-key = Käytä suojausavainta
webauthn-passkey-needs-js = Kirjautuminen pääsyavaimella vaatii JavaScriptin; käytä käyttäjätunnusta ja salasanaa.
webauthn-passkey-login = Kirjaudu pääsyavaimella
webauthn-register = Rekisteröi suojausavain
webauthn-profile-title = Suojausavaimet ja pääsyavaimet
webauthn-col-kind = Tyyppi
webauthn-col-added = Lisätty
webauthn-col-last-used = Viimeksi käytetty
webauthn-col-actions = Toiminnot
webauthn-kind-passkey = Pääsyavain
webauthn-kind-security-key = Suojausavain
webauthn-primary = (ensisijainen)
webauthn-never = ei koskaan
webauthn-remove = Poista
webauthn-remove-label = Poista { $label }
webauthn-no-keys = Ei vielä suojausavaimia. Suojausavain tai pääsyavain vahvistaa kirjautumisesi yhdellä kosketuksella.
webauthn-add-title = Lisää suojausavain
webauthn-add-intro = Suojausavain (USB, NFC tai Bluetooth) tai laitteesi näytön lukitus voi vahvistaa kirjautumisesi. Pääsyavain kirjaa sinut sisään myös ilman salasanaa: se vaatii laitteesi PIN-koodin, sormenjäljen tai kasvot.
webauthn-add-needs-js = Suojausavaimen lisääminen vaatii JavaScriptin.
webauthn-label-field = Nimi
webauthn-label-placeholder = esim. avainnipun YubiKey
webauthn-label-apart = Jotta erotat avaimesi myöhemmin toisistaan.
webauthn-label-help = Valinnainen, esim. ”avainnipun YubiKey”.
webauthn-add-passkey = Lisää pääsyavain
webauthn-add-key = Lisää suojausavain
device-webauthn-key = Suojausavain ”{ $label }”
device-labelled = { $what } ”{ $label }”
webauthn-synced = synkronoitu
webauthn-syncable = ei vielä synkronoitu
webauthn-device-bound = laitteeseen sidottu
webauthn-details = { $provider }, { $sync }
device-webauthn-details = { $description } ({ $details })
webauthn-add-second = Ainoa suojausavaimesi on sidottu yhteen laitteeseen: jos kadotat sen, menetät pääsyn tiliisi. Lisää toinen avain tai pääsyavain.
device-webauthn-passkey = Pääsyavain ”{ $label }”

## Security keys and passkeys: messages from the server

webauthn-press-button = Paina painiketta ja seuraa selaimesi ohjeita.
webauthn-use-key-hint = Käytä suojausavaintasi: paina painiketta ja seuraa selaimesi ohjeita.
webauthn-no-ceremony = Suojausavainpyyntö vanheni tai sitä on jo käytetty. Yritä uudelleen.
webauthn-log-in-first = Kirjaudu ensin sisään.
webauthn-verify-first = Vahvista kirjautumisesi ensin toisella vaiheella.
webauthn-reauth-first = Vahvista salasanasi uudelleen (lataa sivu uudelleen).
webauthn-login-timed-out = Kirjautumisesi vanheni. Kirjaudu uudelleen.
webauthn-label-control = Nimi ei voi sisältää ohjausmerkkejä.
webauthn-label-too-long = Nimessä voi olla enintään { $max } merkkiä.
webauthn-error-malformed = Selaimen vastausta ei voitu lukea ({ $part }). Yritä uudelleen.
webauthn-error-key-cbor = Suojausavaimen julkista avainta ei voitu lukea.
webauthn-error-key-unsupported = Suojausavain käyttää algoritmia, jota tämä sivusto ei tue.
webauthn-error-key-malformed = Suojausavaimen julkinen avain on virheellinen.
webauthn-error-challenge-mismatch = Tämä vastaus kuuluu toiseen pyyntöön. Yritä uudelleen.
webauthn-error-expired = Pyyntö vanheni. Yritä uudelleen.
webauthn-error-wrong-origin = Vastaus tuli toiselta sivustolta ({ $origin }).
webauthn-error-wrong-rp-id = Suojausavain vastasi toiselle sivustolle.
webauthn-error-user-not-present = Suojausavainta ei kosketettu.
webauthn-error-user-not-verified = Suojausavain ei vahvistanut sinua (PIN tai biometriikka). Yritä uudelleen.
webauthn-error-bad-signature = Suojausavaimen allekirjoitus ei kelpaa.
webauthn-error-unknown-credential = Tätä suojausavainta ei ole rekisteröity tälle tilille.
webauthn-error-not-passkey = Tämä avain ei ole tämän sivuston pääsyavain. Kirjaudu salasanalla.
webauthn-error-passkey-login-disabled = Kirjautuminen pääsyavaimella on poistettu käytöstä tällä sivustolla.
webauthn-error-counter-regression = Tämän suojausavaimen allekirjoituslaskuri meni taaksepäin, mikä tapahtuu, kun avain on kopioitu. Se hylättiin; ota yhteyttä sivuston ylläpitäjiin.
webauthn-error-replayed = Tämä vastaus on jo käytetty. Yritä uudelleen.
webauthn-error-already-registered = Tämä suojausavain on jo rekisteröity.
webauthn-error-unsupported-attestation = Tämän todentimen varmennetta ({ $format }) ei tueta; sivusto hyväksyy muodot ”none” ja ”packed”.
webauthn-error-not-discoverable = Tämä todennin ei voi säilyttää pääsyavainta. Lisää se sen sijaan suojausavaimeksi.
webauthn-error-wrong-ceremony = Tämä vastaus kuuluu toiseen vaiheeseen. Aloita alusta.
webauthn-error-model-not-accepted = Tällaista todenninta ({ $model }) ei hyväksytä tällä sivustolla.
webauthn-error-attestation-required = Tämä sivusto hyväksyy vain suojausavaimet, jotka todistavat mallinsa (varmenne).
webauthn-error-attestation-untrusted = Suojausavaimen varmennetta ei voitu vahvistaa.
webauthn-error-not-in-metadata = Tällaista todenninta ({ $model }) ei ole sivuston tunnettujen mallien luettelossa.
webauthn-error-revoked = Valmistaja on ilmoittanut tällaisen todentimen ({ $model }) mitätöidyksi tai vaarantuneeksi.
webauthn-origin-not-secure = Suojausavaimet ja pääsyavaimet vaativat suojatun yhteyden: avaa tämä sivusto HTTPS:llä (tai kehityksen aikana osoitteessa http://localhost).
webauthn-origin-ip-address = Suojausavaimet ja pääsyavaimet vaativat verkkotunnuksen, eivät IP-osoitetta: avaa tämä sivusto osoitteessa { $suggestion } osoitteen { $address } sijaan.
webauthn-origin-bad-host = Tämän sivun isäntänimeä ei voi käyttää suojausavaimille ja pääsyavaimille.
webauthn-origin-outside-rp-id = Tämän sivun osoite ei kuulu sivuston suojausavainten verkkotunnukseen ({ $rp_id }).
webauthn-origin-not-allowed = Tämän sivun osoite ei ole sivuston suojausavainten osoitteiden joukossa.

## Security keys and passkeys: messages of the browser script (webauthn.js)

webauthn-js-unsupported = Tämä selain ei tue suojausavaimia eikä pääsyavaimia. Käytä toista tapaa tai ajantasaista selainta.
webauthn-js-insecure = Suojausavaimet ja pääsyavaimet vaativat suojatun osoitteen (HTTPS tai kehityksen aikana http://localhost).
webauthn-js-cancelled = Pyyntö peruttiin tai aikakatkaistiin. Yritä uudelleen, kun avain tai laite on valmis.
webauthn-js-aborted = Pyyntö peruttiin.
webauthn-js-exists = Tämä suojausavain on jo rekisteröity tilillesi.
webauthn-js-security = Tämä osoite ei voi käyttää suojausavaimia (WebAuthn vaatii HTTPS:n tai localhostin ja verkkotunnuksen IP-osoitteen sijaan).
webauthn-js-network = Palvelimeen ei saatu yhteyttä. Tarkista yhteys ja yritä uudelleen.
webauthn-js-failed = Suojausavaimen kanssa meni jotain pieleen. Yritä uudelleen.
webauthn-js-working = Seuraa selaimesi ohjeita: kosketa suojausavainta tai vahvista laitteellasi.
api-webauthn-off = Suojausavaimet eivät ole käytössä tällä sivustolla.
api-passkey-off = Kirjautuminen pääsyavaimella ei ole käytössä tällä sivustolla.

## The JSON API's problem details (`detail`)
api-verification-required = Tämä vaatii istunnon, joka on vahvistettu toisella vaiheella.
api-no-removable-device = Tällaista varapuhelinta, todennussovellusta (niin kauan kuin toinen laite jää) tai lisäsuojausavainta ei ole.
api-no-such-device = Tällaista laitetta ei ole.
api-already-enabled = Kaksivaiheinen tunnistautuminen on jo käytössä (poista se ensin käytöstä aloittaaksesi alusta).
api-no-totp-setup = Käyttöönotto ei ole käynnissä: kutsu ensin totp_setup.
api-no-phone-methods = Tämä sivusto ei lähetä tekstiviestejä eikä soita.
api-method-choice = method-arvon täytyy olla jokin seuraavista: { $methods }.
api-code-not-sent = Koodia ei voitu lähettää.
api-no-phone-setup = Mikään puhelin ei odota koodiaan: kutsu ensin phone_add.
api-answer-failed = Vastausta ei voitu muodostaa.
api-credentials-required = username ja password ovat pakollisia.
api-no-pending-login = Mikään kirjautuminen ei odota koodia (se vanheni tai päättyi). Kirjaudu uudelleen.
api-no-challenge-device = Tällaista puhelinta tai sähköpostilaitetta ei ole.
api-password-required = password on pakollinen.
api-cookie-with-app = Sovelluksen pyyntö (X-Session-Token tai X-Client: app) ei saa lähettää istuntoevästettä.
api-two-factor-required = Kaksivaiheinen tunnistautuminen on pakollinen tälle tilille.
api-session-expired = Istuntotunnus on tuntematon tai vanhentunut. Kirjaudu uudelleen.
api-middleware-missing = Sovellusistunnot vaativat two_factorin väliohjelmiston (TwoFactorMiddleware tai OtpMiddleware).
api-csrf-header = CSRF-tarkistus epäonnistui: lähetä `session`-vastauksen tunnus otsakkeessa X-CSRFToken.
api-log-in = Kirjaudu sisään.
api-reauthenticate = Vahvista ensin salasanasi (reauthenticate).
api-body-too-large = Sisältö on suurempi kuin API hyväksyy (16 KiB).
api-body-unreadable = Sisältöä ei voitu lukea.
api-token-too-long = Koodi on liian pitkä.
api-method-not-allowed = Tämä polku ei hyväksy tätä metodia.
api-no-operation = API:lla ei ole toimintoa tässä polussa.
api-csrf = CSRF-tarkistus epäonnistui.
api-not-found = Ei löytynyt.
api-overloaded = Liian monta kirjautumista samanaikaisesti. Yritä hetken kuluttua uudelleen.
api-unavailable = Palvelu ei ole tilapäisesti käytettävissä. Yritä myöhemmin uudelleen.
api-body-mismatch = JSON-sisältö ei sovi: { $error }.
api-body-not-object = Sisällön täytyy olla JSON-objekti.

# Useita todennussovelluksia, nimetyt laitteet
profile-apps = Todennussovellukset
profile-apps-intro = Koodi mistä tahansa näistä sovelluksista kirjaa sinut sisään. Anna jokaiselle nimi, jotta erotat ne toisistaan.
profile-app-main = (ensisijainen)
app-create-title = Lisää todennussovellus
app-create-intro = Skannaa QR-koodi uudella sovelluksella, anna sille nimi ja anna sen näyttämä koodi.
app-create-submit = Lisää sovellus
app-name-placeholder = esim. Tabletti
app-setup-restarted = Se käyttöönotto vanheni. Skannaa tämä uusi QR-koodi ja anna siitä saatu koodi.
device-name-field = Nimi
device-rename = Nimeä uudelleen
device-rename-label = Uusi nimi: { $what }

# Missä olet kirjautuneena
session-agent = { $browser }, { $system }
session-agent-unknown-browser = Tuntematon selain, { $system }
session-agent-unknown = Tuntematon selain
sessions-title = Missä olet kirjautuneena
sessions-intro = Nämä selaimet ja sovellukset ovat kirjautuneina tilillesi. Uloskirjaamasi istunto päättyy sen seuraavassa pyynnössä.
sessions-col-browser = Selain
sessions-col-address = Verkko
sessions-col-began = Kirjautunut
sessions-col-last-seen = Viimeksi aktiivinen
sessions-app = sovellus
sessions-current = Tämä istunto
sessions-revoke = Kirjaa ulos
sessions-revoke-others = Kirjaa ulos kaikkialta muualta
sessions-not-me-title = Etkö tunnista istuntoa?
sessions-not-me = Kirjaa se ulos (tai kirjaudu ulos kaikkialta muualta), vaihda sitten salasanasi ja tarkista kaksivaiheisen tunnistautumisen laitteesi.
sessions-back = Takaisin tilin suojaukseen
profile-sessions-intro = Katso tilillesi kirjautuneet selaimet ja sovellukset ja kirjaa ne ulos.
profile-sessions-link = Istuntosi
api-no-such-session = Tällaista istuntoa ei ole.

# Luotetut selaimet
trusted-title = Luotetut selaimet
trusted-intro = Näille selaimille valittiin ”älä kysy uudelleen”: ne ohittavat koodin kirjautuessa näytettyyn päivään asti. Jos perut luottamuksen, selain pyytää koodia seuraavalla kirjautumisella.
trusted-col-granted = Luotettu alkaen
trusted-col-expires = Asti
trusted-revoke = Lakkaa luottamasta
trusted-revoke-all = Lakkaa luottamasta kaikkiin selaimiin
trusted-none = Mikään selain ei ohita koodia kirjautuessa.
api-no-such-grant = Tällaista luotettua selainta ei ole.

# Turvallisuusilmoitukset (sähköpostit)
alert-new-browser-subject = Uusi kirjautuminen palveluun { $site }
alert-new-browser = Joku kirjautui tilillesi { $username } palvelussa { $site } selaimesta, jota ei ole aiemmin käytetty tällä tilillä.
alert-device-added-subject = Kaksivaiheisen tunnistautumisen laite lisättiin palvelussa { $site }
alert-device-added = { $device } lisättiin tilisi { $username } kaksivaiheisen tunnistautumisen laitteisiin palvelussa { $site }.
alert-device-removed-subject = Kaksivaiheisen tunnistautumisen laite poistettiin palvelussa { $site }
alert-device-removed = Laite poistettiin tilisi { $username } kaksivaiheisen tunnistautumisen laitteista palvelussa { $site }.
alert-backup-tokens-subject = Uudet varakoodit palvelussa { $site }
alert-backup-tokens = Tilillesi { $username } palvelussa { $site } luotiin uudet varakoodit; vanhat eivät enää toimi.
alert-disabled-subject = Kaksivaiheinen tunnistautuminen poistettiin käytöstä palvelussa { $site }
alert-disabled = Tilisi { $username } kaksivaiheinen tunnistautuminen poistettiin käytöstä palvelussa { $site }.
alert-locked-subject = Vääriä koodeja palvelussa { $site }
alert-locked = Laitteesi { $device } palvelussa { $site } hylkää koodeja hetken väärien koodien jälkeen. Vääriä koodeja peräkkäin: { $count }.
alert-when = Milloin: { $when }
alert-browser = Selain: { $browser }
alert-network = Verkko: { $network }
alert-not-me-link = Jos se et ollut sinä, kirjaudu täällä ulos kaikkialta ja vaihda sitten salasanasi: { $url }
alert-not-me-page = Jos se et ollut sinä, kirjaudu ulos kaikkialta tilin suojauksen sivulla ”Missä olet kirjautuneena” ({ $path }) ja vaihda sitten salasanasi.
alert-unknown = tuntematon

# Hallinta: istunnot ja luotetut selaimet
admin-sessions = Istunnot
admin-no-sessions = Ei aktiivisia istuntoja.
admin-end-session = Lopeta
admin-end-all-sessions = Lopeta kaikki istunnot
admin-notice-sessions-ended = Lopetettuja istuntoja: { $count }.
admin-notice-untrusted = Selaimia, joihin ei enää luoteta: { $count }.
