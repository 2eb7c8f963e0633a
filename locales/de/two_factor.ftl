# actix-two-factor: Deutsch.
# Begriffe: Token, Backup-Token, Authenticator-App, Zwei-Faktor-Authentifizierung.

## Seitenrahmen und Sprachwahl

language-name = Deutsch

base-account-security = Kontosicherheit
base-log-out = Abmelden
base-log-in = Anmelden
base-language = Sprache
base-language-submit = Wechseln

## Gemeinsame Wörter

wizard-cancel = Abbrechen
wizard-back = Zurück
wizard-next = Weiter
permission-denied = Zugriff verweigert
enable-two-factor = Zwei-Faktor-Authentifizierung aktivieren
disable-two-factor = Zwei-Faktor-Authentifizierung deaktivieren
two-factor-not-enabled = Die Zwei-Faktor-Authentifizierung ist für Ihr Konto nicht aktiviert. Aktivieren Sie die Zwei-Faktor-Authentifizierung für mehr Kontosicherheit.
back-to-account-security = Zurück zur Kontosicherheit
add-phone-number = Telefonnummer hinzufügen
backup-tokens-title = Backup-Tokens
token-generator = Bitte geben Sie das Token ein, das Ihr Token-Generator erzeugt hat.
token-call = Wir rufen Sie gerade an, bitte geben Sie die Ziffern ein, die Sie hören.
token-sms = Wir haben Ihnen eine SMS geschickt, bitte geben Sie das Token daraus ein.
token-email = Wir haben Ihnen eine E-Mail geschickt, bitte geben Sie das Token daraus ein.

## Anmeldung

login-title = Anmeldung
login-credentials = Geben Sie Ihre Zugangsdaten ein.
login-backup-intro = Mit diesem Formular melden Sie sich mit einem Backup-Token an. Diese Tokens wurden für Sie erzeugt, damit Sie sie ausdrucken und sicher aufbewahren. Bitte geben Sie eines dieser Backup-Tokens ein, um sich bei Ihrem Konto anzumelden.
login-submit = Anmelden
login-other-methods = Oder verwenden Sie eine Ihrer anderen Authentifizierungsmethoden:
login-backup-last-resort = Als letzten Ausweg können Sie ein Backup-Token verwenden:
login-use-backup-token = Backup-Token verwenden

## Einrichtung

setup-welcome = Sie heben die Sicherheit Ihres Kontos auf die nächste Stufe. Folgen Sie den Schritten dieses Assistenten, um die Zwei-Faktor-Authentifizierung zu aktivieren.
setup-method = Bitte wählen Sie die Authentifizierungsmethode, die Sie verwenden möchten.
setup-generator-intro = Um einen Token-Generator zu verwenden, scannen Sie bitte mit Ihrem Smartphone den QR-Code unten, zum Beispiel mit Google Authenticator, Aegis oder FreeOTP.
setup-qr-alt = QR-Code
setup-manual-key = Sie können den Code nicht scannen? Geben Sie stattdessen diesen Schlüssel in Ihrer App ein:
setup-on-this-phone = Auf diesem Telefon?
setup-open-in-app = In Ihrer Authenticator-App öffnen
setup-app-should-show = Die App sollte den Aussteller „{ $issuer }“ und { $digits }-stellige Codes anzeigen.
setup-enter-token = Geben Sie dann das Token ein, das die App erzeugt.
setup-sms-intro = Bitte geben Sie die Telefonnummer ein, an die die SMS gehen sollen. Die Nummer wird im nächsten Schritt bestätigt.
setup-call-intro = Bitte geben Sie die Telefonnummer ein, unter der Sie angerufen werden möchten. Die Nummer wird im nächsten Schritt bestätigt.
setup-email-intro = Bitte geben Sie die E-Mail-Adresse ein, an die die Tokens gehen sollen. Die Adresse wird im nächsten Schritt bestätigt.
complete-congratulations = Herzlichen Glückwunsch, Sie haben die Zwei-Faktor-Authentifizierung erfolgreich aktiviert.
complete-add-phone-hint = Es kann jedoch vorkommen, dass Sie keinen Zugriff auf Ihr primäres Token-Gerät haben. Fügen Sie eine Telefonnummer hinzu, damit Sie Ihr Konto wiederherstellen können.

## Zwei-Faktor erforderlich

otp-required-enforced = Die angeforderte Seite verlangt aus Sicherheitsgründen eine Bestätigung mit Zwei-Faktor-Authentifizierung. Sie müssen diese Sicherheitsfunktion aktivieren, um die Seite aufzurufen.
otp-required-go-back = Zurückgehen

## Backup-Telefone

phone-title = Backup-Telefon hinzufügen
phone-setup-intro = Sie fügen Ihrem Konto eine Backup-Telefonnummer hinzu. Sie wird verwendet, wenn Ihre primäre Methode nicht verfügbar ist.
phone-validation-intro = Wir haben ein Token an Ihre Telefonnummer geschickt. Bitte geben Sie das erhaltene Token ein.

## Erneute Bestätigung

reauth-title = Bestätigen Sie, dass Sie es sind
reauth-intro = Diese Aktion ändert, wie Ihr Konto geschützt ist. Bitte geben Sie Ihr Passwort ein, um fortzufahren.
reauth-intro-token = Diese Aktion ändert, wie Ihr Konto geschützt ist. Bitte geben Sie Ihr Passwort und ein Token ({ $device }) ein, um fortzufahren.
reauth-confirm = Bestätigen

## Backup-Tokens

backup-tokens-intro = Backup-Tokens können verwendet werden, wenn Ihre primären und Backup-Telefonnummern nicht verfügbar sind. Mit den Backup-Tokens unten können Sie die Anmeldung bestätigen. Wenn Sie alle Backup-Tokens aufgebraucht haben, können Sie neue erzeugen. Nur die unten angezeigten Backup-Tokens sind gültig.
backup-tokens-print = Drucken Sie diese Tokens aus und bewahren Sie sie sicher auf. Sie werden nur jetzt angezeigt.
backup-tokens-unused = { $count ->
    [one] Sie haben { $count } unbenutztes Backup-Token. Zu Ihrer Sicherheit kann es nicht erneut angezeigt werden; erzeugen Sie neue, wenn Sie es verloren haben.
   *[other] Sie haben { $count } unbenutzte Backup-Tokens. Zu Ihrer Sicherheit können sie nicht erneut angezeigt werden; erzeugen Sie neue, wenn Sie sie verloren haben.
}
backup-tokens-none = Sie haben noch keine Backup-Tokens.
backup-tokens-generate = Tokens erzeugen

## Kontosicherheit

profile-title = Kontosicherheit
profile-generator = Tokens werden von Ihrem Token-Generator erzeugt.
profile-primary-method = Primäre Methode: { $method }.
profile-backup-phones = Backup-Telefonnummern
profile-backup-phones-intro = Wenn Ihre primäre Methode nicht verfügbar ist, können wir Backup-Tokens an die unten aufgeführten Telefonnummern schicken.
profile-unregister = Entfernen
profile-backup-tokens-intro = Wenn Sie kein Gerät dabeihaben, können Sie sich mit Backup-Tokens anmelden.
profile-backup-tokens-remaining = { $count ->
    [one] Sie haben noch { $count } Backup-Token.
   *[other] Sie haben noch { $count } Backup-Tokens.
}
profile-no-backup-tokens = Sie haben keine Backup-Tokens mehr.
profile-no-backup-tokens-advice = Wenn Sie Ihr Gerät verlieren, können Sie sich nicht anmelden: Erzeugen Sie neue Tokens und bewahren Sie sie sicher auf.
profile-few-backup-tokens = { $count ->
    [one] Nur noch { $count } Backup-Token.
   *[other] Nur noch { $count } Backup-Tokens.
}
profile-few-backup-tokens-advice = Erzeugen Sie neue Tokens, bevor sie Ihnen ausgehen.
profile-show-codes = Codes anzeigen
profile-disable-intro = Wir raten dringend davon ab, aber Sie können die Zwei-Faktor-Authentifizierung für Ihr Konto auch deaktivieren.
disable-title = Zwei-Faktor-Authentifizierung deaktivieren
disable-intro = Sie sind dabei, die Zwei-Faktor-Authentifizierung zu deaktivieren. Das schwächt die Sicherheit Ihres Kontos. Sind Sie sicher?
disable-submit = Deaktivieren

## E-Mail mit einem Code

email-subject = Ihr Token
email-hello = Hallo { $username },
email-code-intro = Ihr Bestätigungscode für { $site } lautet:
email-validity = { $minutes ->
    [one] Er ist { $minutes } Minute lang gültig und kann einmal verwendet werden. Wenn Sie sich nicht anmelden wollten, können Sie diese E-Mail ignorieren; jemand kennt aber möglicherweise Ihr Passwort, ändern Sie es daher am besten.
   *[other] Er ist { $minutes } Minuten lang gültig und kann einmal verwendet werden. Wenn Sie sich nicht anmelden wollten, können Sie diese E-Mail ignorieren; jemand kennt aber möglicherweise Ihr Passwort, ändern Sie es daher am besten.
}

## SMS und Anrufe

sms-token = Ihr Token lautet { $token }
voice-token = Ihr Token lautet { $token }.
voice-token-again = Noch einmal, Ihr Token lautet { $token }.

## Warnung bei Verwendung eines Backup-Tokens

alert-subject = Backup-Token verwendet
alert-body = Hallo { $username },

    Sie haben sich bei { $site } mit einem Backup-Gerät bestätigt. Wenn Sie das nicht waren, ist Ihr Konto möglicherweise kompromittiert. Ändern Sie sofort Ihr Passwort, prüfen Sie Ihre Backup-Telefonnummern und erzeugen Sie neue Backup-Tokens.

## Verwaltung

admin-title = Zwei-Faktor-Verwaltung
admin-forbidden = Sie sind als { $username } angemeldet, haben aber keine Berechtigung für diese Seite. Möchten Sie sich mit einem anderen Konto anmelden?
admin-forbidden-login = Mit einem anderen Konto anmelden
admin-users = Benutzer
admin-find-label = Benutzer nach Benutzernamen suchen
admin-find = Suchen
admin-no-user-named = Kein Benutzer namens „{ $username }“.
admin-cannot-list = Der Benutzerspeicher dieser Website kann seine Benutzer nicht auflisten. Suchen Sie einen Benutzer stattdessen über den Benutzernamen.
admin-col-username = Benutzername
admin-col-email = E-Mail
admin-col-two-factor = Zwei-Faktor
admin-col-staff = Mitarbeiter
admin-col-active = Aktiv
admin-superuser-note = (Superuser)
admin-enabled = aktiviert
admin-disabled = deaktiviert
admin-yes = ja
admin-no = nein
admin-showing = { $total ->
    [one] { $shown } von { $total } Benutzer angezeigt; die anderen finden Sie über den Benutzernamen.
   *[other] { $shown } von { $total } Benutzern angezeigt; die anderen finden Sie über den Benutzernamen.
}
admin-no-users = Es gibt noch keine Benutzer.
admin-role-superuser = Superuser
admin-role-staff = Mitarbeiter
admin-role-not-staff = kein Mitarbeiter
admin-state-active = aktiv
admin-state-inactive = inaktiv
admin-user-two-factor = Zwei-Faktor-Authentifizierung
admin-devices = Geräte
admin-col-device = Gerät
admin-col-name = Name
admin-col-id = Kennung
admin-col-failures = Fehlversuche
admin-col-actions = Aktionen
admin-verified-your-session = (hat Ihre Sitzung bestätigt)
admin-reset-failures = Fehlversuche zurücksetzen
admin-remove = Entfernen
admin-no-devices = Keine Geräte.
admin-backup-tokens = Backup-Tokens
admin-backup-tokens-remaining = { $count ->
    [one] { $count } Backup-Token übrig.
   *[other] { $count } Backup-Tokens übrig.
}
admin-remove-backup-tokens = Backup-Tokens entfernen
admin-failed-attempts = { $count ->
    [one] { $count } Fehlversuch
   *[other] { $count } Fehlversuche
}
admin-reset-backup-failures = Fehlversuche der Backup-Tokens zurücksetzen
admin-backup-phones = Backup-Telefone
admin-no-backup-phones = Keine Backup-Telefone.
admin-audit-reauth = { $minutes ->
    [one] Jede Änderung auf dieser Seite verlangt die Bestätigung Ihres Passworts (und Tokens), wenn die letzte mehr als { $minutes } Minute zurückliegt; jede wird im Prüfprotokoll festgehalten.
   *[other] Jede Änderung auf dieser Seite verlangt die Bestätigung Ihres Passworts (und Tokens), wenn die letzte mehr als { $minutes } Minuten zurückliegt; jede wird im Prüfprotokoll festgehalten.
}
admin-audit = Jede Änderung auf dieser Seite wird im Prüfprotokoll festgehalten.
admin-reset-two-factor = Zwei-Faktor-Authentifizierung zurücksetzen
admin-reset-intro = Für Benutzer, die ihre Geräte verloren haben: Entfernt alle Geräte und Backup-Tokens, sodass sie sich nur mit ihrem Passwort anmelden und die Zwei-Faktor-Authentifizierung neu einrichten.
admin-notice-removed = { $device } ({ $id }) entfernt.
admin-notice-failures-reset = Fehlversuche für { $device } ({ $id }) zurückgesetzt.
admin-notice-reset = Die Zwei-Faktor-Authentifizierung von { $username } wurde zurückgesetzt.

## Formularfelder und Meldungen

field-username = Benutzername
field-password = Passwort
field-token = Token
field-method = Methode
field-phone-number = Telefonnummer
field-phone-help = Mit Ländervorwahl, beginnend mit + oder 00.
field-email = E-Mail-Adresse
field-understand = Ja, ich bin sicher
method-generator = Token-Generator
method-sms = SMS
method-call = Anruf
method-email = E-Mail
form-required = Dieses Feld ist erforderlich.
form-invalid-token = Ungültiges Token. Bitte prüfen Sie, ob Sie es richtig eingegeben haben.
form-invalid-setup-token = Das eingegebene Token ist ungültig.
form-invalid-login = Bitte geben Sie einen korrekten Benutzernamen und ein korrektes Passwort ein. Beide Felder können Groß- und Kleinschreibung unterscheiden.
form-timed-out = Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.
form-wrong-password = Ihr Passwort war falsch. Bitte geben Sie es erneut ein.
form-invalid-email = Geben Sie eine gültige E-Mail-Adresse ein.
form-invalid-phone = Bitte geben Sie eine gültige Telefonnummer mit Ländervorwahl ein, beginnend mit + oder 00.

## Geräte

device-generator = Authenticator-App
device-backup-tokens = Backup-Tokens
device-sms = SMS an { $target }
device-call = Anruf an { $target }
device-email = E-Mail an { $target }

## Drosselung, Zeitüberschreitung, Versand von Codes

throttle-device = { $count ->
    [one] Die Überprüfung ist wegen { $count } Fehlversuchs vorübergehend gesperrt, bitte versuchen Sie es bald erneut.
   *[other] Die Überprüfung ist wegen { $count } Fehlversuchen vorübergehend gesperrt, bitte versuchen Sie es bald erneut.
}
throttle-network = { $seconds ->
    [one] Zu viele Fehlversuche aus Ihrem Netzwerk. Versuchen Sie es in { $seconds } Sekunde erneut.
   *[other] Zu viele Fehlversuche aus Ihrem Netzwerk. Versuchen Sie es in { $seconds } Sekunden erneut.
}
throttle-account = { $seconds ->
    [one] Zu viele Fehlversuche. Versuchen Sie es in { $seconds } Sekunde erneut.
   *[other] Zu viele Fehlversuche. Versuchen Sie es in { $seconds } Sekunden erneut.
}
throttle-reauth-logged-out = Sie wurden nach zu vielen falschen Passwortbestätigungen abgemeldet. Bitte melden Sie sich erneut an.
delivery-cooldown = { $seconds ->
    [one] Vor einem Moment wurde ein Code geschickt. Bitte verwenden Sie diesen oder fordern Sie in { $seconds } Sekunde einen neuen an.
   *[other] Vor einem Moment wurde ein Code geschickt. Bitte verwenden Sie diesen oder fordern Sie in { $seconds } Sekunden einen neuen an.
}
delivery-limited-destination = { $minutes ->
    [one] An diese Nummer oder Adresse wurden zuletzt zu viele Codes geschickt. Bitte versuchen Sie es in { $minutes } Minute erneut oder verwenden Sie eine andere Methode.
   *[other] An diese Nummer oder Adresse wurden zuletzt zu viele Codes geschickt. Bitte versuchen Sie es in { $minutes } Minuten erneut oder verwenden Sie eine andere Methode.
}
delivery-limited-user = { $minutes ->
    [one] Für Ihr Konto wurden zuletzt zu viele Codes geschickt. Bitte versuchen Sie es in { $minutes } Minute erneut oder verwenden Sie eine andere Methode.
   *[other] Für Ihr Konto wurden zuletzt zu viele Codes geschickt. Bitte versuchen Sie es in { $minutes } Minuten erneut oder verwenden Sie eine andere Methode.
}
delivery-failed = Wir konnten Ihnen gerade keinen Code schicken. Bitte versuchen Sie es später erneut oder verwenden Sie eine andere Methode.

## Fehlerseiten

error-title-400 = Ungültige Anfrage
error-title-403 = Verboten
error-title-404 = Nicht gefunden
error-title-500 = Interner Serverfehler
error-title-503 = Dienst nicht verfügbar
error-unavailable = Der Dienst ist vorübergehend nicht verfügbar. Es wurde nichts geändert; bitte versuchen Sie es gleich noch einmal.
error-unavailable-not-saved = Der Dienst ist vorübergehend nicht verfügbar. Ihre Anfrage wurde möglicherweise ausgeführt, aber Ihre Sitzung konnte nicht gespeichert werden. Bitte melden Sie sich erneut an.
error-internal = Bei uns ist etwas schiefgegangen.
error-csrf = CSRF-Prüfung fehlgeschlagen. Anfrage abgebrochen. Laden Sie die Seite neu und senden Sie das Formular erneut.
error-not-found = Nicht gefunden.
error-management-form = Die Daten des ManagementForm fehlen oder wurden manipuliert.
error-token-too-long = Das Token-Feld ist zu lang.

## Sicherheitsschlüssel und Passkeys (WebAuthn): Anmeldung, Einrichtung, erneute Bestätigung, Profil

method-webauthn = Sicherheitsschlüssel oder Passkey
token-webauthn = Verwenden Sie Ihren Sicherheitsschlüssel oder Passkey: Drücken Sie unten auf die Schaltfläche, berühren Sie dann den Schlüssel oder bestätigen Sie auf Ihrem Gerät.
reauth-intro-webauthn = Diese Aktion ändert, wie Ihr Konto geschützt ist. Bitte geben Sie Ihr Passwort ein und bestätigen Sie mit Ihrem Sicherheitsschlüssel, um fortzufahren.
reauth-confirm-webauthn = Mit Sicherheitsschlüssel bestätigen
setup-webauthn-intro = Bestätigen Sie Ihre Anmeldungen mit einem Sicherheitsschlüssel (USB, NFC oder Bluetooth) oder der Bildschirmsperre Ihres Geräts. Geben Sie ihm bei Bedarf einen Namen, drücken Sie auf die Schaltfläche und folgen Sie den Anweisungen Ihres Browsers.
webauthn-needs-js = Sicherheitsschlüssel benötigen JavaScript.
webauthn-needs-js-setup = Aktivieren Sie es für diese Website, oder gehen Sie zurück und wählen Sie eine andere Methode.
webauthn-needs-js-reauth = Aktivieren Sie es für diese Website, um fortzufahren.
webauthn-needs-js-other = Aktivieren Sie es für diese Website, oder verwenden Sie eine andere Methode.
webauthn-needs-js-login = { $alternatives ->
    [token] Aktivieren Sie es für diese Website, oder geben Sie ein Token ein.
    [backup] Aktivieren Sie es für diese Website, oder verwenden Sie ein Backup-Token.
    [both] Aktivieren Sie es für diese Website, geben Sie ein Token ein, oder verwenden Sie ein Backup-Token.
   *[none] Aktivieren Sie es für diese Website.
}
webauthn-use-key = Sicherheitsschlüssel verwenden
webauthn-passkey-needs-js = Die Anmeldung mit einem Passkey benötigt JavaScript; verwenden Sie Ihren Benutzernamen und Ihr Passwort.
webauthn-passkey-login = Mit einem Passkey anmelden
webauthn-register = Sicherheitsschlüssel registrieren
webauthn-profile-title = Sicherheitsschlüssel und Passkeys
webauthn-col-kind = Art
webauthn-col-added = Hinzugefügt
webauthn-col-last-used = Zuletzt verwendet
webauthn-col-actions = Aktionen
webauthn-kind-passkey = Passkey
webauthn-kind-security-key = Sicherheitsschlüssel
webauthn-primary = (primär)
webauthn-never = nie
webauthn-remove = Entfernen
webauthn-remove-label = { $label } entfernen
webauthn-no-keys = Noch keine Sicherheitsschlüssel. Ein Schlüssel oder ein Passkey bestätigt Ihre Anmeldungen mit einer Berührung.
webauthn-add-title = Sicherheitsschlüssel hinzufügen
webauthn-add-intro = Ein Sicherheitsschlüssel (ein USB-, NFC- oder Bluetooth-Schlüssel) oder die Bildschirmsperre Ihres Geräts kann Ihre Anmeldungen bestätigen. Ein Passkey meldet Sie außerdem ohne Passwort an: Er benötigt die PIN, den Fingerabdruck oder die Gesichtserkennung Ihres Geräts.
webauthn-add-needs-js = Das Hinzufügen eines Sicherheitsschlüssels benötigt JavaScript.
webauthn-label-field = Name
webauthn-label-placeholder = z. B. YubiKey am Schlüsselbund
webauthn-label-apart = Damit Sie Ihre Schlüssel später unterscheiden können.
webauthn-label-help = Optional, z. B. „YubiKey am Schlüsselbund“.
webauthn-add-passkey = Passkey hinzufügen
webauthn-add-key = Sicherheitsschlüssel hinzufügen
device-webauthn-key = Sicherheitsschlüssel „{ $label }“
device-labelled = { $what } „{ $label }“
webauthn-synced = synchronisiert
webauthn-syncable = noch nicht synchronisiert
webauthn-device-bound = gerätegebunden
webauthn-details = { $provider }, { $sync }
device-webauthn-details = { $description } ({ $details })
webauthn-add-second = Ihr einziger Sicherheitsschlüssel ist an ein Gerät gebunden: Wenn Sie es verlieren, verlieren Sie den Zugang zu Ihrem Konto. Fügen Sie einen zweiten Schlüssel oder einen Passkey hinzu.
device-webauthn-passkey = Passkey „{ $label }“

## Sicherheitsschlüssel und Passkeys: Meldungen des Servers

webauthn-press-button = Drücken Sie auf die Schaltfläche und folgen Sie den Anweisungen Ihres Browsers.
webauthn-use-key-hint = Verwenden Sie Ihren Sicherheitsschlüssel: Drücken Sie auf die Schaltfläche und folgen Sie den Anweisungen Ihres Browsers.
webauthn-no-ceremony = Die Anfrage an den Sicherheitsschlüssel ist abgelaufen oder wurde bereits verwendet. Bitte versuchen Sie es erneut.
webauthn-log-in-first = Bitte melden Sie sich zuerst an.
webauthn-verify-first = Bestätigen Sie Ihre Anmeldung zuerst mit Ihrem zweiten Faktor.
webauthn-reauth-first = Bitte bestätigen Sie Ihr Passwort erneut (laden Sie die Seite neu).
webauthn-login-timed-out = Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.
webauthn-label-control = Der Name darf keine Steuerzeichen enthalten.
webauthn-label-too-long = Der Name darf höchstens { $max } Zeichen lang sein.
webauthn-error-malformed = Die Antwort des Browsers konnte nicht gelesen werden ({ $part }). Bitte versuchen Sie es erneut.
webauthn-error-key-cbor = Der öffentliche Schlüssel des Sicherheitsschlüssels konnte nicht gelesen werden.
webauthn-error-key-unsupported = Der Sicherheitsschlüssel verwendet einen Algorithmus, den diese Website nicht unterstützt.
webauthn-error-key-malformed = Der öffentliche Schlüssel des Sicherheitsschlüssels ist fehlerhaft.
webauthn-error-challenge-mismatch = Diese Antwort gehört zu einer anderen Anfrage. Bitte versuchen Sie es erneut.
webauthn-error-expired = Die Anfrage ist abgelaufen. Bitte versuchen Sie es erneut.
webauthn-error-wrong-origin = Die Antwort kam von einer anderen Website ({ $origin }).
webauthn-error-wrong-rp-id = Der Sicherheitsschlüssel hat für eine andere Website geantwortet.
webauthn-error-user-not-present = Der Sicherheitsschlüssel wurde nicht berührt.
webauthn-error-user-not-verified = Der Sicherheitsschlüssel hat Sie nicht bestätigt (PIN oder Biometrie). Bitte versuchen Sie es erneut.
webauthn-error-bad-signature = Die Signatur des Sicherheitsschlüssels ist ungültig.
webauthn-error-unknown-credential = Dieser Sicherheitsschlüssel ist für dieses Konto nicht registriert.
webauthn-error-not-passkey = Dieser Schlüssel ist kein Passkey dieser Website. Melden Sie sich mit Ihrem Passwort an.
webauthn-error-passkey-login-disabled = Die Anmeldung mit einem Passkey ist auf dieser Website ausgeschaltet.
webauthn-error-counter-regression = Der Signaturzähler dieses Sicherheitsschlüssels ist zurückgegangen; das geschieht, wenn ein Schlüssel kopiert wurde. Er wurde abgelehnt; wenden Sie sich an die Administratoren der Website.
webauthn-error-replayed = Diese Antwort wurde bereits verwendet. Bitte versuchen Sie es erneut.
webauthn-error-already-registered = Dieser Sicherheitsschlüssel ist bereits registriert.
webauthn-error-unsupported-attestation = Die Attestierung dieses Authentifikators ({ $format }) wird nicht unterstützt; die Website akzeptiert „none“ und „packed“.
webauthn-error-not-discoverable = Dieser Authentifikator kann keinen Passkey speichern. Fügen Sie ihn stattdessen als Sicherheitsschlüssel hinzu.
webauthn-error-wrong-ceremony = Diese Antwort gehört zu einem anderen Schritt. Bitte beginnen Sie von vorn.
webauthn-error-model-not-accepted = Diese Art von Authentifikator ({ $model }) wird auf dieser Website nicht akzeptiert.
webauthn-error-attestation-required = Diese Website akzeptiert nur Sicherheitsschlüssel, die ihr Modell nachweisen (Attestierung).
webauthn-error-attestation-untrusted = Die Attestierung des Sicherheitsschlüssels konnte nicht überprüft werden.
webauthn-error-not-in-metadata = Diese Art von Authentifikator ({ $model }) steht nicht in der Liste bekannter Modelle dieser Website.
webauthn-error-revoked = Diese Art von Authentifikator ({ $model }) wurde von ihrem Hersteller als widerrufen oder kompromittiert gemeldet.
webauthn-origin-not-secure = Sicherheitsschlüssel und Passkeys benötigen eine sichere Verbindung: Öffnen Sie diese Website über HTTPS (oder während der Entwicklung unter http://localhost).
webauthn-origin-ip-address = Sicherheitsschlüssel und Passkeys benötigen einen Domainnamen, keine IP-Adresse: Öffnen Sie diese Website unter { $suggestion } statt unter { $address }.
webauthn-origin-bad-host = Der Hostname dieser Seite kann nicht für Sicherheitsschlüssel und Passkeys verwendet werden.
webauthn-origin-outside-rp-id = Die Adresse dieser Seite gehört nicht zur Domain der Website für Sicherheitsschlüssel ({ $rp_id }).
webauthn-origin-not-allowed = Die Adresse dieser Seite gehört nicht zu den Adressen der Website für Sicherheitsschlüssel.

## Sicherheitsschlüssel und Passkeys: Meldungen des Browser-Skripts (webauthn.js)

webauthn-js-unsupported = Dieser Browser unterstützt keine Sicherheitsschlüssel oder Passkeys. Verwenden Sie eine andere Methode oder einen aktuellen Browser.
webauthn-js-insecure = Sicherheitsschlüssel und Passkeys benötigen eine sichere Adresse (HTTPS oder während der Entwicklung http://localhost).
webauthn-js-cancelled = Die Anfrage wurde abgebrochen oder ist abgelaufen. Versuchen Sie es erneut, sobald Ihr Schlüssel oder Gerät bereit ist.
webauthn-js-aborted = Die Anfrage wurde abgebrochen.
webauthn-js-exists = Dieser Sicherheitsschlüssel ist bereits für Ihr Konto registriert.
webauthn-js-security = Diese Adresse kann keine Sicherheitsschlüssel verwenden (WebAuthn benötigt HTTPS oder localhost und einen Domainnamen statt einer IP-Adresse).
webauthn-js-network = Der Server war nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
webauthn-js-failed = Beim Sicherheitsschlüssel ist etwas schiefgegangen. Bitte versuchen Sie es erneut.
webauthn-js-working = Folgen Sie den Anweisungen Ihres Browsers: Berühren Sie Ihren Sicherheitsschlüssel oder bestätigen Sie auf Ihrem Gerät.
api-webauthn-off = Sicherheitsschlüssel sind auf dieser Website nicht aktiviert.
api-passkey-off = Die Anmeldung mit einem Passkey ist auf dieser Website nicht aktiviert.

## The JSON API's problem details (`detail`)
api-verification-required = Dafür ist eine mit einem zweiten Faktor bestätigte Sitzung nötig.
api-no-removable-device = Kein solches Backup-Telefon, keine solche Authenticator-App (solange ein anderes Gerät bleibt) und kein solcher zusätzlicher Sicherheitsschlüssel.
api-no-such-device = Kein solches Gerät.
api-already-enabled = Die Zwei-Faktor-Authentifizierung ist bereits aktiviert (deaktivieren Sie sie zuerst, um neu zu beginnen).
api-no-totp-setup = Keine Einrichtung im Gange: rufen Sie zuerst totp_setup auf.
api-no-phone-methods = Diese Website versendet weder SMS noch Anrufe.
api-method-choice = method muss eines davon sein: { $methods }.
api-code-not-sent = Der Code konnte nicht gesendet werden.
api-no-phone-setup = Kein Telefon wartet auf seinen Code: rufen Sie zuerst phone_add auf.
api-answer-failed = Die Antwort konnte nicht erstellt werden.
api-credentials-required = Benutzername und Passwort sind erforderlich.
api-no-pending-login = Keine Anmeldung wartet auf einen Token (sie ist abgelaufen oder beendet). Bitte melden Sie sich erneut an.
api-no-challenge-device = Kein solches Telefon und keine solche E-Mail-Adresse.
api-password-required = Das Passwort ist erforderlich.
api-cookie-with-app = Eine App-Anfrage (X-Session-Token oder X-Client: app) darf das Sitzungscookie nicht senden.
api-two-factor-required = Für dieses Konto ist die Zwei-Faktor-Authentifizierung erforderlich.
api-session-expired = Das Sitzungstoken ist unbekannt oder abgelaufen. Bitte melden Sie sich erneut an.
api-middleware-missing = App-Sitzungen brauchen die Middleware von two_factor (TwoFactorMiddleware oder OtpMiddleware).
api-csrf-header = CSRF-Prüfung fehlgeschlagen: Senden Sie das Token aus `session` im Header X-CSRFToken.
api-log-in = Bitte melden Sie sich an.
api-reauthenticate = Bitte bestätigen Sie zuerst Ihr Passwort (reauthenticate).
api-body-too-large = Der Inhalt ist größer, als die API annimmt (16 KiB).
api-body-unreadable = Der Inhalt konnte nicht gelesen werden.
api-token-too-long = Der Token ist zu lang.
api-method-not-allowed = Dieser Pfad nimmt diese Methode nicht an.
api-no-operation = Die API hat unter diesem Pfad keine Operation.
api-csrf = CSRF-Prüfung fehlgeschlagen.
api-not-found = Nicht gefunden.
api-overloaded = Zu viele Anmeldungen gleichzeitig. Bitte versuchen Sie es gleich noch einmal.
api-unavailable = Der Dienst ist vorübergehend nicht verfügbar. Bitte versuchen Sie es später erneut.
api-body-mismatch = Der JSON-Inhalt passt nicht: { $error }.
api-body-not-object = Der Inhalt muss ein JSON-Objekt sein.

# Mehrere Authenticator-Apps, benannte Geräte
profile-apps = Authenticator-Apps
profile-apps-intro = Ein Code aus jeder dieser Apps meldet Sie an. Geben Sie jeder einen Namen, um sie zu unterscheiden.
profile-app-main = (Haupt-App)
app-create-title = Authenticator-App hinzufügen
app-create-intro = Scannen Sie den QR-Code mit der neuen App, geben Sie ihr einen Namen und geben Sie den angezeigten Code ein.
app-create-submit = App hinzufügen
app-name-placeholder = z. B. Tablet
app-setup-restarted = Diese Einrichtung war abgelaufen. Scannen Sie diesen neuen QR-Code und geben Sie einen Code daraus ein.
device-name-field = Name
device-rename = Umbenennen
device-rename-label = Neuer Name für { $what }

# Wo Sie angemeldet sind
session-agent = { $browser } unter { $system }
session-agent-unknown-browser = Unbekannter Browser unter { $system }
session-agent-unknown = Unbekannter Browser
sessions-title = Wo Sie angemeldet sind
sessions-intro = Diese Browser und Apps sind bei Ihrem Konto angemeldet. Eine Sitzung, die Sie abmelden, endet bei ihrer nächsten Anfrage.
sessions-col-browser = Browser
sessions-col-address = Netzwerk
sessions-col-began = Angemeldet
sessions-col-last-seen = Zuletzt aktiv
sessions-app = App
sessions-current = Diese Sitzung
sessions-revoke = Abmelden
sessions-revoke-others = Überall sonst abmelden
sessions-not-me-title = Sie erkennen eine Sitzung nicht?
sessions-not-me = Melden Sie sie ab (oder überall sonst), ändern Sie dann Ihr Passwort und prüfen Sie Ihre Geräte für die Zwei-Faktor-Authentifizierung.
sessions-back = Zurück zur Kontosicherheit
profile-sessions-intro = Sehen Sie, welche Browser und Apps bei Ihrem Konto angemeldet sind, und melden Sie sie ab.
profile-sessions-link = Ihre Sitzungen
api-no-such-session = Keine solche Sitzung.

# Vertrauenswürdige Browser
trusted-title = Vertrauenswürdige Browser
trusted-intro = Bei diesen Browsern wurde „nicht mehr fragen“ gewählt: Sie überspringen den Code bei der Anmeldung bis zum angezeigten Datum. Entziehen Sie einem das Vertrauen, fragt er bei der nächsten Anmeldung wieder nach einem Code.
trusted-col-granted = Vertraut seit
trusted-col-expires = Bis
trusted-revoke = Nicht mehr vertrauen
trusted-revoke-all = Keinem Browser mehr vertrauen
trusted-none = Kein Browser überspringt den Code bei der Anmeldung.
api-no-such-grant = Kein solcher vertrauenswürdiger Browser.

# Sicherheitswarnungen (E-Mails)
alert-new-browser-subject = Neue Anmeldung bei { $site }
alert-new-browser = Jemand hat sich bei { $site } mit Ihrem Konto { $username } in einem Browser angemeldet, der dafür noch nie verwendet wurde.
alert-device-added-subject = Ein Gerät für die Zwei-Faktor-Authentifizierung wurde bei { $site } hinzugefügt
alert-device-added = { $device } wurde den Geräten für die Zwei-Faktor-Authentifizierung Ihres Kontos { $username } bei { $site } hinzugefügt.
alert-device-removed-subject = Ein Gerät für die Zwei-Faktor-Authentifizierung wurde bei { $site } entfernt
alert-device-removed = Ein Gerät wurde aus den Geräten für die Zwei-Faktor-Authentifizierung Ihres Kontos { $username } bei { $site } entfernt.
alert-backup-tokens-subject = Neue Backup-Tokens bei { $site }
alert-backup-tokens = Für Ihr Konto { $username } bei { $site } wurden neue Backup-Tokens erstellt; die alten gelten nicht mehr.
alert-disabled-subject = Zwei-Faktor-Authentifizierung bei { $site } ausgeschaltet
alert-disabled = Die Zwei-Faktor-Authentifizierung für Ihr Konto { $username } bei { $site } wurde ausgeschaltet.
alert-locked-subject = Falsche Codes bei { $site }
alert-locked = Ihr Gerät { $device } bei { $site } nimmt nach falschen Codes eine Weile keine Codes an. Falsche Codes in Folge: { $count }.
alert-when = Wann: { $when }
alert-browser = Browser: { $browser }
alert-network = Netzwerk: { $network }
alert-not-me-link = Wenn Sie das nicht waren, melden Sie sich hier überall ab und ändern Sie dann Ihr Passwort: { $url }
alert-not-me-page = Wenn Sie das nicht waren, melden Sie sich auf der Seite „Wo Sie angemeldet sind“ Ihrer Kontosicherheit ({ $path }) überall ab und ändern Sie dann Ihr Passwort.
alert-unknown = unbekannt

# Verwaltung: Sitzungen und vertrauenswürdige Browser
admin-sessions = Sitzungen
admin-no-sessions = Keine aktive Sitzung.
admin-end-session = Beenden
admin-end-all-sessions = Alle Sitzungen beenden
admin-notice-sessions-ended = Beendete Sitzungen: { $count }.
admin-notice-untrusted = Entzogene vertrauenswürdige Browser: { $count }.
