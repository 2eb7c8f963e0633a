# actix-two-factor: české zprávy.
# Oslovení: vykání ("Zadejte"), jak je v českém softwaru běžné. Termíny: kód, záložní kód,
# ověřovací aplikace, dvoufázové ověření, bezpečnostní klíč, přístupový klíč (passkey).

## The page frame (_base.html) and the language switcher

language-name = Čeština

base-account-security = Zabezpečení účtu
base-log-out = Odhlásit se
base-log-in = Přihlásit se
base-language = Jazyk
base-language-submit = Změnit

## Shared words

wizard-cancel = Zrušit
wizard-back = Zpět
wizard-next = Další
permission-denied = Přístup odepřen
enable-two-factor = Zapnout dvoufázové ověření
disable-two-factor = Vypnout dvoufázové ověření
two-factor-not-enabled = Dvoufázové ověření není pro váš účet zapnuté. Zapněte ho pro lepší zabezpečení účtu.
back-to-account-security = Zpět na zabezpečení účtu
add-phone-number = Přidat telefonní číslo
backup-tokens-title = Záložní kódy
token-generator = Zadejte kód vygenerovaný vaší ověřovací aplikací.
token-call = Právě vám voláme, zadejte číslice, které uslyšíte.
token-sms = Poslali jsme vám SMS, zadejte kód, který jsme poslali.
token-email = Poslali jsme vám e-mail, zadejte kód, který jsme poslali.

## Login (core/login.html)

login-title = Přihlášení
login-credentials = Zadejte své přihlašovací údaje.
login-backup-intro = Tento formulář slouží k přihlášení záložním kódem. Kódy byly vygenerovány, abyste si je vytiskli a uložili na bezpečném místě. Pro přihlášení k účtu zadejte jeden ze záložních kódů.
login-submit = Přihlásit se
login-other-methods = Nebo použijte jednu z dalších metod ověření:
login-backup-last-resort = V krajním případě můžete použít záložní kód:
login-use-backup-token = Použít záložní kód

## Setup (core/setup.html, core/setup_complete.html)

setup-welcome = Chystáte se posunout zabezpečení svého účtu na vyšší úroveň. Dvoufázové ověření zapnete podle kroků tohoto průvodce.
setup-method = Vyberte metodu ověření, kterou chcete používat.
setup-generator-intro = Chcete-li začít používat ověřovací aplikaci, naskenujte chytrým telefonem níže uvedený QR kód, například v aplikaci Google Authenticator, Aegis nebo FreeOTP.
setup-qr-alt = QR kód
setup-manual-key = Nemůžete kód naskenovat? Zadejte místo toho do aplikace tento klíč:
setup-on-this-phone = Jste na tomto telefonu?
setup-open-in-app = Otevřete ho v ověřovací aplikaci
setup-app-should-show = Aplikace by měla zobrazit vydavatele „{ $issuer }“ a kódy o { $digits } číslicích.
setup-enter-token = Potom zadejte kód vygenerovaný aplikací.
setup-sms-intro = Zadejte telefonní číslo, na které chcete dostávat SMS. Číslo bude ověřeno v dalším kroku.
setup-call-intro = Zadejte telefonní číslo, na které vám máme volat. Číslo bude ověřeno v dalším kroku.
setup-email-intro = Zadejte e-mailovou adresu, na kterou chcete dostávat kódy. Adresa bude ověřena v dalším kroku.
complete-congratulations = Gratulujeme, dvoufázové ověření je úspěšně zapnuté.
complete-add-phone-hint = Může se ale stát, že nebudete mít přístup ke svému hlavnímu zařízení. Aby bylo možné účet obnovit, přidejte telefonní číslo.

## Two-factor required (core/otp_required.html)

otp-required-enforced = Požadovaná stránka z bezpečnostních důvodů vyžaduje ověření pomocí dvoufázového ověření. Pro přístup k ní musíte tyto bezpečnostní funkce zapnout.
otp-required-go-back = Zpět

## Backup phones (core/phone_register.html)

phone-title = Přidat záložní telefon
phone-setup-intro = Přidáváte ke svému účtu záložní telefonní číslo. Použije se, když hlavní metoda nebude dostupná.
phone-validation-intro = Na vaše telefonní číslo jsme poslali kód. Zadejte kód, který jste obdrželi.

## Re-authentication (core/reauth.html)

reauth-title = Potvrďte, že jste to vy
reauth-intro = Tato akce mění způsob ochrany vašeho účtu. Pro pokračování zadejte heslo.
reauth-intro-token = Tato akce mění způsob ochrany vašeho účtu. Pro pokračování zadejte heslo a kód ({ $device }).
reauth-confirm = Potvrdit

## Backup tokens (core/backup_tokens.html)

backup-tokens-intro = Záložní kódy se použijí, když hlavní metoda ani záložní telefonní čísla nejsou dostupné. Níže uvedené záložní kódy lze použít k ověření přihlášení. Pokud jste je všechny vyčerpali, můžete vygenerovat novou sadu. Platné jsou pouze kódy zobrazené níže.
backup-tokens-print = Vytiskněte si tyto kódy a uložte je na bezpečném místě. Zobrazují se pouze nyní.
backup-tokens-unused = { $count ->
    [one] Máte { $count } nepoužitý záložní kód. Z bezpečnostních důvodů ho nelze znovu zobrazit; pokud jste ho ztratili, vygenerujte nové.
    [few] Máte { $count } nepoužité záložní kódy. Z bezpečnostních důvodů je nelze znovu zobrazit; pokud jste je ztratili, vygenerujte nové.
    [many] Máte { $count } nepoužitého záložního kódu. Z bezpečnostních důvodů je nelze znovu zobrazit; pokud jste je ztratili, vygenerujte nové.
   *[other] Máte { $count } nepoužitých záložních kódů. Z bezpečnostních důvodů je nelze znovu zobrazit; pokud jste je ztratili, vygenerujte nové.
}
backup-tokens-none = Zatím nemáte žádné záložní kódy.
backup-tokens-generate = Vygenerovat kódy

## Account security (profile/profile.html, profile/disable.html)

profile-title = Zabezpečení účtu
profile-generator = Kódy bude generovat vaše ověřovací aplikace.
profile-primary-method = Hlavní metoda: { $method }.
profile-backup-phones = Záložní telefonní čísla
profile-backup-phones-intro = Pokud hlavní metoda nebude dostupná, můžeme poslat záložní kódy na níže uvedená telefonní čísla.
profile-unregister = Odebrat
profile-backup-tokens-intro = Pokud u sebe nemáte žádné zařízení, můžete se k účtu dostat pomocí záložních kódů.
profile-backup-tokens-remaining = { $count ->
    [one] Zbývá vám { $count } záložní kód.
    [few] Zbývají vám { $count } záložní kódy.
    [many] Zbývá vám { $count } záložního kódu.
   *[other] Zbývá vám { $count } záložních kódů.
}
profile-no-backup-tokens = Nezbývají vám žádné záložní kódy.
profile-no-backup-tokens-advice = Pokud zařízení ztratíte, nepřihlásíte se: vygenerujte nové kódy a uložte je na bezpečném místě.
profile-few-backup-tokens = { $count ->
    [one] Zbývá jen { $count } záložní kód.
    [few] Zbývají jen { $count } záložní kódy.
    [many] Zbývá jen { $count } záložního kódu.
   *[other] Zbývá jen { $count } záložních kódů.
}
profile-few-backup-tokens-advice = Vygenerujte nové kódy, než vám dojdou.
profile-show-codes = Zobrazit kódy
profile-disable-intro = Důrazně to nedoporučujeme, ale dvoufázové ověření můžete pro svůj účet také vypnout.
disable-title = Vypnout dvoufázové ověření
disable-intro = Chystáte se vypnout dvoufázové ověření. Tím oslabíte zabezpečení svého účtu. Opravdu chcete pokračovat?
disable-submit = Vypnout

## Mail with a code (email/token.txt, email/token.html)

email-subject = Ověřovací kód
email-hello = Dobrý den, { $username },
email-code-intro = Váš ověřovací kód pro { $site } je:
email-validity = { $minutes ->
    [one] Platí { $minutes } minutu a lze ho použít jednou. Pokud jste se nepokoušeli přihlásit, tento e-mail ignorujte; někdo může znát vaše heslo, zvažte proto jeho změnu.
    [few] Platí { $minutes } minuty a lze ho použít jednou. Pokud jste se nepokoušeli přihlásit, tento e-mail ignorujte; někdo může znát vaše heslo, zvažte proto jeho změnu.
    [many] Platí { $minutes } minuty a lze ho použít jednou. Pokud jste se nepokoušeli přihlásit, tento e-mail ignorujte; někdo může znát vaše heslo, zvažte proto jeho změnu.
   *[other] Platí { $minutes } minut a lze ho použít jednou. Pokud jste se nepokoušeli přihlásit, tento e-mail ignorujte; někdo může znát vaše heslo, zvažte proto jeho změnu.
}

## Text messages and calls (twilio/sms_message.txt, twilio/token.xml)

sms-token = Váš ověřovací kód je { $token }
voice-token = Váš kód je { $token }.
voice-token-again = Ještě jednou, váš kód je { $token }.

## The backup-used alert (signals::backup_used_alert)

alert-subject = Byl použit záložní kód
alert-body = Dobrý den, { $username },

    právě jste se na webu { $site } ověřili záložním zařízením. Pokud jste to nebyli vy, váš účet mohl být napaden: okamžitě si změňte heslo, zkontrolujte záložní telefonní čísla a vygenerujte nové záložní kódy.

## The admin (admin/*.html)

admin-title = Správa dvoufázového ověření
admin-forbidden = Jste přihlášeni jako { $username }, ale k této stránce nemáte oprávnění. Chcete se přihlásit jiným účtem?
admin-forbidden-login = Přihlásit se jiným účtem
admin-users = Uživatelé
admin-find-label = Najít uživatele podle uživatelského jména
admin-find = Najít
admin-no-user-named = Uživatel „{ $username }“ neexistuje.
admin-cannot-list = Úložiště uživatelů tohoto webu neumí vypsat uživatele. Vyhledejte místo toho uživatele podle uživatelského jména.
admin-col-username = Uživatelské jméno
admin-col-email = E-mail
admin-col-two-factor = Dvoufázové
admin-col-staff = Personál
admin-col-active = Aktivní
admin-superuser-note = (superuživatel)
admin-enabled = zapnuto
admin-disabled = vypnuto
admin-yes = ano
admin-no = ne
admin-showing = { $total ->
    [one] Zobrazeno { $shown } z { $total } uživatele; ostatní najdete podle uživatelského jména.
    [few] Zobrazeno { $shown } z { $total } uživatelů; ostatní najdete podle uživatelského jména.
   *[other] Zobrazeno { $shown } z { $total } uživatelů; ostatní najdete podle uživatelského jména.
}
admin-no-users = Zatím nejsou žádní uživatelé.
admin-role-superuser = superuživatel
admin-role-staff = personál
admin-role-not-staff = mimo personál
admin-state-active = aktivní
admin-state-inactive = neaktivní
admin-user-two-factor = dvoufázové ověření
admin-devices = Zařízení
admin-col-device = Zařízení
admin-col-name = Název
admin-col-id = Id
admin-col-failures = Neúspěšné pokusy
admin-col-actions = Akce
admin-verified-your-session = (ověřilo vaši relaci)
admin-reset-failures = Vynulovat neúspěšné pokusy
admin-remove = Odebrat
admin-no-devices = Žádná zařízení.
admin-backup-tokens = Záložní kódy
admin-backup-tokens-remaining = { $count ->
    [one] Zbývá { $count } záložní kód.
    [few] Zbývají { $count } záložní kódy.
    [many] Zbývá { $count } záložního kódu.
   *[other] Zbývá { $count } záložních kódů.
}
admin-remove-backup-tokens = Odebrat záložní kódy
admin-failed-attempts = { $count ->
    [one] { $count } neúspěšný pokus
    [few] { $count } neúspěšné pokusy
    [many] { $count } neúspěšného pokusu
   *[other] { $count } neúspěšných pokusů
}
admin-reset-backup-failures = Vynulovat neúspěšné pokusy se záložními kódy
admin-backup-phones = Záložní telefony
admin-no-backup-phones = Žádné záložní telefony.
admin-audit-reauth = { $minutes ->
    [one] Každá změna na této stránce vyžaduje potvrzení hesla (a kódu), pokud jste ho naposledy zadali před více než { $minutes } minutou; každá změna se zapisuje do auditního protokolu.
    [few] Každá změna na této stránce vyžaduje potvrzení hesla (a kódu), pokud jste ho naposledy zadali před více než { $minutes } minutami; každá změna se zapisuje do auditního protokolu.
   *[other] Každá změna na této stránce vyžaduje potvrzení hesla (a kódu), pokud jste ho naposledy zadali před více než { $minutes } minutami; každá změna se zapisuje do auditního protokolu.
}
admin-audit = Každá změna na této stránce se zapisuje do auditního protokolu.
admin-reset-two-factor = Obnovit dvoufázové ověření
admin-reset-intro = Pro uživatele, který ztratil svá zařízení: odebere všechna zařízení a záložní kódy, takže se uživatel přihlásí jen heslem a dvoufázové ověření si nastaví znovu.
admin-notice-removed = Odebráno: { $device } ({ $id }).
admin-notice-failures-reset = Neúspěšné pokusy vynulovány: { $device } ({ $id }).
admin-notice-reset = Dvoufázové ověření uživatele { $username } bylo obnoveno.

## Form fields and their messages (forms, views)

field-username = Uživatelské jméno
field-password = Heslo
field-token = Kód
field-method = Metoda
field-phone-number = Telefonní číslo
field-phone-help = Včetně předvolby země, začínající + nebo 00.
field-email = E-mailová adresa
field-understand = Ano, jsem si jistý
method-generator = Ověřovací aplikace
method-sms = SMS
method-call = Telefonní hovor
method-email = E-mail
form-required = Toto pole je povinné.
form-invalid-token = Neplatný kód. Zkontrolujte, že jste ho zadali správně.
form-invalid-setup-token = Zadaný kód není platný.
form-invalid-login = Zadejte správné uživatelské jméno a heslo. V obou polích se mohou rozlišovat velká a malá písmena.
form-timed-out = Platnost relace vypršela. Přihlaste se znovu.
form-wrong-password = Heslo bylo zadáno nesprávně. Zadejte ho znovu.
form-invalid-email = Zadejte platnou e-mailovou adresu.
form-invalid-phone = Zadejte platné telefonní číslo včetně předvolby země, začínající + nebo 00.

## Devices as the pages name them

device-generator = Ověřovací aplikace
device-backup-tokens = Záložní kódy
device-sms = SMS na { $target }
device-call = Hovor na { $target }
device-email = E-mail na { $target }

## Throttling, time-outs and sending codes

throttle-device = { $count ->
    [one] Ověření je dočasně vypnuto kvůli { $count } neúspěšnému pokusu, zkuste to brzy znovu.
    [few] Ověření je dočasně vypnuto kvůli { $count } neúspěšným pokusům, zkuste to brzy znovu.
   *[other] Ověření je dočasně vypnuto kvůli { $count } neúspěšným pokusům, zkuste to brzy znovu.
}
throttle-network = { $seconds ->
    [one] Příliš mnoho neúspěšných pokusů z vaší sítě. Zkuste to znovu za { $seconds } sekundu.
    [few] Příliš mnoho neúspěšných pokusů z vaší sítě. Zkuste to znovu za { $seconds } sekundy.
    [many] Příliš mnoho neúspěšných pokusů z vaší sítě. Zkuste to znovu za { $seconds } sekundy.
   *[other] Příliš mnoho neúspěšných pokusů z vaší sítě. Zkuste to znovu za { $seconds } sekund.
}
throttle-account = { $seconds ->
    [one] Příliš mnoho neúspěšných pokusů. Zkuste to znovu za { $seconds } sekundu.
    [few] Příliš mnoho neúspěšných pokusů. Zkuste to znovu za { $seconds } sekundy.
    [many] Příliš mnoho neúspěšných pokusů. Zkuste to znovu za { $seconds } sekundy.
   *[other] Příliš mnoho neúspěšných pokusů. Zkuste to znovu za { $seconds } sekund.
}
throttle-reauth-logged-out = Po příliš mnoha neúspěšných potvrzeních hesla jste byli odhlášeni. Přihlaste se znovu.
delivery-cooldown = { $seconds ->
    [one] Kód byl odeslán před chvílí. Použijte ho, nebo si o nový požádejte za { $seconds } sekundu.
    [few] Kód byl odeslán před chvílí. Použijte ho, nebo si o nový požádejte za { $seconds } sekundy.
    [many] Kód byl odeslán před chvílí. Použijte ho, nebo si o nový požádejte za { $seconds } sekundy.
   *[other] Kód byl odeslán před chvílí. Použijte ho, nebo si o nový požádejte za { $seconds } sekund.
}
delivery-limited-destination = { $minutes ->
    [one] Na toto číslo nebo adresu bylo nedávno odesláno příliš mnoho kódů. Zkuste to znovu za { $minutes } minutu nebo použijte jinou metodu.
    [few] Na toto číslo nebo adresu bylo nedávno odesláno příliš mnoho kódů. Zkuste to znovu za { $minutes } minuty nebo použijte jinou metodu.
    [many] Na toto číslo nebo adresu bylo nedávno odesláno příliš mnoho kódů. Zkuste to znovu za { $minutes } minuty nebo použijte jinou metodu.
   *[other] Na toto číslo nebo adresu bylo nedávno odesláno příliš mnoho kódů. Zkuste to znovu za { $minutes } minut nebo použijte jinou metodu.
}
delivery-limited-user = { $minutes ->
    [one] Pro váš účet bylo nedávno odesláno příliš mnoho kódů. Zkuste to znovu za { $minutes } minutu nebo použijte jinou metodu.
    [few] Pro váš účet bylo nedávno odesláno příliš mnoho kódů. Zkuste to znovu za { $minutes } minuty nebo použijte jinou metodu.
    [many] Pro váš účet bylo nedávno odesláno příliš mnoho kódů. Zkuste to znovu za { $minutes } minuty nebo použijte jinou metodu.
   *[other] Pro váš účet bylo nedávno odesláno příliš mnoho kódů. Zkuste to znovu za { $minutes } minut nebo použijte jinou metodu.
}
delivery-failed = Momentálně vám nemůžeme poslat kód. Zkuste to později nebo použijte jinou metodu.

## Error pages (400, 403, 404, 500, 503)

error-title-400 = Chybný požadavek
error-title-403 = Zakázáno
error-title-404 = Nenalezeno
error-title-500 = Interní chyba serveru
error-title-503 = Služba je nedostupná
error-unavailable = Služba je dočasně nedostupná. Nic se nezměnilo; zkuste to za chvíli znovu.
error-unavailable-not-saved = Služba je dočasně nedostupná. Váš požadavek mohl být proveden, ale vaši relaci se nepodařilo uložit. Přihlaste se znovu.
error-internal = Na naší straně se něco pokazilo.
error-csrf = Ověření CSRF selhalo. Požadavek byl zrušen. Načtěte stránku znovu a odešlete formulář ještě jednou.
error-not-found = Nenalezeno.
error-management-form = Data ManagementForm chybí nebo byla pozměněna.
error-token-too-long = Pole kódu je příliš dlouhé.

## Security keys and passkeys (WebAuthn): login, setup, re-authentication, profile

method-webauthn = Bezpečnostní klíč nebo přístupový klíč
token-webauthn = Použijte bezpečnostní klíč nebo přístupový klíč: stiskněte tlačítko níže, pak se dotkněte klíče nebo potvrďte na zařízení.
reauth-intro-webauthn = Tato akce mění způsob ochrany vašeho účtu. Pro pokračování zadejte heslo a potvrďte bezpečnostním klíčem.
reauth-confirm-webauthn = Potvrdit bezpečnostním klíčem
setup-webauthn-intro = Potvrzujte svá přihlášení bezpečnostním klíčem (USB, NFC nebo Bluetooth) nebo zámkem obrazovky zařízení. Pokud chcete, pojmenujte ho, stiskněte tlačítko a postupujte podle pokynů prohlížeče.
webauthn-needs-js = Bezpečnostní klíče vyžadují JavaScript.
webauthn-needs-js-setup = Zapněte ho pro tento web, nebo se vraťte a zvolte jinou metodu.
webauthn-needs-js-reauth = Pro pokračování ho pro tento web zapněte.
webauthn-needs-js-other = Zapněte ho pro tento web, nebo použijte jinou metodu.
webauthn-needs-js-login = { $alternatives ->
    [token] Zapněte ho pro tento web, nebo zadejte kód.
    [backup] Zapněte ho pro tento web, nebo použijte záložní kód.
    [both] Zapněte ho pro tento web, zadejte kód, nebo použijte záložní kód.
   *[none] Zapněte ho pro tento web.
}
webauthn-use-key = Použít bezpečnostní klíč
webauthn-passkey-needs-js = Přihlášení přístupovým klíčem vyžaduje JavaScript; použijte uživatelské jméno a heslo.
webauthn-passkey-login = Přihlásit se přístupovým klíčem
webauthn-register = Zaregistrovat bezpečnostní klíč
webauthn-profile-title = Bezpečnostní klíče a přístupové klíče
webauthn-col-kind = Druh
webauthn-col-added = Přidáno
webauthn-col-last-used = Naposledy použito
webauthn-col-actions = Akce
webauthn-kind-passkey = Přístupový klíč
webauthn-kind-security-key = Bezpečnostní klíč
webauthn-primary = (hlavní)
webauthn-never = nikdy
webauthn-remove = Odebrat
webauthn-remove-label = Odebrat { $label }
webauthn-no-keys = Zatím žádné bezpečnostní klíče. Bezpečnostní klíč nebo přístupový klíč potvrdí vaše přihlášení jedním dotykem.
webauthn-add-title = Přidat bezpečnostní klíč
webauthn-add-intro = Bezpečnostní klíč (USB, NFC nebo Bluetooth) nebo zámek obrazovky zařízení mohou potvrzovat vaše přihlášení. Přístupový klíč vás přihlásí i bez hesla: vyžaduje PIN, otisk prstu nebo obličej na vašem zařízení.
webauthn-add-needs-js = Přidání bezpečnostního klíče vyžaduje JavaScript.
webauthn-label-field = Název
webauthn-label-placeholder = např. YubiKey na klíčích
webauthn-label-apart = Abyste své klíče později rozlišili.
webauthn-label-help = Nepovinné, např. „YubiKey na klíčích“.
webauthn-add-passkey = Přidat přístupový klíč
webauthn-add-key = Přidat bezpečnostní klíč
device-webauthn-key = Bezpečnostní klíč „{ $label }“
device-labelled = { $what } „{ $label }“
webauthn-synced = synchronizovaný
webauthn-syncable = zatím nesynchronizovaný
webauthn-device-bound = vázaný na zařízení
webauthn-details = { $provider }, { $sync }
device-webauthn-details = { $description } ({ $details })
webauthn-add-second = Váš jediný bezpečnostní klíč je vázaný na jedno zařízení: když ho ztratíte, ztratíte přístup k účtu. Přidejte druhý klíč nebo přístupový klíč.
device-webauthn-passkey = Přístupový klíč „{ $label }“

## Security keys and passkeys: messages from the server

webauthn-press-button = Stiskněte tlačítko a postupujte podle pokynů prohlížeče.
webauthn-use-key-hint = Použijte bezpečnostní klíč: stiskněte tlačítko a postupujte podle pokynů prohlížeče.
webauthn-no-ceremony = Platnost požadavku na bezpečnostní klíč vypršela nebo už byl použit. Zkuste to znovu.
webauthn-log-in-first = Nejprve se přihlaste.
webauthn-verify-first = Nejprve ověřte přihlášení druhým faktorem.
webauthn-reauth-first = Potvrďte znovu heslo (načtěte stránku znovu).
webauthn-login-timed-out = Platnost přihlášení vypršela. Přihlaste se znovu.
webauthn-label-control = Název nesmí obsahovat řídicí znaky.
webauthn-label-too-long = Název může mít nejvýše { $max } znaků.
webauthn-error-malformed = Odpověď prohlížeče se nepodařilo přečíst ({ $part }). Zkuste to znovu.
webauthn-error-key-cbor = Veřejný klíč bezpečnostního klíče se nepodařilo přečíst.
webauthn-error-key-unsupported = Bezpečnostní klíč používá algoritmus, který tento web nepodporuje.
webauthn-error-key-malformed = Veřejný klíč bezpečnostního klíče je poškozený.
webauthn-error-challenge-mismatch = Tato odpověď patří k jinému požadavku. Zkuste to znovu.
webauthn-error-expired = Platnost požadavku vypršela. Zkuste to znovu.
webauthn-error-wrong-origin = Odpověď přišla z jiného webu ({ $origin }).
webauthn-error-wrong-rp-id = Bezpečnostní klíč odpověděl pro jiný web.
webauthn-error-user-not-present = Bezpečnostního klíče se nikdo nedotkl.
webauthn-error-user-not-verified = Bezpečnostní klíč vás neověřil (PIN nebo biometrie). Zkuste to znovu.
webauthn-error-bad-signature = Podpis bezpečnostního klíče není platný.
webauthn-error-unknown-credential = Tento bezpečnostní klíč není pro tento účet zaregistrovaný.
webauthn-error-not-passkey = Tento klíč není přístupovým klíčem tohoto webu. Přihlaste se heslem.
webauthn-error-passkey-login-disabled = Přihlášení přístupovým klíčem je na tomto webu vypnuté.
webauthn-error-counter-regression = Čítač podpisů tohoto bezpečnostního klíče se vrátil zpět, k čemuž dochází, když byl klíč zkopírován. Byl odmítnut; kontaktujte správce webu.
webauthn-error-replayed = Tato odpověď už byla použita. Zkuste to znovu.
webauthn-error-already-registered = Tento bezpečnostní klíč je už zaregistrovaný.
webauthn-error-unsupported-attestation = Atestace tohoto autentizátoru ({ $format }) není podporovaná; web přijímá „none“ a „packed“.
webauthn-error-not-discoverable = Tento autentizátor neumí uložit přístupový klíč. Přidejte ho místo toho jako bezpečnostní klíč.
webauthn-error-wrong-ceremony = Tato odpověď patří k jinému kroku. Začněte znovu.
webauthn-error-model-not-accepted = Tento druh autentizátoru ({ $model }) není na tomto webu přijímán.
webauthn-error-attestation-required = Tento web přijímá pouze bezpečnostní klíče, které prokážou svůj model (atestace).
webauthn-error-attestation-untrusted = Atestaci bezpečnostního klíče se nepodařilo ověřit.
webauthn-error-not-in-metadata = Tento druh autentizátoru ({ $model }) není v seznamu známých modelů webu.
webauthn-error-revoked = Výrobce nahlásil tento druh autentizátoru ({ $model }) jako odvolaný nebo kompromitovaný.
webauthn-origin-not-secure = Bezpečnostní klíče a přístupové klíče vyžadují zabezpečené připojení: otevřete tento web přes HTTPS (nebo během vývoje na http://localhost).
webauthn-origin-ip-address = Bezpečnostní klíče a přístupové klíče vyžadují doménové jméno, ne IP adresu: otevřete tento web na { $suggestion } místo { $address }.
webauthn-origin-bad-host = Název hostitele této stránky nelze použít pro bezpečnostní klíče a přístupové klíče.
webauthn-origin-outside-rp-id = Adresa této stránky nepatří do domény webu pro bezpečnostní klíče ({ $rp_id }).
webauthn-origin-not-allowed = Adresa této stránky není mezi adresami webu pro bezpečnostní klíče.

## Security keys and passkeys: messages of the browser script (webauthn.js)

webauthn-js-unsupported = Tento prohlížeč nepodporuje bezpečnostní klíče ani přístupové klíče. Použijte jinou metodu nebo aktuální prohlížeč.
webauthn-js-insecure = Bezpečnostní klíče a přístupové klíče vyžadují zabezpečenou adresu (HTTPS, nebo během vývoje http://localhost).
webauthn-js-cancelled = Požadavek byl zrušen nebo vypršel. Zkuste to znovu, až bude klíč nebo zařízení připravené.
webauthn-js-aborted = Požadavek byl zrušen.
webauthn-js-exists = Tento bezpečnostní klíč je už ve vašem účtu zaregistrovaný.
webauthn-js-security = Tato adresa nemůže používat bezpečnostní klíče (WebAuthn vyžaduje HTTPS nebo localhost a doménové jméno místo IP adresy).
webauthn-js-network = Server není dostupný. Zkontrolujte připojení a zkuste to znovu.
webauthn-js-failed = S bezpečnostním klíčem se něco pokazilo. Zkuste to znovu.
webauthn-js-working = Postupujte podle pokynů prohlížeče: dotkněte se bezpečnostního klíče nebo potvrďte na zařízení.
api-webauthn-off = Bezpečnostní klíče nejsou na tomto webu zapnuté.
api-passkey-off = Přihlášení přístupovým klíčem není na tomto webu zapnuté.

## The JSON API's problem details (`detail`)
api-verification-required = Vyžaduje to relaci ověřenou druhým faktorem.
api-no-removable-device = Takový záložní telefon, ověřovací aplikace (dokud zůstává jiné zařízení) ani další bezpečnostní klíč neexistuje.
api-no-such-device = Takové zařízení neexistuje.
api-already-enabled = Dvoufázové ověření je už zapnuté (pro nový začátek ho nejprve vypněte).
api-no-totp-setup = Žádné nastavení neprobíhá: nejprve zavolejte totp_setup.
api-no-phone-methods = Tento web neposílá SMS ani nevolá.
api-method-choice = method musí být jedna z hodnot: { $methods }.
api-code-not-sent = Kód se nepodařilo odeslat.
api-no-phone-setup = Žádný telefon nečeká na kód: nejprve zavolejte phone_add.
api-answer-failed = Odpověď se nepodařilo sestavit.
api-credentials-required = username a password jsou povinné.
api-no-pending-login = Žádné přihlášení nečeká na kód (vypršelo nebo skončilo). Přihlaste se znovu.
api-no-challenge-device = Takový telefon ani e-mailové zařízení neexistuje.
api-password-required = password je povinné.
api-cookie-with-app = Požadavek aplikace (X-Session-Token nebo X-Client: app) nesmí posílat cookie relace.
api-two-factor-required = Pro tento účet je dvoufázové ověření povinné.
api-session-expired = Token relace je neznámý nebo vypršel. Přihlaste se znovu.
api-middleware-missing = Relace aplikací vyžadují middleware two_factor (TwoFactorMiddleware nebo OtpMiddleware).
api-csrf-header = Ověření CSRF selhalo: pošlete token z `session` v hlavičce X-CSRFToken.
api-log-in = Přihlaste se.
api-reauthenticate = Nejprve potvrďte heslo (reauthenticate).
api-body-too-large = Tělo je větší, než API přijímá (16 KiB).
api-body-unreadable = Tělo se nepodařilo přečíst.
api-token-too-long = Kód je příliš dlouhý.
api-method-not-allowed = Tato cesta tuto metodu nepřijímá.
api-no-operation = API na této cestě nemá žádnou operaci.
api-csrf = Ověření CSRF selhalo.
api-not-found = Nenalezeno.
api-overloaded = Příliš mnoho přihlášení najednou. Zkuste to za chvíli znovu.
api-unavailable = Služba je dočasně nedostupná. Zkuste to později.
api-body-mismatch = Tělo JSON neodpovídá: { $error }.
api-body-not-object = Tělo musí být objekt JSON.

# Více ověřovacích aplikací, pojmenovaná zařízení
profile-apps = Ověřovací aplikace
profile-apps-intro = Přihlásí vás kód z kterékoli z těchto aplikací. Pojmenujte každou, abyste je rozlišili.
profile-app-main = (hlavní)
app-create-title = Přidat ověřovací aplikaci
app-create-intro = Naskenujte QR kód novou aplikací, pojmenujte ji a zadejte kód, který zobrazí.
app-create-submit = Přidat aplikaci
app-name-placeholder = např. Tablet
app-setup-restarted = Platnost tohoto nastavení vypršela. Naskenujte tento nový QR kód a zadejte z něj kód.
device-name-field = Název
device-rename = Přejmenovat
device-rename-label = Nový název pro { $what }

# Kde jste přihlášeni
session-agent = { $browser } v systému { $system }
session-agent-unknown-browser = Neznámý prohlížeč v systému { $system }
session-agent-unknown = Neznámý prohlížeč
sessions-title = Kde jste přihlášeni
sessions-intro = Tyto prohlížeče a aplikace jsou přihlášené k vašemu účtu. Relace, kterou odhlásíte, skončí při svém dalším požadavku.
sessions-col-browser = Prohlížeč
sessions-col-address = Síť
sessions-col-began = Přihlášení
sessions-col-last-seen = Poslední aktivita
sessions-app = aplikace
sessions-current = Tato relace
sessions-revoke = Odhlásit
sessions-revoke-others = Odhlásit všude jinde
sessions-not-me-title = Nepoznáváte relaci?
sessions-not-me = Odhlaste ji (nebo se odhlaste všude jinde), pak si změňte heslo a zkontrolujte zařízení pro dvoufázové ověření.
sessions-back = Zpět na zabezpečení účtu
profile-sessions-intro = Podívejte se, které prohlížeče a aplikace jsou přihlášené k vašemu účtu, a odhlaste je.
profile-sessions-link = Vaše relace
api-no-such-session = Taková relace neexistuje.

# Důvěryhodné prohlížeče
trusted-title = Důvěryhodné prohlížeče
trusted-intro = U těchto prohlížečů bylo zvoleno „už se neptat“: do zobrazeného data při přihlášení přeskakují kód. Když některému důvěru odeberete, při příštím přihlášení si kód vyžádá.
trusted-col-granted = Důvěryhodný od
trusted-col-expires = Do
trusted-revoke = Přestat důvěřovat
trusted-revoke-all = Přestat důvěřovat všem prohlížečům
trusted-none = Žádný prohlížeč při přihlášení nepřeskakuje kód.
api-no-such-grant = Takový důvěryhodný prohlížeč neexistuje.

# Bezpečnostní upozornění (e-maily)
alert-new-browser-subject = Nové přihlášení na { $site }
alert-new-browser = Někdo se přihlásil k vašemu účtu { $username } na { $site } z prohlížeče, který s tímto účtem dosud nebyl použit.
alert-device-added-subject = Na { $site } bylo přidáno zařízení pro dvoufázové ověření
alert-device-added = K zařízením pro dvoufázové ověření vašeho účtu { $username } na { $site } bylo přidáno: { $device }.
alert-device-removed-subject = Na { $site } bylo odebráno zařízení pro dvoufázové ověření
alert-device-removed = Ze zařízení pro dvoufázové ověření vašeho účtu { $username } na { $site } bylo odebráno jedno zařízení.
alert-backup-tokens-subject = Nové záložní kódy na { $site }
alert-backup-tokens = Pro váš účet { $username } na { $site } byly vygenerovány nové záložní kódy; staré už nefungují.
alert-disabled-subject = Dvoufázové ověření na { $site } bylo vypnuto
alert-disabled = Dvoufázové ověření pro váš účet { $username } na { $site } bylo vypnuto.
alert-locked-subject = Nesprávné kódy na { $site }
alert-locked = Vaše zařízení { $device } na { $site } po nesprávných kódech chvíli odmítá kódy. Nesprávných kódů za sebou: { $count }.
alert-when = Kdy: { $when }
alert-browser = Prohlížeč: { $browser }
alert-network = Síť: { $network }
alert-not-me-link = Pokud jste to nebyli vy, odhlaste se zde všude a pak si změňte heslo: { $url }
alert-not-me-page = Pokud jste to nebyli vy, odhlaste se všude na stránce „Kde jste přihlášeni“ v zabezpečení účtu ({ $path }) a pak si změňte heslo.
alert-unknown = neznámé

# Správa: relace a důvěryhodné prohlížeče
admin-sessions = Relace
admin-no-sessions = Žádná aktivní relace.
admin-end-session = Ukončit
admin-end-all-sessions = Ukončit všechny relace
admin-notice-sessions-ended = Ukončené relace: { $count }.
admin-notice-untrusted = Prohlížeče, kterým byla odebrána důvěra: { $count }.
