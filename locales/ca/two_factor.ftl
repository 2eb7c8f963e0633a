# actix-two-factor: missatges en català.
# Tractament: "vós" ("Introduïu"), com recomana la guia d'estil de Softcatalà. Termes: codi,
# codi de recuperació, aplicació d'autenticació, autenticació en dos passos, clau de seguretat,
# clau d'accés (passkey).

## The page frame (_base.html) and the language switcher

language-name = Català

base-account-security = Seguretat del compte
base-log-out = Tanca la sessió
base-log-in = Inicia la sessió
base-language = Llengua
base-language-submit = Canvia

## Shared words

wizard-cancel = Cancel·la
wizard-back = Enrere
wizard-next = Següent
permission-denied = Permís denegat
enable-two-factor = Activa l'autenticació en dos passos
disable-two-factor = Desactiva l'autenticació en dos passos
two-factor-not-enabled = L'autenticació en dos passos no està activada al vostre compte. Activeu-la per protegir millor el compte.
back-to-account-security = Torna a la seguretat del compte
add-phone-number = Afegeix un número de telèfon
backup-tokens-title = Codis de recuperació
token-generator = Introduïu el codi generat per la vostra aplicació d'autenticació.
token-call = Us estem trucant ara mateix; introduïu els dígits que sentireu.
token-sms = Us hem enviat un SMS; introduïu el codi que us hem enviat.
token-email = Us hem enviat un correu electrònic; introduïu el codi que us hem enviat.

## Login (core/login.html)

login-title = Inici de sessió
login-credentials = Introduïu les vostres credencials.
login-backup-intro = Feu servir aquest formulari per iniciar la sessió amb un codi de recuperació. Els codis es van generar perquè els imprimíssiu i els guardéssiu en un lloc segur. Introduïu un dels codis de recuperació per iniciar la sessió.
login-submit = Inicia la sessió
login-other-methods = O bé feu servir un dels vostres altres mètodes d'autenticació:
login-backup-last-resort = Com a últim recurs, podeu fer servir un codi de recuperació:
login-use-backup-token = Fes servir un codi de recuperació

## Setup (core/setup.html, core/setup_complete.html)

setup-welcome = Esteu a punt de millorar la seguretat del vostre compte. Seguiu els passos d'aquest assistent per activar l'autenticació en dos passos.
setup-method = Seleccioneu el mètode d'autenticació que voleu fer servir.
setup-generator-intro = Per començar a fer servir una aplicació d'autenticació, escanegeu el codi QR següent amb el telèfon, per exemple amb Google Authenticator, Aegis o FreeOTP.
setup-qr-alt = Codi QR
setup-manual-key = No podeu escanejar el codi? Introduïu aquesta clau a l'aplicació:
setup-on-this-phone = Sou en aquest telèfon?
setup-open-in-app = Obriu-la a l'aplicació d'autenticació
setup-app-should-show = L'aplicació hauria de mostrar l'emissor «{ $issuer }» i codis de { $digits } dígits.
setup-enter-token = Després, introduïu el codi generat per l'aplicació.
setup-sms-intro = Introduïu el número de telèfon on voleu rebre els SMS. El número es validarà en el pas següent.
setup-call-intro = Introduïu el número de telèfon on voleu que us truquem. El número es validarà en el pas següent.
setup-email-intro = Introduïu l'adreça electrònica on voleu rebre els codis. L'adreça es validarà en el pas següent.
complete-congratulations = Enhorabona, heu activat l'autenticació en dos passos.
complete-add-phone-hint = Tanmateix, pot passar que no tingueu accés al dispositiu principal. Per poder recuperar el compte, afegiu un número de telèfon.

## Two-factor required (core/otp_required.html)

otp-required-enforced = Per motius de seguretat, la pàgina sol·licitada exigeix una verificació amb autenticació en dos passos. Heu d'activar aquestes funcions de seguretat per accedir-hi.
otp-required-go-back = Torna enrere

## Backup phones (core/phone_register.html)

phone-title = Afegeix un telèfon de recuperació
phone-setup-intro = Afegireu un número de telèfon de recuperació al vostre compte. Es farà servir si el mètode principal no està disponible.
phone-validation-intro = Hem enviat un codi al vostre número de telèfon. Introduïu el codi rebut.

## Re-authentication (core/reauth.html)

reauth-title = Confirmeu que sou vós
reauth-intro = Aquesta acció canvia com es protegeix el vostre compte. Introduïu la contrasenya per continuar.
reauth-intro-token = Aquesta acció canvia com es protegeix el vostre compte. Introduïu la contrasenya i un codi ({ $device }) per continuar.
reauth-confirm = Confirma

## Backup tokens (core/backup_tokens.html)

backup-tokens-intro = Els codis de recuperació serveixen quan ni el mètode principal ni els telèfons de recuperació estan disponibles. Els codis següents es poden fer servir per verificar l'inici de sessió. Si els heu gastat tots, podeu generar-ne un joc nou. Només són vàlids els codis que es mostren a continuació.
backup-tokens-print = Imprimiu aquests codis i guardeu-los en un lloc segur. Només es mostren ara.
backup-tokens-unused = { $count ->
    [one] Teniu { $count } codi de recuperació sense fer servir. Per seguretat no es pot tornar a mostrar; si l'heu perdut, genereu-ne de nous.
   *[other] Teniu { $count } codis de recuperació sense fer servir. Per seguretat no es poden tornar a mostrar; si els heu perdut, genereu-ne de nous.
}
backup-tokens-none = Encara no teniu codis de recuperació.
backup-tokens-generate = Genera codis

## Account security (profile/profile.html, profile/disable.html)

profile-title = Seguretat del compte
profile-generator = L'aplicació d'autenticació generarà els codis.
profile-primary-method = Mètode principal: { $method }.
profile-backup-phones = Telèfons de recuperació
profile-backup-phones-intro = Si el mètode principal no està disponible, podem enviar codis de recuperació als números de telèfon següents.
profile-unregister = Elimina
profile-backup-tokens-intro = Si no teniu cap dispositiu a mà, podeu accedir al compte amb codis de recuperació.
profile-backup-tokens-remaining = { $count ->
    [one] Us queda { $count } codi de recuperació.
   *[other] Us queden { $count } codis de recuperació.
}
profile-no-backup-tokens = No us queda cap codi de recuperació.
profile-no-backup-tokens-advice = Si perdeu el dispositiu no podreu iniciar la sessió: genereu codis nous i guardeu-los en un lloc segur.
profile-few-backup-tokens = { $count ->
    [one] Només queda { $count } codi de recuperació.
   *[other] Només queden { $count } codis de recuperació.
}
profile-few-backup-tokens-advice = Genereu codis nous abans que s'acabin.
profile-show-codes = Mostra els codis
profile-disable-intro = Us ho desaconsellem fermament, però també podeu desactivar l'autenticació en dos passos del vostre compte.
disable-title = Desactiva l'autenticació en dos passos
disable-intro = Esteu a punt de desactivar l'autenticació en dos passos. Això afebleix la seguretat del compte. N'esteu segur?
disable-submit = Desactiva

## Mail with a code (email/token.txt, email/token.html)

email-subject = Codi de verificació
email-hello = Hola, { $username }:
email-code-intro = El vostre codi de verificació per a { $site } és:
email-validity = { $minutes ->
    [one] És vàlid durant { $minutes } minut i es pot fer servir una vegada. Si no heu intentat iniciar la sessió, no feu cas d'aquest correu; algú podria conèixer la vostra contrasenya, així que penseu a canviar-la.
   *[other] És vàlid durant { $minutes } minuts i es pot fer servir una vegada. Si no heu intentat iniciar la sessió, no feu cas d'aquest correu; algú podria conèixer la vostra contrasenya, així que penseu a canviar-la.
}

## Text messages and calls (twilio/sms_message.txt, twilio/token.xml)

sms-token = El vostre codi de verificació és { $token }
voice-token = El vostre codi és { $token }.
voice-token-again = Una altra vegada, el vostre codi és { $token }.

## The backup-used alert (signals::backup_used_alert)

alert-subject = S'ha fet servir un codi de recuperació
alert-body = Hola, { $username }:

    Us acabeu de verificar amb un dispositiu de recuperació a { $site }. Si no heu estat vós, el compte podria estar compromès: canvieu la contrasenya immediatament, reviseu els telèfons de recuperació i genereu codis de recuperació nous.

## The admin (admin/*.html)

admin-title = Administració de l'autenticació en dos passos
admin-forbidden = Heu iniciat la sessió com a { $username }, però no teniu permís per accedir a aquesta pàgina. Voleu iniciar la sessió amb un altre compte?
admin-forbidden-login = Inicia la sessió amb un altre compte
admin-users = Usuaris
admin-find-label = Cerca un usuari pel nom d'usuari
admin-find = Cerca
admin-no-user-named = No hi ha cap usuari anomenat «{ $username }».
admin-cannot-list = El magatzem d'usuaris d'aquest lloc no pot llistar-los. Cerqueu l'usuari pel nom d'usuari.
admin-col-username = Nom d'usuari
admin-col-email = Correu electrònic
admin-col-two-factor = Dos passos
admin-col-staff = Personal
admin-col-active = Actiu
admin-superuser-note = (superusuari)
admin-enabled = activada
admin-disabled = desactivada
admin-yes = sí
admin-no = no
admin-showing = { $total ->
    [one] Es mostra { $shown } de { $total } usuari; cerqueu els altres pel nom d'usuari.
   *[other] Es mostren { $shown } de { $total } usuaris; cerqueu els altres pel nom d'usuari.
}
admin-no-users = Encara no hi ha usuaris.
admin-role-superuser = superusuari
admin-role-staff = personal
admin-role-not-staff = no és personal
admin-state-active = actiu
admin-state-inactive = inactiu
admin-user-two-factor = autenticació en dos passos
admin-devices = Dispositius
admin-col-device = Dispositiu
admin-col-name = Nom
admin-col-id = Id
admin-col-failures = Intents fallits
admin-col-actions = Accions
admin-verified-your-session = (ha verificat la vostra sessió)
admin-reset-failures = Reinicia els intents fallits
admin-remove = Elimina
admin-no-devices = Cap dispositiu.
admin-backup-tokens = Codis de recuperació
admin-backup-tokens-remaining = { $count ->
    [one] Queda { $count } codi de recuperació.
   *[other] Queden { $count } codis de recuperació.
}
admin-remove-backup-tokens = Elimina els codis de recuperació
admin-failed-attempts = { $count ->
    [one] { $count } intent fallit
   *[other] { $count } intents fallits
}
admin-reset-backup-failures = Reinicia els intents fallits amb codis de recuperació
admin-backup-phones = Telèfons de recuperació
admin-no-backup-phones = Cap telèfon de recuperació.
admin-audit-reauth = { $minutes ->
    [one] Cada canvi en aquesta pàgina us demana que confirmeu la contrasenya (i un codi) si l'última vegada fa més de { $minutes } minut; cada canvi queda registrat al registre d'auditoria.
   *[other] Cada canvi en aquesta pàgina us demana que confirmeu la contrasenya (i un codi) si l'última vegada fa més de { $minutes } minuts; cada canvi queda registrat al registre d'auditoria.
}
admin-audit = Cada canvi en aquesta pàgina queda registrat al registre d'auditoria.
admin-reset-two-factor = Restableix l'autenticació en dos passos
admin-reset-intro = Per a un usuari que ha perdut els dispositius: elimina tots els dispositius i codis de recuperació, de manera que l'usuari inicia la sessió només amb la contrasenya i torna a configurar l'autenticació en dos passos.
admin-notice-removed = S'ha eliminat { $device } ({ $id }).
admin-notice-failures-reset = S'han reiniciat els intents fallits de { $device } ({ $id }).
admin-notice-reset = S'ha restablert l'autenticació en dos passos de { $username }.

## Form fields and their messages (forms, views)

field-username = Nom d'usuari
field-password = Contrasenya
field-token = Codi
field-method = Mètode
field-phone-number = Número de telèfon
field-phone-help = Amb el prefix del país, començant per + o 00.
field-email = Adreça electrònica
field-understand = Sí, n'estic segur
method-generator = Aplicació d'autenticació
method-sms = SMS
method-call = Trucada telefònica
method-email = Correu electrònic
form-required = Aquest camp és obligatori.
form-invalid-token = El codi no és vàlid. Comproveu que l'heu introduït correctament.
form-invalid-setup-token = El codi introduït no és vàlid.
form-invalid-login = Introduïu un nom d'usuari i una contrasenya correctes. Tingueu en compte que tots dos camps poden distingir majúscules i minúscules.
form-timed-out = La sessió ha caducat. Torneu a iniciar la sessió.
form-wrong-password = La contrasenya no és correcta. Torneu-la a introduir.
form-invalid-email = Introduïu una adreça electrònica vàlida.
form-invalid-phone = Introduïu un número de telèfon vàlid, amb el prefix del país, començant per + o 00.

## Devices as the pages name them

device-generator = Aplicació d'autenticació
device-backup-tokens = Codis de recuperació
device-sms = SMS al { $target }
device-call = Trucada al { $target }
device-email = Correu a { $target }

## Throttling, time-outs and sending codes

throttle-device = { $count ->
    [one] La verificació està desactivada temporalment després de { $count } intent fallit; torneu-ho a provar aviat.
   *[other] La verificació està desactivada temporalment després de { $count } intents fallits; torneu-ho a provar aviat.
}
throttle-network = { $seconds ->
    [one] Massa intents fallits des de la vostra xarxa. Torneu-ho a provar d'aquí a { $seconds } segon.
   *[other] Massa intents fallits des de la vostra xarxa. Torneu-ho a provar d'aquí a { $seconds } segons.
}
throttle-account = { $seconds ->
    [one] Massa intents fallits. Torneu-ho a provar d'aquí a { $seconds } segon.
   *[other] Massa intents fallits. Torneu-ho a provar d'aquí a { $seconds } segons.
}
throttle-reauth-logged-out = S'ha tancat la sessió després de massa confirmacions de contrasenya fallides. Torneu a iniciar la sessió.
delivery-cooldown = { $seconds ->
    [one] Fa un moment s'ha enviat un codi. Feu-lo servir o demaneu-ne un de nou d'aquí a { $seconds } segon.
   *[other] Fa un moment s'ha enviat un codi. Feu-lo servir o demaneu-ne un de nou d'aquí a { $seconds } segons.
}
delivery-limited-destination = { $minutes ->
    [one] S'han enviat massa codis a aquest número o adreça darrerament. Torneu-ho a provar d'aquí a { $minutes } minut o feu servir un altre mètode.
   *[other] S'han enviat massa codis a aquest número o adreça darrerament. Torneu-ho a provar d'aquí a { $minutes } minuts o feu servir un altre mètode.
}
delivery-limited-user = { $minutes ->
    [one] S'han enviat massa codis per al vostre compte darrerament. Torneu-ho a provar d'aquí a { $minutes } minut o feu servir un altre mètode.
   *[other] S'han enviat massa codis per al vostre compte darrerament. Torneu-ho a provar d'aquí a { $minutes } minuts o feu servir un altre mètode.
}
delivery-failed = Ara mateix no us podem enviar cap codi. Torneu-ho a provar més tard o feu servir un altre mètode.

## Error pages (400, 403, 404, 500, 503)

error-title-400 = Sol·licitud incorrecta
error-title-403 = Prohibit
error-title-404 = No s'ha trobat
error-title-500 = Error intern del servidor
error-title-503 = Servei no disponible
error-unavailable = El servei no està disponible temporalment. No s'ha canviat res; torneu-ho a provar d'aquí a un moment.
error-unavailable-not-saved = El servei no està disponible temporalment. És possible que la sol·licitud s'hagi fet, però no s'ha pogut desar la sessió. Torneu a iniciar la sessió.
error-internal = Alguna cosa ha anat malament per part nostra.
error-csrf = Ha fallat la verificació CSRF. S'ha cancel·lat la sol·licitud. Torneu a carregar la pàgina i envieu el formulari de nou.
error-not-found = No s'ha trobat.
error-management-form = Falten les dades del ManagementForm o s'han manipulat.
error-token-too-long = El camp del codi és massa llarg.

## Security keys and passkeys (WebAuthn): login, setup, re-authentication, profile

method-webauthn = Clau de seguretat o clau d'accés
token-webauthn = Feu servir la clau de seguretat o la clau d'accés: premeu el botó següent i després toqueu la clau o confirmeu-ho al dispositiu.
reauth-intro-webauthn = Aquesta acció canvia com es protegeix el vostre compte. Introduïu la contrasenya i confirmeu-ho amb la clau de seguretat per continuar.
reauth-confirm-webauthn = Confirma amb la clau de seguretat
setup-webauthn-intro = Confirmeu els inicis de sessió amb una clau de seguretat (USB, NFC o Bluetooth) o amb el bloqueig de pantalla del dispositiu. Doneu-li un nom si voleu, premeu el botó i seguiu les instruccions del navegador.
webauthn-needs-js = Les claus de seguretat necessiten JavaScript.
webauthn-needs-js-setup = Activeu-lo per a aquest lloc, o torneu enrere i trieu un altre mètode.
webauthn-needs-js-reauth = Activeu-lo per a aquest lloc per continuar.
webauthn-needs-js-other = Activeu-lo per a aquest lloc, o feu servir un altre mètode.
webauthn-needs-js-login = { $alternatives ->
    [token] Activeu-lo per a aquest lloc, o introduïu un codi.
    [backup] Activeu-lo per a aquest lloc, o feu servir un codi de recuperació.
    [both] Activeu-lo per a aquest lloc, introduïu un codi o feu servir un codi de recuperació.
   *[none] Activeu-lo per a aquest lloc.
}
webauthn-use-key = Fes servir la clau de seguretat
webauthn-passkey-needs-js = Iniciar la sessió amb una clau d'accés necessita JavaScript; feu servir el nom d'usuari i la contrasenya.
webauthn-passkey-login = Inicia la sessió amb una clau d'accés
webauthn-register = Registra la clau de seguretat
webauthn-profile-title = Claus de seguretat i claus d'accés
webauthn-col-kind = Tipus
webauthn-col-added = Afegida
webauthn-col-last-used = Últim ús
webauthn-col-actions = Accions
webauthn-kind-passkey = Clau d'accés
webauthn-kind-security-key = Clau de seguretat
webauthn-primary = (principal)
webauthn-never = mai
webauthn-remove = Elimina
webauthn-remove-label = Elimina { $label }
webauthn-no-keys = Encara no hi ha claus de seguretat. Una clau de seguretat o una clau d'accés confirma els inicis de sessió amb un toc.
webauthn-add-title = Afegeix una clau de seguretat
webauthn-add-intro = Una clau de seguretat (USB, NFC o Bluetooth) o el bloqueig de pantalla del dispositiu poden confirmar els vostres inicis de sessió. Una clau d'accés també us fa entrar sense contrasenya: demana el PIN, l'empremta o la cara del dispositiu.
webauthn-add-needs-js = Per afegir una clau de seguretat cal JavaScript.
webauthn-label-field = Nom
webauthn-label-placeholder = p. ex. YubiKey del clauer
webauthn-label-apart = Perquè més endavant pugueu distingir les claus.
webauthn-label-help = Opcional, p. ex. «YubiKey del clauer».
webauthn-add-passkey = Afegeix una clau d'accés
webauthn-add-key = Afegeix una clau de seguretat
device-webauthn-key = Clau de seguretat «{ $label }»
device-labelled = { $what } «{ $label }»
webauthn-synced = sincronitzada
webauthn-syncable = encara no sincronitzada
webauthn-device-bound = lligada al dispositiu
webauthn-details = { $provider }, { $sync }
device-webauthn-details = { $description } ({ $details })
webauthn-add-second = La vostra única clau de seguretat està lligada a un sol dispositiu: si el perdeu, perdreu l'accés al compte. Afegiu una segona clau o una clau d'accés.
device-webauthn-passkey = Clau d'accés «{ $label }»

## Security keys and passkeys: messages from the server

webauthn-press-button = Premeu el botó i seguiu les instruccions del navegador.
webauthn-use-key-hint = Feu servir la clau de seguretat: premeu el botó i seguiu les instruccions del navegador.
webauthn-no-ceremony = La sol·licitud de la clau de seguretat ha caducat o ja s'ha fet servir. Torneu-ho a provar.
webauthn-log-in-first = Primer inicieu la sessió.
webauthn-verify-first = Primer verifiqueu l'inici de sessió amb el segon factor.
webauthn-reauth-first = Torneu a confirmar la contrasenya (torneu a carregar la pàgina).
webauthn-login-timed-out = L'inici de sessió ha caducat. Torneu a iniciar la sessió.
webauthn-label-control = El nom no pot contenir caràcters de control.
webauthn-label-too-long = El nom pot tenir com a màxim { $max } caràcters.
webauthn-error-malformed = No s'ha pogut llegir la resposta del navegador ({ $part }). Torneu-ho a provar.
webauthn-error-key-cbor = No s'ha pogut llegir la clau pública de la clau de seguretat.
webauthn-error-key-unsupported = La clau de seguretat fa servir un algorisme que aquest lloc no admet.
webauthn-error-key-malformed = La clau pública de la clau de seguretat és incorrecta.
webauthn-error-challenge-mismatch = Aquesta resposta pertany a una altra sol·licitud. Torneu-ho a provar.
webauthn-error-expired = La sol·licitud ha caducat. Torneu-ho a provar.
webauthn-error-wrong-origin = La resposta prové d'un altre lloc ({ $origin }).
webauthn-error-wrong-rp-id = La clau de seguretat ha respost per a un altre lloc.
webauthn-error-user-not-present = No s'ha tocat la clau de seguretat.
webauthn-error-user-not-verified = La clau de seguretat no us ha verificat (PIN o biometria). Torneu-ho a provar.
webauthn-error-bad-signature = La signatura de la clau de seguretat no és vàlida.
webauthn-error-unknown-credential = Aquesta clau de seguretat no està registrada per a aquest compte.
webauthn-error-not-passkey = Aquesta clau no és una clau d'accés d'aquest lloc. Inicieu la sessió amb la contrasenya.
webauthn-error-passkey-login-disabled = L'inici de sessió amb clau d'accés està desactivat en aquest lloc.
webauthn-error-counter-regression = El comptador de signatures d'aquesta clau de seguretat ha retrocedit, cosa que passa quan una clau s'ha copiat. S'ha rebutjat; contacteu amb els administradors del lloc.
webauthn-error-replayed = Aquesta resposta ja s'ha fet servir. Torneu-ho a provar.
webauthn-error-already-registered = Aquesta clau de seguretat ja està registrada.
webauthn-error-unsupported-attestation = L'atestació d'aquest autenticador ({ $format }) no s'admet; el lloc accepta «none» i «packed».
webauthn-error-not-discoverable = Aquest autenticador no pot guardar una clau d'accés. Afegiu-lo com a clau de seguretat.
webauthn-error-wrong-ceremony = Aquesta resposta pertany a un altre pas. Torneu a començar.
webauthn-error-model-not-accepted = Aquest tipus d'autenticador ({ $model }) no s'accepta en aquest lloc.
webauthn-error-attestation-required = Aquest lloc només accepta claus de seguretat que demostrin el seu model (atestació).
webauthn-error-attestation-untrusted = No s'ha pogut verificar l'atestació de la clau de seguretat.
webauthn-error-not-in-metadata = Aquest tipus d'autenticador ({ $model }) no és a la llista de models coneguts del lloc.
webauthn-error-revoked = El fabricant ha declarat revocat o compromès aquest tipus d'autenticador ({ $model }).
webauthn-origin-not-secure = Les claus de seguretat i les claus d'accés necessiten una connexió segura: obriu el lloc per HTTPS (o a http://localhost durant el desenvolupament).
webauthn-origin-ip-address = Les claus de seguretat i les claus d'accés necessiten un nom de domini, no una adreça IP: obriu el lloc a { $suggestion } en lloc de { $address }.
webauthn-origin-bad-host = El nom d'amfitrió d'aquesta pàgina no es pot fer servir per a claus de seguretat i claus d'accés.
webauthn-origin-outside-rp-id = L'adreça d'aquesta pàgina no forma part del domini del lloc per a claus de seguretat ({ $rp_id }).
webauthn-origin-not-allowed = L'adreça d'aquesta pàgina no és entre les adreces del lloc per a claus de seguretat.

## Security keys and passkeys: messages of the browser script (webauthn.js)

webauthn-js-unsupported = Aquest navegador no admet claus de seguretat ni claus d'accés. Feu servir un altre mètode o un navegador actualitzat.
webauthn-js-insecure = Les claus de seguretat i les claus d'accés necessiten una adreça segura (HTTPS, o http://localhost durant el desenvolupament).
webauthn-js-cancelled = La sol·licitud s'ha cancel·lat o ha caducat. Torneu-ho a provar quan la clau o el dispositiu estiguin a punt.
webauthn-js-aborted = S'ha cancel·lat la sol·licitud.
webauthn-js-exists = Aquesta clau de seguretat ja està registrada al vostre compte.
webauthn-js-security = Aquesta adreça no pot fer servir claus de seguretat (WebAuthn necessita HTTPS o localhost, i un nom de domini en lloc d'una adreça IP).
webauthn-js-network = No s'ha pogut contactar amb el servidor. Comproveu la connexió i torneu-ho a provar.
webauthn-js-failed = Alguna cosa ha anat malament amb la clau de seguretat. Torneu-ho a provar.
webauthn-js-working = Seguiu les instruccions del navegador: toqueu la clau de seguretat o confirmeu-ho al dispositiu.
api-webauthn-off = Les claus de seguretat no estan activades en aquest lloc.
api-passkey-off = L'inici de sessió amb clau d'accés no està activat en aquest lloc.

## The JSON API's problem details (`detail`)
api-verification-required = Cal una sessió verificada amb un segon factor.
api-no-removable-device = No existeix aquest telèfon de recuperació, aplicació d'autenticació (mentre en quedi un altre dispositiu) ni clau de seguretat addicional.
api-no-such-device = No existeix aquest dispositiu.
api-already-enabled = L'autenticació en dos passos ja està activada (desactiveu-la primer per tornar a començar).
api-no-totp-setup = No hi ha cap configuració en curs: crideu primer totp_setup.
api-no-phone-methods = Aquest lloc no envia SMS ni fa trucades.
api-method-choice = method ha de ser un de: { $methods }.
api-code-not-sent = No s'ha pogut enviar el codi.
api-no-phone-setup = Cap telèfon espera el seu codi: crideu primer phone_add.
api-answer-failed = No s'ha pogut construir la resposta.
api-credentials-required = username i password són obligatoris.
api-no-pending-login = Cap inici de sessió espera un codi (ha caducat o ha acabat). Torneu a iniciar la sessió.
api-no-challenge-device = No existeix aquest telèfon ni dispositiu de correu.
api-password-required = password és obligatori.
api-cookie-with-app = Una sol·licitud d'aplicació (X-Session-Token o X-Client: app) no pot enviar la galeta de sessió.
api-two-factor-required = L'autenticació en dos passos és obligatòria per a aquest compte.
api-session-expired = El testimoni de sessió és desconegut o ha caducat. Torneu a iniciar la sessió.
api-middleware-missing = Les sessions d'aplicació necessiten el middleware de two_factor (TwoFactorMiddleware o OtpMiddleware).
api-csrf-header = Ha fallat la verificació CSRF: envieu el testimoni de `session` a la capçalera X-CSRFToken.
api-log-in = Inicieu la sessió.
api-reauthenticate = Primer confirmeu la contrasenya (reauthenticate).
api-body-too-large = El cos és més gran del que accepta l'API (16 KiB).
api-body-unreadable = No s'ha pogut llegir el cos.
api-token-too-long = El codi és massa llarg.
api-method-not-allowed = Aquest camí no accepta aquest mètode.
api-no-operation = L'API no té cap operació en aquest camí.
api-csrf = Ha fallat la verificació CSRF.
api-not-found = No s'ha trobat.
api-overloaded = Massa inicis de sessió alhora. Torneu-ho a provar d'aquí a un moment.
api-unavailable = El servei no està disponible temporalment. Torneu-ho a provar més tard.
api-body-mismatch = El cos JSON no encaixa: { $error }.
api-body-not-object = El cos ha de ser un objecte JSON.

# Diverses aplicacions d'autenticació, dispositius amb nom
profile-apps = Aplicacions d'autenticació
profile-apps-intro = Un codi de qualsevol d'aquestes aplicacions us fa entrar. Doneu un nom a cadascuna per distingir-les.
profile-app-main = (principal)
app-create-title = Afegeix una aplicació d'autenticació
app-create-intro = Escanegeu el codi QR amb la nova aplicació, doneu-li un nom i introduïu el codi que mostra.
app-create-submit = Afegeix l'aplicació
app-name-placeholder = p. ex. Tauleta
app-setup-restarted = Aquella configuració havia caducat. Escanegeu aquest nou codi QR i introduïu-ne un codi.
device-name-field = Nom
device-rename = Canvia el nom
device-rename-label = Nom nou per a { $what }

# On teniu la sessió iniciada
session-agent = { $browser } a { $system }
session-agent-unknown-browser = Navegador desconegut a { $system }
session-agent-unknown = Navegador desconegut
sessions-title = On teniu la sessió iniciada
sessions-intro = Aquests navegadors i aplicacions tenen la sessió iniciada al vostre compte. La sessió que tanqueu acaba a la seva sol·licitud següent.
sessions-col-browser = Navegador
sessions-col-address = Xarxa
sessions-col-began = Inici de sessió
sessions-col-last-seen = Última activitat
sessions-app = aplicació
sessions-current = Aquesta sessió
sessions-revoke = Tanca la sessió
sessions-revoke-others = Tanca la sessió a tot arreu més
sessions-not-me-title = No reconeixeu una sessió?
sessions-not-me = Tanqueu-la (o tanqueu la sessió a tot arreu més), després canvieu la contrasenya i reviseu els dispositius d'autenticació en dos passos.
sessions-back = Torna a la seguretat del compte
profile-sessions-intro = Vegeu els navegadors i les aplicacions amb la sessió iniciada al vostre compte i tanqueu-los la sessió.
profile-sessions-link = Les vostres sessions
api-no-such-session = No existeix aquesta sessió.

# Navegadors de confiança
trusted-title = Navegadors de confiança
trusted-intro = En aquests navegadors es va triar «no ho tornis a demanar»: se salten el codi en iniciar la sessió fins a la data indicada. Si en retireu la confiança, demanarà un codi al proper inici de sessió.
trusted-col-granted = De confiança des de
trusted-col-expires = Fins a
trusted-revoke = Deixa de confiar-hi
trusted-revoke-all = Deixa de confiar en tots els navegadors
trusted-none = Cap navegador se salta el codi en iniciar la sessió.
api-no-such-grant = No existeix aquest navegador de confiança.

# Alertes de seguretat (correus)
alert-new-browser-subject = Nou inici de sessió a { $site }
alert-new-browser = Algú ha iniciat la sessió al vostre compte { $username } de { $site } des d'un navegador que no s'havia fet servir mai amb aquest compte.
alert-device-added-subject = S'ha afegit un dispositiu d'autenticació en dos passos a { $site }
alert-device-added = S'ha afegit { $device } als dispositius d'autenticació en dos passos del vostre compte { $username } a { $site }.
alert-device-removed-subject = S'ha eliminat un dispositiu d'autenticació en dos passos a { $site }
alert-device-removed = S'ha eliminat un dispositiu dels dispositius d'autenticació en dos passos del vostre compte { $username } a { $site }.
alert-backup-tokens-subject = Codis de recuperació nous a { $site }
alert-backup-tokens = S'han generat codis de recuperació nous per al vostre compte { $username } a { $site }; els antics ja no funcionen.
alert-disabled-subject = S'ha desactivat l'autenticació en dos passos a { $site }
alert-disabled = S'ha desactivat l'autenticació en dos passos del vostre compte { $username } a { $site }.
alert-locked-subject = Codis incorrectes a { $site }
alert-locked = El vostre { $device } a { $site } rebutja codis durant una estona després de rebre'n d'incorrectes. Codis incorrectes seguits: { $count }.
alert-when = Quan: { $when }
alert-browser = Navegador: { $browser }
alert-network = Xarxa: { $network }
alert-not-me-link = Si no heu estat vós, tanqueu la sessió a tot arreu aquí i després canvieu la contrasenya: { $url }
alert-not-me-page = Si no heu estat vós, tanqueu la sessió a tot arreu a la pàgina «On teniu la sessió iniciada» de la seguretat del compte ({ $path }) i després canvieu la contrasenya.
alert-unknown = desconegut

# Administració: sessions i navegadors de confiança
admin-sessions = Sessions
admin-no-sessions = Cap sessió activa.
admin-end-session = Finalitza
admin-end-all-sessions = Finalitza totes les sessions
admin-notice-sessions-ended = Sessions finalitzades: { $count }.
admin-notice-untrusted = Navegadors als quals s'ha retirat la confiança: { $count }.
