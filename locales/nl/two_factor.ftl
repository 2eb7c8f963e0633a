# actix-two-factor: Nederlands.
# Termen: token, back-uptoken, authenticator-app, tweestapsverificatie.

## Paginakader en taalkeuze

language-name = Nederlands

base-account-security = Accountbeveiliging
base-log-out = Uitloggen
base-log-in = Inloggen
base-language = Taal
base-language-submit = Wijzigen

## Gedeelde woorden

wizard-cancel = Annuleren
wizard-back = Terug
wizard-next = Volgende
permission-denied = Toegang geweigerd
enable-two-factor = Tweestapsverificatie inschakelen
disable-two-factor = Tweestapsverificatie uitschakelen
two-factor-not-enabled = Tweestapsverificatie is niet ingeschakeld voor uw account. Schakel tweestapsverificatie in voor een beter beveiligd account.
back-to-account-security = Terug naar accountbeveiliging
add-phone-number = Telefoonnummer toevoegen
backup-tokens-title = Back-uptokens
token-generator = Voer het token in dat uw tokengenerator heeft gemaakt.
token-call = We bellen u nu, voer de cijfers in die u hoort.
token-sms = We hebben u een sms gestuurd, voer het token in dat we u stuurden.
token-email = We hebben u een e-mail gestuurd, voer het token in dat we u stuurden.

## Inloggen

login-title = Inloggen
login-credentials = Voer uw inloggegevens in.
login-backup-intro = Gebruik dit formulier om in te loggen met een back-uptoken. Deze tokens zijn voor u gemaakt om af te drukken en veilig te bewaren. Voer een van deze back-uptokens in om in te loggen op uw account.
login-submit = Inloggen
login-other-methods = Of gebruik een van uw andere verificatiemethoden:
login-backup-last-resort = Als laatste redmiddel kunt u een back-uptoken gebruiken:
login-use-backup-token = Back-uptoken gebruiken

## Instellen

setup-welcome = U gaat de beveiliging van uw account naar een hoger niveau tillen. Volg de stappen van deze wizard om tweestapsverificatie in te schakelen.
setup-method = Kies de verificatiemethode die u wilt gebruiken.
setup-generator-intro = Scan met uw smartphone de QR-code hieronder om een tokengenerator te gebruiken, bijvoorbeeld met Google Authenticator, Aegis of FreeOTP.
setup-qr-alt = QR-code
setup-manual-key = Lukt scannen niet? Voer dan deze sleutel in uw app in:
setup-on-this-phone = Op deze telefoon?
setup-open-in-app = Openen in uw authenticator-app
setup-app-should-show = De app hoort de uitgever „{ $issuer }” en codes van { $digits } cijfers te tonen.
setup-enter-token = Voer daarna het token in dat de app maakt.
setup-sms-intro = Voer het telefoonnummer in waarop u de sms-berichten wilt ontvangen. Dit nummer wordt in de volgende stap gecontroleerd.
setup-call-intro = Voer het telefoonnummer in waarop u gebeld wilt worden. Dit nummer wordt in de volgende stap gecontroleerd.
setup-email-intro = Voer het e-mailadres in waarop u de tokens wilt ontvangen. Dit adres wordt in de volgende stap gecontroleerd.
complete-congratulations = Gefeliciteerd, u hebt tweestapsverificatie ingeschakeld.
complete-add-phone-hint = Het kan echter gebeuren dat u geen toegang hebt tot uw primaire tokenapparaat. Voeg een telefoonnummer toe zodat u uw account kunt herstellen.

## Tweestapsverificatie vereist

otp-required-enforced = De opgevraagde pagina vereist om veiligheidsredenen verificatie met tweestapsverificatie. U moet deze beveiliging inschakelen om de pagina te openen.
otp-required-go-back = Ga terug

## Back-uptelefoons

phone-title = Back-uptelefoon toevoegen
phone-setup-intro = U voegt een back-uptelefoonnummer aan uw account toe. Dit nummer wordt gebruikt als uw primaire methode niet beschikbaar is.
phone-validation-intro = We hebben een token naar uw telefoonnummer gestuurd. Voer het ontvangen token in.

## Opnieuw bevestigen

reauth-title = Bevestig dat u het bent
reauth-intro = Deze actie wijzigt hoe uw account beveiligd is. Voer uw wachtwoord in om door te gaan.
reauth-intro-token = Deze actie wijzigt hoe uw account beveiligd is. Voer uw wachtwoord en een token ({ $device }) in om door te gaan.
reauth-confirm = Bevestigen

## Back-uptokens

backup-tokens-intro = Back-uptokens kunt u gebruiken als uw primaire en back-uptelefoonnummers niet beschikbaar zijn. Met de back-uptokens hieronder kunt u een aanmelding verifiëren. Hebt u al uw back-uptokens gebruikt, dan kunt u een nieuwe reeks maken. Alleen de back-uptokens hieronder zijn geldig.
backup-tokens-print = Druk deze tokens af en bewaar ze op een veilige plek. Ze worden alleen nu getoond.
backup-tokens-unused = { $count ->
    [one] U hebt { $count } ongebruikt back-uptoken. Voor uw veiligheid kan het niet opnieuw getoond worden; maak nieuwe als u het kwijt bent.
   *[other] U hebt { $count } ongebruikte back-uptokens. Voor uw veiligheid kunnen ze niet opnieuw getoond worden; maak nieuwe als u ze kwijt bent.
}
backup-tokens-none = U hebt nog geen back-uptokens.
backup-tokens-generate = Tokens maken

## Accountbeveiliging

profile-title = Accountbeveiliging
profile-generator = Tokens worden gemaakt door uw tokengenerator.
profile-primary-method = Primaire methode: { $method }.
profile-backup-phones = Back-uptelefoonnummers
profile-backup-phones-intro = Als uw primaire methode niet beschikbaar is, kunnen we back-uptokens sturen naar de telefoonnummers hieronder.
profile-unregister = Verwijderen
profile-backup-tokens-intro = Hebt u geen apparaat bij de hand, dan kunt u met back-uptokens bij uw account.
profile-backup-tokens-remaining = { $count ->
    [one] U hebt nog { $count } back-uptoken.
   *[other] U hebt nog { $count } back-uptokens.
}
profile-no-backup-tokens = U hebt geen back-uptokens meer.
profile-no-backup-tokens-advice = Als u uw apparaat kwijtraakt, kunt u niet inloggen: maak nieuwe tokens en bewaar ze op een veilige plek.
profile-few-backup-tokens = { $count ->
    [one] Nog maar { $count } back-uptoken.
   *[other] Nog maar { $count } back-uptokens.
}
profile-few-backup-tokens-advice = Maak nieuwe tokens voordat ze op zijn.
profile-show-codes = Codes tonen
profile-disable-intro = We raden het sterk af, maar u kunt tweestapsverificatie voor uw account ook uitschakelen.
disable-title = Tweestapsverificatie uitschakelen
disable-intro = U staat op het punt tweestapsverificatie uit te schakelen. Dit verzwakt de beveiliging van uw account. Weet u het zeker?
disable-submit = Uitschakelen

## E-mail met een code

email-subject = Uw token
email-hello = Hallo { $username },
email-code-intro = Uw verificatiecode voor { $site } is:
email-validity = { $minutes ->
    [one] Hij is { $minutes } minuut geldig en kan één keer worden gebruikt. Als u niet probeerde in te loggen, kunt u deze e-mail negeren; iemand kent misschien uw wachtwoord, dus overweeg het te wijzigen.
   *[other] Hij is { $minutes } minuten geldig en kan één keer worden gebruikt. Als u niet probeerde in te loggen, kunt u deze e-mail negeren; iemand kent misschien uw wachtwoord, dus overweeg het te wijzigen.
}

## Sms en oproepen

sms-token = Uw token is { $token }
voice-token = Uw token is { $token }.
voice-token-again = Nogmaals, uw token is { $token }.

## Waarschuwing bij gebruik van een back-uptoken

alert-subject = Back-uptoken gebruikt
alert-body = Hallo { $username },

    U hebt zich op { $site } geverifieerd met een back-upapparaat. Was u dit niet, dan is uw account mogelijk gecompromitteerd. Wijzig direct uw wachtwoord, controleer uw back-uptelefoonnummers en maak nieuwe back-uptokens.

## Beheer

admin-title = Beheer van tweestapsverificatie
admin-forbidden = U bent ingelogd als { $username }, maar hebt geen toegang tot deze pagina. Wilt u inloggen met een ander account?
admin-forbidden-login = Inloggen met een ander account
admin-users = Gebruikers
admin-find-label = Gebruiker zoeken op gebruikersnaam
admin-find = Zoeken
admin-no-user-named = Geen gebruiker met de naam „{ $username }”.
admin-cannot-list = De gebruikersopslag van deze site kan zijn gebruikers niet opsommen. Zoek een gebruiker op gebruikersnaam.
admin-col-username = Gebruikersnaam
admin-col-email = E-mail
admin-col-two-factor = Tweestaps
admin-col-staff = Medewerker
admin-col-active = Actief
admin-superuser-note = (superbeheerder)
admin-enabled = ingeschakeld
admin-disabled = uitgeschakeld
admin-yes = ja
admin-no = nee
admin-showing = { $total ->
    [one] { $shown } van { $total } gebruiker getoond; zoek de anderen op gebruikersnaam.
   *[other] { $shown } van { $total } gebruikers getoond; zoek de anderen op gebruikersnaam.
}
admin-no-users = Er zijn nog geen gebruikers.
admin-role-superuser = superbeheerder
admin-role-staff = medewerker
admin-role-not-staff = geen medewerker
admin-state-active = actief
admin-state-inactive = inactief
admin-user-two-factor = tweestapsverificatie
admin-devices = Apparaten
admin-col-device = Apparaat
admin-col-name = Naam
admin-col-id = Kenmerk
admin-col-failures = Mislukte pogingen
admin-col-actions = Acties
admin-verified-your-session = (verifieerde uw sessie)
admin-reset-failures = Mislukte pogingen wissen
admin-remove = Verwijderen
admin-no-devices = Geen apparaten.
admin-backup-tokens = Back-uptokens
admin-backup-tokens-remaining = { $count ->
    [one] { $count } back-uptoken over.
   *[other] { $count } back-uptokens over.
}
admin-remove-backup-tokens = Back-uptokens verwijderen
admin-failed-attempts = { $count ->
    [one] { $count } mislukte poging
   *[other] { $count } mislukte pogingen
}
admin-reset-backup-failures = Mislukte pogingen van back-uptokens wissen
admin-backup-phones = Back-uptelefoons
admin-no-backup-phones = Geen back-uptelefoons.
admin-audit-reauth = { $minutes ->
    [one] Elke wijziging op deze pagina vraagt u uw wachtwoord (en token) te bevestigen als u dat meer dan { $minutes } minuut geleden voor het laatst deed; elke wijziging wordt vastgelegd in het auditlogboek.
   *[other] Elke wijziging op deze pagina vraagt u uw wachtwoord (en token) te bevestigen als u dat meer dan { $minutes } minuten geleden voor het laatst deed; elke wijziging wordt vastgelegd in het auditlogboek.
}
admin-audit = Elke wijziging op deze pagina wordt vastgelegd in het auditlogboek.
admin-reset-two-factor = Tweestapsverificatie herstellen
admin-reset-intro = Voor een gebruiker die zijn apparaten kwijt is: verwijdert alle apparaten en back-uptokens, zodat de gebruiker alleen met zijn wachtwoord inlogt en tweestapsverificatie opnieuw instelt.
admin-notice-removed = { $device } ({ $id }) verwijderd.
admin-notice-failures-reset = Mislukte pogingen gewist voor { $device } ({ $id }).
admin-notice-reset = Tweestapsverificatie van { $username } is hersteld.

## Formuliervelden en meldingen

field-username = Gebruikersnaam
field-password = Wachtwoord
field-token = Token
field-method = Methode
field-phone-number = Telefoonnummer
field-phone-help = Met landcode, beginnend met + of 00.
field-email = E-mailadres
field-understand = Ja, ik weet het zeker
method-generator = Tokengenerator
method-sms = Sms
method-call = Telefoonoproep
method-email = E-mail
form-required = Dit veld is verplicht.
form-invalid-token = Ongeldig token. Controleer of u het goed hebt ingevoerd.
form-invalid-setup-token = Het ingevoerde token is ongeldig.
form-invalid-login = Voer een juiste gebruikersnaam en een juist wachtwoord in. Let op: beide velden kunnen hoofdlettergevoelig zijn.
form-timed-out = Uw sessie is verlopen. Log opnieuw in.
form-wrong-password = Uw wachtwoord is onjuist ingevoerd. Voer het opnieuw in.
form-invalid-email = Voer een geldig e-mailadres in.
form-invalid-phone = Voer een geldig telefoonnummer in, met landcode beginnend met + of 00.

## Apparaten

device-generator = Authenticator-app
device-backup-tokens = Back-uptokens
device-sms = Sms naar { $target }
device-call = Oproep naar { $target }
device-email = E-mail naar { $target }

## Beperking, verlopen en versturen van codes

throttle-device = { $count ->
    [one] Verificatie tijdelijk uitgeschakeld na { $count } mislukte poging, probeer het straks opnieuw.
   *[other] Verificatie tijdelijk uitgeschakeld na { $count } mislukte pogingen, probeer het straks opnieuw.
}
throttle-network = { $seconds ->
    [one] Te veel mislukte pogingen vanaf uw netwerk. Probeer het over { $seconds } seconde opnieuw.
   *[other] Te veel mislukte pogingen vanaf uw netwerk. Probeer het over { $seconds } seconden opnieuw.
}
throttle-account = { $seconds ->
    [one] Te veel mislukte pogingen. Probeer het over { $seconds } seconde opnieuw.
   *[other] Te veel mislukte pogingen. Probeer het over { $seconds } seconden opnieuw.
}
throttle-reauth-logged-out = U bent uitgelogd na te veel mislukte wachtwoordbevestigingen. Log opnieuw in.
delivery-cooldown = { $seconds ->
    [one] Er is zojuist een code verstuurd. Gebruik die, of vraag over { $seconds } seconde een nieuwe aan.
   *[other] Er is zojuist een code verstuurd. Gebruik die, of vraag over { $seconds } seconden een nieuwe aan.
}
delivery-limited-destination = { $minutes ->
    [one] Er zijn onlangs te veel codes naar dit nummer of adres verstuurd. Probeer het over { $minutes } minuut opnieuw of gebruik een andere methode.
   *[other] Er zijn onlangs te veel codes naar dit nummer of adres verstuurd. Probeer het over { $minutes } minuten opnieuw of gebruik een andere methode.
}
delivery-limited-user = { $minutes ->
    [one] Er zijn onlangs te veel codes voor uw account verstuurd. Probeer het over { $minutes } minuut opnieuw of gebruik een andere methode.
   *[other] Er zijn onlangs te veel codes voor uw account verstuurd. Probeer het over { $minutes } minuten opnieuw of gebruik een andere methode.
}
delivery-failed = We konden u nu geen code sturen. Probeer het later opnieuw of gebruik een andere methode.

## Foutpagina's

error-title-400 = Ongeldig verzoek
error-title-403 = Verboden
error-title-404 = Niet gevonden
error-title-500 = Interne serverfout
error-title-503 = Dienst niet beschikbaar
error-unavailable = De dienst is tijdelijk niet beschikbaar. Er is niets gewijzigd; probeer het zo opnieuw.
error-unavailable-not-saved = De dienst is tijdelijk niet beschikbaar. Uw verzoek is mogelijk uitgevoerd, maar uw sessie kon niet worden opgeslagen. Log opnieuw in.
error-internal = Er ging bij ons iets mis.
error-csrf = CSRF-controle mislukt. Verzoek afgebroken. Laad de pagina opnieuw en verstuur het formulier nogmaals.
error-not-found = Niet gevonden.
error-management-form = De gegevens van het ManagementForm ontbreken of zijn gemanipuleerd.
error-token-too-long = Het tokenveld is te lang.

## Beveiligingssleutels en toegangssleutels (WebAuthn): inloggen, instellen, opnieuw bevestigen, profiel

method-webauthn = Beveiligingssleutel of toegangssleutel
token-webauthn = Gebruik uw beveiligingssleutel of toegangssleutel: druk op de knop hieronder en raak dan de sleutel aan of bevestig op uw apparaat.
reauth-intro-webauthn = Deze actie wijzigt hoe uw account beveiligd is. Voer uw wachtwoord in en bevestig met uw beveiligingssleutel om door te gaan.
reauth-confirm-webauthn = Bevestigen met beveiligingssleutel
setup-webauthn-intro = Gebruik een beveiligingssleutel (USB, NFC of Bluetooth) of de schermvergrendeling van uw apparaat om uw aanmeldingen te bevestigen. Geef hem desgewenst een naam, druk op de knop en volg de instructies van uw browser.
webauthn-needs-js = Beveiligingssleutels hebben JavaScript nodig.
webauthn-needs-js-setup = Schakel het in voor deze site, of ga terug en kies een andere methode.
webauthn-needs-js-reauth = Schakel het in voor deze site om door te gaan.
webauthn-needs-js-other = Schakel het in voor deze site, of gebruik een andere methode.
webauthn-needs-js-login = { $alternatives ->
    [token] Schakel het in voor deze site, of voer een token in.
    [backup] Schakel het in voor deze site, of gebruik een back-uptoken.
    [both] Schakel het in voor deze site, voer een token in, of gebruik een back-uptoken.
   *[none] Schakel het in voor deze site.
}
webauthn-use-key = Beveiligingssleutel gebruiken
webauthn-passkey-needs-js = Inloggen met een toegangssleutel heeft JavaScript nodig; gebruik uw gebruikersnaam en wachtwoord.
webauthn-passkey-login = Inloggen met een toegangssleutel
webauthn-register = Beveiligingssleutel registreren
webauthn-profile-title = Beveiligingssleutels en toegangssleutels
webauthn-col-kind = Soort
webauthn-col-added = Toegevoegd
webauthn-col-last-used = Laatst gebruikt
webauthn-col-actions = Acties
webauthn-kind-passkey = Toegangssleutel
webauthn-kind-security-key = Beveiligingssleutel
webauthn-primary = (primair)
webauthn-never = nooit
webauthn-remove = Verwijderen
webauthn-remove-label = { $label } verwijderen
webauthn-no-keys = Nog geen beveiligingssleutels. Een sleutel of een toegangssleutel bevestigt uw aanmeldingen met één aanraking.
webauthn-add-title = Beveiligingssleutel toevoegen
webauthn-add-intro = Een beveiligingssleutel (een USB-, NFC- of Bluetooth-sleutel) of de schermvergrendeling van uw apparaat kan uw aanmeldingen bevestigen. Met een toegangssleutel logt u bovendien in zonder wachtwoord: daarvoor zijn de pincode, vingerafdruk of gezichtsherkenning van uw apparaat nodig.
webauthn-add-needs-js = Een beveiligingssleutel toevoegen heeft JavaScript nodig.
webauthn-label-field = Naam
webauthn-label-placeholder = bijv. YubiKey aan mijn sleutelbos
webauthn-label-apart = Zodat u uw sleutels later uit elkaar kunt houden.
webauthn-label-help = Optioneel, bijv. ‘YubiKey aan mijn sleutelbos’.
webauthn-add-passkey = Toegangssleutel toevoegen
webauthn-add-key = Beveiligingssleutel toevoegen
device-webauthn-key = Beveiligingssleutel ‘{ $label }’
device-labelled = { $what } ‘{ $label }’
webauthn-synced = gesynchroniseerd
webauthn-syncable = nog niet gesynchroniseerd
webauthn-device-bound = apparaatgebonden
webauthn-details = { $provider }, { $sync }
device-webauthn-details = { $description } ({ $details })
webauthn-add-second = Je enige beveiligingssleutel is aan één apparaat gebonden: raak je het kwijt, dan raak je de toegang tot je account kwijt. Voeg een tweede sleutel of een passkey toe.
device-webauthn-passkey = Toegangssleutel ‘{ $label }’

## Beveiligingssleutels en toegangssleutels: meldingen van de server

webauthn-press-button = Druk op de knop en volg de instructies van uw browser.
webauthn-use-key-hint = Gebruik uw beveiligingssleutel: druk op de knop en volg de instructies van uw browser.
webauthn-no-ceremony = Het verzoek aan de beveiligingssleutel is verlopen of al gebruikt. Probeer het opnieuw.
webauthn-log-in-first = Log eerst in.
webauthn-verify-first = Bevestig uw aanmelding eerst met uw tweede factor.
webauthn-reauth-first = Bevestig uw wachtwoord opnieuw (laad de pagina opnieuw).
webauthn-login-timed-out = Uw aanmelding is verlopen. Log opnieuw in.
webauthn-label-control = De naam mag geen stuurtekens bevatten.
webauthn-label-too-long = De naam mag hoogstens { $max } tekens hebben.
webauthn-error-malformed = Het antwoord van de browser kon niet worden gelezen ({ $part }). Probeer het opnieuw.
webauthn-error-key-cbor = De openbare sleutel van de beveiligingssleutel kon niet worden gelezen.
webauthn-error-key-unsupported = De beveiligingssleutel gebruikt een algoritme dat deze site niet ondersteunt.
webauthn-error-key-malformed = De openbare sleutel van de beveiligingssleutel is ongeldig.
webauthn-error-challenge-mismatch = Dit antwoord hoort bij een ander verzoek. Probeer het opnieuw.
webauthn-error-expired = Het verzoek is verlopen. Probeer het opnieuw.
webauthn-error-wrong-origin = Het antwoord kwam van een andere site ({ $origin }).
webauthn-error-wrong-rp-id = De beveiligingssleutel antwoordde voor een andere site.
webauthn-error-user-not-present = De beveiligingssleutel is niet aangeraakt.
webauthn-error-user-not-verified = De beveiligingssleutel heeft u niet geverifieerd (pincode of biometrie). Probeer het opnieuw.
webauthn-error-bad-signature = De handtekening van de beveiligingssleutel is ongeldig.
webauthn-error-unknown-credential = Deze beveiligingssleutel is niet geregistreerd voor dit account.
webauthn-error-not-passkey = Deze sleutel is geen toegangssleutel van deze site. Log in met uw wachtwoord.
webauthn-error-passkey-login-disabled = Inloggen met een toegangssleutel is op deze site uitgeschakeld.
webauthn-error-counter-regression = De handtekeningteller van deze beveiligingssleutel is teruggelopen; dat gebeurt wanneer een sleutel is gekopieerd. Hij is geweigerd; neem contact op met de beheerders van de site.
webauthn-error-replayed = Dit antwoord is al gebruikt. Probeer het opnieuw.
webauthn-error-already-registered = Deze beveiligingssleutel is al geregistreerd.
webauthn-error-unsupported-attestation = De attestatie van deze authenticator ({ $format }) wordt niet ondersteund; de site accepteert ‘none’ en ‘packed’.
webauthn-error-not-discoverable = Deze authenticator kan geen toegangssleutel bewaren. Voeg hem in plaats daarvan toe als beveiligingssleutel.
webauthn-error-wrong-ceremony = Dit antwoord hoort bij een andere stap. Begin opnieuw.
webauthn-error-model-not-accepted = Dit soort authenticator ({ $model }) wordt op deze site niet geaccepteerd.
webauthn-error-attestation-required = Deze site accepteert alleen beveiligingssleutels die hun model aantonen (attestatie).
webauthn-error-attestation-untrusted = De attestatie van de beveiligingssleutel kon niet worden geverifieerd.
webauthn-error-not-in-metadata = Dit soort authenticator ({ $model }) staat niet in de lijst met bekende modellen van deze site.
webauthn-error-revoked = Dit soort authenticator ({ $model }) is door de fabrikant als ingetrokken of gecompromitteerd gemeld.
webauthn-origin-not-secure = Beveiligingssleutels en toegangssleutels hebben een beveiligde verbinding nodig: open deze site via HTTPS (of tijdens de ontwikkeling via http://localhost).
webauthn-origin-ip-address = Beveiligingssleutels en toegangssleutels hebben een domeinnaam nodig, geen IP-adres: open deze site via { $suggestion } in plaats van { $address }.
webauthn-origin-bad-host = De hostnaam van deze pagina kan niet worden gebruikt voor beveiligingssleutels en toegangssleutels.
webauthn-origin-outside-rp-id = Het adres van deze pagina hoort niet bij het domein van de site voor beveiligingssleutels ({ $rp_id }).
webauthn-origin-not-allowed = Het adres van deze pagina staat niet tussen de adressen van de site voor beveiligingssleutels.

## Beveiligingssleutels en toegangssleutels: meldingen van het browserscript (webauthn.js)

webauthn-js-unsupported = Deze browser ondersteunt geen beveiligingssleutels of toegangssleutels. Gebruik een andere methode of een recente browser.
webauthn-js-insecure = Beveiligingssleutels en toegangssleutels hebben een beveiligd adres nodig (HTTPS, of tijdens de ontwikkeling http://localhost).
webauthn-js-cancelled = Het verzoek is geannuleerd of verlopen. Probeer het opnieuw zodra uw sleutel of apparaat klaar is.
webauthn-js-aborted = Het verzoek is geannuleerd.
webauthn-js-exists = Deze beveiligingssleutel is al geregistreerd voor uw account.
webauthn-js-security = Dit adres kan geen beveiligingssleutels gebruiken (WebAuthn heeft HTTPS of localhost nodig, en een domeinnaam in plaats van een IP-adres).
webauthn-js-network = De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.
webauthn-js-failed = Er ging iets mis met de beveiligingssleutel. Probeer het opnieuw.
webauthn-js-working = Volg de instructies van uw browser: raak uw beveiligingssleutel aan of bevestig op uw apparaat.
api-webauthn-off = Beveiligingssleutels zijn op deze site niet ingeschakeld.
api-passkey-off = Inloggen met een passkey is op deze site niet ingeschakeld.

## The JSON API's problem details (`detail`)
api-verification-required = Hiervoor is een sessie nodig die met een tweede factor is bevestigd.
api-no-removable-device = Geen reservetelefoon, authenticator-app (zolang er een ander apparaat blijft) of extra beveiligingssleutel met deze id.
api-no-such-device = Geen apparaat met deze id.
api-already-enabled = Tweestapsverificatie is al ingeschakeld (schakel deze eerst uit om opnieuw te beginnen).
api-no-totp-setup = Er loopt geen instelling: roep eerst totp_setup aan.
api-no-phone-methods = Deze site verstuurt geen sms'jes en belt niet.
api-method-choice = method moet een van deze zijn: { $methods }.
api-code-not-sent = De code kon niet worden verzonden.
api-no-phone-setup = Er wacht geen telefoon op zijn code: roep eerst phone_add aan.
api-answer-failed = Het antwoord kon niet worden opgebouwd.
api-credentials-required = Gebruikersnaam en wachtwoord zijn verplicht.
api-no-pending-login = Er wacht geen inlog op een token (deze is verlopen of beëindigd). Log opnieuw in.
api-no-challenge-device = Geen telefoon of e-mailadres met deze id.
api-password-required = Het wachtwoord is verplicht.
api-cookie-with-app = Een app-verzoek (X-Session-Token of X-Client: app) mag de sessiecookie niet meesturen.
api-two-factor-required = Voor dit account is tweestapsverificatie verplicht.
api-session-expired = Het sessietoken is onbekend of verlopen. Log opnieuw in.
api-middleware-missing = App-sessies hebben de middleware van two_factor nodig (TwoFactorMiddleware of OtpMiddleware).
api-csrf-header = CSRF-controle mislukt: stuur het token uit `session` mee in de header X-CSRFToken.
api-log-in = Log in.
api-reauthenticate = Bevestig eerst je wachtwoord (reauthenticate).
api-body-too-large = De inhoud is groter dan de API accepteert (16 KiB).
api-body-unreadable = De inhoud kon niet worden gelezen.
api-token-too-long = Het token is te lang.
api-method-not-allowed = Dit pad accepteert deze methode niet.
api-no-operation = De API heeft op dit pad geen bewerking.
api-csrf = CSRF-controle mislukt.
api-not-found = Niet gevonden.
api-overloaded = Te veel inlogpogingen tegelijk. Probeer het zo opnieuw.
api-unavailable = De dienst is tijdelijk niet beschikbaar. Probeer het later opnieuw.
api-body-mismatch = De JSON-inhoud past niet: { $error }.
api-body-not-object = De inhoud moet een JSON-object zijn.

# Meerdere authenticator-apps, apparaten met een naam
profile-apps = Authenticator-apps
profile-apps-intro = Met een code uit elk van deze apps logt u in. Geef ze elk een naam om ze uit elkaar te houden.
profile-app-main = (hoofdapp)
app-create-title = Authenticator-app toevoegen
app-create-intro = Scan de QR-code met de nieuwe app, geef de app een naam en voer de code in die de app toont.
app-create-submit = App toevoegen
app-name-placeholder = bijv. Tablet
app-setup-restarted = Die instelling was verlopen. Scan deze nieuwe QR-code en voer een code ervan in.
device-name-field = Naam
device-rename = Naam wijzigen
device-rename-label = Nieuwe naam voor { $what }

# Waar u bent ingelogd
session-agent = { $browser } op { $system }
session-agent-unknown-browser = Onbekende browser op { $system }
session-agent-unknown = Onbekende browser
sessions-title = Waar u bent ingelogd
sessions-intro = Deze browsers en apps zijn ingelogd op uw account. Een sessie die u uitlogt, eindigt bij haar volgende verzoek.
sessions-col-browser = Browser
sessions-col-address = Netwerk
sessions-col-began = Ingelogd
sessions-col-last-seen = Laatst actief
sessions-app = app
sessions-current = Deze sessie
sessions-revoke = Uitloggen
sessions-revoke-others = Overal elders uitloggen
sessions-not-me-title = Herkent u een sessie niet?
sessions-not-me = Log de sessie uit (of log overal elders uit), wijzig daarna uw wachtwoord en controleer uw apparaten voor tweestapsverificatie.
sessions-back = Terug naar accountbeveiliging
profile-sessions-intro = Bekijk welke browsers en apps op uw account zijn ingelogd en log ze uit.
profile-sessions-link = Uw sessies
api-no-such-session = Geen sessie met deze id.

# Vertrouwde browsers
trusted-title = Vertrouwde browsers
trusted-intro = Bij deze browsers is „niet meer vragen” gekozen: ze slaan de code bij het inloggen over tot de getoonde datum. Trekt u het vertrouwen in, dan vraagt de browser bij de volgende keer inloggen weer om een code.
trusted-col-granted = Vertrouwd sinds
trusted-col-expires = Tot
trusted-revoke = Niet meer vertrouwen
trusted-revoke-all = Geen enkele browser meer vertrouwen
trusted-none = Geen enkele browser slaat de code bij het inloggen over.
api-no-such-grant = Geen vertrouwde browser met deze id.

# Beveiligingsmeldingen (e-mails)
alert-new-browser-subject = Nieuwe aanmelding bij { $site }
alert-new-browser = Iemand is bij { $site } ingelogd op uw account { $username } vanuit een browser die daarvoor nog nooit is gebruikt.
alert-device-added-subject = Er is een apparaat voor tweestapsverificatie toegevoegd bij { $site }
alert-device-added = { $device } is toegevoegd aan de apparaten voor tweestapsverificatie van uw account { $username } bij { $site }.
alert-device-removed-subject = Er is een apparaat voor tweestapsverificatie verwijderd bij { $site }
alert-device-removed = Er is een apparaat verwijderd uit de apparaten voor tweestapsverificatie van uw account { $username } bij { $site }.
alert-backup-tokens-subject = Nieuwe back-uptokens bij { $site }
alert-backup-tokens = Er zijn nieuwe back-uptokens gemaakt voor uw account { $username } bij { $site }; de oude werken niet meer.
alert-disabled-subject = Tweestapsverificatie uitgeschakeld bij { $site }
alert-disabled = Tweestapsverificatie is uitgeschakeld voor uw account { $username } bij { $site }.
alert-locked-subject = Onjuiste codes bij { $site }
alert-locked = Uw { $device } bij { $site } weigert na onjuiste codes een tijdje codes. Onjuiste codes achter elkaar: { $count }.
alert-when = Wanneer: { $when }
alert-browser = Browser: { $browser }
alert-network = Netwerk: { $network }
alert-not-me-link = Was u dit niet? Log hier overal uit en wijzig daarna uw wachtwoord: { $url }
alert-not-me-page = Was u dit niet? Log overal uit op de pagina „Waar u bent ingelogd” van uw accountbeveiliging ({ $path }) en wijzig daarna uw wachtwoord.
alert-unknown = onbekend

# Beheer: sessies en vertrouwde browsers
admin-sessions = Sessies
admin-no-sessions = Geen actieve sessie.
admin-end-session = Beëindigen
admin-end-all-sessions = Alle sessies beëindigen
admin-notice-sessions-ended = Beëindigde sessies: { $count }.
admin-notice-untrusted = Ingetrokken vertrouwde browsers: { $count }.
