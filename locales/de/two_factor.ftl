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
