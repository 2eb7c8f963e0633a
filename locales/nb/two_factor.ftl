# actix-two-factor: norske meldinger (bokmål).
# Tiltale: "du", som norske tjenester bruker. Termer: kode, reservekode, autentiseringsapp,
# tofaktorautentisering, sikkerhetsnøkkel, tilgangsnøkkel (passkey).

## The page frame (_base.html) and the language switcher

language-name = Norsk bokmål

base-account-security = Kontosikkerhet
base-log-out = Logg ut
base-log-in = Logg inn
base-language = Språk
base-language-submit = Bytt

## Shared words

wizard-cancel = Avbryt
wizard-back = Tilbake
wizard-next = Neste
permission-denied = Ingen tilgang
enable-two-factor = Slå på tofaktorautentisering
disable-two-factor = Slå av tofaktorautentisering
two-factor-not-enabled = Tofaktorautentisering er ikke slått på for kontoen din. Slå den på for å beskytte kontoen bedre.
back-to-account-security = Tilbake til kontosikkerhet
add-phone-number = Legg til telefonnummer
backup-tokens-title = Reservekoder
token-generator = Skriv inn koden som autentiseringsappen din har laget.
token-call = Vi ringer deg nå. Skriv inn sifrene du hører.
token-sms = Vi har sendt deg en SMS. Skriv inn koden vi sendte.
token-email = Vi har sendt deg en e-post. Skriv inn koden vi sendte.

## Login (core/login.html)

login-title = Logg inn
login-credentials = Skriv inn påloggingsinformasjonen din.
login-backup-intro = Bruk dette skjemaet for å logge inn med en reservekode. Kodene ble laget slik at du kan skrive dem ut og oppbevare dem trygt. Skriv inn en av reservekodene for å logge inn på kontoen din.
login-submit = Logg inn
login-other-methods = Eller bruk en av de andre autentiseringsmetodene dine:
login-backup-last-resort = Som en siste utvei kan du bruke en reservekode:
login-use-backup-token = Bruk reservekode

## Setup (core/setup.html, core/setup_complete.html)

setup-welcome = Du er i ferd med å heve sikkerheten for kontoen din. Følg trinnene i veiviseren for å slå på tofaktorautentisering.
setup-method = Velg hvilken autentiseringsmetode du vil bruke.
setup-generator-intro = Kom i gang med en autentiseringsapp ved å skanne QR-koden nedenfor med mobilen, for eksempel med Google Authenticator, Aegis eller FreeOTP.
setup-qr-alt = QR-kode
setup-manual-key = Får du ikke skannet koden? Skriv inn denne nøkkelen i appen i stedet:
setup-on-this-phone = På denne telefonen?
setup-open-in-app = Åpne den i autentiseringsappen
setup-app-should-show = Appen skal vise utstederen «{ $issuer }» og koder på { $digits } sifre.
setup-enter-token = Skriv deretter inn koden appen har laget.
setup-sms-intro = Skriv inn telefonnummeret du vil få SMS på. Nummeret bekreftes i neste trinn.
setup-call-intro = Skriv inn telefonnummeret vi skal ringe. Nummeret bekreftes i neste trinn.
setup-email-intro = Skriv inn e-postadressen du vil få kodene til. Adressen bekreftes i neste trinn.
complete-congratulations = Gratulerer, du har slått på tofaktorautentisering.
complete-add-phone-hint = Det kan likevel hende at du ikke har tilgang til hovedenheten din. Legg til et telefonnummer slik at kontoen kan gjenopprettes.

## Two-factor required (core/otp_required.html)

otp-required-enforced = Av sikkerhetshensyn krever siden du ba om, at brukere bekrefter seg med tofaktorautentisering. Du må slå på disse sikkerhetsfunksjonene for å få tilgang til siden.
otp-required-go-back = Gå tilbake

## Backup phones (core/phone_register.html)

phone-title = Legg til reservetelefon
phone-setup-intro = Du legger til et reservetelefonnummer på kontoen din. Nummeret brukes hvis hovedmetoden din ikke er tilgjengelig.
phone-validation-intro = Vi har sendt en kode til telefonnummeret ditt. Skriv inn koden du fikk.

## Re-authentication (core/reauth.html)

reauth-title = Bekreft at det er deg
reauth-intro = Denne handlingen endrer hvordan kontoen din er beskyttet. Skriv inn passordet ditt for å fortsette.
reauth-intro-token = Denne handlingen endrer hvordan kontoen din er beskyttet. Skriv inn passordet ditt og en kode ({ $device }) for å fortsette.
reauth-confirm = Bekreft

## Backup tokens (core/backup_tokens.html)

backup-tokens-intro = Reservekoder brukes når hovedmetoden og reservetelefonnumrene dine ikke er tilgjengelige. Reservekodene nedenfor kan brukes ved pålogging. Har du brukt alle, kan du lage et nytt sett. Bare kodene nedenfor er gyldige.
backup-tokens-print = Skriv ut kodene og oppbevar dem trygt. De vises bare nå.
backup-tokens-unused = { $count ->
    [one] Du har { $count } ubrukt reservekode. Av sikkerhetshensyn kan den ikke vises igjen; lag nye hvis du har mistet den.
   *[other] Du har { $count } ubrukte reservekoder. Av sikkerhetshensyn kan de ikke vises igjen; lag nye hvis du har mistet dem.
}
backup-tokens-none = Du har ingen reservekoder ennå.
backup-tokens-generate = Lag koder

## Account security (profile/profile.html, profile/disable.html)

profile-title = Kontosikkerhet
profile-generator = Kodene lages av autentiseringsappen din.
profile-primary-method = Hovedmetode: { $method }.
profile-backup-phones = Reservetelefonnumre
profile-backup-phones-intro = Hvis hovedmetoden din ikke er tilgjengelig, kan vi sende reservekoder til telefonnumrene nedenfor.
profile-unregister = Fjern
profile-backup-tokens-intro = Hvis du ikke har noen enhet med deg, kan du få tilgang til kontoen med reservekoder.
profile-backup-tokens-remaining = { $count ->
    [one] Du har { $count } reservekode igjen.
   *[other] Du har { $count } reservekoder igjen.
}
profile-no-backup-tokens = Du har ingen reservekoder igjen.
profile-no-backup-tokens-advice = Mister du enheten, kan du ikke logge inn: lag nye koder og oppbevar dem trygt.
profile-few-backup-tokens = { $count ->
    [one] Bare { $count } reservekode igjen.
   *[other] Bare { $count } reservekoder igjen.
}
profile-few-backup-tokens-advice = Lag nye koder før de tar slutt.
profile-show-codes = Vis koder
profile-disable-intro = Vi fraråder det sterkt, men du kan også slå av tofaktorautentisering for kontoen din.
disable-title = Slå av tofaktorautentisering
disable-intro = Du er i ferd med å slå av tofaktorautentisering. Det svekker sikkerheten for kontoen. Er du sikker?
disable-submit = Slå av

## Mail with a code (email/token.txt, email/token.html)

email-subject = Bekreftelseskode
email-hello = Hei { $username },
email-code-intro = Bekreftelseskoden din for { $site } er:
email-validity = { $minutes ->
    [one] Den gjelder i { $minutes } minutt og kan brukes én gang. Hvis du ikke prøvde å logge inn, kan du se bort fra denne e-posten; noen kan kjenne passordet ditt, så vurder å bytte det.
   *[other] Den gjelder i { $minutes } minutter og kan brukes én gang. Hvis du ikke prøvde å logge inn, kan du se bort fra denne e-posten; noen kan kjenne passordet ditt, så vurder å bytte det.
}

## Text messages and calls (twilio/sms_message.txt, twilio/token.xml)

sms-token = Bekreftelseskoden din er { $token }
voice-token = Koden din er { $token }.
voice-token-again = En gang til, koden din er { $token }.

## The backup-used alert (signals::backup_used_alert)

alert-subject = Reservekode brukt
alert-body = Hei { $username },

    du har nettopp bekreftet deg med en reserveenhet på { $site }. Hvis det ikke var deg, kan kontoen din være kompromittert: bytt passord med en gang, sjekk reservetelefonnumrene dine og lag nye reservekoder.

## The admin (admin/*.html)

admin-title = Administrasjon av tofaktorautentisering
admin-forbidden = Du er logget inn som { $username }, men har ikke tilgang til denne siden. Vil du logge inn med en annen konto?
admin-forbidden-login = Logg inn med en annen konto
admin-users = Brukere
admin-find-label = Finn en bruker etter brukernavn
admin-find = Finn
admin-no-user-named = Det finnes ingen bruker som heter «{ $username }».
admin-cannot-list = Brukerlageret på dette nettstedet kan ikke liste opp brukerne. Slå heller opp en bruker etter brukernavn.
admin-col-username = Brukernavn
admin-col-email = E-post
admin-col-two-factor = To faktorer
admin-col-staff = Ansatt
admin-col-active = Aktiv
admin-superuser-note = (superbruker)
admin-enabled = på
admin-disabled = av
admin-yes = ja
admin-no = nei
admin-showing = { $total ->
    [one] Viser { $shown } av { $total } bruker; finn de andre etter brukernavn.
   *[other] Viser { $shown } av { $total } brukere; finn de andre etter brukernavn.
}
admin-no-users = Det finnes ingen brukere ennå.
admin-role-superuser = superbruker
admin-role-staff = ansatt
admin-role-not-staff = ikke ansatt
admin-state-active = aktiv
admin-state-inactive = inaktiv
admin-user-two-factor = tofaktorautentisering
admin-devices = Enheter
admin-col-device = Enhet
admin-col-name = Navn
admin-col-id = Id
admin-col-failures = Mislykkede forsøk
admin-col-actions = Handlinger
admin-verified-your-session = (bekreftet økten din)
admin-reset-failures = Nullstill mislykkede forsøk
admin-remove = Fjern
admin-no-devices = Ingen enheter.
admin-backup-tokens = Reservekoder
admin-backup-tokens-remaining = { $count ->
    [one] { $count } reservekode igjen.
   *[other] { $count } reservekoder igjen.
}
admin-remove-backup-tokens = Fjern reservekodene
admin-failed-attempts = { $count ->
    [one] { $count } mislykket forsøk
   *[other] { $count } mislykkede forsøk
}
admin-reset-backup-failures = Nullstill mislykkede forsøk med reservekoder
admin-backup-phones = Reservetelefoner
admin-no-backup-phones = Ingen reservetelefoner.
admin-audit-reauth = { $minutes ->
    [one] Hver endring på siden ber deg bekrefte passordet (og en kode) hvis du sist gjorde det for mer enn { $minutes } minutt siden; hver endring skrives i revisjonsloggen.
   *[other] Hver endring på siden ber deg bekrefte passordet (og en kode) hvis du sist gjorde det for mer enn { $minutes } minutter siden; hver endring skrives i revisjonsloggen.
}
admin-audit = Hver endring på siden skrives i revisjonsloggen.
admin-reset-two-factor = Tilbakestill tofaktorautentisering
admin-reset-intro = For en bruker som har mistet enhetene sine: fjerner alle enheter og reservekoder, slik at brukeren logger inn med bare passordet og slår på tofaktorautentisering på nytt.
admin-notice-removed = { $device } ({ $id }) ble fjernet.
admin-notice-failures-reset = Mislykkede forsøk ble nullstilt for { $device } ({ $id }).
admin-notice-reset = Tofaktorautentisering ble tilbakestilt for { $username }.

## Form fields and their messages (forms, views)

field-username = Brukernavn
field-password = Passord
field-token = Kode
field-method = Metode
field-phone-number = Telefonnummer
field-phone-help = Med landskode, som starter med + eller 00.
field-email = E-postadresse
field-understand = Ja, jeg er sikker
method-generator = Autentiseringsapp
method-sms = SMS
method-call = Telefonsamtale
method-email = E-post
form-required = Dette feltet er påkrevd.
form-invalid-token = Ugyldig kode. Kontroller at du har skrevet den riktig.
form-invalid-setup-token = Koden du skrev inn, er ikke gyldig.
form-invalid-login = Skriv inn riktig brukernavn og passord. Merk at begge feltene kan skille mellom store og små bokstaver.
form-timed-out = Økten din er utløpt. Logg inn på nytt.
form-wrong-password = Passordet var feil. Skriv det inn på nytt.
form-invalid-email = Skriv inn en gyldig e-postadresse.
form-invalid-phone = Skriv inn et gyldig telefonnummer med landskode som starter med + eller 00.

## Devices as the pages name them

device-generator = Autentiseringsapp
device-backup-tokens = Reservekoder
device-sms = SMS til { $target }
device-call = Anrop til { $target }
device-email = E-post til { $target }

## Throttling, time-outs and sending codes

throttle-device = { $count ->
    [one] Bekreftelse er midlertidig slått av etter { $count } mislykket forsøk. Prøv igjen snart.
   *[other] Bekreftelse er midlertidig slått av etter { $count } mislykkede forsøk. Prøv igjen snart.
}
throttle-network = { $seconds ->
    [one] For mange mislykkede forsøk fra nettverket ditt. Prøv igjen om { $seconds } sekund.
   *[other] For mange mislykkede forsøk fra nettverket ditt. Prøv igjen om { $seconds } sekunder.
}
throttle-account = { $seconds ->
    [one] For mange mislykkede forsøk. Prøv igjen om { $seconds } sekund.
   *[other] For mange mislykkede forsøk. Prøv igjen om { $seconds } sekunder.
}
throttle-reauth-logged-out = Du ble logget ut etter for mange mislykkede passordbekreftelser. Logg inn på nytt.
delivery-cooldown = { $seconds ->
    [one] En kode ble sendt for et øyeblikk siden. Bruk den, eller be om en ny om { $seconds } sekund.
   *[other] En kode ble sendt for et øyeblikk siden. Bruk den, eller be om en ny om { $seconds } sekunder.
}
delivery-limited-destination = { $minutes ->
    [one] Det er sendt for mange koder til dette nummeret eller denne adressen nylig. Prøv igjen om { $minutes } minutt, eller bruk en annen metode.
   *[other] Det er sendt for mange koder til dette nummeret eller denne adressen nylig. Prøv igjen om { $minutes } minutter, eller bruk en annen metode.
}
delivery-limited-user = { $minutes ->
    [one] Det er sendt for mange koder for kontoen din nylig. Prøv igjen om { $minutes } minutt, eller bruk en annen metode.
   *[other] Det er sendt for mange koder for kontoen din nylig. Prøv igjen om { $minutes } minutter, eller bruk en annen metode.
}
delivery-failed = Vi kan ikke sende deg en kode akkurat nå. Prøv igjen senere, eller bruk en annen metode.

## Error pages (400, 403, 404, 500, 503)

error-title-400 = Ugyldig forespørsel
error-title-403 = Forbudt
error-title-404 = Ikke funnet
error-title-500 = Intern serverfeil
error-title-503 = Tjenesten er utilgjengelig
error-unavailable = Tjenesten er midlertidig utilgjengelig. Ingenting ble endret; prøv igjen om litt.
error-unavailable-not-saved = Tjenesten er midlertidig utilgjengelig. Forespørselen din kan ha blitt utført, men økten din kunne ikke lagres. Logg inn på nytt.
error-internal = Noe gikk galt hos oss.
error-csrf = CSRF-bekreftelsen mislyktes. Forespørselen ble avbrutt. Last inn siden på nytt og send skjemaet igjen.
error-not-found = Ikke funnet.
error-management-form = ManagementForm-data mangler eller er manipulert.
error-token-too-long = Kodefeltet er for langt.

## Security keys and passkeys (WebAuthn): login, setup, re-authentication, profile

method-webauthn = Sikkerhetsnøkkel eller tilgangsnøkkel
token-webauthn = Bruk sikkerhetsnøkkelen eller tilgangsnøkkelen din: trykk på knappen nedenfor, og berør deretter nøkkelen eller bekreft på enheten.
reauth-intro-webauthn = Denne handlingen endrer hvordan kontoen din er beskyttet. Skriv inn passordet og bekreft med sikkerhetsnøkkelen for å fortsette.
reauth-confirm-webauthn = Bekreft med sikkerhetsnøkkel
setup-webauthn-intro = Bekreft påloggingene dine med en sikkerhetsnøkkel (USB, NFC eller Bluetooth) eller skjermlåsen på enheten. Gi den et navn om du vil, trykk på knappen og følg instruksjonene i nettleseren.
webauthn-needs-js = Sikkerhetsnøkler krever JavaScript.
webauthn-needs-js-setup = Slå det på for dette nettstedet, eller gå tilbake og velg en annen metode.
webauthn-needs-js-reauth = Slå det på for dette nettstedet for å fortsette.
webauthn-needs-js-other = Slå det på for dette nettstedet, eller bruk en annen metode.
webauthn-needs-js-login = { $alternatives ->
    [token] Slå det på for dette nettstedet, eller skriv inn en kode.
    [backup] Slå det på for dette nettstedet, eller bruk en reservekode.
    [both] Slå det på for dette nettstedet, skriv inn en kode eller bruk en reservekode.
   *[none] Slå det på for dette nettstedet.
}
webauthn-use-key = Bruk sikkerhetsnøkkel
webauthn-passkey-needs-js = Pålogging med tilgangsnøkkel krever JavaScript; bruk brukernavn og passord.
webauthn-passkey-login = Logg inn med tilgangsnøkkel
webauthn-register = Registrer sikkerhetsnøkkel
webauthn-profile-title = Sikkerhetsnøkler og tilgangsnøkler
webauthn-col-kind = Type
webauthn-col-added = Lagt til
webauthn-col-last-used = Sist brukt
webauthn-col-actions = Handlinger
webauthn-kind-passkey = Tilgangsnøkkel
webauthn-kind-security-key = Sikkerhetsnøkkel
webauthn-primary = (hoved)
webauthn-never = aldri
webauthn-remove = Fjern
webauthn-remove-label = Fjern { $label }
webauthn-no-keys = Ingen sikkerhetsnøkler ennå. En sikkerhetsnøkkel eller tilgangsnøkkel bekrefter påloggingene dine med én berøring.
webauthn-add-title = Legg til sikkerhetsnøkkel
webauthn-add-intro = En sikkerhetsnøkkel (USB, NFC eller Bluetooth) eller skjermlåsen på enheten kan bekrefte påloggingene dine. En tilgangsnøkkel logger deg også inn uten passord: den krever PIN-koden, fingeravtrykket eller ansiktet ditt på enheten.
webauthn-add-needs-js = Det kreves JavaScript for å legge til en sikkerhetsnøkkel.
webauthn-label-field = Navn
webauthn-label-placeholder = f.eks. YubiKey på nøkkelringen
webauthn-label-apart = Slik at du kan skille nøklene dine fra hverandre senere.
webauthn-label-help = Valgfritt, f.eks. «YubiKey på nøkkelringen».
webauthn-add-passkey = Legg til en tilgangsnøkkel
webauthn-add-key = Legg til sikkerhetsnøkkel
device-webauthn-key = Sikkerhetsnøkkel «{ $label }»
device-labelled = { $what } «{ $label }»
webauthn-synced = synkronisert
webauthn-syncable = ikke synkronisert ennå
webauthn-device-bound = knyttet til enheten
webauthn-details = { $provider }, { $sync }
device-webauthn-details = { $description } ({ $details })
webauthn-add-second = Den eneste sikkerhetsnøkkelen din er knyttet til én enhet: mister du den, mister du tilgangen til kontoen. Legg til en ekstra nøkkel eller en tilgangsnøkkel.
device-webauthn-passkey = Tilgangsnøkkel «{ $label }»

## Security keys and passkeys: messages from the server

webauthn-press-button = Trykk på knappen og følg instruksjonene i nettleseren.
webauthn-use-key-hint = Bruk sikkerhetsnøkkelen din: trykk på knappen og følg instruksjonene i nettleseren.
webauthn-no-ceremony = Forespørselen om sikkerhetsnøkkelen er utløpt eller allerede brukt. Prøv igjen.
webauthn-log-in-first = Logg inn først.
webauthn-verify-first = Bekreft først påloggingen med den andre faktoren.
webauthn-reauth-first = Bekreft passordet på nytt (last inn siden på nytt).
webauthn-login-timed-out = Påloggingen er utløpt. Logg inn på nytt.
webauthn-label-control = Navnet kan ikke inneholde kontrolltegn.
webauthn-label-too-long = Navnet kan ha høyst { $max } tegn.
webauthn-error-malformed = Svaret fra nettleseren kunne ikke leses ({ $part }). Prøv igjen.
webauthn-error-key-cbor = Den offentlige nøkkelen til sikkerhetsnøkkelen kunne ikke leses.
webauthn-error-key-unsupported = Sikkerhetsnøkkelen bruker en algoritme som dette nettstedet ikke støtter.
webauthn-error-key-malformed = Den offentlige nøkkelen til sikkerhetsnøkkelen er ugyldig.
webauthn-error-challenge-mismatch = Svaret hører til en annen forespørsel. Prøv igjen.
webauthn-error-expired = Forespørselen er utløpt. Prøv igjen.
webauthn-error-wrong-origin = Svaret kom fra et annet nettsted ({ $origin }).
webauthn-error-wrong-rp-id = Sikkerhetsnøkkelen svarte for et annet nettsted.
webauthn-error-user-not-present = Sikkerhetsnøkkelen ble ikke berørt.
webauthn-error-user-not-verified = Sikkerhetsnøkkelen bekreftet deg ikke (PIN eller biometri). Prøv igjen.
webauthn-error-bad-signature = Signaturen fra sikkerhetsnøkkelen er ikke gyldig.
webauthn-error-unknown-credential = Denne sikkerhetsnøkkelen er ikke registrert for kontoen.
webauthn-error-not-passkey = Denne nøkkelen er ikke en tilgangsnøkkel for dette nettstedet. Logg inn med passord.
webauthn-error-passkey-login-disabled = Pålogging med tilgangsnøkkel er slått av på dette nettstedet.
webauthn-error-counter-regression = Signaturtelleren til denne sikkerhetsnøkkelen har gått bakover, noe som skjer når en nøkkel er kopiert. Den ble avvist; kontakt administratorene for nettstedet.
webauthn-error-replayed = Svaret er allerede brukt. Prøv igjen.
webauthn-error-already-registered = Denne sikkerhetsnøkkelen er allerede registrert.
webauthn-error-unsupported-attestation = Attesteringen til denne autentiseringsenheten ({ $format }) støttes ikke; nettstedet godtar «none» og «packed».
webauthn-error-not-discoverable = Denne autentiseringsenheten kan ikke lagre en tilgangsnøkkel. Legg den heller til som sikkerhetsnøkkel.
webauthn-error-wrong-ceremony = Svaret hører til et annet trinn. Start på nytt.
webauthn-error-model-not-accepted = Denne typen autentiseringsenhet ({ $model }) godtas ikke på dette nettstedet.
webauthn-error-attestation-required = Dette nettstedet godtar bare sikkerhetsnøkler som beviser modellen sin (attestering).
webauthn-error-attestation-untrusted = Attesteringen til sikkerhetsnøkkelen kunne ikke bekreftes.
webauthn-error-not-in-metadata = Denne typen autentiseringsenhet ({ $model }) står ikke på nettstedets liste over kjente modeller.
webauthn-error-revoked = Denne typen autentiseringsenhet ({ $model }) er meldt tilbakekalt eller kompromittert av produsenten.
webauthn-origin-not-secure = Sikkerhetsnøkler og tilgangsnøkler krever en sikker tilkobling: åpne nettstedet over HTTPS (eller på http://localhost under utvikling).
webauthn-origin-ip-address = Sikkerhetsnøkler og tilgangsnøkler krever et domenenavn, ikke en IP-adresse: åpne nettstedet på { $suggestion } i stedet for { $address }.
webauthn-origin-bad-host = Vertsnavnet til denne siden kan ikke brukes til sikkerhetsnøkler og tilgangsnøkler.
webauthn-origin-outside-rp-id = Adressen til denne siden er ikke en del av nettstedets domene for sikkerhetsnøkler ({ $rp_id }).
webauthn-origin-not-allowed = Adressen til denne siden er ikke blant nettstedets adresser for sikkerhetsnøkler.

## Security keys and passkeys: messages of the browser script (webauthn.js)

webauthn-js-unsupported = Denne nettleseren støtter ikke sikkerhetsnøkler eller tilgangsnøkler. Bruk en annen metode eller en oppdatert nettleser.
webauthn-js-insecure = Sikkerhetsnøkler og tilgangsnøkler krever en sikker adresse (HTTPS, eller http://localhost under utvikling).
webauthn-js-cancelled = Forespørselen ble avbrutt eller tok for lang tid. Prøv igjen når nøkkelen eller enheten er klar.
webauthn-js-aborted = Forespørselen ble avbrutt.
webauthn-js-exists = Denne sikkerhetsnøkkelen er allerede registrert på kontoen din.
webauthn-js-security = Denne adressen kan ikke bruke sikkerhetsnøkler (WebAuthn krever HTTPS eller localhost og et domenenavn i stedet for en IP-adresse).
webauthn-js-network = Serveren kunne ikke nås. Sjekk tilkoblingen og prøv igjen.
webauthn-js-failed = Noe gikk galt med sikkerhetsnøkkelen. Prøv igjen.
webauthn-js-working = Følg instruksjonene i nettleseren: berør sikkerhetsnøkkelen eller bekreft på enheten.
api-webauthn-off = Sikkerhetsnøkler er ikke slått på for dette nettstedet.
api-passkey-off = Pålogging med tilgangsnøkkel er ikke slått på for dette nettstedet.

## The JSON API's problem details (`detail`)
api-verification-required = Dette krever en økt som er bekreftet med en andre faktor.
api-no-removable-device = Det finnes ingen slik reservetelefon, autentiseringsapp (så lenge en annen enhet blir værende) eller ekstra sikkerhetsnøkkel.
api-no-such-device = Det finnes ingen slik enhet.
api-already-enabled = Tofaktorautentisering er allerede slått på (slå den av først for å starte på nytt).
api-no-totp-setup = Ingen oppsett pågår: kall totp_setup først.
api-no-phone-methods = Dette nettstedet sender ikke SMS og ringer ikke.
api-method-choice = method må være en av: { $methods }.
api-code-not-sent = Koden kunne ikke sendes.
api-no-phone-setup = Ingen telefon venter på koden sin: kall phone_add først.
api-answer-failed = Svaret kunne ikke lages.
api-credentials-required = username og password er påkrevd.
api-no-pending-login = Ingen pålogging venter på en kode (den er utløpt eller avsluttet). Logg inn på nytt.
api-no-challenge-device = Det finnes ingen slik telefon eller e-postenhet.
api-password-required = password er påkrevd.
api-cookie-with-app = En appforespørsel (X-Session-Token eller X-Client: app) kan ikke sende øktinformasjonskapselen.
api-two-factor-required = Tofaktorautentisering er påkrevd for denne kontoen.
api-session-expired = Økttokenet er ukjent eller utløpt. Logg inn på nytt.
api-middleware-missing = Appøkter krever mellomvaren til two_factor (TwoFactorMiddleware eller OtpMiddleware).
api-csrf-header = CSRF-bekreftelsen mislyktes: send tokenet fra `session` i hodet X-CSRFToken.
api-log-in = Logg inn.
api-reauthenticate = Bekreft passordet først (reauthenticate).
api-body-too-large = Innholdet er større enn API-et godtar (16 KiB).
api-body-unreadable = Innholdet kunne ikke leses.
api-token-too-long = Koden er for lang.
api-method-not-allowed = Denne banen godtar ikke denne metoden.
api-no-operation = API-et har ingen operasjon på denne banen.
api-csrf = CSRF-bekreftelsen mislyktes.
api-not-found = Ikke funnet.
api-overloaded = For mange pålogginger på en gang. Prøv igjen om litt.
api-unavailable = Tjenesten er midlertidig utilgjengelig. Prøv igjen senere.
api-body-mismatch = JSON-innholdet passer ikke: { $error }.
api-body-not-object = Innholdet må være et JSON-objekt.

# Flere autentiseringsapper, navngitte enheter
profile-apps = Autentiseringsapper
profile-apps-intro = En kode fra hvilken som helst av disse appene logger deg inn. Gi hver av dem et navn, så du kan skille dem fra hverandre.
profile-app-main = (hovedapp)
app-create-title = Legg til en autentiseringsapp
app-create-intro = Skann QR-koden med den nye appen, gi den et navn og skriv inn koden den viser.
app-create-submit = Legg til app
app-name-placeholder = f.eks. Nettbrett
app-setup-restarted = Det oppsettet var utløpt. Skann denne nye QR-koden og skriv inn en kode fra den.
device-name-field = Navn
device-rename = Gi nytt navn
device-rename-label = Nytt navn på { $what }

# Hvor du er logget inn
session-agent = { $browser } på { $system }
session-agent-unknown-browser = Ukjent nettleser på { $system }
session-agent-unknown = Ukjent nettleser
sessions-title = Hvor du er logget inn
sessions-intro = Disse nettleserne og appene er logget inn på kontoen din. En økt du logger ut, avsluttes ved neste forespørsel.
sessions-col-browser = Nettleser
sessions-col-address = Nettverk
sessions-col-began = Logget inn
sessions-col-last-seen = Sist aktiv
sessions-app = app
sessions-current = Denne økten
sessions-revoke = Logg ut
sessions-revoke-others = Logg ut alle andre steder
sessions-not-me-title = Kjenner du ikke igjen en økt?
sessions-not-me = Logg den ut (eller logg ut alle andre steder), bytt deretter passord og sjekk enhetene dine for tofaktorautentisering.
sessions-back = Tilbake til kontosikkerhet
profile-sessions-intro = Se nettleserne og appene som er logget inn på kontoen din, og logg dem ut.
profile-sessions-link = Øktene dine
api-no-such-session = Det finnes ingen slik økt.

# Klarerte nettlesere
trusted-title = Klarerte nettlesere
trusted-intro = For disse nettleserne ble «ikke spør igjen» valgt: de hopper over koden ved pålogging fram til datoen som vises. Trekker du tilliten tilbake, ber nettleseren om en kode ved neste pålogging.
trusted-col-granted = Klarert siden
trusted-col-expires = Til
trusted-revoke = Ikke klarer lenger
trusted-revoke-all = Ikke klarer noen nettlesere lenger
trusted-none = Ingen nettleser hopper over koden ved pålogging.
api-no-such-grant = Det finnes ingen slik klarert nettleser.

# Sikkerhetsvarsler (e-poster)
alert-new-browser-subject = Ny pålogging på { $site }
alert-new-browser = Noen logget inn på kontoen din { $username } på { $site } fra en nettleser som ikke har vært brukt med kontoen før.
alert-device-added-subject = En enhet for tofaktorautentisering ble lagt til på { $site }
alert-device-added = { $device } ble lagt til enhetene for tofaktorautentisering for kontoen din { $username } på { $site }.
alert-device-removed-subject = En enhet for tofaktorautentisering ble fjernet på { $site }
alert-device-removed = En enhet ble fjernet fra enhetene for tofaktorautentisering for kontoen din { $username } på { $site }.
alert-backup-tokens-subject = Nye reservekoder på { $site }
alert-backup-tokens = Det ble laget nye reservekoder for kontoen din { $username } på { $site }; de gamle virker ikke lenger.
alert-disabled-subject = Tofaktorautentisering slått av på { $site }
alert-disabled = Tofaktorautentisering ble slått av for kontoen din { $username } på { $site }.
alert-locked-subject = Feil koder på { $site }
alert-locked = { $device } på { $site } avviser koder en stund etter feil koder. Feil koder på rad: { $count }.
alert-when = Når: { $when }
alert-browser = Nettleser: { $browser }
alert-network = Nettverk: { $network }
alert-not-me-link = Hvis det ikke var deg, logg ut alle steder her og bytt deretter passord: { $url }
alert-not-me-page = Hvis det ikke var deg, logg ut alle steder på siden «Hvor du er logget inn» under kontosikkerhet ({ $path }) og bytt deretter passord.
alert-unknown = ukjent

# Administrasjon: økter og klarerte nettlesere
admin-sessions = Økter
admin-no-sessions = Ingen aktiv økt.
admin-end-session = Avslutt
admin-end-all-sessions = Avslutt alle økter
admin-notice-sessions-ended = Avsluttede økter: { $count }.
admin-notice-untrusted = Nettlesere som ikke lenger er klarert: { $count }.
