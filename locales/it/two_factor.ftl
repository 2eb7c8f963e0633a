# actix-two-factor: messaggi in italiano.
# Registro: "tu", come le principali piattaforme in italiano. Termini: codice (token),
# codice di backup, app di autenticazione, autenticazione a due fattori, chiave di
# sicurezza, passkey.

## The page frame (_base.html) and the language switcher

language-name = Italiano

base-account-security = Sicurezza dell'account
base-log-out = Esci
base-log-in = Accedi
base-language = Lingua
base-language-submit = Cambia

## Shared words

wizard-cancel = Annulla
wizard-back = Indietro
wizard-next = Avanti
permission-denied = Permesso negato
enable-two-factor = Attiva l'autenticazione a due fattori
disable-two-factor = Disattiva l'autenticazione a due fattori
two-factor-not-enabled = L'autenticazione a due fattori non è attiva per il tuo account. Attivala per proteggere meglio il tuo account.
back-to-account-security = Torna alla sicurezza dell'account
add-phone-number = Aggiungi numero di telefono
backup-tokens-title = Codici di backup
token-generator = Inserisci il codice generato dalla tua app di autenticazione.
token-call = Ti stiamo chiamando adesso: inserisci le cifre che senti.
token-sms = Ti abbiamo inviato un SMS: inserisci il codice ricevuto.
token-email = Ti abbiamo inviato un'e-mail: inserisci il codice ricevuto.

## Login (core/login.html)

login-title = Accesso
login-credentials = Inserisci le tue credenziali.
login-backup-intro = Usa questo modulo per accedere con un codice di backup. Questi codici sono stati generati perché tu li stampassi e li conservassi al sicuro. Inserisci uno dei codici di backup per accedere al tuo account.
login-submit = Accedi
login-other-methods = Oppure usa uno degli altri tuoi metodi di autenticazione:
login-backup-last-resort = Come ultima risorsa puoi usare un codice di backup:
login-use-backup-token = Usa un codice di backup

## Setup (core/setup.html, core/setup_complete.html)

setup-welcome = Stai per portare la sicurezza del tuo account a un livello superiore. Segui i passaggi di questa procedura per attivare l'autenticazione a due fattori.
setup-method = Scegli il metodo di autenticazione che vuoi usare.
setup-generator-intro = Per iniziare a usare un'app di autenticazione, inquadra con lo smartphone il codice QR qui sotto, per esempio con Google Authenticator, Aegis o FreeOTP.
setup-qr-alt = Codice QR
setup-manual-key = Non riesci a inquadrare il codice? Inserisci invece questa chiave nella tua app:
setup-on-this-phone = Sei su questo telefono?
setup-open-in-app = Aprila nella tua app di autenticazione
setup-app-should-show = L'app dovrebbe mostrare l'emittente “{ $issuer }” e codici di { $digits } cifre.
setup-enter-token = Poi inserisci il codice generato dall'app.
setup-sms-intro = Inserisci il numero di telefono su cui vuoi ricevere gli SMS. Il numero verrà verificato nel passaggio successivo.
setup-call-intro = Inserisci il numero di telefono su cui vuoi essere chiamato. Il numero verrà verificato nel passaggio successivo.
setup-email-intro = Inserisci l'indirizzo e-mail su cui vuoi ricevere i codici. L'indirizzo verrà verificato nel passaggio successivo.
complete-congratulations = Complimenti, hai attivato l'autenticazione a due fattori.
complete-add-phone-hint = Potrebbe però capitare di non avere con te il dispositivo principale. Per poter recuperare l'account, aggiungi un numero di telefono.

## Two-factor required (core/otp_required.html)

otp-required-enforced = Per motivi di sicurezza, la pagina richiesta esige una verifica con l'autenticazione a due fattori. Per accedervi devi attivare queste funzioni di sicurezza.
otp-required-go-back = Torna indietro

## Backup phones (core/phone_register.html)

phone-title = Aggiungi telefono di backup
phone-setup-intro = Stai per aggiungere al tuo account un numero di telefono di backup. Verrà usato se il tuo metodo principale non è disponibile.
phone-validation-intro = Abbiamo inviato un codice al tuo numero di telefono. Inserisci il codice ricevuto.

## Re-authentication (core/reauth.html)

reauth-title = Conferma la tua identità
reauth-intro = Questa azione cambia il modo in cui il tuo account è protetto. Inserisci la password per continuare.
reauth-intro-token = Questa azione cambia il modo in cui il tuo account è protetto. Inserisci la password e un codice ({ $device }) per continuare.
reauth-confirm = Conferma

## Backup tokens (core/backup_tokens.html)

backup-tokens-intro = I codici di backup servono quando il tuo metodo principale e i telefoni di backup non sono disponibili. I codici qui sotto valgono per la verifica all'accesso. Se li hai usati tutti, puoi generarne una nuova serie. Valgono solo i codici mostrati qui sotto.
backup-tokens-print = Stampa questi codici e conservali in un posto sicuro. Vengono mostrati solo adesso.
backup-tokens-unused = { $count ->
    [one] Hai { $count } codice di backup non usato. Per sicurezza non può essere mostrato di nuovo; se l'hai perso, generane di nuovi.
   *[other] Hai { $count } codici di backup non usati. Per sicurezza non possono essere mostrati di nuovo; se li hai persi, generane di nuovi.
}
backup-tokens-none = Non hai ancora codici di backup.
backup-tokens-generate = Genera codici

## Account security (profile/profile.html, profile/disable.html)

profile-title = Sicurezza dell'account
profile-generator = I codici verranno generati dalla tua app di autenticazione.
profile-primary-method = Metodo principale: { $method }.
profile-backup-phones = Numeri di telefono di backup
profile-backup-phones-intro = Se il tuo metodo principale non è disponibile, possiamo inviare codici di backup ai numeri di telefono elencati qui sotto.
profile-unregister = Rimuovi
profile-backup-tokens-intro = Se non hai con te nessun dispositivo, puoi accedere al tuo account con i codici di backup.
profile-backup-tokens-remaining = { $count ->
    [one] Ti resta { $count } codice di backup.
   *[other] Ti restano { $count } codici di backup.
}
profile-no-backup-tokens = Non ti resta nessun codice di backup.
profile-no-backup-tokens-advice = Se perdi il dispositivo non potrai accedere: genera nuovi codici e conservali in un posto sicuro.
profile-few-backup-tokens = { $count ->
    [one] Ti resta solo { $count } codice di backup.
   *[other] Ti restano solo { $count } codici di backup.
}
profile-few-backup-tokens-advice = Genera nuovi codici prima di esaurirli.
profile-show-codes = Mostra codici
profile-disable-intro = Te lo sconsigliamo vivamente, ma puoi anche disattivare l'autenticazione a due fattori per il tuo account.
disable-title = Disattiva l'autenticazione a due fattori
disable-intro = Stai per disattivare l'autenticazione a due fattori. Così il tuo account sarà meno sicuro: vuoi davvero continuare?
disable-submit = Disattiva

## Mail with a code (email/token.txt, email/token.html)

email-subject = Codice di verifica
email-hello = Ciao { $username },
email-code-intro = Il tuo codice di verifica per { $site } è:
email-validity = { $minutes ->
    [one] È valido per { $minutes } minuto e si può usare una sola volta. Se non hai provato ad accedere, ignora questa e-mail; qualcuno potrebbe conoscere la tua password, quindi valuta di cambiarla.
   *[other] È valido per { $minutes } minuti e si può usare una sola volta. Se non hai provato ad accedere, ignora questa e-mail; qualcuno potrebbe conoscere la tua password, quindi valuta di cambiarla.
}

## Text messages and calls (twilio/sms_message.txt, twilio/token.xml)

sms-token = Il tuo codice di verifica è { $token }
voice-token = Il tuo codice è { $token }.
voice-token-again = Ripeto, il tuo codice è { $token }.

## The backup-used alert (signals::backup_used_alert)

alert-subject = Codice di backup usato
alert-body = Ciao { $username },

    ti sei appena verificato con un dispositivo di backup su { $site }. Se non sei stato tu, il tuo account potrebbe essere compromesso: cambia subito la password, controlla i tuoi telefoni di backup e genera nuovi codici di backup.

## The admin (admin/*.html)

admin-title = Amministrazione dell'autenticazione a due fattori
admin-forbidden = Hai effettuato l'accesso come { $username }, ma non sei autorizzato ad accedere a questa pagina. Vuoi accedere con un altro account?
admin-forbidden-login = Accedi con un altro account
admin-users = Utenti
admin-find-label = Cerca un utente per nome utente
admin-find = Cerca
admin-no-user-named = Nessun utente con nome “{ $username }”.
admin-cannot-list = L'archivio utenti di questo sito non può elencare gli utenti. Cerca invece un utente per nome utente.
admin-col-username = Nome utente
admin-col-email = E-mail
admin-col-two-factor = Due fattori
admin-col-staff = Staff
admin-col-active = Attivo
admin-superuser-note = (superutente)
admin-enabled = attiva
admin-disabled = disattivata
admin-yes = sì
admin-no = no
admin-showing = { $total ->
    [one] { $shown } utente mostrato su { $total }; cerca gli altri per nome utente.
   *[other] { $shown } utenti mostrati su { $total }; cerca gli altri per nome utente.
}
admin-no-users = Non ci sono ancora utenti.
admin-role-superuser = superutente
admin-role-staff = staff
admin-role-not-staff = non staff
admin-state-active = attivo
admin-state-inactive = inattivo
admin-user-two-factor = autenticazione a due fattori
admin-devices = Dispositivi
admin-col-device = Dispositivo
admin-col-name = Nome
admin-col-id = Id
admin-col-failures = Tentativi falliti
admin-col-actions = Azioni
admin-verified-your-session = (ha verificato la tua sessione)
admin-reset-failures = Azzera i tentativi falliti
admin-remove = Rimuovi
admin-no-devices = Nessun dispositivo.
admin-backup-tokens = Codici di backup
admin-backup-tokens-remaining = { $count ->
    [one] Resta { $count } codice di backup.
   *[other] Restano { $count } codici di backup.
}
admin-remove-backup-tokens = Rimuovi i codici di backup
admin-failed-attempts = { $count ->
    [one] { $count } tentativo fallito
   *[other] { $count } tentativi falliti
}
admin-reset-backup-failures = Azzera i tentativi falliti sui codici di backup
admin-backup-phones = Telefoni di backup
admin-no-backup-phones = Nessun telefono di backup.
admin-audit-reauth = { $minutes ->
    [one] Ogni modifica in questa pagina ti chiede di confermare la password (e un codice) se l'hai fatto l'ultima volta più di { $minutes } minuto fa; ognuna viene registrata nel registro di controllo.
   *[other] Ogni modifica in questa pagina ti chiede di confermare la password (e un codice) se l'hai fatto l'ultima volta più di { $minutes } minuti fa; ognuna viene registrata nel registro di controllo.
}
admin-audit = Ogni modifica in questa pagina viene registrata nel registro di controllo.
admin-reset-two-factor = Reimposta l'autenticazione a due fattori
admin-reset-intro = Per un utente che ha perso i propri dispositivi: rimuove tutti i dispositivi e i codici di backup, così l'utente accede con la sola password e riattiva l'autenticazione a due fattori.
admin-notice-removed = Rimosso { $device } ({ $id }).
admin-notice-failures-reset = Tentativi falliti azzerati per { $device } ({ $id }).
admin-notice-reset = L'autenticazione a due fattori di { $username } è stata reimpostata.

## Form fields and their messages (forms, views)

field-username = Nome utente
field-password = Password
field-token = Codice
field-method = Metodo
field-phone-number = Numero di telefono
field-phone-help = Con il prefisso internazionale, che inizia con + o 00.
field-email = Indirizzo e-mail
field-understand = Sì, ne sono sicuro
method-generator = App di autenticazione
method-sms = SMS
method-call = Chiamata
method-email = E-mail
form-required = Questo campo è obbligatorio.
form-invalid-token = Codice non valido. Controlla di averlo inserito correttamente.
form-invalid-setup-token = Il codice inserito non è valido.
form-invalid-login = Inserisci un nome utente e una password corretti. Tieni presente che entrambi i campi possono distinguere tra maiuscole e minuscole.
form-timed-out = La sessione è scaduta. Accedi di nuovo.
form-wrong-password = La password inserita non è corretta. Inseriscila di nuovo.
form-invalid-email = Inserisci un indirizzo e-mail valido.
form-invalid-phone = Inserisci un numero di telefono valido, con il prefisso internazionale che inizia con + o 00.

## Devices as the pages name them

device-generator = App di autenticazione
device-backup-tokens = Codici di backup
device-sms = SMS al { $target }
device-call = Chiamata al { $target }
device-email = E-mail a { $target }

## Throttling, time-outs and sending codes

throttle-device = { $count ->
    [one] Verifica temporaneamente disattivata dopo { $count } tentativo fallito, riprova tra poco.
   *[other] Verifica temporaneamente disattivata dopo { $count } tentativi falliti, riprova tra poco.
}
throttle-network = { $seconds ->
    [one] Troppi tentativi falliti dalla tua rete. Riprova tra { $seconds } secondo.
   *[other] Troppi tentativi falliti dalla tua rete. Riprova tra { $seconds } secondi.
}
throttle-account = { $seconds ->
    [one] Troppi tentativi falliti. Riprova tra { $seconds } secondo.
   *[other] Troppi tentativi falliti. Riprova tra { $seconds } secondi.
}
throttle-reauth-logged-out = Sei stato disconnesso dopo troppe conferme della password non riuscite. Accedi di nuovo.
delivery-cooldown = { $seconds ->
    [one] Un codice è stato inviato poco fa. Usa quello, oppure chiedine uno nuovo tra { $seconds } secondo.
   *[other] Un codice è stato inviato poco fa. Usa quello, oppure chiedine uno nuovo tra { $seconds } secondi.
}
delivery-limited-destination = { $minutes ->
    [one] Di recente sono stati inviati troppi codici a questo numero o indirizzo. Riprova tra { $minutes } minuto o usa un altro metodo.
   *[other] Di recente sono stati inviati troppi codici a questo numero o indirizzo. Riprova tra { $minutes } minuti o usa un altro metodo.
}
delivery-limited-user = { $minutes ->
    [one] Di recente sono stati inviati troppi codici per il tuo account. Riprova tra { $minutes } minuto o usa un altro metodo.
   *[other] Di recente sono stati inviati troppi codici per il tuo account. Riprova tra { $minutes } minuti o usa un altro metodo.
}
delivery-failed = Al momento non riusciamo a inviarti un codice. Riprova più tardi o usa un altro metodo.

## Error pages (400, 403, 404, 500, 503)

error-title-400 = Richiesta non valida
error-title-403 = Accesso negato
error-title-404 = Pagina non trovata
error-title-500 = Errore interno del server
error-title-503 = Servizio non disponibile
error-unavailable = Il servizio è temporaneamente non disponibile. Non è stato modificato nulla; riprova tra un momento.
error-unavailable-not-saved = Il servizio è temporaneamente non disponibile. La tua richiesta potrebbe essere stata eseguita, ma non è stato possibile salvare la sessione. Accedi di nuovo.
error-internal = Si è verificato un problema da parte nostra.
error-csrf = Verifica CSRF non riuscita. Richiesta interrotta. Ricarica la pagina e invia di nuovo il modulo.
error-not-found = Non trovato.
error-management-form = I dati del ManagementForm mancano o sono stati manomessi.
error-token-too-long = Il campo del codice è troppo lungo.

## Security keys and passkeys (WebAuthn): login, setup, re-authentication, profile

method-webauthn = Chiave di sicurezza o passkey
token-webauthn = Usa la tua chiave di sicurezza o passkey: premi il pulsante qui sotto, poi tocca la chiave o conferma sul dispositivo.
reauth-intro-webauthn = Questa azione cambia il modo in cui il tuo account è protetto. Inserisci la password e conferma con la chiave di sicurezza per continuare.
reauth-confirm-webauthn = Conferma con la chiave di sicurezza
setup-webauthn-intro = Usa una chiave di sicurezza (USB, NFC o Bluetooth) o il blocco schermo del tuo dispositivo per confermare gli accessi. Se vuoi, dalle un nome, premi il pulsante e segui le istruzioni del browser.
webauthn-needs-js = Le chiavi di sicurezza richiedono JavaScript.
webauthn-needs-js-setup = Attivalo per questo sito, oppure torna indietro e scegli un altro metodo.
webauthn-needs-js-reauth = Attivalo per questo sito per continuare.
webauthn-needs-js-other = Attivalo per questo sito, oppure usa un altro metodo.
webauthn-needs-js-login = { $alternatives ->
    [token] Attivalo per questo sito, oppure inserisci un codice.
    [backup] Attivalo per questo sito, oppure usa un codice di backup.
    [both] Attivalo per questo sito, inserisci un codice oppure usa un codice di backup.
   *[none] Attivalo per questo sito.
}
webauthn-use-key = Usa la chiave di sicurezza
webauthn-passkey-needs-js = L'accesso con una passkey richiede JavaScript; usa il nome utente e la password.
webauthn-passkey-login = Accedi con una passkey
webauthn-register = Registra la chiave di sicurezza
webauthn-profile-title = Chiavi di sicurezza e passkey
webauthn-col-kind = Tipo
webauthn-col-added = Aggiunta
webauthn-col-last-used = Ultimo utilizzo
webauthn-col-actions = Azioni
webauthn-kind-passkey = Passkey
webauthn-kind-security-key = Chiave di sicurezza
webauthn-primary = (principale)
webauthn-never = mai
webauthn-remove = Rimuovi
webauthn-remove-label = Rimuovi { $label }
webauthn-no-keys = Ancora nessuna chiave di sicurezza. Una chiave o una passkey conferma i tuoi accessi con un tocco.
webauthn-add-title = Aggiungi chiave di sicurezza
webauthn-add-intro = Una chiave di sicurezza (USB, NFC o Bluetooth) o il blocco schermo del tuo dispositivo possono confermare i tuoi accessi. Una passkey ti fa anche accedere senza password: richiede il PIN, l'impronta o il volto del tuo dispositivo.
webauthn-add-needs-js = Per aggiungere una chiave di sicurezza serve JavaScript.
webauthn-label-field = Nome
webauthn-label-placeholder = ad es. YubiKey sul portachiavi
webauthn-label-apart = Così potrai distinguere le tue chiavi.
webauthn-label-help = Facoltativo, ad es. “YubiKey sul portachiavi”.
webauthn-add-passkey = Aggiungi una passkey
webauthn-add-key = Aggiungi chiave di sicurezza
device-webauthn-key = Chiave di sicurezza “{ $label }”
device-labelled = { $what } “{ $label }”
webauthn-synced = sincronizzata
webauthn-syncable = non ancora sincronizzata
webauthn-device-bound = legata al dispositivo
webauthn-details = { $provider }, { $sync }
device-webauthn-details = { $description } ({ $details })
webauthn-add-second = La tua unica chiave di sicurezza è legata a un solo dispositivo: se la perdi, perdi l'accesso al tuo account. Aggiungi una seconda chiave o una passkey.
device-webauthn-passkey = Passkey “{ $label }”

## Security keys and passkeys: messages from the server

webauthn-press-button = Premi il pulsante e segui le istruzioni del browser.
webauthn-use-key-hint = Usa la tua chiave di sicurezza: premi il pulsante e segui le istruzioni del browser.
webauthn-no-ceremony = La richiesta della chiave di sicurezza è scaduta o è già stata usata. Riprova.
webauthn-log-in-first = Accedi prima.
webauthn-verify-first = Verifica prima l'accesso con il secondo fattore.
webauthn-reauth-first = Conferma di nuovo la password (ricarica la pagina).
webauthn-login-timed-out = L'accesso è scaduto. Accedi di nuovo.
webauthn-label-control = Il nome non può contenere caratteri di controllo.
webauthn-label-too-long = Il nome può avere al massimo { $max } caratteri.
webauthn-error-malformed = Non è stato possibile leggere la risposta del browser ({ $part }). Riprova.
webauthn-error-key-cbor = Non è stato possibile leggere la chiave pubblica della chiave di sicurezza.
webauthn-error-key-unsupported = La chiave di sicurezza usa un algoritmo che questo sito non supporta.
webauthn-error-key-malformed = La chiave pubblica della chiave di sicurezza non è valida.
webauthn-error-challenge-mismatch = Questa risposta appartiene a un'altra richiesta. Riprova.
webauthn-error-expired = La richiesta è scaduta. Riprova.
webauthn-error-wrong-origin = La risposta proviene da un altro sito ({ $origin }).
webauthn-error-wrong-rp-id = La chiave di sicurezza ha risposto per un altro sito.
webauthn-error-user-not-present = La chiave di sicurezza non è stata toccata.
webauthn-error-user-not-verified = La chiave di sicurezza non ti ha verificato (PIN o biometria). Riprova.
webauthn-error-bad-signature = La firma della chiave di sicurezza non è valida.
webauthn-error-unknown-credential = Questa chiave di sicurezza non è registrata per questo account.
webauthn-error-not-passkey = Questa chiave non è una passkey di questo sito. Accedi con la password.
webauthn-error-passkey-login-disabled = L'accesso con una passkey è disattivato su questo sito.
webauthn-error-counter-regression = Il contatore delle firme di questa chiave di sicurezza è tornato indietro, come succede quando una chiave è stata copiata. È stata rifiutata; contatta gli amministratori del sito.
webauthn-error-replayed = Questa risposta è già stata usata. Riprova.
webauthn-error-already-registered = Questa chiave di sicurezza è già registrata.
webauthn-error-unsupported-attestation = L'attestazione di questo autenticatore ({ $format }) non è supportata; il sito accetta “none” e “packed”.
webauthn-error-not-discoverable = Questo autenticatore non può conservare una passkey. Aggiungilo invece come chiave di sicurezza.
webauthn-error-wrong-ceremony = Questa risposta appartiene a un altro passaggio. Ricomincia.
webauthn-error-model-not-accepted = Questo tipo di autenticatore ({ $model }) non è accettato su questo sito.
webauthn-error-attestation-required = Questo sito accetta solo chiavi di sicurezza che dimostrano il proprio modello (attestazione).
webauthn-error-attestation-untrusted = Non è stato possibile verificare l'attestazione della chiave di sicurezza.
webauthn-error-not-in-metadata = Questo tipo di autenticatore ({ $model }) non è nell'elenco dei modelli noti del sito.
webauthn-error-revoked = Questo tipo di autenticatore ({ $model }) è stato segnalato come revocato o compromesso dal produttore.
webauthn-origin-not-secure = Le chiavi di sicurezza e le passkey richiedono una connessione sicura: apri questo sito in HTTPS (o su http://localhost durante lo sviluppo).
webauthn-origin-ip-address = Le chiavi di sicurezza e le passkey richiedono un nome di dominio, non un indirizzo IP: apri questo sito su { $suggestion } invece di { $address }.
webauthn-origin-bad-host = Il nome host di questa pagina non può essere usato per chiavi di sicurezza e passkey.
webauthn-origin-outside-rp-id = L'indirizzo di questa pagina non fa parte del dominio del sito per le chiavi di sicurezza ({ $rp_id }).
webauthn-origin-not-allowed = L'indirizzo di questa pagina non è tra gli indirizzi del sito per le chiavi di sicurezza.

## Security keys and passkeys: messages of the browser script (webauthn.js)

webauthn-js-unsupported = Questo browser non supporta le chiavi di sicurezza né le passkey. Usa un altro metodo o un browser aggiornato.
webauthn-js-insecure = Le chiavi di sicurezza e le passkey richiedono un indirizzo sicuro (HTTPS, o http://localhost durante lo sviluppo).
webauthn-js-cancelled = La richiesta è stata annullata o è scaduta. Riprova quando la chiave o il dispositivo sono pronti.
webauthn-js-aborted = La richiesta è stata annullata.
webauthn-js-exists = Questa chiave di sicurezza è già registrata nel tuo account.
webauthn-js-security = Questo indirizzo non può usare le chiavi di sicurezza (WebAuthn richiede HTTPS o localhost e un nome di dominio invece di un indirizzo IP).
webauthn-js-network = Impossibile raggiungere il server. Controlla la connessione e riprova.
webauthn-js-failed = Si è verificato un problema con la chiave di sicurezza. Riprova.
webauthn-js-working = Segui le istruzioni del browser: tocca la chiave di sicurezza o conferma sul dispositivo.
api-webauthn-off = Le chiavi di sicurezza non sono attive su questo sito.
api-passkey-off = L'accesso con una passkey non è attivo su questo sito.

## The JSON API's problem details (`detail`)
api-verification-required = Serve una sessione verificata con un secondo fattore.
api-no-removable-device = Nessun telefono di backup, app di autenticazione (finché resta un altro dispositivo) o chiave di sicurezza aggiuntiva con questo id.
api-no-such-device = Dispositivo inesistente.
api-already-enabled = L'autenticazione a due fattori è già attiva (disattivala prima per ricominciare).
api-no-totp-setup = Nessuna configurazione in corso: chiama prima totp_setup.
api-no-phone-methods = Questo sito non invia SMS né fa chiamate.
api-method-choice = method deve essere uno tra: { $methods }.
api-code-not-sent = Non è stato possibile inviare il codice.
api-no-phone-setup = Nessun telefono attende il suo codice: chiama prima phone_add.
api-answer-failed = Non è stato possibile costruire la risposta.
api-credentials-required = username e password sono obbligatori.
api-no-pending-login = Nessun accesso attende un codice (è scaduto o terminato). Accedi di nuovo.
api-no-challenge-device = Nessun telefono o dispositivo e-mail con questo id.
api-password-required = password è obbligatorio.
api-cookie-with-app = Una richiesta di un'app (X-Session-Token o X-Client: app) non deve inviare il cookie di sessione.
api-two-factor-required = L'autenticazione a due fattori è obbligatoria per questo account.
api-session-expired = Il token di sessione è sconosciuto o scaduto. Accedi di nuovo.
api-middleware-missing = Le sessioni delle app richiedono il middleware di two_factor (TwoFactorMiddleware o OtpMiddleware).
api-csrf-header = Verifica CSRF non riuscita: invia il token di `session` nell'intestazione X-CSRFToken.
api-log-in = Accedi.
api-reauthenticate = Conferma prima la password (reauthenticate).
api-body-too-large = Il corpo è più grande di quanto l'API accetti (16 KiB).
api-body-unreadable = Non è stato possibile leggere il corpo.
api-token-too-long = Il codice è troppo lungo.
api-method-not-allowed = Questo percorso non accetta questo metodo.
api-no-operation = L'API non ha nessuna operazione su questo percorso.
api-csrf = Verifica CSRF non riuscita.
api-not-found = Non trovato.
api-overloaded = Troppi accessi contemporanei. Riprova tra un momento.
api-unavailable = Il servizio è temporaneamente non disponibile. Riprova più tardi.
api-body-mismatch = Il corpo JSON non è valido: { $error }.
api-body-not-object = Il corpo deve essere un oggetto JSON.

# Più app di autenticazione, dispositivi con nome
profile-apps = App di autenticazione
profile-apps-intro = Un codice di una qualsiasi di queste app ti fa accedere. Dai un nome a ciascuna per distinguerle.
profile-app-main = (principale)
app-create-title = Aggiungi un'app di autenticazione
app-create-intro = Inquadra il codice QR con la nuova app, dalle un nome e inserisci il codice che mostra.
app-create-submit = Aggiungi app
app-name-placeholder = ad es. Tablet
app-setup-restarted = Quella configurazione era scaduta. Inquadra questo nuovo codice QR e inserisci un suo codice.
device-name-field = Nome
device-rename = Rinomina
device-rename-label = Nuovo nome per { $what }

# Dove hai effettuato l'accesso
session-agent = { $browser } su { $system }
session-agent-unknown-browser = Browser sconosciuto su { $system }
session-agent-unknown = Browser sconosciuto
sessions-title = Dove hai effettuato l'accesso
sessions-intro = Questi browser e queste app hanno effettuato l'accesso al tuo account. Quello che disconnetti esce alla sua richiesta successiva.
sessions-col-browser = Browser
sessions-col-address = Rete
sessions-col-began = Accesso
sessions-col-last-seen = Ultima attività
sessions-app = app
sessions-current = Questa sessione
sessions-revoke = Disconnetti
sessions-revoke-others = Disconnetti ovunque tranne qui
sessions-not-me-title = Non riconosci una sessione?
sessions-not-me = Disconnettila (o disconnettiti ovunque tranne qui), poi cambia la password e controlla i tuoi dispositivi per l'autenticazione a due fattori.
sessions-back = Torna alla sicurezza dell'account
profile-sessions-intro = Guarda i browser e le app che hanno effettuato l'accesso al tuo account e disconnettili.
profile-sessions-link = Le tue sessioni
api-no-such-session = Sessione inesistente.

# Browser attendibili
trusted-title = Browser attendibili
trusted-intro = Per questi browser hai scelto "non chiedere più": saltano il codice all'accesso fino alla data indicata. Se revochi la fiducia a uno, chiederà un codice al prossimo accesso.
trusted-col-granted = Attendibile da
trusted-col-expires = Fino al
trusted-revoke = Revoca la fiducia
trusted-revoke-all = Revoca la fiducia a tutti i browser
trusted-none = Nessun browser salta il codice all'accesso.
api-no-such-grant = Browser attendibile inesistente.

# Avvisi di sicurezza (e-mail)
alert-new-browser-subject = Nuovo accesso a { $site }
alert-new-browser = Qualcuno ha effettuato l'accesso al tuo account { $username } su { $site } da un browser mai usato prima con questo account.
alert-device-added-subject = Aggiunto un dispositivo per l'autenticazione a due fattori su { $site }
alert-device-added = { $device } è stato aggiunto ai dispositivi per l'autenticazione a due fattori del tuo account { $username } su { $site }.
alert-device-removed-subject = Rimosso un dispositivo per l'autenticazione a due fattori su { $site }
alert-device-removed = Un dispositivo è stato rimosso dai dispositivi per l'autenticazione a due fattori del tuo account { $username } su { $site }.
alert-backup-tokens-subject = Nuovi codici di backup su { $site }
alert-backup-tokens = Sono stati generati nuovi codici di backup per il tuo account { $username } su { $site }; quelli vecchi non funzionano più.
alert-disabled-subject = Autenticazione a due fattori disattivata su { $site }
alert-disabled = L'autenticazione a due fattori è stata disattivata per il tuo account { $username } su { $site }.
alert-locked-subject = Codici errati su { $site }
alert-locked = Il tuo { $device } su { $site } rifiuta i codici per un po' dopo quelli errati. Codici errati di fila: { $count }.
alert-when = Quando: { $when }
alert-browser = Browser: { $browser }
alert-network = Rete: { $network }
alert-not-me-link = Se non sei stato tu, disconnettiti ovunque qui e poi cambia la password: { $url }
alert-not-me-page = Se non sei stato tu, disconnettiti ovunque nella pagina "Dove hai effettuato l'accesso" della sicurezza dell'account ({ $path }) e poi cambia la password.
alert-unknown = sconosciuto

# Amministrazione: sessioni e browser attendibili
admin-sessions = Sessioni
admin-no-sessions = Nessuna sessione attiva.
admin-end-session = Termina
admin-end-all-sessions = Termina tutte le sessioni
admin-notice-sessions-ended = Sessioni terminate: { $count }.
admin-notice-untrusted = Browser attendibili revocati: { $count }.
