# actix-two-factor: svenska meddelanden.
# Tilltal: "du", som svenska tjänster gör. Termer: kod, reservkod, autentiseringsapp,
# tvåfaktorsautentisering, säkerhetsnyckel, nyckel för inloggning (passkey).

## The page frame (_base.html) and the language switcher

language-name = Svenska

base-account-security = Kontosäkerhet
base-log-out = Logga ut
base-log-in = Logga in
base-language = Språk
base-language-submit = Byt

## Shared words

wizard-cancel = Avbryt
wizard-back = Tillbaka
wizard-next = Nästa
permission-denied = Åtkomst nekad
enable-two-factor = Aktivera tvåfaktorsautentisering
disable-two-factor = Inaktivera tvåfaktorsautentisering
two-factor-not-enabled = Tvåfaktorsautentisering är inte aktiverad för ditt konto. Aktivera den för att skydda kontot bättre.
back-to-account-security = Tillbaka till kontosäkerhet
add-phone-number = Lägg till telefonnummer
backup-tokens-title = Reservkoder
token-generator = Ange koden som din autentiseringsapp har skapat.
token-call = Vi ringer dig nu, ange siffrorna du hör.
token-sms = Vi har skickat ett sms till dig, ange koden vi skickade.
token-email = Vi har skickat ett e-postmeddelande till dig, ange koden vi skickade.

## Login (core/login.html)

login-title = Inloggning
login-credentials = Ange dina inloggningsuppgifter.
login-backup-intro = Använd det här formuläret för att logga in med en reservkod. Koderna skapades så att du kan skriva ut dem och förvara dem säkert. Ange en av reservkoderna för att logga in på ditt konto.
login-submit = Logga in
login-other-methods = Eller använd någon av dina andra autentiseringsmetoder:
login-backup-last-resort = Som en sista utväg kan du använda en reservkod:
login-use-backup-token = Använd reservkod

## Setup (core/setup.html, core/setup_complete.html)

setup-welcome = Du är på väg att höja säkerheten för ditt konto. Följ stegen i guiden för att aktivera tvåfaktorsautentisering.
setup-method = Välj vilken autentiseringsmetod du vill använda.
setup-generator-intro = Börja använda en autentiseringsapp genom att skanna QR-koden nedan med din mobil, till exempel med Google Authenticator, Aegis eller FreeOTP.
setup-qr-alt = QR-kod
setup-manual-key = Kan du inte skanna koden? Ange den här nyckeln i appen i stället:
setup-on-this-phone = På den här telefonen?
setup-open-in-app = Öppna den i din autentiseringsapp
setup-app-should-show = Appen ska visa utfärdaren ”{ $issuer }” och koder med { $digits } siffror.
setup-enter-token = Ange sedan koden som appen har skapat.
setup-sms-intro = Ange telefonnumret du vill få sms på. Numret verifieras i nästa steg.
setup-call-intro = Ange telefonnumret du vill bli uppringd på. Numret verifieras i nästa steg.
setup-email-intro = Ange e-postadressen du vill få koderna till. Adressen verifieras i nästa steg.
complete-congratulations = Grattis, du har aktiverat tvåfaktorsautentisering.
complete-add-phone-hint = Det kan dock hända att du inte har tillgång till din huvudenhet. Lägg till ett telefonnummer så att kontot kan återställas.

## Two-factor required (core/otp_required.html)

otp-required-enforced = Av säkerhetsskäl kräver sidan du bad om att användare verifierar sig med tvåfaktorsautentisering. Du måste aktivera de här säkerhetsfunktionerna för att komma åt sidan.
otp-required-go-back = Gå tillbaka

## Backup phones (core/phone_register.html)

phone-title = Lägg till reservtelefon
phone-setup-intro = Du lägger till ett reservtelefonnummer på ditt konto. Numret används om din huvudmetod inte är tillgänglig.
phone-validation-intro = Vi har skickat en kod till ditt telefonnummer. Ange koden du fick.

## Re-authentication (core/reauth.html)

reauth-title = Bekräfta att det är du
reauth-intro = Den här åtgärden ändrar hur ditt konto skyddas. Ange ditt lösenord för att fortsätta.
reauth-intro-token = Den här åtgärden ändrar hur ditt konto skyddas. Ange ditt lösenord och en kod ({ $device }) för att fortsätta.
reauth-confirm = Bekräfta

## Backup tokens (core/backup_tokens.html)

backup-tokens-intro = Reservkoder används när din huvudmetod och dina reservtelefonnummer inte är tillgängliga. Reservkoderna nedan kan användas vid inloggning. Om du har använt alla kan du skapa en ny uppsättning. Bara koderna som visas nedan gäller.
backup-tokens-print = Skriv ut koderna och förvara dem säkert. De visas bara nu.
backup-tokens-unused = { $count ->
    [one] Du har { $count } oanvänd reservkod. Av säkerhetsskäl kan den inte visas igen; skapa nya om du har tappat bort den.
   *[other] Du har { $count } oanvända reservkoder. Av säkerhetsskäl kan de inte visas igen; skapa nya om du har tappat bort dem.
}
backup-tokens-none = Du har inga reservkoder ännu.
backup-tokens-generate = Skapa koder

## Account security (profile/profile.html, profile/disable.html)

profile-title = Kontosäkerhet
profile-generator = Koderna skapas av din autentiseringsapp.
profile-primary-method = Huvudmetod: { $method }.
profile-backup-phones = Reservtelefonnummer
profile-backup-phones-intro = Om din huvudmetod inte är tillgänglig kan vi skicka reservkoder till telefonnumren nedan.
profile-unregister = Ta bort
profile-backup-tokens-intro = Om du inte har någon enhet med dig kan du komma åt kontot med reservkoder.
profile-backup-tokens-remaining = { $count ->
    [one] Du har { $count } reservkod kvar.
   *[other] Du har { $count } reservkoder kvar.
}
profile-no-backup-tokens = Du har inga reservkoder kvar.
profile-no-backup-tokens-advice = Om du tappar bort enheten kan du inte logga in: skapa nya koder och förvara dem säkert.
profile-few-backup-tokens = { $count ->
    [one] Bara { $count } reservkod kvar.
   *[other] Bara { $count } reservkoder kvar.
}
profile-few-backup-tokens-advice = Skapa nya koder innan de tar slut.
profile-show-codes = Visa koder
profile-disable-intro = Vi avråder starkt från det, men du kan också inaktivera tvåfaktorsautentisering för ditt konto.
disable-title = Inaktivera tvåfaktorsautentisering
disable-intro = Du håller på att inaktivera tvåfaktorsautentisering. Det försvagar kontots säkerhet. Är du säker?
disable-submit = Inaktivera

## Mail with a code (email/token.txt, email/token.html)

email-subject = Verifieringskod
email-hello = Hej { $username },
email-code-intro = Din verifieringskod för { $site } är:
email-validity = { $minutes ->
    [one] Den gäller i { $minutes } minut och kan användas en gång. Om du inte försökte logga in kan du strunta i det här meddelandet; någon kan känna till ditt lösenord, så överväg att byta det.
   *[other] Den gäller i { $minutes } minuter och kan användas en gång. Om du inte försökte logga in kan du strunta i det här meddelandet; någon kan känna till ditt lösenord, så överväg att byta det.
}

## Text messages and calls (twilio/sms_message.txt, twilio/token.xml)

sms-token = Din verifieringskod är { $token }
voice-token = Din kod är { $token }.
voice-token-again = En gång till, din kod är { $token }.

## The backup-used alert (signals::backup_used_alert)

alert-subject = Reservkod använd
alert-body = Hej { $username },

    du har just verifierat dig med en reservenhet på { $site }. Om det inte var du kan ditt konto ha kapats: byt lösenord genast, kontrollera dina reservtelefonnummer och skapa nya reservkoder.

## The admin (admin/*.html)

admin-title = Administration av tvåfaktorsautentisering
admin-forbidden = Du är inloggad som { $username } men har inte behörighet till den här sidan. Vill du logga in med ett annat konto?
admin-forbidden-login = Logga in med ett annat konto
admin-users = Användare
admin-find-label = Sök en användare efter användarnamn
admin-find = Sök
admin-no-user-named = Det finns ingen användare som heter ”{ $username }”.
admin-cannot-list = Webbplatsens användarlager kan inte lista användarna. Sök upp en användare efter användarnamn i stället.
admin-col-username = Användarnamn
admin-col-email = E-post
admin-col-two-factor = Två faktorer
admin-col-staff = Personal
admin-col-active = Aktiv
admin-superuser-note = (superanvändare)
admin-enabled = aktiverad
admin-disabled = inaktiverad
admin-yes = ja
admin-no = nej
admin-showing = { $total ->
    [one] Visar { $shown } av { $total } användare; hitta de andra efter användarnamn.
   *[other] Visar { $shown } av { $total } användare; hitta de andra efter användarnamn.
}
admin-no-users = Det finns inga användare ännu.
admin-role-superuser = superanvändare
admin-role-staff = personal
admin-role-not-staff = inte personal
admin-state-active = aktiv
admin-state-inactive = inaktiv
admin-user-two-factor = tvåfaktorsautentisering
admin-devices = Enheter
admin-col-device = Enhet
admin-col-name = Namn
admin-col-id = Id
admin-col-failures = Misslyckade försök
admin-col-actions = Åtgärder
admin-verified-your-session = (verifierade din session)
admin-reset-failures = Nollställ misslyckade försök
admin-remove = Ta bort
admin-no-devices = Inga enheter.
admin-backup-tokens = Reservkoder
admin-backup-tokens-remaining = { $count ->
    [one] { $count } reservkod kvar.
   *[other] { $count } reservkoder kvar.
}
admin-remove-backup-tokens = Ta bort reservkoderna
admin-failed-attempts = { $count ->
    [one] { $count } misslyckat försök
   *[other] { $count } misslyckade försök
}
admin-reset-backup-failures = Nollställ misslyckade försök med reservkoder
admin-backup-phones = Reservtelefoner
admin-no-backup-phones = Inga reservtelefoner.
admin-audit-reauth = { $minutes ->
    [one] Varje ändring på sidan ber dig bekräfta lösenordet (och en kod) om du senast gjorde det för mer än { $minutes } minut sedan; varje ändring skrivs i granskningsloggen.
   *[other] Varje ändring på sidan ber dig bekräfta lösenordet (och en kod) om du senast gjorde det för mer än { $minutes } minuter sedan; varje ändring skrivs i granskningsloggen.
}
admin-audit = Varje ändring på sidan skrivs i granskningsloggen.
admin-reset-two-factor = Återställ tvåfaktorsautentisering
admin-reset-intro = För en användare som har tappat bort sina enheter: tar bort alla enheter och reservkoder, så att användaren loggar in med bara lösenordet och aktiverar tvåfaktorsautentisering igen.
admin-notice-removed = { $device } ({ $id }) togs bort.
admin-notice-failures-reset = Misslyckade försök nollställdes för { $device } ({ $id }).
admin-notice-reset = Tvåfaktorsautentiseringen återställdes för { $username }.

## Form fields and their messages (forms, views)

field-username = Användarnamn
field-password = Lösenord
field-token = Kod
field-method = Metod
field-phone-number = Telefonnummer
field-phone-help = Med landsnummer, som börjar med + eller 00.
field-email = E-postadress
field-understand = Ja, jag är säker
method-generator = Autentiseringsapp
method-sms = Sms
method-call = Telefonsamtal
method-email = E-post
form-required = Det här fältet är obligatoriskt.
form-invalid-token = Ogiltig kod. Kontrollera att du har angett den rätt.
form-invalid-setup-token = Koden du angav är inte giltig.
form-invalid-login = Ange ett korrekt användarnamn och lösenord. Observera att båda fälten kan vara skiftlägeskänsliga.
form-timed-out = Din session har gått ut. Logga in igen.
form-wrong-password = Lösenordet var fel. Ange det igen.
form-invalid-email = Ange en giltig e-postadress.
form-invalid-phone = Ange ett giltigt telefonnummer med landsnummer som börjar med + eller 00.

## Devices as the pages name them

device-generator = Autentiseringsapp
device-backup-tokens = Reservkoder
device-sms = Sms till { $target }
device-call = Samtal till { $target }
device-email = E-post till { $target }

## Throttling, time-outs and sending codes

throttle-device = { $count ->
    [one] Verifieringen är tillfälligt avstängd efter { $count } misslyckat försök, försök igen snart.
   *[other] Verifieringen är tillfälligt avstängd efter { $count } misslyckade försök, försök igen snart.
}
throttle-network = { $seconds ->
    [one] För många misslyckade försök från ditt nätverk. Försök igen om { $seconds } sekund.
   *[other] För många misslyckade försök från ditt nätverk. Försök igen om { $seconds } sekunder.
}
throttle-account = { $seconds ->
    [one] För många misslyckade försök. Försök igen om { $seconds } sekund.
   *[other] För många misslyckade försök. Försök igen om { $seconds } sekunder.
}
throttle-reauth-logged-out = Du loggades ut efter för många misslyckade lösenordsbekräftelser. Logga in igen.
delivery-cooldown = { $seconds ->
    [one] En kod skickades nyss. Använd den eller be om en ny om { $seconds } sekund.
   *[other] En kod skickades nyss. Använd den eller be om en ny om { $seconds } sekunder.
}
delivery-limited-destination = { $minutes ->
    [one] För många koder har skickats till det här numret eller adressen nyligen. Försök igen om { $minutes } minut eller använd en annan metod.
   *[other] För många koder har skickats till det här numret eller adressen nyligen. Försök igen om { $minutes } minuter eller använd en annan metod.
}
delivery-limited-user = { $minutes ->
    [one] För många koder har skickats för ditt konto nyligen. Försök igen om { $minutes } minut eller använd en annan metod.
   *[other] För många koder har skickats för ditt konto nyligen. Försök igen om { $minutes } minuter eller använd en annan metod.
}
delivery-failed = Vi kan inte skicka en kod till dig just nu. Försök igen senare eller använd en annan metod.

## Error pages (400, 403, 404, 500, 503)

error-title-400 = Felaktig begäran
error-title-403 = Förbjudet
error-title-404 = Hittades inte
error-title-500 = Internt serverfel
error-title-503 = Tjänsten är inte tillgänglig
error-unavailable = Tjänsten är tillfälligt otillgänglig. Ingenting ändrades; försök igen om en stund.
error-unavailable-not-saved = Tjänsten är tillfälligt otillgänglig. Din begäran kan ha utförts, men din session kunde inte sparas. Logga in igen.
error-internal = Något gick fel hos oss.
error-csrf = CSRF-verifieringen misslyckades. Begäran avbröts. Ladda om sidan och skicka formuläret igen.
error-not-found = Hittades inte.
error-management-form = ManagementForm-data saknas eller har manipulerats.
error-token-too-long = Kodfältet är för långt.

## Security keys and passkeys (WebAuthn): login, setup, re-authentication, profile

method-webauthn = Säkerhetsnyckel eller nyckel för inloggning
token-webauthn = Använd din säkerhetsnyckel eller nyckel för inloggning: tryck på knappen nedan och rör sedan vid nyckeln eller bekräfta på enheten.
reauth-intro-webauthn = Den här åtgärden ändrar hur ditt konto skyddas. Ange lösenordet och bekräfta med din säkerhetsnyckel för att fortsätta.
reauth-confirm-webauthn = Bekräfta med säkerhetsnyckel
setup-webauthn-intro = Bekräfta dina inloggningar med en säkerhetsnyckel (USB, NFC eller Bluetooth) eller enhetens skärmlås. Ge den ett namn om du vill, tryck på knappen och följ webbläsarens instruktioner.
webauthn-needs-js = Säkerhetsnycklar kräver JavaScript.
webauthn-needs-js-setup = Slå på det för den här webbplatsen, eller gå tillbaka och välj en annan metod.
webauthn-needs-js-reauth = Slå på det för den här webbplatsen för att fortsätta.
webauthn-needs-js-other = Slå på det för den här webbplatsen, eller använd en annan metod.
webauthn-needs-js-login = { $alternatives ->
    [token] Slå på det för den här webbplatsen, eller ange en kod.
    [backup] Slå på det för den här webbplatsen, eller använd en reservkod.
    [both] Slå på det för den här webbplatsen, ange en kod eller använd en reservkod.
   *[none] Slå på det för den här webbplatsen.
}
webauthn-use-key = Använd säkerhetsnyckel
webauthn-passkey-needs-js = Inloggning med nyckel kräver JavaScript; använd användarnamn och lösenord.
webauthn-passkey-login = Logga in med nyckel
webauthn-register = Registrera säkerhetsnyckel
webauthn-profile-title = Säkerhetsnycklar och nycklar för inloggning
webauthn-col-kind = Typ
webauthn-col-added = Tillagd
webauthn-col-last-used = Senast använd
webauthn-col-actions = Åtgärder
webauthn-kind-passkey = Nyckel för inloggning
webauthn-kind-security-key = Säkerhetsnyckel
webauthn-primary = (huvudnyckel)
webauthn-never = aldrig
webauthn-remove = Ta bort
webauthn-remove-label = Ta bort { $label }
webauthn-no-keys = Inga säkerhetsnycklar ännu. En säkerhetsnyckel eller nyckel för inloggning bekräftar dina inloggningar med en beröring.
webauthn-add-title = Lägg till säkerhetsnyckel
webauthn-add-intro = En säkerhetsnyckel (USB, NFC eller Bluetooth) eller enhetens skärmlås kan bekräfta dina inloggningar. En nyckel för inloggning loggar också in dig utan lösenord: den kräver enhetens pinkod, fingeravtryck eller ansikte.
webauthn-add-needs-js = Att lägga till en säkerhetsnyckel kräver JavaScript.
webauthn-label-field = Namn
webauthn-label-placeholder = t.ex. YubiKey på nyckelringen
webauthn-label-apart = Så att du kan skilja dina nycklar åt senare.
webauthn-label-help = Valfritt, t.ex. ”YubiKey på nyckelringen”.
webauthn-add-passkey = Lägg till en nyckel för inloggning
webauthn-add-key = Lägg till säkerhetsnyckel
device-webauthn-key = Säkerhetsnyckel ”{ $label }”
device-labelled = { $what } ”{ $label }”
webauthn-synced = synkroniserad
webauthn-syncable = inte synkroniserad ännu
webauthn-device-bound = bunden till enheten
webauthn-details = { $provider }, { $sync }
device-webauthn-details = { $description } ({ $details })
webauthn-add-second = Din enda säkerhetsnyckel är bunden till en enhet: tappar du den förlorar du åtkomsten till kontot. Lägg till en andra nyckel eller en nyckel för inloggning.
device-webauthn-passkey = Nyckel för inloggning ”{ $label }”

## Security keys and passkeys: messages from the server

webauthn-press-button = Tryck på knappen och följ webbläsarens instruktioner.
webauthn-use-key-hint = Använd din säkerhetsnyckel: tryck på knappen och följ webbläsarens instruktioner.
webauthn-no-ceremony = Begäran om säkerhetsnyckeln har gått ut eller har redan använts. Försök igen.
webauthn-log-in-first = Logga in först.
webauthn-verify-first = Verifiera först inloggningen med din andra faktor.
webauthn-reauth-first = Bekräfta lösenordet igen (ladda om sidan).
webauthn-login-timed-out = Inloggningen har gått ut. Logga in igen.
webauthn-label-control = Namnet får inte innehålla styrtecken.
webauthn-label-too-long = Namnet får vara högst { $max } tecken.
webauthn-error-malformed = Webbläsarens svar kunde inte läsas ({ $part }). Försök igen.
webauthn-error-key-cbor = Säkerhetsnyckelns publika nyckel kunde inte läsas.
webauthn-error-key-unsupported = Säkerhetsnyckeln använder en algoritm som webbplatsen inte stöder.
webauthn-error-key-malformed = Säkerhetsnyckelns publika nyckel är felaktig.
webauthn-error-challenge-mismatch = Svaret hör till en annan begäran. Försök igen.
webauthn-error-expired = Begäran har gått ut. Försök igen.
webauthn-error-wrong-origin = Svaret kom från en annan webbplats ({ $origin }).
webauthn-error-wrong-rp-id = Säkerhetsnyckeln svarade för en annan webbplats.
webauthn-error-user-not-present = Ingen rörde vid säkerhetsnyckeln.
webauthn-error-user-not-verified = Säkerhetsnyckeln verifierade dig inte (pinkod eller biometri). Försök igen.
webauthn-error-bad-signature = Säkerhetsnyckelns signatur är inte giltig.
webauthn-error-unknown-credential = Den här säkerhetsnyckeln är inte registrerad för kontot.
webauthn-error-not-passkey = Den här nyckeln är inte en nyckel för inloggning på webbplatsen. Logga in med lösenord.
webauthn-error-passkey-login-disabled = Inloggning med nyckel är avstängd på webbplatsen.
webauthn-error-counter-regression = Säkerhetsnyckelns signaturräknare har gått bakåt, vilket händer när en nyckel har kopierats. Den avvisades; kontakta webbplatsens administratörer.
webauthn-error-replayed = Svaret har redan använts. Försök igen.
webauthn-error-already-registered = Den här säkerhetsnyckeln är redan registrerad.
webauthn-error-unsupported-attestation = Autentiserarens intyg ({ $format }) stöds inte; webbplatsen accepterar ”none” och ”packed”.
webauthn-error-not-discoverable = Den här autentiseraren kan inte lagra en nyckel för inloggning. Lägg till den som säkerhetsnyckel i stället.
webauthn-error-wrong-ceremony = Svaret hör till ett annat steg. Börja om.
webauthn-error-model-not-accepted = Den här typen av autentiserare ({ $model }) accepteras inte på webbplatsen.
webauthn-error-attestation-required = Webbplatsen accepterar bara säkerhetsnycklar som visar sin modell (intyg).
webauthn-error-attestation-untrusted = Säkerhetsnyckelns intyg kunde inte verifieras.
webauthn-error-not-in-metadata = Den här typen av autentiserare ({ $model }) finns inte i webbplatsens lista över kända modeller.
webauthn-error-revoked = Den här typen av autentiserare ({ $model }) har rapporterats återkallad eller komprometterad av tillverkaren.
webauthn-origin-not-secure = Säkerhetsnycklar och nycklar för inloggning kräver en säker anslutning: öppna webbplatsen via HTTPS (eller på http://localhost under utveckling).
webauthn-origin-ip-address = Säkerhetsnycklar och nycklar för inloggning kräver ett domännamn, inte en IP-adress: öppna webbplatsen på { $suggestion } i stället för { $address }.
webauthn-origin-bad-host = Sidans värdnamn kan inte användas för säkerhetsnycklar och nycklar för inloggning.
webauthn-origin-outside-rp-id = Sidans adress ingår inte i webbplatsens domän för säkerhetsnycklar ({ $rp_id }).
webauthn-origin-not-allowed = Sidans adress finns inte bland webbplatsens adresser för säkerhetsnycklar.

## Security keys and passkeys: messages of the browser script (webauthn.js)

webauthn-js-unsupported = Den här webbläsaren stöder inte säkerhetsnycklar eller nycklar för inloggning. Använd en annan metod eller en aktuell webbläsare.
webauthn-js-insecure = Säkerhetsnycklar och nycklar för inloggning kräver en säker adress (HTTPS, eller http://localhost under utveckling).
webauthn-js-cancelled = Begäran avbröts eller tog för lång tid. Försök igen när nyckeln eller enheten är redo.
webauthn-js-aborted = Begäran avbröts.
webauthn-js-exists = Den här säkerhetsnyckeln är redan registrerad på ditt konto.
webauthn-js-security = Den här adressen kan inte använda säkerhetsnycklar (WebAuthn kräver HTTPS eller localhost och ett domännamn i stället för en IP-adress).
webauthn-js-network = Det gick inte att nå servern. Kontrollera anslutningen och försök igen.
webauthn-js-failed = Något gick fel med säkerhetsnyckeln. Försök igen.
webauthn-js-working = Följ webbläsarens instruktioner: rör vid säkerhetsnyckeln eller bekräfta på enheten.
api-webauthn-off = Säkerhetsnycklar är inte aktiverade på webbplatsen.
api-passkey-off = Inloggning med nyckel är inte aktiverad på webbplatsen.

## The JSON API's problem details (`detail`)
api-verification-required = Det här kräver en session som verifierats med en andra faktor.
api-no-removable-device = Det finns ingen sådan reservtelefon, autentiseringsapp (så länge en annan enhet finns kvar) eller extra säkerhetsnyckel.
api-no-such-device = Det finns ingen sådan enhet.
api-already-enabled = Tvåfaktorsautentisering är redan aktiverad (inaktivera den först för att börja om).
api-no-totp-setup = Ingen konfiguration pågår: anropa totp_setup först.
api-no-phone-methods = Den här webbplatsen skickar inga sms och ringer inga samtal.
api-method-choice = method måste vara en av: { $methods }.
api-code-not-sent = Koden kunde inte skickas.
api-no-phone-setup = Ingen telefon väntar på sin kod: anropa phone_add först.
api-answer-failed = Svaret kunde inte byggas.
api-credentials-required = username och password krävs.
api-no-pending-login = Ingen inloggning väntar på en kod (den gick ut eller avslutades). Logga in igen.
api-no-challenge-device = Det finns ingen sådan telefon eller e-postenhet.
api-password-required = password krävs.
api-cookie-with-app = En appbegäran (X-Session-Token eller X-Client: app) får inte skicka sessionskakan.
api-two-factor-required = Tvåfaktorsautentisering krävs för det här kontot.
api-session-expired = Sessionstoken är okänd eller har gått ut. Logga in igen.
api-middleware-missing = Appsessioner kräver two_factors middleware (TwoFactorMiddleware eller OtpMiddleware).
api-csrf-header = CSRF-verifieringen misslyckades: skicka token från `session` i rubriken X-CSRFToken.
api-log-in = Logga in.
api-reauthenticate = Bekräfta lösenordet först (reauthenticate).
api-body-too-large = Innehållet är större än API:t tar emot (16 KiB).
api-body-unreadable = Innehållet kunde inte läsas.
api-token-too-long = Koden är för lång.
api-method-not-allowed = Den här sökvägen tar inte emot den här metoden.
api-no-operation = API:t har ingen åtgärd på den här sökvägen.
api-csrf = CSRF-verifieringen misslyckades.
api-not-found = Hittades inte.
api-overloaded = För många inloggningar samtidigt. Försök igen om en stund.
api-unavailable = Tjänsten är tillfälligt otillgänglig. Försök igen senare.
api-body-mismatch = JSON-innehållet passar inte: { $error }.
api-body-not-object = Innehållet måste vara ett JSON-objekt.

# Flera autentiseringsappar, namngivna enheter
profile-apps = Autentiseringsappar
profile-apps-intro = En kod från vilken som helst av de här apparna loggar in dig. Ge var och en ett namn så att du kan skilja dem åt.
profile-app-main = (huvudapp)
app-create-title = Lägg till en autentiseringsapp
app-create-intro = Skanna QR-koden med den nya appen, ge den ett namn och ange koden den visar.
app-create-submit = Lägg till app
app-name-placeholder = t.ex. Surfplatta
app-setup-restarted = Den konfigurationen hade gått ut. Skanna den här nya QR-koden och ange en kod från den.
device-name-field = Namn
device-rename = Byt namn
device-rename-label = Nytt namn för { $what }

# Var du är inloggad
session-agent = { $browser } på { $system }
session-agent-unknown-browser = Okänd webbläsare på { $system }
session-agent-unknown = Okänd webbläsare
sessions-title = Var du är inloggad
sessions-intro = De här webbläsarna och apparna är inloggade på ditt konto. En session som du loggar ut avslutas vid sin nästa begäran.
sessions-col-browser = Webbläsare
sessions-col-address = Nätverk
sessions-col-began = Inloggad
sessions-col-last-seen = Senast aktiv
sessions-app = app
sessions-current = Den här sessionen
sessions-revoke = Logga ut
sessions-revoke-others = Logga ut överallt annars
sessions-not-me-title = Känner du inte igen en session?
sessions-not-me = Logga ut den (eller logga ut överallt annars), byt sedan lösenord och kontrollera dina enheter för tvåfaktorsautentisering.
sessions-back = Tillbaka till kontosäkerhet
profile-sessions-intro = Se vilka webbläsare och appar som är inloggade på ditt konto och logga ut dem.
profile-sessions-link = Dina sessioner
api-no-such-session = Det finns ingen sådan session.

# Betrodda webbläsare
trusted-title = Betrodda webbläsare
trusted-intro = För de här webbläsarna valdes ”fråga inte igen”: de hoppar över koden vid inloggning fram till datumet som visas. Tar du tillbaka förtroendet frågar webbläsaren efter en kod vid nästa inloggning.
trusted-col-granted = Betrodd sedan
trusted-col-expires = Till
trusted-revoke = Sluta lita på
trusted-revoke-all = Sluta lita på alla webbläsare
trusted-none = Ingen webbläsare hoppar över koden vid inloggning.
api-no-such-grant = Det finns ingen sådan betrodd webbläsare.

# Säkerhetsvarningar (e-post)
alert-new-browser-subject = Ny inloggning på { $site }
alert-new-browser = Någon loggade in på ditt konto { $username } på { $site } från en webbläsare som inte har använts med kontot tidigare.
alert-device-added-subject = En enhet för tvåfaktorsautentisering lades till på { $site }
alert-device-added = { $device } lades till bland enheterna för tvåfaktorsautentisering för ditt konto { $username } på { $site }.
alert-device-removed-subject = En enhet för tvåfaktorsautentisering togs bort på { $site }
alert-device-removed = En enhet togs bort från enheterna för tvåfaktorsautentisering för ditt konto { $username } på { $site }.
alert-backup-tokens-subject = Nya reservkoder på { $site }
alert-backup-tokens = Nya reservkoder skapades för ditt konto { $username } på { $site }; de gamla fungerar inte längre.
alert-disabled-subject = Tvåfaktorsautentisering avstängd på { $site }
alert-disabled = Tvåfaktorsautentisering stängdes av för ditt konto { $username } på { $site }.
alert-locked-subject = Felaktiga koder på { $site }
alert-locked = Din { $device } på { $site } avvisar koder en stund efter felaktiga koder. Felaktiga koder i rad: { $count }.
alert-when = När: { $when }
alert-browser = Webbläsare: { $browser }
alert-network = Nätverk: { $network }
alert-not-me-link = Om det inte var du, logga ut överallt här och byt sedan lösenord: { $url }
alert-not-me-page = Om det inte var du, logga ut överallt på sidan ”Var du är inloggad” under kontosäkerhet ({ $path }) och byt sedan lösenord.
alert-unknown = okänd

# Administration: sessioner och betrodda webbläsare
admin-sessions = Sessioner
admin-no-sessions = Ingen aktiv session.
admin-end-session = Avsluta
admin-end-all-sessions = Avsluta alla sessioner
admin-notice-sessions-ended = Avslutade sessioner: { $count }.
admin-notice-untrusted = Webbläsare som inte längre är betrodda: { $count }.
