# actix-two-factor: komunikaty po polsku.
# Rejestr: tryb rozkazujący w 2. osobie ("Wpisz", "Zaloguj się"), jak w głównych serwisach.
# Terminy: kod, kod zapasowy, aplikacja uwierzytelniająca, uwierzytelnianie dwuskładnikowe,
# klucz bezpieczeństwa, klucz dostępu (passkey).

## The page frame (_base.html) and the language switcher

language-name = Polski

base-account-security = Bezpieczeństwo konta
base-log-out = Wyloguj się
base-log-in = Zaloguj się
base-language = Język
base-language-submit = Zmień

## Shared words

wizard-cancel = Anuluj
wizard-back = Wstecz
wizard-next = Dalej
permission-denied = Brak uprawnień
enable-two-factor = Włącz uwierzytelnianie dwuskładnikowe
disable-two-factor = Wyłącz uwierzytelnianie dwuskładnikowe
two-factor-not-enabled = Uwierzytelnianie dwuskładnikowe nie jest włączone na Twoim koncie. Włącz je, aby lepiej chronić konto.
back-to-account-security = Wróć do bezpieczeństwa konta
add-phone-number = Dodaj numer telefonu
backup-tokens-title = Kody zapasowe
token-generator = Wpisz kod wygenerowany przez aplikację uwierzytelniającą.
token-call = Właśnie do Ciebie dzwonimy. Wpisz cyfry, które usłyszysz.
token-sms = Wysłaliśmy Ci SMS. Wpisz otrzymany kod.
token-email = Wysłaliśmy Ci e-mail. Wpisz otrzymany kod.

## Login (core/login.html)

login-title = Logowanie
login-credentials = Wpisz dane logowania.
login-backup-intro = Użyj tego formularza, aby zalogować się kodem zapasowym. Te kody zostały wygenerowane, abyś je wydrukował i przechowywał w bezpiecznym miejscu. Wpisz jeden z kodów zapasowych, aby zalogować się na konto.
login-submit = Zaloguj się
login-other-methods = Możesz też użyć jednej z pozostałych metod uwierzytelniania:
login-backup-last-resort = W ostateczności możesz użyć kodu zapasowego:
login-use-backup-token = Użyj kodu zapasowego

## Setup (core/setup.html, core/setup_complete.html)

setup-welcome = Za chwilę wzmocnisz bezpieczeństwo swojego konta. Wykonaj kolejne kroki, aby włączyć uwierzytelnianie dwuskładnikowe.
setup-method = Wybierz metodę uwierzytelniania, której chcesz używać.
setup-generator-intro = Aby zacząć korzystać z aplikacji uwierzytelniającej, zeskanuj smartfonem poniższy kod QR, na przykład w Google Authenticator, Aegis lub FreeOTP.
setup-qr-alt = Kod QR
setup-manual-key = Nie możesz zeskanować kodu? Wpisz w aplikacji ten klucz:
setup-on-this-phone = Jesteś na tym telefonie?
setup-open-in-app = Otwórz go w aplikacji uwierzytelniającej
setup-app-should-show = Aplikacja powinna pokazać wystawcę „{ $issuer }” i kody o długości { $digits } cyfr.
setup-enter-token = Następnie wpisz kod wygenerowany przez aplikację.
setup-sms-intro = Wpisz numer telefonu, na który chcesz otrzymywać SMS-y. Numer zostanie zweryfikowany w następnym kroku.
setup-call-intro = Wpisz numer telefonu, pod który mamy dzwonić. Numer zostanie zweryfikowany w następnym kroku.
setup-email-intro = Wpisz adres e-mail, na który chcesz otrzymywać kody. Adres zostanie zweryfikowany w następnym kroku.
complete-congratulations = Gratulacje, uwierzytelnianie dwuskładnikowe jest włączone.
complete-add-phone-hint = Może się jednak zdarzyć, że nie będziesz mieć przy sobie głównego urządzenia. Aby móc odzyskać konto, dodaj numer telefonu.

## Two-factor required (core/otp_required.html)

otp-required-enforced = Ze względów bezpieczeństwa żądana strona wymaga weryfikacji za pomocą uwierzytelniania dwuskładnikowego. Aby ją otworzyć, włącz te zabezpieczenia.
otp-required-go-back = Wróć

## Backup phones (core/phone_register.html)

phone-title = Dodaj zapasowy telefon
phone-setup-intro = Dodajesz do konta zapasowy numer telefonu. Zostanie użyty, gdy Twoja główna metoda będzie niedostępna.
phone-validation-intro = Wysłaliśmy kod na Twój numer telefonu. Wpisz otrzymany kod.

## Re-authentication (core/reauth.html)

reauth-title = Potwierdź, że to Ty
reauth-intro = Ta czynność zmienia sposób ochrony Twojego konta. Aby kontynuować, wpisz hasło.
reauth-intro-token = Ta czynność zmienia sposób ochrony Twojego konta. Aby kontynuować, wpisz hasło i kod ({ $device }).
reauth-confirm = Potwierdź

## Backup tokens (core/backup_tokens.html)

backup-tokens-intro = Kody zapasowe przydają się, gdy główna metoda i zapasowe numery telefonów są niedostępne. Poniższych kodów można użyć do weryfikacji logowania. Jeśli wykorzystasz wszystkie, możesz wygenerować nowy zestaw. Ważne są tylko kody pokazane poniżej.
backup-tokens-print = Wydrukuj te kody i przechowuj je w bezpiecznym miejscu. Są pokazywane tylko teraz.
backup-tokens-unused = { $count ->
    [one] Masz { $count } niewykorzystany kod zapasowy. Ze względów bezpieczeństwa nie można go pokazać ponownie; jeśli go zgubisz, wygeneruj nowe.
    [few] Masz { $count } niewykorzystane kody zapasowe. Ze względów bezpieczeństwa nie można ich pokazać ponownie; jeśli je zgubisz, wygeneruj nowe.
    [many] Masz { $count } niewykorzystanych kodów zapasowych. Ze względów bezpieczeństwa nie można ich pokazać ponownie; jeśli je zgubisz, wygeneruj nowe.
   *[other] Masz { $count } niewykorzystanego kodu zapasowego. Ze względów bezpieczeństwa nie można ich pokazać ponownie; jeśli je zgubisz, wygeneruj nowe.
}
backup-tokens-none = Nie masz jeszcze kodów zapasowych.
backup-tokens-generate = Wygeneruj kody

## Account security (profile/profile.html, profile/disable.html)

profile-title = Bezpieczeństwo konta
profile-generator = Kody będzie generować aplikacja uwierzytelniająca.
profile-primary-method = Główna metoda: { $method }.
profile-backup-phones = Zapasowe numery telefonów
profile-backup-phones-intro = Jeśli główna metoda jest niedostępna, możemy wysłać kody zapasowe na poniższe numery telefonów.
profile-unregister = Usuń
profile-backup-tokens-intro = Jeśli nie masz przy sobie żadnego urządzenia, możesz zalogować się kodami zapasowymi.
profile-backup-tokens-remaining = { $count ->
    [one] Został Ci { $count } kod zapasowy.
    [few] Zostały Ci { $count } kody zapasowe.
    [many] Zostało Ci { $count } kodów zapasowych.
   *[other] Zostało Ci { $count } kodu zapasowego.
}
profile-no-backup-tokens = Nie masz już kodów zapasowych.
profile-no-backup-tokens-advice = Jeśli zgubisz urządzenie, nie zalogujesz się: wygeneruj nowe kody i przechowuj je w bezpiecznym miejscu.
profile-few-backup-tokens = { $count ->
    [one] Został tylko { $count } kod zapasowy.
    [few] Zostały tylko { $count } kody zapasowe.
    [many] Zostało tylko { $count } kodów zapasowych.
   *[other] Zostało tylko { $count } kodu zapasowego.
}
profile-few-backup-tokens-advice = Wygeneruj nowe kody, zanim się skończą.
profile-show-codes = Pokaż kody
profile-disable-intro = Zdecydowanie to odradzamy, ale możesz też wyłączyć uwierzytelnianie dwuskładnikowe na swoim koncie.
disable-title = Wyłącz uwierzytelnianie dwuskładnikowe
disable-intro = Za chwilę wyłączysz uwierzytelnianie dwuskładnikowe. To osłabi ochronę Twojego konta. Czy na pewno?
disable-submit = Wyłącz

## Mail with a code (email/token.txt, email/token.html)

email-subject = Kod weryfikacyjny
email-hello = Cześć { $username },
email-code-intro = Twój kod weryfikacyjny do { $site } to:
email-validity = { $minutes ->
    [one] Jest ważny przez { $minutes } minutę i można go użyć raz. Jeśli nie próbowałeś się zalogować, zignoruj tę wiadomość; ktoś może znać Twoje hasło, więc rozważ jego zmianę.
    [few] Jest ważny przez { $minutes } minuty i można go użyć raz. Jeśli nie próbowałeś się zalogować, zignoruj tę wiadomość; ktoś może znać Twoje hasło, więc rozważ jego zmianę.
    [many] Jest ważny przez { $minutes } minut i można go użyć raz. Jeśli nie próbowałeś się zalogować, zignoruj tę wiadomość; ktoś może znać Twoje hasło, więc rozważ jego zmianę.
   *[other] Jest ważny przez { $minutes } minuty i można go użyć raz. Jeśli nie próbowałeś się zalogować, zignoruj tę wiadomość; ktoś może znać Twoje hasło, więc rozważ jego zmianę.
}

## Text messages and calls (twilio/sms_message.txt, twilio/token.xml)

sms-token = Twój kod weryfikacyjny to { $token }
voice-token = Twój kod to { $token }.
voice-token-again = Powtarzam, Twój kod to { $token }.

## The backup-used alert (signals::backup_used_alert)

alert-subject = Użyto kodu zapasowego
alert-body = Cześć { $username },

    właśnie zweryfikowano Cię za pomocą zapasowego urządzenia w { $site }. Jeśli to nie Ty, Twoje konto mogło zostać przejęte: natychmiast zmień hasło, sprawdź zapasowe numery telefonów i wygeneruj nowe kody zapasowe.

## The admin (admin/*.html)

admin-title = Administracja uwierzytelnianiem dwuskładnikowym
admin-forbidden = Jesteś zalogowany jako { $username }, ale nie masz uprawnień do tej strony. Czy chcesz zalogować się na inne konto?
admin-forbidden-login = Zaloguj się na inne konto
admin-users = Użytkownicy
admin-find-label = Znajdź użytkownika po nazwie
admin-find = Znajdź
admin-no-user-named = Brak użytkownika o nazwie „{ $username }”.
admin-cannot-list = Magazyn użytkowników tej witryny nie potrafi ich wyliczyć. Wyszukaj użytkownika po nazwie.
admin-col-username = Nazwa użytkownika
admin-col-email = E-mail
admin-col-two-factor = Dwa składniki
admin-col-staff = Personel
admin-col-active = Aktywny
admin-superuser-note = (superużytkownik)
admin-enabled = włączone
admin-disabled = wyłączone
admin-yes = tak
admin-no = nie
admin-showing = { $total ->
    [one] Pokazano { $shown } z { $total } użytkownika; pozostałych znajdziesz po nazwie.
    [few] Pokazano { $shown } z { $total } użytkowników; pozostałych znajdziesz po nazwie.
    [many] Pokazano { $shown } z { $total } użytkowników; pozostałych znajdziesz po nazwie.
   *[other] Pokazano { $shown } z { $total } użytkowników; pozostałych znajdziesz po nazwie.
}
admin-no-users = Nie ma jeszcze użytkowników.
admin-role-superuser = superużytkownik
admin-role-staff = personel
admin-role-not-staff = spoza personelu
admin-state-active = aktywny
admin-state-inactive = nieaktywny
admin-user-two-factor = uwierzytelnianie dwuskładnikowe
admin-devices = Urządzenia
admin-col-device = Urządzenie
admin-col-name = Nazwa
admin-col-id = Id
admin-col-failures = Nieudane próby
admin-col-actions = Działania
admin-verified-your-session = (zweryfikowało Twoją sesję)
admin-reset-failures = Wyzeruj nieudane próby
admin-remove = Usuń
admin-no-devices = Brak urządzeń.
admin-backup-tokens = Kody zapasowe
admin-backup-tokens-remaining = { $count ->
    [one] Pozostał { $count } kod zapasowy.
    [few] Pozostały { $count } kody zapasowe.
    [many] Pozostało { $count } kodów zapasowych.
   *[other] Pozostało { $count } kodu zapasowego.
}
admin-remove-backup-tokens = Usuń kody zapasowe
admin-failed-attempts = { $count ->
    [one] { $count } nieudana próba
    [few] { $count } nieudane próby
    [many] { $count } nieudanych prób
   *[other] { $count } nieudanej próby
}
admin-reset-backup-failures = Wyzeruj nieudane próby kodów zapasowych
admin-backup-phones = Zapasowe telefony
admin-no-backup-phones = Brak zapasowych telefonów.
admin-audit-reauth = { $minutes ->
    [one] Każda zmiana na tej stronie wymaga potwierdzenia hasła (i kodu), jeśli ostatnio zrobiono to ponad { $minutes } minutę temu; każda jest zapisywana w dzienniku audytu.
    [few] Każda zmiana na tej stronie wymaga potwierdzenia hasła (i kodu), jeśli ostatnio zrobiono to ponad { $minutes } minuty temu; każda jest zapisywana w dzienniku audytu.
    [many] Każda zmiana na tej stronie wymaga potwierdzenia hasła (i kodu), jeśli ostatnio zrobiono to ponad { $minutes } minut temu; każda jest zapisywana w dzienniku audytu.
   *[other] Każda zmiana na tej stronie wymaga potwierdzenia hasła (i kodu), jeśli ostatnio zrobiono to ponad { $minutes } minuty temu; każda jest zapisywana w dzienniku audytu.
}
admin-audit = Każda zmiana na tej stronie jest zapisywana w dzienniku audytu.
admin-reset-two-factor = Zresetuj uwierzytelnianie dwuskładnikowe
admin-reset-intro = Dla użytkownika, który zgubił urządzenia: usuwa wszystkie urządzenia i kody zapasowe, dzięki czemu loguje się on samym hasłem i ponownie konfiguruje uwierzytelnianie dwuskładnikowe.
admin-notice-removed = Usunięto { $device } ({ $id }).
admin-notice-failures-reset = Wyzerowano nieudane próby dla { $device } ({ $id }).
admin-notice-reset = Zresetowano uwierzytelnianie dwuskładnikowe użytkownika { $username }.

## Form fields and their messages (forms, views)

field-username = Nazwa użytkownika
field-password = Hasło
field-token = Kod
field-method = Metoda
field-phone-number = Numer telefonu
field-phone-help = Z numerem kierunkowym kraju, zaczynając od + lub 00.
field-email = Adres e-mail
field-understand = Tak, jestem pewien
method-generator = Aplikacja uwierzytelniająca
method-sms = SMS
method-call = Połączenie telefoniczne
method-email = E-mail
form-required = To pole jest wymagane.
form-invalid-token = Nieprawidłowy kod. Sprawdź, czy wpisałeś go poprawnie.
form-invalid-setup-token = Wpisany kod jest nieprawidłowy.
form-invalid-login = Wpisz poprawną nazwę użytkownika i hasło. W obu polach może mieć znaczenie wielkość liter.
form-timed-out = Sesja wygasła. Zaloguj się ponownie.
form-wrong-password = Hasło jest nieprawidłowe. Wpisz je ponownie.
form-invalid-email = Wpisz prawidłowy adres e-mail.
form-invalid-phone = Wpisz prawidłowy numer telefonu z numerem kierunkowym kraju, zaczynając od + lub 00.

## Devices as the pages name them

device-generator = Aplikacja uwierzytelniająca
device-backup-tokens = Kody zapasowe
device-sms = SMS na numer { $target }
device-call = Połączenie z numerem { $target }
device-email = E-mail na adres { $target }

## Throttling, time-outs and sending codes

throttle-device = { $count ->
    [one] Weryfikacja tymczasowo wyłączona po { $count } nieudanej próbie, spróbuj ponownie za chwilę.
    [few] Weryfikacja tymczasowo wyłączona po { $count } nieudanych próbach, spróbuj ponownie za chwilę.
    [many] Weryfikacja tymczasowo wyłączona po { $count } nieudanych próbach, spróbuj ponownie za chwilę.
   *[other] Weryfikacja tymczasowo wyłączona po { $count } nieudanych próbach, spróbuj ponownie za chwilę.
}
throttle-network = { $seconds ->
    [one] Zbyt wiele nieudanych prób z Twojej sieci. Spróbuj ponownie za { $seconds } sekundę.
    [few] Zbyt wiele nieudanych prób z Twojej sieci. Spróbuj ponownie za { $seconds } sekundy.
    [many] Zbyt wiele nieudanych prób z Twojej sieci. Spróbuj ponownie za { $seconds } sekund.
   *[other] Zbyt wiele nieudanych prób z Twojej sieci. Spróbuj ponownie za { $seconds } sekundy.
}
throttle-account = { $seconds ->
    [one] Zbyt wiele nieudanych prób. Spróbuj ponownie za { $seconds } sekundę.
    [few] Zbyt wiele nieudanych prób. Spróbuj ponownie za { $seconds } sekundy.
    [many] Zbyt wiele nieudanych prób. Spróbuj ponownie za { $seconds } sekund.
   *[other] Zbyt wiele nieudanych prób. Spróbuj ponownie za { $seconds } sekundy.
}
throttle-reauth-logged-out = Wylogowano Cię po zbyt wielu nieudanych potwierdzeniach hasła. Zaloguj się ponownie.
delivery-cooldown = { $seconds ->
    [one] Kod został właśnie wysłany. Użyj go albo poproś o nowy za { $seconds } sekundę.
    [few] Kod został właśnie wysłany. Użyj go albo poproś o nowy za { $seconds } sekundy.
    [many] Kod został właśnie wysłany. Użyj go albo poproś o nowy za { $seconds } sekund.
   *[other] Kod został właśnie wysłany. Użyj go albo poproś o nowy za { $seconds } sekundy.
}
delivery-limited-destination = { $minutes ->
    [one] Na ten numer lub adres wysłano ostatnio zbyt wiele kodów. Spróbuj ponownie za { $minutes } minutę lub użyj innej metody.
    [few] Na ten numer lub adres wysłano ostatnio zbyt wiele kodów. Spróbuj ponownie za { $minutes } minuty lub użyj innej metody.
    [many] Na ten numer lub adres wysłano ostatnio zbyt wiele kodów. Spróbuj ponownie za { $minutes } minut lub użyj innej metody.
   *[other] Na ten numer lub adres wysłano ostatnio zbyt wiele kodów. Spróbuj ponownie za { $minutes } minuty lub użyj innej metody.
}
delivery-limited-user = { $minutes ->
    [one] Dla Twojego konta wysłano ostatnio zbyt wiele kodów. Spróbuj ponownie za { $minutes } minutę lub użyj innej metody.
    [few] Dla Twojego konta wysłano ostatnio zbyt wiele kodów. Spróbuj ponownie za { $minutes } minuty lub użyj innej metody.
    [many] Dla Twojego konta wysłano ostatnio zbyt wiele kodów. Spróbuj ponownie za { $minutes } minut lub użyj innej metody.
   *[other] Dla Twojego konta wysłano ostatnio zbyt wiele kodów. Spróbuj ponownie za { $minutes } minuty lub użyj innej metody.
}
delivery-failed = Nie możemy teraz wysłać Ci kodu. Spróbuj ponownie później lub użyj innej metody.

## Error pages (400, 403, 404, 500, 503)

error-title-400 = Nieprawidłowe żądanie
error-title-403 = Brak dostępu
error-title-404 = Nie znaleziono
error-title-500 = Wewnętrzny błąd serwera
error-title-503 = Usługa niedostępna
error-unavailable = Usługa jest chwilowo niedostępna. Niczego nie zmieniono; spróbuj ponownie za chwilę.
error-unavailable-not-saved = Usługa jest chwilowo niedostępna. Twoje żądanie mogło zostać wykonane, ale nie udało się zapisać sesji. Zaloguj się ponownie.
error-internal = Coś poszło nie tak po naszej stronie.
error-csrf = Weryfikacja CSRF nie powiodła się. Żądanie przerwano. Odśwież stronę i wyślij formularz ponownie.
error-not-found = Nie znaleziono.
error-management-form = Brak danych ManagementForm lub zostały zmienione.
error-token-too-long = Pole kodu jest za długie.

## Security keys and passkeys (WebAuthn): login, setup, re-authentication, profile

method-webauthn = Klucz bezpieczeństwa lub klucz dostępu
token-webauthn = Użyj klucza bezpieczeństwa lub klucza dostępu: naciśnij poniższy przycisk, a potem dotknij klucza lub potwierdź na urządzeniu.
reauth-intro-webauthn = Ta czynność zmienia sposób ochrony Twojego konta. Aby kontynuować, wpisz hasło i potwierdź kluczem bezpieczeństwa.
reauth-confirm-webauthn = Potwierdź kluczem bezpieczeństwa
setup-webauthn-intro = Potwierdzaj logowania kluczem bezpieczeństwa (USB, NFC lub Bluetooth) albo blokadą ekranu urządzenia. Jeśli chcesz, nadaj mu nazwę, naciśnij przycisk i postępuj zgodnie z instrukcjami przeglądarki.
webauthn-needs-js = Klucze bezpieczeństwa wymagają JavaScriptu.
webauthn-needs-js-setup = Włącz go dla tej witryny albo wróć i wybierz inną metodę.
webauthn-needs-js-reauth = Włącz go dla tej witryny, aby kontynuować.
webauthn-needs-js-other = Włącz go dla tej witryny albo użyj innej metody.
webauthn-needs-js-login = { $alternatives ->
    [token] Włącz go dla tej witryny albo wpisz kod.
    [backup] Włącz go dla tej witryny albo użyj kodu zapasowego.
    [both] Włącz go dla tej witryny, wpisz kod albo użyj kodu zapasowego.
   *[none] Włącz go dla tej witryny.
}
webauthn-use-key = Użyj klucza bezpieczeństwa
webauthn-passkey-needs-js = Logowanie kluczem dostępu wymaga JavaScriptu; użyj nazwy użytkownika i hasła.
webauthn-passkey-login = Zaloguj się kluczem dostępu
webauthn-register = Zarejestruj klucz bezpieczeństwa
webauthn-profile-title = Klucze bezpieczeństwa i klucze dostępu
webauthn-col-kind = Rodzaj
webauthn-col-added = Dodano
webauthn-col-last-used = Ostatnie użycie
webauthn-col-actions = Działania
webauthn-kind-passkey = Klucz dostępu
webauthn-kind-security-key = Klucz bezpieczeństwa
webauthn-primary = (główny)
webauthn-never = nigdy
webauthn-remove = Usuń
webauthn-remove-label = Usuń { $label }
webauthn-no-keys = Brak kluczy bezpieczeństwa. Klucz bezpieczeństwa lub klucz dostępu potwierdza logowania jednym dotknięciem.
webauthn-add-title = Dodaj klucz bezpieczeństwa
webauthn-add-intro = Klucz bezpieczeństwa (USB, NFC lub Bluetooth) albo blokada ekranu urządzenia mogą potwierdzać Twoje logowania. Klucz dostępu loguje też bez hasła: wymaga PIN-u, odcisku palca lub twarzy na urządzeniu.
webauthn-add-needs-js = Dodanie klucza bezpieczeństwa wymaga JavaScriptu.
webauthn-label-field = Nazwa
webauthn-label-placeholder = np. YubiKey przy kluczach
webauthn-label-apart = Aby później odróżnić swoje klucze.
webauthn-label-help = Opcjonalnie, np. „YubiKey przy kluczach”.
webauthn-add-passkey = Dodaj klucz dostępu
webauthn-add-key = Dodaj klucz bezpieczeństwa
device-webauthn-key = Klucz bezpieczeństwa „{ $label }”
device-labelled = { $what } „{ $label }”
webauthn-synced = synchronizowany
webauthn-syncable = jeszcze niezsynchronizowany
webauthn-device-bound = powiązany z urządzeniem
webauthn-details = { $provider }, { $sync }
device-webauthn-details = { $description } ({ $details })
webauthn-add-second = Twój jedyny klucz bezpieczeństwa jest powiązany z jednym urządzeniem: jeśli go zgubisz, stracisz dostęp do konta. Dodaj drugi klucz lub klucz dostępu.
device-webauthn-passkey = Klucz dostępu „{ $label }”

## Security keys and passkeys: messages from the server

webauthn-press-button = Naciśnij przycisk i postępuj zgodnie z instrukcjami przeglądarki.
webauthn-use-key-hint = Użyj klucza bezpieczeństwa: naciśnij przycisk i postępuj zgodnie z instrukcjami przeglądarki.
webauthn-no-ceremony = Żądanie klucza bezpieczeństwa wygasło lub zostało już użyte. Spróbuj ponownie.
webauthn-log-in-first = Najpierw się zaloguj.
webauthn-verify-first = Najpierw potwierdź logowanie drugim składnikiem.
webauthn-reauth-first = Potwierdź ponownie hasło (odśwież stronę).
webauthn-login-timed-out = Logowanie wygasło. Zaloguj się ponownie.
webauthn-label-control = Nazwa nie może zawierać znaków sterujących.
webauthn-label-too-long = Nazwa może mieć co najwyżej { $max } znaków.
webauthn-error-malformed = Nie udało się odczytać odpowiedzi przeglądarki ({ $part }). Spróbuj ponownie.
webauthn-error-key-cbor = Nie udało się odczytać klucza publicznego klucza bezpieczeństwa.
webauthn-error-key-unsupported = Klucz bezpieczeństwa używa algorytmu, którego ta witryna nie obsługuje.
webauthn-error-key-malformed = Klucz publiczny klucza bezpieczeństwa jest nieprawidłowy.
webauthn-error-challenge-mismatch = Ta odpowiedź należy do innego żądania. Spróbuj ponownie.
webauthn-error-expired = Żądanie wygasło. Spróbuj ponownie.
webauthn-error-wrong-origin = Odpowiedź przyszła z innej witryny ({ $origin }).
webauthn-error-wrong-rp-id = Klucz bezpieczeństwa odpowiedział dla innej witryny.
webauthn-error-user-not-present = Nie dotknięto klucza bezpieczeństwa.
webauthn-error-user-not-verified = Klucz bezpieczeństwa Cię nie zweryfikował (PIN lub biometria). Spróbuj ponownie.
webauthn-error-bad-signature = Podpis klucza bezpieczeństwa jest nieprawidłowy.
webauthn-error-unknown-credential = Ten klucz bezpieczeństwa nie jest zarejestrowany dla tego konta.
webauthn-error-not-passkey = Ten klucz nie jest kluczem dostępu tej witryny. Zaloguj się hasłem.
webauthn-error-passkey-login-disabled = Logowanie kluczem dostępu jest wyłączone w tej witrynie.
webauthn-error-counter-regression = Licznik podpisów tego klucza bezpieczeństwa cofnął się, co zdarza się, gdy klucz skopiowano. Odrzucono go; skontaktuj się z administratorami witryny.
webauthn-error-replayed = Tej odpowiedzi już użyto. Spróbuj ponownie.
webauthn-error-already-registered = Ten klucz bezpieczeństwa jest już zarejestrowany.
webauthn-error-unsupported-attestation = Atestacja tego uwierzytelniacza ({ $format }) nie jest obsługiwana; witryna przyjmuje „none” i „packed”.
webauthn-error-not-discoverable = Ten uwierzytelniacz nie może przechowywać klucza dostępu. Dodaj go jako klucz bezpieczeństwa.
webauthn-error-wrong-ceremony = Ta odpowiedź należy do innego kroku. Zacznij od nowa.
webauthn-error-model-not-accepted = Ten rodzaj uwierzytelniacza ({ $model }) nie jest akceptowany w tej witrynie.
webauthn-error-attestation-required = Ta witryna akceptuje tylko klucze bezpieczeństwa, które potwierdzają swój model (atestacja).
webauthn-error-attestation-untrusted = Nie udało się zweryfikować atestacji klucza bezpieczeństwa.
webauthn-error-not-in-metadata = Tego rodzaju uwierzytelniacza ({ $model }) nie ma na liście znanych modeli witryny.
webauthn-error-revoked = Ten rodzaj uwierzytelniacza ({ $model }) został zgłoszony przez producenta jako unieważniony lub przejęty.
webauthn-origin-not-secure = Klucze bezpieczeństwa i klucze dostępu wymagają bezpiecznego połączenia: otwórz tę witrynę przez HTTPS (lub pod http://localhost podczas programowania).
webauthn-origin-ip-address = Klucze bezpieczeństwa i klucze dostępu wymagają nazwy domeny, a nie adresu IP: otwórz tę witrynę pod adresem { $suggestion } zamiast { $address }.
webauthn-origin-bad-host = Nazwy hosta tej strony nie można używać z kluczami bezpieczeństwa i kluczami dostępu.
webauthn-origin-outside-rp-id = Adres tej strony nie należy do domeny witryny dla kluczy bezpieczeństwa ({ $rp_id }).
webauthn-origin-not-allowed = Adresu tej strony nie ma wśród adresów witryny dla kluczy bezpieczeństwa.

## Security keys and passkeys: messages of the browser script (webauthn.js)

webauthn-js-unsupported = Ta przeglądarka nie obsługuje kluczy bezpieczeństwa ani kluczy dostępu. Użyj innej metody lub aktualnej przeglądarki.
webauthn-js-insecure = Klucze bezpieczeństwa i klucze dostępu wymagają bezpiecznego adresu (HTTPS lub http://localhost podczas programowania).
webauthn-js-cancelled = Żądanie anulowano lub wygasło. Spróbuj ponownie, gdy klucz lub urządzenie będą gotowe.
webauthn-js-aborted = Żądanie anulowano.
webauthn-js-exists = Ten klucz bezpieczeństwa jest już zarejestrowany na Twoim koncie.
webauthn-js-security = Pod tym adresem nie można używać kluczy bezpieczeństwa (WebAuthn wymaga HTTPS lub localhost oraz nazwy domeny zamiast adresu IP).
webauthn-js-network = Nie udało się połączyć z serwerem. Sprawdź połączenie i spróbuj ponownie.
webauthn-js-failed = Coś poszło nie tak z kluczem bezpieczeństwa. Spróbuj ponownie.
webauthn-js-working = Postępuj zgodnie z instrukcjami przeglądarki: dotknij klucza bezpieczeństwa lub potwierdź na urządzeniu.
api-webauthn-off = Klucze bezpieczeństwa nie są włączone w tej witrynie.
api-passkey-off = Logowanie kluczem dostępu nie jest włączone w tej witrynie.

## The JSON API's problem details (`detail`)
api-verification-required = Wymagana jest sesja zweryfikowana drugim składnikiem.
api-no-removable-device = Brak takiego zapasowego telefonu, aplikacji uwierzytelniającej (dopóki zostaje inne urządzenie) ani dodatkowego klucza bezpieczeństwa.
api-no-such-device = Brak takiego urządzenia.
api-already-enabled = Uwierzytelnianie dwuskładnikowe jest już włączone (wyłącz je, aby zacząć od nowa).
api-no-totp-setup = Nie trwa żadna konfiguracja: najpierw wywołaj totp_setup.
api-no-phone-methods = Ta witryna nie wysyła SMS-ów ani nie dzwoni.
api-method-choice = method musi mieć jedną z wartości: { $methods }.
api-code-not-sent = Nie udało się wysłać kodu.
api-no-phone-setup = Żaden telefon nie czeka na kod: najpierw wywołaj phone_add.
api-answer-failed = Nie udało się zbudować odpowiedzi.
api-credentials-required = username i password są wymagane.
api-no-pending-login = Żadne logowanie nie czeka na kod (wygasło lub się zakończyło). Zaloguj się ponownie.
api-no-challenge-device = Brak takiego telefonu ani urządzenia e-mail.
api-password-required = password jest wymagane.
api-cookie-with-app = Żądanie aplikacji (X-Session-Token lub X-Client: app) nie może wysyłać ciasteczka sesji.
api-two-factor-required = Uwierzytelnianie dwuskładnikowe jest wymagane dla tego konta.
api-session-expired = Token sesji jest nieznany lub wygasł. Zaloguj się ponownie.
api-middleware-missing = Sesje aplikacji wymagają middleware two_factor (TwoFactorMiddleware lub OtpMiddleware).
api-csrf-header = Weryfikacja CSRF nie powiodła się: wyślij token z `session` w nagłówku X-CSRFToken.
api-log-in = Zaloguj się.
api-reauthenticate = Najpierw potwierdź hasło (reauthenticate).
api-body-too-large = Treść jest większa, niż akceptuje API (16 KiB).
api-body-unreadable = Nie udało się odczytać treści.
api-token-too-long = Kod jest za długi.
api-method-not-allowed = Ta ścieżka nie przyjmuje tej metody.
api-no-operation = API nie ma operacji pod tą ścieżką.
api-csrf = Weryfikacja CSRF nie powiodła się.
api-not-found = Nie znaleziono.
api-overloaded = Zbyt wiele logowań naraz. Spróbuj ponownie za chwilę.
api-unavailable = Usługa jest chwilowo niedostępna. Spróbuj ponownie później.
api-body-mismatch = Treść JSON nie pasuje: { $error }.
api-body-not-object = Treść musi być obiektem JSON.

# Kilka aplikacji uwierzytelniających, urządzenia z nazwami
profile-apps = Aplikacje uwierzytelniające
profile-apps-intro = Kod z dowolnej z tych aplikacji pozwala się zalogować. Nadaj każdej nazwę, aby je odróżnić.
profile-app-main = (główna)
app-create-title = Dodaj aplikację uwierzytelniającą
app-create-intro = Zeskanuj kod QR nową aplikacją, nadaj jej nazwę i wpisz pokazany przez nią kod.
app-create-submit = Dodaj aplikację
app-name-placeholder = np. Tablet
app-setup-restarted = Ta konfiguracja wygasła. Zeskanuj ten nowy kod QR i wpisz pokazany kod.
device-name-field = Nazwa
device-rename = Zmień nazwę
device-rename-label = Nowa nazwa dla: { $what }

# Gdzie jesteś zalogowany
session-agent = { $browser } w systemie { $system }
session-agent-unknown-browser = Nieznana przeglądarka w systemie { $system }
session-agent-unknown = Nieznana przeglądarka
sessions-title = Gdzie jesteś zalogowany
sessions-intro = Te przeglądarki i aplikacje są zalogowane na Twoje konto. Sesja, którą wylogujesz, kończy się przy jej następnym żądaniu.
sessions-col-browser = Przeglądarka
sessions-col-address = Sieć
sessions-col-began = Zalogowano
sessions-col-last-seen = Ostatnia aktywność
sessions-app = aplikacja
sessions-current = Ta sesja
sessions-revoke = Wyloguj
sessions-revoke-others = Wyloguj wszędzie indziej
sessions-not-me-title = Nie rozpoznajesz sesji?
sessions-not-me = Wyloguj ją (lub wyloguj się wszędzie indziej), a potem zmień hasło i sprawdź urządzenia uwierzytelniania dwuskładnikowego.
sessions-back = Wróć do bezpieczeństwa konta
profile-sessions-intro = Zobacz przeglądarki i aplikacje zalogowane na Twoje konto i wyloguj je.
profile-sessions-link = Twoje sesje
api-no-such-session = Brak takiej sesji.

# Zaufane przeglądarki
trusted-title = Zaufane przeglądarki
trusted-intro = W tych przeglądarkach wybrano „nie pytaj ponownie”: do podanej daty pomijają kod przy logowaniu. Jeśli odbierzesz którejś zaufanie, przy następnym logowaniu poprosi o kod.
trusted-col-granted = Zaufana od
trusted-col-expires = Do
trusted-revoke = Przestań ufać
trusted-revoke-all = Przestań ufać wszystkim przeglądarkom
trusted-none = Żadna przeglądarka nie pomija kodu przy logowaniu.
api-no-such-grant = Brak takiej zaufanej przeglądarki.

# Alerty bezpieczeństwa (e-maile)
alert-new-browser-subject = Nowe logowanie w { $site }
alert-new-browser = Ktoś zalogował się na Twoje konto { $username } w { $site } z przeglądarki, której wcześniej nie używano z tym kontem.
alert-device-added-subject = Dodano urządzenie uwierzytelniania dwuskładnikowego w { $site }
alert-device-added = Do urządzeń uwierzytelniania dwuskładnikowego Twojego konta { $username } w { $site } dodano: { $device }.
alert-device-removed-subject = Usunięto urządzenie uwierzytelniania dwuskładnikowego w { $site }
alert-device-removed = Z urządzeń uwierzytelniania dwuskładnikowego Twojego konta { $username } w { $site } usunięto urządzenie.
alert-backup-tokens-subject = Nowe kody zapasowe w { $site }
alert-backup-tokens = Dla Twojego konta { $username } w { $site } wygenerowano nowe kody zapasowe; stare już nie działają.
alert-disabled-subject = Wyłączono uwierzytelnianie dwuskładnikowe w { $site }
alert-disabled = Wyłączono uwierzytelnianie dwuskładnikowe dla Twojego konta { $username } w { $site }.
alert-locked-subject = Błędne kody w { $site }
alert-locked = Twoje urządzenie { $device } w { $site } po błędnych kodach przez chwilę odrzuca kody. Błędne kody z rzędu: { $count }.
alert-when = Kiedy: { $when }
alert-browser = Przeglądarka: { $browser }
alert-network = Sieć: { $network }
alert-not-me-link = Jeśli to nie Ty, wyloguj się tutaj wszędzie, a potem zmień hasło: { $url }
alert-not-me-page = Jeśli to nie Ty, wyloguj się wszędzie na stronie „Gdzie jesteś zalogowany” w bezpieczeństwie konta ({ $path }), a potem zmień hasło.
alert-unknown = nieznane

# Administracja: sesje i zaufane przeglądarki
admin-sessions = Sesje
admin-no-sessions = Brak aktywnych sesji.
admin-end-session = Zakończ
admin-end-all-sessions = Zakończ wszystkie sesje
admin-notice-sessions-ended = Zakończone sesje: { $count }.
admin-notice-untrusted = Przeglądarki, którym odebrano zaufanie: { $count }.
