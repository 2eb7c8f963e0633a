# actix-two-factor: danske meddelelser.
# Tiltale: "du", som danske tjenester bruger. Termer: kode, backupkode, godkendelsesapp,
# totrinsbekræftelse, sikkerhedsnøgle, adgangsnøgle (passkey).

## The page frame (_base.html) and the language switcher

language-name = Dansk

base-account-security = Kontosikkerhed
base-log-out = Log ud
base-log-in = Log ind
base-language = Sprog
base-language-submit = Skift

## Shared words

wizard-cancel = Annuller
wizard-back = Tilbage
wizard-next = Næste
permission-denied = Adgang nægtet
enable-two-factor = Slå totrinsbekræftelse til
disable-two-factor = Slå totrinsbekræftelse fra
two-factor-not-enabled = Totrinsbekræftelse er ikke slået til for din konto. Slå den til for at beskytte kontoen bedre.
back-to-account-security = Tilbage til kontosikkerhed
add-phone-number = Tilføj telefonnummer
backup-tokens-title = Backupkoder
token-generator = Indtast koden, som din godkendelsesapp har lavet.
token-call = Vi ringer til dig nu. Indtast de cifre, du hører.
token-sms = Vi har sendt dig en sms. Indtast koden, vi sendte.
token-email = Vi har sendt dig en e-mail. Indtast koden, vi sendte.

## Login (core/login.html)

login-title = Log ind
login-credentials = Indtast dine loginoplysninger.
login-backup-intro = Brug denne formular til at logge ind med en backupkode. Koderne blev lavet, så du kan udskrive dem og opbevare dem sikkert. Indtast en af backupkoderne for at logge ind på din konto.
login-submit = Log ind
login-other-methods = Eller brug en af dine andre godkendelsesmetoder:
login-backup-last-resort = Som sidste udvej kan du bruge en backupkode:
login-use-backup-token = Brug backupkode

## Setup (core/setup.html, core/setup_complete.html)

setup-welcome = Du er ved at løfte sikkerheden for din konto. Følg trinene i guiden for at slå totrinsbekræftelse til.
setup-method = Vælg den godkendelsesmetode, du vil bruge.
setup-generator-intro = Kom i gang med en godkendelsesapp ved at scanne QR-koden herunder med din smartphone, for eksempel med Google Authenticator, Aegis eller FreeOTP.
setup-qr-alt = QR-kode
setup-manual-key = Kan du ikke scanne koden? Indtast i stedet denne nøgle i appen:
setup-on-this-phone = På denne telefon?
setup-open-in-app = Åbn den i din godkendelsesapp
setup-app-should-show = Appen bør vise udstederen “{ $issuer }” og koder på { $digits } cifre.
setup-enter-token = Indtast derefter koden, som appen har lavet.
setup-sms-intro = Indtast det telefonnummer, du vil have sms'er på. Nummeret bliver bekræftet i næste trin.
setup-call-intro = Indtast det telefonnummer, vi skal ringe til. Nummeret bliver bekræftet i næste trin.
setup-email-intro = Indtast den e-mailadresse, du vil have koderne på. Adressen bliver bekræftet i næste trin.
complete-congratulations = Tillykke, du har slået totrinsbekræftelse til.
complete-add-phone-hint = Det kan dog ske, at du ikke har adgang til din primære enhed. Tilføj et telefonnummer, så kontoen kan gendannes.

## Two-factor required (core/otp_required.html)

otp-required-enforced = Af sikkerhedshensyn kræver den side, du bad om, at brugere bekræfter sig med totrinsbekræftelse. Du skal slå disse sikkerhedsfunktioner til for at få adgang til siden.
otp-required-go-back = Gå tilbage

## Backup phones (core/phone_register.html)

phone-title = Tilføj backuptelefon
phone-setup-intro = Du tilføjer et backuptelefonnummer til din konto. Nummeret bruges, hvis din primære metode ikke er tilgængelig.
phone-validation-intro = Vi har sendt en kode til dit telefonnummer. Indtast den kode, du har fået.

## Re-authentication (core/reauth.html)

reauth-title = Bekræft, at det er dig
reauth-intro = Denne handling ændrer, hvordan din konto er beskyttet. Indtast din adgangskode for at fortsætte.
reauth-intro-token = Denne handling ændrer, hvordan din konto er beskyttet. Indtast din adgangskode og en kode ({ $device }) for at fortsætte.
reauth-confirm = Bekræft

## Backup tokens (core/backup_tokens.html)

backup-tokens-intro = Backupkoder bruges, når din primære metode og dine backuptelefonnumre ikke er tilgængelige. Backupkoderne herunder kan bruges ved login. Har du brugt dem alle, kan du lave et nyt sæt. Kun koderne herunder er gyldige.
backup-tokens-print = Udskriv koderne, og opbevar dem et sikkert sted. De vises kun nu.
backup-tokens-unused = { $count ->
    [one] Du har { $count } ubrugt backupkode. Af sikkerhedshensyn kan den ikke vises igen; lav nye, hvis du har mistet den.
   *[other] Du har { $count } ubrugte backupkoder. Af sikkerhedshensyn kan de ikke vises igen; lav nye, hvis du har mistet dem.
}
backup-tokens-none = Du har ingen backupkoder endnu.
backup-tokens-generate = Lav koder

## Account security (profile/profile.html, profile/disable.html)

profile-title = Kontosikkerhed
profile-generator = Koderne laves af din godkendelsesapp.
profile-primary-method = Primær metode: { $method }.
profile-backup-phones = Backuptelefonnumre
profile-backup-phones-intro = Hvis din primære metode ikke er tilgængelig, kan vi sende backupkoder til telefonnumrene herunder.
profile-unregister = Fjern
profile-backup-tokens-intro = Hvis du ikke har nogen enhed med dig, kan du få adgang til kontoen med backupkoder.
profile-backup-tokens-remaining = { $count ->
    [one] Du har { $count } backupkode tilbage.
   *[other] Du har { $count } backupkoder tilbage.
}
profile-no-backup-tokens = Du har ingen backupkoder tilbage.
profile-no-backup-tokens-advice = Mister du din enhed, kan du ikke logge ind: lav nye koder, og opbevar dem sikkert.
profile-few-backup-tokens = { $count ->
    [one] Kun { $count } backupkode tilbage.
   *[other] Kun { $count } backupkoder tilbage.
}
profile-few-backup-tokens-advice = Lav nye koder, før de slipper op.
profile-show-codes = Vis koder
profile-disable-intro = Vi fraråder det kraftigt, men du kan også slå totrinsbekræftelse fra for din konto.
disable-title = Slå totrinsbekræftelse fra
disable-intro = Du er ved at slå totrinsbekræftelse fra. Det svækker kontoens sikkerhed. Er du sikker?
disable-submit = Slå fra

## Mail with a code (email/token.txt, email/token.html)

email-subject = Bekræftelseskode
email-hello = Hej { $username },
email-code-intro = Din bekræftelseskode til { $site } er:
email-validity = { $minutes ->
    [one] Den gælder i { $minutes } minut og kan bruges én gang. Hvis du ikke prøvede at logge ind, kan du se bort fra denne e-mail; nogen kender måske din adgangskode, så overvej at skifte den.
   *[other] Den gælder i { $minutes } minutter og kan bruges én gang. Hvis du ikke prøvede at logge ind, kan du se bort fra denne e-mail; nogen kender måske din adgangskode, så overvej at skifte den.
}

## Text messages and calls (twilio/sms_message.txt, twilio/token.xml)

sms-token = Din bekræftelseskode er { $token }
voice-token = Din kode er { $token }.
voice-token-again = Endnu en gang, din kode er { $token }.

## The backup-used alert (signals::backup_used_alert)

alert-subject = Backupkode brugt
alert-body = Hej { $username },

    du har netop bekræftet dig med en backupenhed på { $site }. Hvis det ikke var dig, kan din konto være kompromitteret: skift adgangskode med det samme, tjek dine backuptelefonnumre, og lav nye backupkoder.

## The admin (admin/*.html)

admin-title = Administration af totrinsbekræftelse
admin-forbidden = Du er logget ind som { $username }, men har ikke adgang til denne side. Vil du logge ind med en anden konto?
admin-forbidden-login = Log ind med en anden konto
admin-users = Brugere
admin-find-label = Find en bruger efter brugernavn
admin-find = Find
admin-no-user-named = Der er ingen bruger ved navn “{ $username }”.
admin-cannot-list = Sidens brugerlager kan ikke vise en liste over brugerne. Slå i stedet en bruger op efter brugernavn.
admin-col-username = Brugernavn
admin-col-email = E-mail
admin-col-two-factor = To trin
admin-col-staff = Personale
admin-col-active = Aktiv
admin-superuser-note = (superbruger)
admin-enabled = slået til
admin-disabled = slået fra
admin-yes = ja
admin-no = nej
admin-showing = { $total ->
    [one] Viser { $shown } af { $total } bruger; find de andre efter brugernavn.
   *[other] Viser { $shown } af { $total } brugere; find de andre efter brugernavn.
}
admin-no-users = Der er ingen brugere endnu.
admin-role-superuser = superbruger
admin-role-staff = personale
admin-role-not-staff = ikke personale
admin-state-active = aktiv
admin-state-inactive = inaktiv
admin-user-two-factor = totrinsbekræftelse
admin-devices = Enheder
admin-col-device = Enhed
admin-col-name = Navn
admin-col-id = Id
admin-col-failures = Mislykkede forsøg
admin-col-actions = Handlinger
admin-verified-your-session = (bekræftede din session)
admin-reset-failures = Nulstil mislykkede forsøg
admin-remove = Fjern
admin-no-devices = Ingen enheder.
admin-backup-tokens = Backupkoder
admin-backup-tokens-remaining = { $count ->
    [one] { $count } backupkode tilbage.
   *[other] { $count } backupkoder tilbage.
}
admin-remove-backup-tokens = Fjern backupkoderne
admin-failed-attempts = { $count ->
    [one] { $count } mislykket forsøg
   *[other] { $count } mislykkede forsøg
}
admin-reset-backup-failures = Nulstil mislykkede forsøg med backupkoder
admin-backup-phones = Backuptelefoner
admin-no-backup-phones = Ingen backuptelefoner.
admin-audit-reauth = { $minutes ->
    [one] Hver ændring på siden beder dig bekræfte adgangskoden (og en kode), hvis du sidst gjorde det for mere end { $minutes } minut siden; hver ændring skrives i revisionsloggen.
   *[other] Hver ændring på siden beder dig bekræfte adgangskoden (og en kode), hvis du sidst gjorde det for mere end { $minutes } minutter siden; hver ændring skrives i revisionsloggen.
}
admin-audit = Hver ændring på siden skrives i revisionsloggen.
admin-reset-two-factor = Nulstil totrinsbekræftelse
admin-reset-intro = Til en bruger, der har mistet sine enheder: fjerner alle enheder og backupkoder, så brugeren logger ind med adgangskoden alene og slår totrinsbekræftelse til igen.
admin-notice-removed = { $device } ({ $id }) blev fjernet.
admin-notice-failures-reset = Mislykkede forsøg blev nulstillet for { $device } ({ $id }).
admin-notice-reset = Totrinsbekræftelse blev nulstillet for { $username }.

## Form fields and their messages (forms, views)

field-username = Brugernavn
field-password = Adgangskode
field-token = Kode
field-method = Metode
field-phone-number = Telefonnummer
field-phone-help = Med landekode, der starter med + eller 00.
field-email = E-mailadresse
field-understand = Ja, jeg er sikker
method-generator = Godkendelsesapp
method-sms = Sms
method-call = Telefonopkald
method-email = E-mail
form-required = Dette felt er påkrævet.
form-invalid-token = Ugyldig kode. Tjek, at du har indtastet den korrekt.
form-invalid-setup-token = Den indtastede kode er ikke gyldig.
form-invalid-login = Indtast et korrekt brugernavn og en korrekt adgangskode. Bemærk, at der kan skelnes mellem store og små bogstaver i begge felter.
form-timed-out = Din session er udløbet. Log ind igen.
form-wrong-password = Adgangskoden var forkert. Indtast den igen.
form-invalid-email = Indtast en gyldig e-mailadresse.
form-invalid-phone = Indtast et gyldigt telefonnummer med landekode, der starter med + eller 00.

## Devices as the pages name them

device-generator = Godkendelsesapp
device-backup-tokens = Backupkoder
device-sms = Sms til { $target }
device-call = Opkald til { $target }
device-email = E-mail til { $target }

## Throttling, time-outs and sending codes

throttle-device = { $count ->
    [one] Bekræftelse er midlertidigt slået fra efter { $count } mislykket forsøg. Prøv igen om lidt.
   *[other] Bekræftelse er midlertidigt slået fra efter { $count } mislykkede forsøg. Prøv igen om lidt.
}
throttle-network = { $seconds ->
    [one] For mange mislykkede forsøg fra dit netværk. Prøv igen om { $seconds } sekund.
   *[other] For mange mislykkede forsøg fra dit netværk. Prøv igen om { $seconds } sekunder.
}
throttle-account = { $seconds ->
    [one] For mange mislykkede forsøg. Prøv igen om { $seconds } sekund.
   *[other] For mange mislykkede forsøg. Prøv igen om { $seconds } sekunder.
}
throttle-reauth-logged-out = Du blev logget ud efter for mange mislykkede bekræftelser af adgangskoden. Log ind igen.
delivery-cooldown = { $seconds ->
    [one] Der blev sendt en kode for et øjeblik siden. Brug den, eller bed om en ny om { $seconds } sekund.
   *[other] Der blev sendt en kode for et øjeblik siden. Brug den, eller bed om en ny om { $seconds } sekunder.
}
delivery-limited-destination = { $minutes ->
    [one] Der er sendt for mange koder til dette nummer eller denne adresse for nylig. Prøv igen om { $minutes } minut, eller brug en anden metode.
   *[other] Der er sendt for mange koder til dette nummer eller denne adresse for nylig. Prøv igen om { $minutes } minutter, eller brug en anden metode.
}
delivery-limited-user = { $minutes ->
    [one] Der er sendt for mange koder til din konto for nylig. Prøv igen om { $minutes } minut, eller brug en anden metode.
   *[other] Der er sendt for mange koder til din konto for nylig. Prøv igen om { $minutes } minutter, eller brug en anden metode.
}
delivery-failed = Vi kan ikke sende dig en kode lige nu. Prøv igen senere, eller brug en anden metode.

## Error pages (400, 403, 404, 500, 503)

error-title-400 = Ugyldig forespørgsel
error-title-403 = Forbudt
error-title-404 = Ikke fundet
error-title-500 = Intern serverfejl
error-title-503 = Tjenesten er ikke tilgængelig
error-unavailable = Tjenesten er midlertidigt utilgængelig. Intet blev ændret; prøv igen om et øjeblik.
error-unavailable-not-saved = Tjenesten er midlertidigt utilgængelig. Din forespørgsel kan være udført, men din session kunne ikke gemmes. Log ind igen.
error-internal = Noget gik galt hos os.
error-csrf = CSRF-bekræftelsen mislykkedes. Forespørgslen blev afbrudt. Genindlæs siden, og send formularen igen.
error-not-found = Ikke fundet.
error-management-form = ManagementForm-data mangler eller er blevet manipuleret.
error-token-too-long = Kodefeltet er for langt.

## Security keys and passkeys (WebAuthn): login, setup, re-authentication, profile

method-webauthn = Sikkerhedsnøgle eller adgangsnøgle
token-webauthn = Brug din sikkerhedsnøgle eller adgangsnøgle: tryk på knappen herunder, og rør derefter ved nøglen, eller bekræft på enheden.
reauth-intro-webauthn = Denne handling ændrer, hvordan din konto er beskyttet. Indtast din adgangskode, og bekræft med din sikkerhedsnøgle for at fortsætte.
reauth-confirm-webauthn = Bekræft med sikkerhedsnøgle
setup-webauthn-intro = Bekræft dine login med en sikkerhedsnøgle (USB, NFC eller Bluetooth) eller enhedens skærmlås. Giv den et navn, hvis du vil, tryk på knappen, og følg browserens vejledning.
webauthn-needs-js = Sikkerhedsnøgler kræver JavaScript.
webauthn-needs-js-setup = Slå det til for dette websted, eller gå tilbage og vælg en anden metode.
webauthn-needs-js-reauth = Slå det til for dette websted for at fortsætte.
webauthn-needs-js-other = Slå det til for dette websted, eller brug en anden metode.
webauthn-needs-js-login = { $alternatives ->
    [token] Slå det til for dette websted, eller indtast en kode.
    [backup] Slå det til for dette websted, eller brug en backupkode.
    [both] Slå det til for dette websted, indtast en kode, eller brug en backupkode.
   *[none] Slå det til for dette websted.
}
webauthn-use-key = Brug sikkerhedsnøgle
webauthn-passkey-needs-js = Login med adgangsnøgle kræver JavaScript; brug dit brugernavn og din adgangskode.
webauthn-passkey-login = Log ind med adgangsnøgle
webauthn-register = Registrer sikkerhedsnøgle
webauthn-profile-title = Sikkerhedsnøgler og adgangsnøgler
webauthn-col-kind = Type
webauthn-col-added = Tilføjet
webauthn-col-last-used = Senest brugt
webauthn-col-actions = Handlinger
webauthn-kind-passkey = Adgangsnøgle
webauthn-kind-security-key = Sikkerhedsnøgle
webauthn-primary = (primær)
webauthn-never = aldrig
webauthn-remove = Fjern
webauthn-remove-label = Fjern { $label }
webauthn-no-keys = Ingen sikkerhedsnøgler endnu. En sikkerhedsnøgle eller adgangsnøgle bekræfter dine login med en enkelt berøring.
webauthn-add-title = Tilføj sikkerhedsnøgle
webauthn-add-intro = En sikkerhedsnøgle (USB, NFC eller Bluetooth) eller enhedens skærmlås kan bekræfte dine login. En adgangsnøgle logger dig også ind uden adgangskode: den kræver enhedens pinkode, fingeraftryk eller ansigt.
webauthn-add-needs-js = Det kræver JavaScript at tilføje en sikkerhedsnøgle.
webauthn-label-field = Navn
webauthn-label-placeholder = f.eks. YubiKey på nøgleringen
webauthn-label-apart = Så du senere kan skelne dine nøgler fra hinanden.
webauthn-label-help = Valgfrit, f.eks. “YubiKey på nøgleringen”.
webauthn-add-passkey = Tilføj en adgangsnøgle
webauthn-add-key = Tilføj sikkerhedsnøgle
device-webauthn-key = Sikkerhedsnøgle “{ $label }”
device-labelled = { $what } “{ $label }”
webauthn-synced = synkroniseret
webauthn-syncable = ikke synkroniseret endnu
webauthn-device-bound = bundet til enheden
webauthn-details = { $provider }, { $sync }
device-webauthn-details = { $description } ({ $details })
webauthn-add-second = Din eneste sikkerhedsnøgle er bundet til én enhed: mister du den, mister du adgangen til kontoen. Tilføj en ekstra nøgle eller en adgangsnøgle.
device-webauthn-passkey = Adgangsnøgle “{ $label }”

## Security keys and passkeys: messages from the server

webauthn-press-button = Tryk på knappen, og følg browserens vejledning.
webauthn-use-key-hint = Brug din sikkerhedsnøgle: tryk på knappen, og følg browserens vejledning.
webauthn-no-ceremony = Anmodningen om sikkerhedsnøglen er udløbet eller allerede brugt. Prøv igen.
webauthn-log-in-first = Log ind først.
webauthn-verify-first = Bekræft først dit login med din anden faktor.
webauthn-reauth-first = Bekræft din adgangskode igen (genindlæs siden).
webauthn-login-timed-out = Dit login er udløbet. Log ind igen.
webauthn-label-control = Navnet må ikke indeholde kontroltegn.
webauthn-label-too-long = Navnet må højst have { $max } tegn.
webauthn-error-malformed = Browserens svar kunne ikke læses ({ $part }). Prøv igen.
webauthn-error-key-cbor = Sikkerhedsnøglens offentlige nøgle kunne ikke læses.
webauthn-error-key-unsupported = Sikkerhedsnøglen bruger en algoritme, som dette websted ikke understøtter.
webauthn-error-key-malformed = Sikkerhedsnøglens offentlige nøgle er ugyldig.
webauthn-error-challenge-mismatch = Svaret hører til en anden anmodning. Prøv igen.
webauthn-error-expired = Anmodningen er udløbet. Prøv igen.
webauthn-error-wrong-origin = Svaret kom fra et andet websted ({ $origin }).
webauthn-error-wrong-rp-id = Sikkerhedsnøglen svarede for et andet websted.
webauthn-error-user-not-present = Der blev ikke rørt ved sikkerhedsnøglen.
webauthn-error-user-not-verified = Sikkerhedsnøglen bekræftede dig ikke (pinkode eller biometri). Prøv igen.
webauthn-error-bad-signature = Sikkerhedsnøglens signatur er ikke gyldig.
webauthn-error-unknown-credential = Denne sikkerhedsnøgle er ikke registreret til kontoen.
webauthn-error-not-passkey = Denne nøgle er ikke en adgangsnøgle til dette websted. Log ind med din adgangskode.
webauthn-error-passkey-login-disabled = Login med adgangsnøgle er slået fra på dette websted.
webauthn-error-counter-regression = Sikkerhedsnøglens signaturtæller er gået baglæns, hvilket sker, når en nøgle er blevet kopieret. Den blev afvist; kontakt webstedets administratorer.
webauthn-error-replayed = Svaret er allerede brugt. Prøv igen.
webauthn-error-already-registered = Denne sikkerhedsnøgle er allerede registreret.
webauthn-error-unsupported-attestation = Godkenderens attestation ({ $format }) understøttes ikke; webstedet accepterer “none” og “packed”.
webauthn-error-not-discoverable = Denne godkender kan ikke gemme en adgangsnøgle. Tilføj den i stedet som sikkerhedsnøgle.
webauthn-error-wrong-ceremony = Svaret hører til et andet trin. Start forfra.
webauthn-error-model-not-accepted = Denne type godkender ({ $model }) accepteres ikke på dette websted.
webauthn-error-attestation-required = Dette websted accepterer kun sikkerhedsnøgler, der beviser deres model (attestation).
webauthn-error-attestation-untrusted = Sikkerhedsnøglens attestation kunne ikke bekræftes.
webauthn-error-not-in-metadata = Denne type godkender ({ $model }) er ikke på webstedets liste over kendte modeller.
webauthn-error-revoked = Denne type godkender ({ $model }) er meldt tilbagekaldt eller kompromitteret af producenten.
webauthn-origin-not-secure = Sikkerhedsnøgler og adgangsnøgler kræver en sikker forbindelse: åbn webstedet via HTTPS (eller på http://localhost under udvikling).
webauthn-origin-ip-address = Sikkerhedsnøgler og adgangsnøgler kræver et domænenavn, ikke en IP-adresse: åbn webstedet på { $suggestion } i stedet for { $address }.
webauthn-origin-bad-host = Sidens værtsnavn kan ikke bruges til sikkerhedsnøgler og adgangsnøgler.
webauthn-origin-outside-rp-id = Sidens adresse er ikke en del af webstedets domæne for sikkerhedsnøgler ({ $rp_id }).
webauthn-origin-not-allowed = Sidens adresse er ikke blandt webstedets adresser for sikkerhedsnøgler.

## Security keys and passkeys: messages of the browser script (webauthn.js)

webauthn-js-unsupported = Denne browser understøtter ikke sikkerhedsnøgler eller adgangsnøgler. Brug en anden metode eller en opdateret browser.
webauthn-js-insecure = Sikkerhedsnøgler og adgangsnøgler kræver en sikker adresse (HTTPS, eller http://localhost under udvikling).
webauthn-js-cancelled = Anmodningen blev annulleret eller tog for lang tid. Prøv igen, når nøglen eller enheden er klar.
webauthn-js-aborted = Anmodningen blev annulleret.
webauthn-js-exists = Denne sikkerhedsnøgle er allerede registreret på din konto.
webauthn-js-security = Denne adresse kan ikke bruge sikkerhedsnøgler (WebAuthn kræver HTTPS eller localhost og et domænenavn i stedet for en IP-adresse).
webauthn-js-network = Serveren kunne ikke nås. Tjek din forbindelse, og prøv igen.
webauthn-js-failed = Noget gik galt med sikkerhedsnøglen. Prøv igen.
webauthn-js-working = Følg browserens vejledning: rør ved sikkerhedsnøglen, eller bekræft på enheden.
api-webauthn-off = Sikkerhedsnøgler er ikke slået til på dette websted.
api-passkey-off = Login med adgangsnøgle er ikke slået til på dette websted.

## The JSON API's problem details (`detail`)
api-verification-required = Dette kræver en session, der er bekræftet med en anden faktor.
api-no-removable-device = Der er ingen sådan backuptelefon, godkendelsesapp (så længe en anden enhed bliver) eller ekstra sikkerhedsnøgle.
api-no-such-device = Der er ingen sådan enhed.
api-already-enabled = Totrinsbekræftelse er allerede slået til (slå den fra først for at starte forfra).
api-no-totp-setup = Ingen opsætning er i gang: kald totp_setup først.
api-no-phone-methods = Dette websted sender ikke sms'er og ringer ikke op.
api-method-choice = method skal være en af: { $methods }.
api-code-not-sent = Koden kunne ikke sendes.
api-no-phone-setup = Ingen telefon venter på sin kode: kald phone_add først.
api-answer-failed = Svaret kunne ikke dannes.
api-credentials-required = username og password er påkrævet.
api-no-pending-login = Intet login venter på en kode (det er udløbet eller afsluttet). Log ind igen.
api-no-challenge-device = Der er ingen sådan telefon eller e-mailenhed.
api-password-required = password er påkrævet.
api-cookie-with-app = En appforespørgsel (X-Session-Token eller X-Client: app) må ikke sende sessionscookien.
api-two-factor-required = Totrinsbekræftelse er påkrævet for denne konto.
api-session-expired = Sessionstokenet er ukendt eller udløbet. Log ind igen.
api-middleware-missing = Appsessioner kræver two_factors middleware (TwoFactorMiddleware eller OtpMiddleware).
api-csrf-header = CSRF-bekræftelsen mislykkedes: send tokenet fra `session` i headeren X-CSRFToken.
api-log-in = Log ind.
api-reauthenticate = Bekræft din adgangskode først (reauthenticate).
api-body-too-large = Indholdet er større, end API'et accepterer (16 KiB).
api-body-unreadable = Indholdet kunne ikke læses.
api-token-too-long = Koden er for lang.
api-method-not-allowed = Denne sti accepterer ikke denne metode.
api-no-operation = API'et har ingen handling på denne sti.
api-csrf = CSRF-bekræftelsen mislykkedes.
api-not-found = Ikke fundet.
api-overloaded = For mange login på én gang. Prøv igen om et øjeblik.
api-unavailable = Tjenesten er midlertidigt utilgængelig. Prøv igen senere.
api-body-mismatch = JSON-indholdet passer ikke: { $error }.
api-body-not-object = Indholdet skal være et JSON-objekt.

# Flere godkendelsesapps, navngivne enheder
profile-apps = Godkendelsesapps
profile-apps-intro = En kode fra en hvilken som helst af disse apps logger dig ind. Giv hver af dem et navn, så du kan skelne dem fra hinanden.
profile-app-main = (primær)
app-create-title = Tilføj en godkendelsesapp
app-create-intro = Scan QR-koden med den nye app, giv den et navn, og indtast den kode, den viser.
app-create-submit = Tilføj app
app-name-placeholder = f.eks. Tablet
app-setup-restarted = Den opsætning var udløbet. Scan denne nye QR-kode, og indtast en kode fra den.
device-name-field = Navn
device-rename = Omdøb
device-rename-label = Nyt navn til { $what }

# Hvor du er logget ind
session-agent = { $browser } på { $system }
session-agent-unknown-browser = Ukendt browser på { $system }
session-agent-unknown = Ukendt browser
sessions-title = Hvor du er logget ind
sessions-intro = Disse browsere og apps er logget ind på din konto. En session, du logger ud, afsluttes ved sin næste forespørgsel.
sessions-col-browser = Browser
sessions-col-address = Netværk
sessions-col-began = Logget ind
sessions-col-last-seen = Senest aktiv
sessions-app = app
sessions-current = Denne session
sessions-revoke = Log ud
sessions-revoke-others = Log ud alle andre steder
sessions-not-me-title = Kan du ikke genkende en session?
sessions-not-me = Log den ud (eller log ud alle andre steder), skift derefter din adgangskode, og tjek dine enheder til totrinsbekræftelse.
sessions-back = Tilbage til kontosikkerhed
profile-sessions-intro = Se de browsere og apps, der er logget ind på din konto, og log dem ud.
profile-sessions-link = Dine sessioner
api-no-such-session = Der er ingen sådan session.

# Betroede browsere
trusted-title = Betroede browsere
trusted-intro = Disse browsere fik "spørg ikke igen": de springer koden over ved login indtil den viste dato. Tager du tilliden tilbage, beder browseren om en kode ved næste login.
trusted-col-granted = Betroet siden
trusted-col-expires = Indtil
trusted-revoke = Stol ikke længere på
trusted-revoke-all = Stol ikke længere på nogen browsere
trusted-none = Ingen browser springer koden over ved login.
api-no-such-grant = Der er ingen sådan betroet browser.

# Sikkerhedsadvarsler (e-mails)
alert-new-browser-subject = Nyt login på { $site }
alert-new-browser = Nogen loggede ind på din konto { $username } på { $site } fra en browser, der ikke har været brugt med kontoen før.
alert-device-added-subject = En enhed til totrinsbekræftelse blev tilføjet på { $site }
alert-device-added = { $device } blev tilføjet til enhederne til totrinsbekræftelse for din konto { $username } på { $site }.
alert-device-removed-subject = En enhed til totrinsbekræftelse blev fjernet på { $site }
alert-device-removed = En enhed blev fjernet fra enhederne til totrinsbekræftelse for din konto { $username } på { $site }.
alert-backup-tokens-subject = Nye backupkoder på { $site }
alert-backup-tokens = Der blev lavet nye backupkoder til din konto { $username } på { $site }; de gamle virker ikke længere.
alert-disabled-subject = Totrinsbekræftelse slået fra på { $site }
alert-disabled = Totrinsbekræftelse blev slået fra for din konto { $username } på { $site }.
alert-locked-subject = Forkerte koder på { $site }
alert-locked = Din { $device } på { $site } afviser koder et stykke tid efter forkerte koder. Forkerte koder i træk: { $count }.
alert-when = Hvornår: { $when }
alert-browser = Browser: { $browser }
alert-network = Netværk: { $network }
alert-not-me-link = Hvis det ikke var dig, så log ud alle steder her, og skift derefter din adgangskode: { $url }
alert-not-me-page = Hvis det ikke var dig, så log ud alle steder på siden "Hvor du er logget ind" under kontosikkerhed ({ $path }), og skift derefter din adgangskode.
alert-unknown = ukendt

# Administration: sessioner og betroede browsere
admin-sessions = Sessioner
admin-no-sessions = Ingen aktiv session.
admin-end-session = Afslut
admin-end-all-sessions = Afslut alle sessioner
admin-notice-sessions-ended = Afsluttede sessioner: { $count }.
admin-notice-untrusted = Browsere, der ikke længere er betroede: { $count }.
