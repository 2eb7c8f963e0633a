# actix-two-factor: हिन्दी संदेश।
# संबोधन: "आप", जैसा हिन्दी की बड़ी सेवाएँ करती हैं। शब्दावली: कोड, बैकअप कोड, ऑथेंटिकेटर ऐप,
# टू-फ़ैक्टर ऑथेंटिकेशन, सुरक्षा कुंजी, पासकी।

## The page frame (_base.html) and the language switcher

language-name = हिन्दी

base-account-security = खाते की सुरक्षा
base-log-out = लॉग आउट करें
base-log-in = लॉग इन करें
base-language = भाषा
base-language-submit = बदलें

## Shared words

wizard-cancel = रद्द करें
wizard-back = वापस
wizard-next = आगे
permission-denied = अनुमति नहीं है
enable-two-factor = टू-फ़ैक्टर ऑथेंटिकेशन चालू करें
disable-two-factor = टू-फ़ैक्टर ऑथेंटिकेशन बंद करें
two-factor-not-enabled = आपके खाते के लिए टू-फ़ैक्टर ऑथेंटिकेशन चालू नहीं है। खाते को बेहतर सुरक्षा देने के लिए इसे चालू करें।
back-to-account-security = खाते की सुरक्षा पर वापस जाएँ
add-phone-number = फ़ोन नंबर जोड़ें
backup-tokens-title = बैकअप कोड
token-generator = कृपया अपने ऑथेंटिकेटर ऐप से बना कोड डालें।
token-call = हम अभी आपको कॉल कर रहे हैं, कृपया जो अंक सुनें उन्हें डालें।
token-sms = हमने आपको एक SMS भेजा है, कृपया भेजा गया कोड डालें।
token-email = हमने आपको एक ईमेल भेजा है, कृपया भेजा गया कोड डालें।

## Login (core/login.html)

login-title = लॉग इन
login-credentials = अपनी लॉग इन जानकारी डालें।
login-backup-intro = बैकअप कोड से लॉग इन करने के लिए यह फ़ॉर्म इस्तेमाल करें। ये कोड इसलिए बनाए गए थे कि आप इन्हें प्रिंट करके सुरक्षित रखें। अपने खाते में लॉग इन करने के लिए इनमें से एक बैकअप कोड डालें।
login-submit = लॉग इन करें
login-other-methods = या फिर अपने किसी दूसरे ऑथेंटिकेशन तरीके का इस्तेमाल करें:
login-backup-last-resort = आख़िरी उपाय के तौर पर आप बैकअप कोड इस्तेमाल कर सकते हैं:
login-use-backup-token = बैकअप कोड इस्तेमाल करें

## Setup (core/setup.html, core/setup_complete.html)

setup-welcome = आप अपने खाते की सुरक्षा को अगले स्तर पर ले जाने वाले हैं। टू-फ़ैक्टर ऑथेंटिकेशन चालू करने के लिए इस विज़ार्ड के चरणों का पालन करें।
setup-method = कृपया वह ऑथेंटिकेशन तरीका चुनें जिसे आप इस्तेमाल करना चाहते हैं।
setup-generator-intro = ऑथेंटिकेटर ऐप इस्तेमाल करना शुरू करने के लिए अपने स्मार्टफ़ोन से नीचे दिया QR कोड स्कैन करें, जैसे Google Authenticator, Aegis या FreeOTP से।
setup-qr-alt = QR कोड
setup-manual-key = कोड स्कैन नहीं हो रहा? इसके बजाय यह कुंजी अपने ऐप में डालें:
setup-on-this-phone = क्या आप इसी फ़ोन पर हैं?
setup-open-in-app = इसे अपने ऑथेंटिकेटर ऐप में खोलें
setup-app-should-show = ऐप में जारीकर्ता “{ $issuer }” और { $digits } अंकों वाले कोड दिखने चाहिए।
setup-enter-token = फिर ऐप से बना कोड डालें।
setup-sms-intro = कृपया वह फ़ोन नंबर डालें जिस पर आप SMS पाना चाहते हैं। अगले चरण में इस नंबर की पुष्टि होगी।
setup-call-intro = कृपया वह फ़ोन नंबर डालें जिस पर आप कॉल पाना चाहते हैं। अगले चरण में इस नंबर की पुष्टि होगी।
setup-email-intro = कृपया वह ईमेल पता डालें जिस पर आप कोड पाना चाहते हैं। अगले चरण में इस पते की पुष्टि होगी।
complete-congratulations = बधाई हो, आपने टू-फ़ैक्टर ऑथेंटिकेशन सफलतापूर्वक चालू कर लिया है।
complete-add-phone-hint = फिर भी ऐसा हो सकता है कि आपका मुख्य डिवाइस आपके पास न हो। खाता वापस पाने के लिए एक फ़ोन नंबर जोड़ें।

## Two-factor required (core/otp_required.html)

otp-required-enforced = सुरक्षा कारणों से, आपके मांगे गए पेज के लिए टू-फ़ैक्टर ऑथेंटिकेशन से पुष्टि ज़रूरी है। इस पेज तक पहुँचने के लिए आपको ये सुरक्षा सुविधाएँ चालू करनी होंगी।
otp-required-go-back = वापस जाएँ

## Backup phones (core/phone_register.html)

phone-title = बैकअप फ़ोन जोड़ें
phone-setup-intro = आप अपने खाते में एक बैकअप फ़ोन नंबर जोड़ रहे हैं। जब आपका मुख्य तरीका उपलब्ध न हो, तब इसका इस्तेमाल होगा।
phone-validation-intro = हमने आपके फ़ोन नंबर पर एक कोड भेजा है। कृपया मिला हुआ कोड डालें।

## Re-authentication (core/reauth.html)

reauth-title = पुष्टि करें कि यह आप ही हैं
reauth-intro = यह कार्रवाई आपके खाते की सुरक्षा का तरीका बदलती है। जारी रखने के लिए कृपया अपना पासवर्ड डालें।
reauth-intro-token = यह कार्रवाई आपके खाते की सुरक्षा का तरीका बदलती है। जारी रखने के लिए कृपया अपना पासवर्ड और एक कोड ({ $device }) डालें।
reauth-confirm = पुष्टि करें

## Backup tokens (core/backup_tokens.html)

backup-tokens-intro = बैकअप कोड तब काम आते हैं जब आपका मुख्य तरीका और बैकअप फ़ोन नंबर उपलब्ध न हों। नीचे दिए बैकअप कोड लॉग इन की पुष्टि के लिए इस्तेमाल किए जा सकते हैं। अगर आपने सभी इस्तेमाल कर लिए हैं, तो नया सेट बना सकते हैं। केवल नीचे दिखाए गए कोड मान्य हैं।
backup-tokens-print = इन कोड को प्रिंट करें और किसी सुरक्षित जगह रखें। ये केवल अभी दिखाए जा रहे हैं।
backup-tokens-unused = { $count ->
    [one] आपके पास { $count } बिना इस्तेमाल किया बैकअप कोड है। सुरक्षा के लिए इसे दोबारा नहीं दिखाया जा सकता; खो जाने पर नए कोड बनाएँ।
   *[other] आपके पास { $count } बिना इस्तेमाल किए बैकअप कोड हैं। सुरक्षा के लिए इन्हें दोबारा नहीं दिखाया जा सकता; खो जाने पर नए कोड बनाएँ।
}
backup-tokens-none = अभी आपके पास कोई बैकअप कोड नहीं है।
backup-tokens-generate = कोड बनाएँ

## Account security (profile/profile.html, profile/disable.html)

profile-title = खाते की सुरक्षा
profile-generator = कोड आपके ऑथेंटिकेटर ऐप से बनेंगे।
profile-primary-method = मुख्य तरीका: { $method }।
profile-backup-phones = बैकअप फ़ोन नंबर
profile-backup-phones-intro = अगर आपका मुख्य तरीका उपलब्ध न हो, तो हम नीचे दिए फ़ोन नंबरों पर बैकअप कोड भेज सकते हैं।
profile-unregister = हटाएँ
profile-backup-tokens-intro = अगर आपके पास कोई डिवाइस नहीं है, तो आप बैकअप कोड से अपने खाते तक पहुँच सकते हैं।
profile-backup-tokens-remaining = { $count ->
    [one] आपके पास { $count } बैकअप कोड बचा है।
   *[other] आपके पास { $count } बैकअप कोड बचे हैं।
}
profile-no-backup-tokens = आपके पास कोई बैकअप कोड नहीं बचा।
profile-no-backup-tokens-advice = अगर आपका डिवाइस खो गया तो आप लॉग इन नहीं कर पाएँगे: नए कोड बनाएँ और उन्हें सुरक्षित रखें।
profile-few-backup-tokens = { $count ->
    [one] केवल { $count } बैकअप कोड बचा है।
   *[other] केवल { $count } बैकअप कोड बचे हैं।
}
profile-few-backup-tokens-advice = कोड ख़त्म होने से पहले नए कोड बनाएँ।
profile-show-codes = कोड दिखाएँ
profile-disable-intro = हम इसकी बिल्कुल सलाह नहीं देते, फिर भी आप अपने खाते के लिए टू-फ़ैक्टर ऑथेंटिकेशन बंद कर सकते हैं।
disable-title = टू-फ़ैक्टर ऑथेंटिकेशन बंद करें
disable-intro = आप टू-फ़ैक्टर ऑथेंटिकेशन बंद करने वाले हैं। इससे आपके खाते की सुरक्षा कमज़ोर होगी। क्या आप पक्का करना चाहते हैं?
disable-submit = बंद करें

## Mail with a code (email/token.txt, email/token.html)

email-subject = पुष्टि कोड
email-hello = नमस्ते { $username },
email-code-intro = { $site } के लिए आपका पुष्टि कोड है:
email-validity = { $minutes ->
    [one] यह { $minutes } मिनट तक मान्य है और एक बार इस्तेमाल हो सकता है। अगर आपने लॉग इन करने की कोशिश नहीं की, तो इस ईमेल को अनदेखा करें; हो सकता है किसी को आपका पासवर्ड पता हो, इसलिए इसे बदलने पर विचार करें।
   *[other] यह { $minutes } मिनट तक मान्य है और एक बार इस्तेमाल हो सकता है। अगर आपने लॉग इन करने की कोशिश नहीं की, तो इस ईमेल को अनदेखा करें; हो सकता है किसी को आपका पासवर्ड पता हो, इसलिए इसे बदलने पर विचार करें।
}

## Text messages and calls (twilio/sms_message.txt, twilio/token.xml)

sms-token = आपका पुष्टि कोड { $token } है
voice-token = आपका कोड { $token } है।
voice-token-again = फिर से, आपका कोड { $token } है।

## The backup-used alert (signals::backup_used_alert)

alert-subject = बैकअप कोड इस्तेमाल हुआ
alert-body = नमस्ते { $username },

    आपने अभी { $site } पर एक बैकअप डिवाइस से अपनी पुष्टि की है। अगर यह आप नहीं थे, तो हो सकता है आपके खाते से छेड़छाड़ हुई हो: तुरंत अपना पासवर्ड बदलें, अपने बैकअप फ़ोन नंबर जाँचें और नए बैकअप कोड बनाएँ।

## The admin (admin/*.html)

admin-title = टू-फ़ैक्टर ऑथेंटिकेशन प्रबंधन
admin-forbidden = आप { $username } के रूप में लॉग इन हैं, लेकिन आपको इस पेज तक पहुँचने की अनुमति नहीं है। क्या आप किसी दूसरे खाते से लॉग इन करना चाहते हैं?
admin-forbidden-login = दूसरे खाते से लॉग इन करें
admin-users = उपयोगकर्ता
admin-find-label = उपयोगकर्ता नाम से उपयोगकर्ता खोजें
admin-find = खोजें
admin-no-user-named = “{ $username }” नाम का कोई उपयोगकर्ता नहीं है।
admin-cannot-list = इस साइट का उपयोगकर्ता भंडार उपयोगकर्ताओं की सूची नहीं दिखा सकता। इसके बजाय उपयोगकर्ता नाम से खोजें।
admin-col-username = उपयोगकर्ता नाम
admin-col-email = ईमेल
admin-col-two-factor = टू-फ़ैक्टर
admin-col-staff = स्टाफ़
admin-col-active = सक्रिय
admin-superuser-note = (सुपरयूज़र)
admin-enabled = चालू
admin-disabled = बंद
admin-yes = हाँ
admin-no = नहीं
admin-showing = { $total ->
    [one] { $total } में से { $shown } उपयोगकर्ता दिखाया जा रहा है; बाकी को उपयोगकर्ता नाम से खोजें।
   *[other] { $total } में से { $shown } उपयोगकर्ता दिखाए जा रहे हैं; बाकी को उपयोगकर्ता नाम से खोजें।
}
admin-no-users = अभी कोई उपयोगकर्ता नहीं है।
admin-role-superuser = सुपरयूज़र
admin-role-staff = स्टाफ़
admin-role-not-staff = स्टाफ़ नहीं
admin-state-active = सक्रिय
admin-state-inactive = निष्क्रिय
admin-user-two-factor = टू-फ़ैक्टर ऑथेंटिकेशन
admin-devices = डिवाइस
admin-col-device = डिवाइस
admin-col-name = नाम
admin-col-id = आईडी
admin-col-failures = असफल प्रयास
admin-col-actions = कार्रवाइयाँ
admin-verified-your-session = (इसने आपके सत्र की पुष्टि की)
admin-reset-failures = असफल प्रयास रीसेट करें
admin-remove = हटाएँ
admin-no-devices = कोई डिवाइस नहीं।
admin-backup-tokens = बैकअप कोड
admin-backup-tokens-remaining = { $count ->
    [one] { $count } बैकअप कोड बचा है।
   *[other] { $count } बैकअप कोड बचे हैं।
}
admin-remove-backup-tokens = बैकअप कोड हटाएँ
admin-failed-attempts = { $count ->
    [one] { $count } असफल प्रयास
   *[other] { $count } असफल प्रयास
}
admin-reset-backup-failures = बैकअप कोड के असफल प्रयास रीसेट करें
admin-backup-phones = बैकअप फ़ोन
admin-no-backup-phones = कोई बैकअप फ़ोन नहीं।
admin-audit-reauth = { $minutes ->
    [one] अगर आपने पिछली बार { $minutes } मिनट से पहले पुष्टि की थी, तो इस पेज का हर बदलाव पासवर्ड (और एक कोड) की पुष्टि मांगता है; हर बदलाव ऑडिट लॉग में दर्ज होता है।
   *[other] अगर आपने पिछली बार { $minutes } मिनट से पहले पुष्टि की थी, तो इस पेज का हर बदलाव पासवर्ड (और एक कोड) की पुष्टि मांगता है; हर बदलाव ऑडिट लॉग में दर्ज होता है।
}
admin-audit = इस पेज का हर बदलाव ऑडिट लॉग में दर्ज होता है।
admin-reset-two-factor = टू-फ़ैक्टर ऑथेंटिकेशन रीसेट करें
admin-reset-intro = जिस उपयोगकर्ता के डिवाइस खो गए हों उसके लिए: सभी डिवाइस और बैकअप कोड हटा देता है, ताकि उपयोगकर्ता केवल पासवर्ड से लॉग इन करे और टू-फ़ैक्टर ऑथेंटिकेशन फिर से सेट करे।
admin-notice-removed = { $device } ({ $id }) हटाया गया।
admin-notice-failures-reset = { $device } ({ $id }) के असफल प्रयास रीसेट किए गए।
admin-notice-reset = { $username } का टू-फ़ैक्टर ऑथेंटिकेशन रीसेट किया गया।

## Form fields and their messages (forms, views)

field-username = उपयोगकर्ता नाम
field-password = पासवर्ड
field-token = कोड
field-method = तरीका
field-phone-number = फ़ोन नंबर
field-phone-help = देश कोड के साथ, + या 00 से शुरू।
field-email = ईमेल पता
field-understand = हाँ, मुझे यक़ीन है
method-generator = ऑथेंटिकेटर ऐप
method-sms = SMS
method-call = फ़ोन कॉल
method-email = ईमेल
form-required = यह फ़ील्ड ज़रूरी है।
form-invalid-token = कोड अमान्य है। कृपया जाँचें कि आपने इसे सही डाला है।
form-invalid-setup-token = डाला गया कोड मान्य नहीं है।
form-invalid-login = कृपया सही उपयोगकर्ता नाम और पासवर्ड डालें। ध्यान दें कि दोनों फ़ील्ड में छोटे-बड़े अक्षरों का फ़र्क़ हो सकता है।
form-timed-out = आपका सत्र समाप्त हो गया है। कृपया फिर से लॉग इन करें।
form-wrong-password = पासवर्ड गलत डाला गया। कृपया फिर से डालें।
form-invalid-email = एक मान्य ईमेल पता डालें।
form-invalid-phone = कृपया देश कोड के साथ, + या 00 से शुरू होने वाला मान्य फ़ोन नंबर डालें।

## Devices as the pages name them

device-generator = ऑथेंटिकेटर ऐप
device-backup-tokens = बैकअप कोड
device-sms = { $target } पर SMS
device-call = { $target } पर कॉल
device-email = { $target } पर ईमेल

## Throttling, time-outs and sending codes

throttle-device = { $count ->
    [one] { $count } असफल प्रयास के कारण पुष्टि अस्थायी रूप से बंद है, कृपया थोड़ी देर में फिर कोशिश करें।
   *[other] { $count } असफल प्रयासों के कारण पुष्टि अस्थायी रूप से बंद है, कृपया थोड़ी देर में फिर कोशिश करें।
}
throttle-network = { $seconds ->
    [one] आपके नेटवर्क से बहुत ज़्यादा असफल प्रयास हुए। { $seconds } सेकंड बाद फिर कोशिश करें।
   *[other] आपके नेटवर्क से बहुत ज़्यादा असफल प्रयास हुए। { $seconds } सेकंड बाद फिर कोशिश करें।
}
throttle-account = { $seconds ->
    [one] बहुत ज़्यादा असफल प्रयास। { $seconds } सेकंड बाद फिर कोशिश करें।
   *[other] बहुत ज़्यादा असफल प्रयास। { $seconds } सेकंड बाद फिर कोशिश करें।
}
throttle-reauth-logged-out = पासवर्ड की बहुत सारी असफल पुष्टियों के बाद आपको लॉग आउट कर दिया गया। कृपया फिर से लॉग इन करें।
delivery-cooldown = { $seconds ->
    [one] अभी-अभी एक कोड भेजा गया है। कृपया उसी का इस्तेमाल करें, या { $seconds } सेकंड बाद नया कोड मांगें।
   *[other] अभी-अभी एक कोड भेजा गया है। कृपया उसी का इस्तेमाल करें, या { $seconds } सेकंड बाद नया कोड मांगें।
}
delivery-limited-destination = { $minutes ->
    [one] हाल ही में इस नंबर या पते पर बहुत ज़्यादा कोड भेजे गए हैं। कृपया { $minutes } मिनट बाद फिर कोशिश करें या कोई दूसरा तरीका इस्तेमाल करें।
   *[other] हाल ही में इस नंबर या पते पर बहुत ज़्यादा कोड भेजे गए हैं। कृपया { $minutes } मिनट बाद फिर कोशिश करें या कोई दूसरा तरीका इस्तेमाल करें।
}
delivery-limited-user = { $minutes ->
    [one] हाल ही में आपके खाते के लिए बहुत ज़्यादा कोड भेजे गए हैं। कृपया { $minutes } मिनट बाद फिर कोशिश करें या कोई दूसरा तरीका इस्तेमाल करें।
   *[other] हाल ही में आपके खाते के लिए बहुत ज़्यादा कोड भेजे गए हैं। कृपया { $minutes } मिनट बाद फिर कोशिश करें या कोई दूसरा तरीका इस्तेमाल करें।
}
delivery-failed = हम अभी आपको कोड नहीं भेज पा रहे हैं। कृपया बाद में फिर कोशिश करें या कोई दूसरा तरीका इस्तेमाल करें।

## Error pages (400, 403, 404, 500, 503)

error-title-400 = गलत अनुरोध
error-title-403 = निषिद्ध
error-title-404 = नहीं मिला
error-title-500 = सर्वर की आंतरिक त्रुटि
error-title-503 = सेवा उपलब्ध नहीं है
error-unavailable = सेवा अस्थायी रूप से उपलब्ध नहीं है। कुछ भी नहीं बदला; कृपया थोड़ी देर में फिर कोशिश करें।
error-unavailable-not-saved = सेवा अस्थायी रूप से उपलब्ध नहीं है। हो सकता है आपका अनुरोध पूरा हो गया हो, लेकिन आपका सत्र सहेजा नहीं जा सका। कृपया फिर से लॉग इन करें।
error-internal = हमारी ओर से कुछ गड़बड़ हो गई।
error-csrf = CSRF पुष्टि विफल रही। अनुरोध रद्द कर दिया गया। पेज फिर से लोड करें और फ़ॉर्म दोबारा भेजें।
error-not-found = नहीं मिला।
error-management-form = ManagementForm का डेटा ग़ायब है या उसमें छेड़छाड़ हुई है।
error-token-too-long = कोड फ़ील्ड बहुत लंबी है।

## Security keys and passkeys (WebAuthn): login, setup, re-authentication, profile

method-webauthn = सुरक्षा कुंजी या पासकी
token-webauthn = अपनी सुरक्षा कुंजी या पासकी इस्तेमाल करें: नीचे दिया बटन दबाएँ, फिर कुंजी को छुएँ या डिवाइस पर पुष्टि करें।
reauth-intro-webauthn = यह कार्रवाई आपके खाते की सुरक्षा का तरीका बदलती है। जारी रखने के लिए अपना पासवर्ड डालें और सुरक्षा कुंजी से पुष्टि करें।
reauth-confirm-webauthn = सुरक्षा कुंजी से पुष्टि करें
setup-webauthn-intro = अपने लॉग इन की पुष्टि सुरक्षा कुंजी (USB, NFC या Bluetooth) या डिवाइस के स्क्रीन लॉक से करें। चाहें तो इसे नाम दें, बटन दबाएँ और ब्राउज़र के निर्देशों का पालन करें।
webauthn-needs-js = सुरक्षा कुंजियों के लिए JavaScript ज़रूरी है।
webauthn-needs-js-setup = इसे इस साइट के लिए चालू करें, या वापस जाकर कोई दूसरा तरीका चुनें।
webauthn-needs-js-reauth = जारी रखने के लिए इसे इस साइट के लिए चालू करें।
webauthn-needs-js-other = इसे इस साइट के लिए चालू करें, या कोई दूसरा तरीका इस्तेमाल करें।
webauthn-needs-js-login = { $alternatives ->
    [token] इसे इस साइट के लिए चालू करें, या कोड डालें।
    [backup] इसे इस साइट के लिए चालू करें, या बैकअप कोड इस्तेमाल करें।
    [both] इसे इस साइट के लिए चालू करें, कोड डालें, या बैकअप कोड इस्तेमाल करें।
   *[none] इसे इस साइट के लिए चालू करें।
}
webauthn-use-key = सुरक्षा कुंजी इस्तेमाल करें
webauthn-passkey-needs-js = पासकी से लॉग इन के लिए JavaScript ज़रूरी है; अपना उपयोगकर्ता नाम और पासवर्ड इस्तेमाल करें।
webauthn-passkey-login = पासकी से लॉग इन करें
webauthn-register = सुरक्षा कुंजी रजिस्टर करें
webauthn-profile-title = सुरक्षा कुंजियाँ और पासकी
webauthn-col-kind = प्रकार
webauthn-col-added = जोड़ी गई
webauthn-col-last-used = आख़िरी इस्तेमाल
webauthn-col-actions = कार्रवाइयाँ
webauthn-kind-passkey = पासकी
webauthn-kind-security-key = सुरक्षा कुंजी
webauthn-primary = (मुख्य)
webauthn-never = कभी नहीं
webauthn-remove = हटाएँ
webauthn-remove-label = { $label } हटाएँ
webauthn-no-keys = अभी कोई सुरक्षा कुंजी नहीं है। सुरक्षा कुंजी या पासकी एक स्पर्श से आपके लॉग इन की पुष्टि करती है।
webauthn-add-title = सुरक्षा कुंजी जोड़ें
webauthn-add-intro = सुरक्षा कुंजी (USB, NFC या Bluetooth) या आपके डिवाइस का स्क्रीन लॉक आपके लॉग इन की पुष्टि कर सकता है। पासकी आपको बिना पासवर्ड के भी लॉग इन कराती है: इसके लिए डिवाइस का PIN, फ़िंगरप्रिंट या चेहरा चाहिए।
webauthn-add-needs-js = सुरक्षा कुंजी जोड़ने के लिए JavaScript ज़रूरी है।
webauthn-label-field = नाम
webauthn-label-placeholder = जैसे चाबी के गुच्छे वाली YubiKey
webauthn-label-apart = ताकि बाद में आप अपनी कुंजियों में फ़र्क़ कर सकें।
webauthn-label-help = वैकल्पिक, जैसे “चाबी के गुच्छे वाली YubiKey”।
webauthn-add-passkey = पासकी जोड़ें
webauthn-add-key = सुरक्षा कुंजी जोड़ें
device-webauthn-key = सुरक्षा कुंजी “{ $label }”
device-labelled = { $what } “{ $label }”
webauthn-synced = सिंक की गई
webauthn-syncable = अभी सिंक नहीं हुई
webauthn-device-bound = डिवाइस से बँधी
webauthn-details = { $provider }, { $sync }
device-webauthn-details = { $description } ({ $details })
webauthn-add-second = आपकी इकलौती सुरक्षा कुंजी एक ही डिवाइस से बँधी है: उसके खोने पर आप अपने खाते तक पहुँच खो देंगे। दूसरी कुंजी या पासकी जोड़ें।
device-webauthn-passkey = पासकी “{ $label }”

## Security keys and passkeys: messages from the server

webauthn-press-button = बटन दबाएँ और ब्राउज़र के निर्देशों का पालन करें।
webauthn-use-key-hint = अपनी सुरक्षा कुंजी इस्तेमाल करें: बटन दबाएँ और ब्राउज़र के निर्देशों का पालन करें।
webauthn-no-ceremony = सुरक्षा कुंजी का अनुरोध समाप्त हो गया है या पहले ही इस्तेमाल हो चुका है। कृपया फिर कोशिश करें।
webauthn-log-in-first = कृपया पहले लॉग इन करें।
webauthn-verify-first = पहले दूसरे फ़ैक्टर से अपने लॉग इन की पुष्टि करें।
webauthn-reauth-first = कृपया अपने पासवर्ड की फिर से पुष्टि करें (पेज फिर से लोड करें)।
webauthn-login-timed-out = आपका लॉग इन समाप्त हो गया। कृपया फिर से लॉग इन करें।
webauthn-label-control = नाम में कंट्रोल वर्ण नहीं हो सकते।
webauthn-label-too-long = नाम में अधिकतम { $max } वर्ण हो सकते हैं।
webauthn-error-malformed = ब्राउज़र का जवाब पढ़ा नहीं जा सका ({ $part })। कृपया फिर कोशिश करें।
webauthn-error-key-cbor = सुरक्षा कुंजी की सार्वजनिक कुंजी पढ़ी नहीं जा सकी।
webauthn-error-key-unsupported = सुरक्षा कुंजी ऐसा एल्गोरिदम इस्तेमाल करती है जिसे यह साइट समर्थन नहीं करती।
webauthn-error-key-malformed = सुरक्षा कुंजी की सार्वजनिक कुंजी गलत है।
webauthn-error-challenge-mismatch = यह जवाब किसी दूसरे अनुरोध का है। कृपया फिर कोशिश करें।
webauthn-error-expired = अनुरोध समाप्त हो गया। कृपया फिर कोशिश करें।
webauthn-error-wrong-origin = जवाब किसी दूसरी साइट से आया ({ $origin })।
webauthn-error-wrong-rp-id = सुरक्षा कुंजी ने किसी दूसरी साइट के लिए जवाब दिया।
webauthn-error-user-not-present = सुरक्षा कुंजी को छुआ नहीं गया।
webauthn-error-user-not-verified = सुरक्षा कुंजी ने आपकी पुष्टि नहीं की (PIN या बायोमेट्रिक्स)। कृपया फिर कोशिश करें।
webauthn-error-bad-signature = सुरक्षा कुंजी का हस्ताक्षर मान्य नहीं है।
webauthn-error-unknown-credential = यह सुरक्षा कुंजी इस खाते के लिए रजिस्टर नहीं है।
webauthn-error-not-passkey = यह कुंजी इस साइट की पासकी नहीं है। पासवर्ड से लॉग इन करें।
webauthn-error-passkey-login-disabled = इस साइट पर पासकी से लॉग इन बंद है।
webauthn-error-counter-regression = इस सुरक्षा कुंजी का हस्ताक्षर काउंटर पीछे चला गया है, जो कुंजी की नक़ल होने पर होता है। इसे अस्वीकार कर दिया गया; साइट के व्यवस्थापकों से संपर्क करें।
webauthn-error-replayed = यह जवाब पहले ही इस्तेमाल हो चुका है। कृपया फिर कोशिश करें।
webauthn-error-already-registered = यह सुरक्षा कुंजी पहले से रजिस्टर है।
webauthn-error-unsupported-attestation = इस ऑथेंटिकेटर का सत्यापन ({ $format }) समर्थित नहीं है; साइट “none” और “packed” स्वीकार करती है।
webauthn-error-not-discoverable = यह ऑथेंटिकेटर पासकी नहीं रख सकता। इसके बजाय इसे सुरक्षा कुंजी के रूप में जोड़ें।
webauthn-error-wrong-ceremony = यह जवाब किसी दूसरे चरण का है। कृपया फिर से शुरू करें।
webauthn-error-model-not-accepted = इस प्रकार का ऑथेंटिकेटर ({ $model }) इस साइट पर स्वीकार नहीं है।
webauthn-error-attestation-required = यह साइट केवल वे सुरक्षा कुंजियाँ स्वीकार करती है जो अपना मॉडल साबित करें (सत्यापन)।
webauthn-error-attestation-untrusted = सुरक्षा कुंजी के सत्यापन की पुष्टि नहीं हो सकी।
webauthn-error-not-in-metadata = इस प्रकार का ऑथेंटिकेटर ({ $model }) साइट के ज्ञात मॉडलों की सूची में नहीं है।
webauthn-error-revoked = निर्माता ने इस प्रकार के ऑथेंटिकेटर ({ $model }) को रद्द या असुरक्षित बताया है।
webauthn-origin-not-secure = सुरक्षा कुंजियों और पासकी के लिए सुरक्षित कनेक्शन चाहिए: इस साइट को HTTPS पर खोलें (या विकास के दौरान http://localhost पर)।
webauthn-origin-ip-address = सुरक्षा कुंजियों और पासकी के लिए डोमेन नाम चाहिए, IP पता नहीं: इस साइट को { $address } के बजाय { $suggestion } पर खोलें।
webauthn-origin-bad-host = इस पेज का होस्ट नाम सुरक्षा कुंजियों और पासकी के लिए इस्तेमाल नहीं किया जा सकता।
webauthn-origin-outside-rp-id = इस पेज का पता सुरक्षा कुंजियों के लिए साइट के डोमेन ({ $rp_id }) का हिस्सा नहीं है।
webauthn-origin-not-allowed = इस पेज का पता सुरक्षा कुंजियों के लिए साइट के पतों में नहीं है।

## Security keys and passkeys: messages of the browser script (webauthn.js)

webauthn-js-unsupported = यह ब्राउज़र सुरक्षा कुंजियों या पासकी का समर्थन नहीं करता। कोई दूसरा तरीका या नया ब्राउज़र इस्तेमाल करें।
webauthn-js-insecure = सुरक्षा कुंजियों और पासकी के लिए सुरक्षित पता चाहिए (HTTPS, या विकास के दौरान http://localhost)।
webauthn-js-cancelled = अनुरोध रद्द हो गया या समय समाप्त हो गया। कुंजी या डिवाइस तैयार होने पर फिर कोशिश करें।
webauthn-js-aborted = अनुरोध रद्द कर दिया गया।
webauthn-js-exists = यह सुरक्षा कुंजी आपके खाते में पहले से रजिस्टर है।
webauthn-js-security = यह पता सुरक्षा कुंजियों का इस्तेमाल नहीं कर सकता (WebAuthn के लिए HTTPS या localhost, और IP पते के बजाय डोमेन नाम चाहिए)।
webauthn-js-network = सर्वर तक नहीं पहुँचा जा सका। अपना कनेक्शन जाँचें और फिर कोशिश करें।
webauthn-js-failed = सुरक्षा कुंजी के साथ कुछ गड़बड़ हुई। कृपया फिर कोशिश करें।
webauthn-js-working = ब्राउज़र के निर्देशों का पालन करें: सुरक्षा कुंजी को छुएँ या डिवाइस पर पुष्टि करें।
api-webauthn-off = इस साइट पर सुरक्षा कुंजियाँ चालू नहीं हैं।
api-passkey-off = इस साइट पर पासकी से लॉग इन चालू नहीं है।

## The JSON API's problem details (`detail`)
api-verification-required = इसके लिए दूसरे फ़ैक्टर से पुष्टि किया गया सत्र चाहिए।
api-no-removable-device = ऐसा कोई बैकअप फ़ोन, ऑथेंटिकेटर ऐप (जब तक कोई दूसरा डिवाइस बचा रहे) या अतिरिक्त सुरक्षा कुंजी नहीं है।
api-no-such-device = ऐसा कोई डिवाइस नहीं है।
api-already-enabled = टू-फ़ैक्टर ऑथेंटिकेशन पहले से चालू है (फिर से शुरू करने के लिए पहले इसे बंद करें)।
api-no-totp-setup = कोई सेटअप चल नहीं रहा: पहले totp_setup कॉल करें।
api-no-phone-methods = यह साइट SMS नहीं भेजती और कॉल नहीं करती।
api-method-choice = method इनमें से एक होना चाहिए: { $methods }।
api-code-not-sent = कोड भेजा नहीं जा सका।
api-no-phone-setup = कोई फ़ोन अपने कोड का इंतज़ार नहीं कर रहा: पहले phone_add कॉल करें।
api-answer-failed = जवाब बनाया नहीं जा सका।
api-credentials-required = username और password ज़रूरी हैं।
api-no-pending-login = कोई लॉग इन कोड का इंतज़ार नहीं कर रहा (समय समाप्त हुआ या ख़त्म हो गया)। कृपया फिर से लॉग इन करें।
api-no-challenge-device = ऐसा कोई फ़ोन या ईमेल डिवाइस नहीं है।
api-password-required = password ज़रूरी है।
api-cookie-with-app = ऐप का अनुरोध (X-Session-Token या X-Client: app) सत्र कुकी नहीं भेज सकता।
api-two-factor-required = इस खाते के लिए टू-फ़ैक्टर ऑथेंटिकेशन ज़रूरी है।
api-session-expired = सत्र टोकन अज्ञात है या समाप्त हो गया है। कृपया फिर से लॉग इन करें।
api-middleware-missing = ऐप सत्रों के लिए two_factor का मिडलवेयर चाहिए (TwoFactorMiddleware या OtpMiddleware)।
api-csrf-header = CSRF पुष्टि विफल रही: `session` से मिला टोकन X-CSRFToken हेडर में भेजें।
api-log-in = कृपया लॉग इन करें।
api-reauthenticate = कृपया पहले अपने पासवर्ड की पुष्टि करें (reauthenticate)।
api-body-too-large = बॉडी API की स्वीकार सीमा (16 KiB) से बड़ी है।
api-body-unreadable = बॉडी पढ़ी नहीं जा सकी।
api-token-too-long = कोड बहुत लंबा है।
api-method-not-allowed = यह पाथ इस मेथड को स्वीकार नहीं करता।
api-no-operation = इस पाथ पर API की कोई कार्रवाई नहीं है।
api-csrf = CSRF पुष्टि विफल रही।
api-not-found = नहीं मिला।
api-overloaded = एक साथ बहुत सारे लॉग इन हो रहे हैं। कृपया थोड़ी देर में फिर कोशिश करें।
api-unavailable = सेवा अस्थायी रूप से उपलब्ध नहीं है। कृपया बाद में फिर कोशिश करें।
api-body-mismatch = JSON बॉडी मेल नहीं खाती: { $error }।
api-body-not-object = बॉडी एक JSON ऑब्जेक्ट होनी चाहिए।

# कई ऑथेंटिकेटर ऐप, नाम वाले डिवाइस
profile-apps = ऑथेंटिकेटर ऐप
profile-apps-intro = इनमें से किसी भी ऐप का कोड आपको लॉग इन कराता है। इन्हें पहचानने के लिए हर ऐप को एक नाम दें।
profile-app-main = (मुख्य)
app-create-title = ऑथेंटिकेटर ऐप जोड़ें
app-create-intro = नए ऐप से QR कोड स्कैन करें, उसे नाम दें और वह जो कोड दिखाए उसे डालें।
app-create-submit = ऐप जोड़ें
app-name-placeholder = जैसे टैबलेट
app-setup-restarted = वह सेटअप समाप्त हो गया था। यह नया QR कोड स्कैन करें और उससे मिला कोड डालें।
device-name-field = नाम
device-rename = नाम बदलें
device-rename-label = { $what } का नया नाम

# आप कहाँ लॉग इन हैं
session-agent = { $system } पर { $browser }
session-agent-unknown-browser = { $system } पर अज्ञात ब्राउज़र
session-agent-unknown = अज्ञात ब्राउज़र
sessions-title = आप कहाँ लॉग इन हैं
sessions-intro = ये ब्राउज़र और ऐप आपके खाते में लॉग इन हैं। जिस सत्र को आप लॉग आउट करेंगे, वह अपने अगले अनुरोध पर ख़त्म हो जाएगा।
sessions-col-browser = ब्राउज़र
sessions-col-address = नेटवर्क
sessions-col-began = लॉग इन
sessions-col-last-seen = आख़िरी गतिविधि
sessions-app = ऐप
sessions-current = यह सत्र
sessions-revoke = लॉग आउट करें
sessions-revoke-others = बाकी सभी जगह से लॉग आउट करें
sessions-not-me-title = कोई सत्र पहचान में नहीं आ रहा?
sessions-not-me = उसे लॉग आउट करें (या बाकी सभी जगह से लॉग आउट करें), फिर अपना पासवर्ड बदलें और अपने टू-फ़ैक्टर ऑथेंटिकेशन डिवाइस जाँचें।
sessions-back = खाते की सुरक्षा पर वापस जाएँ
profile-sessions-intro = देखें कि कौन-से ब्राउज़र और ऐप आपके खाते में लॉग इन हैं, और उन्हें लॉग आउट करें।
profile-sessions-link = आपके सत्र
api-no-such-session = ऐसा कोई सत्र नहीं है।

# भरोसेमंद ब्राउज़र
trusted-title = भरोसेमंद ब्राउज़र
trusted-intro = इन ब्राउज़र के लिए "फिर न पूछें" चुना गया था: दिखाई गई तारीख़ तक ये लॉग इन पर कोड छोड़ देते हैं। किसी का भरोसा वापस लेने पर वह अगले लॉग इन पर कोड मांगेगा।
trusted-col-granted = कब से भरोसेमंद
trusted-col-expires = कब तक
trusted-revoke = भरोसा वापस लें
trusted-revoke-all = सभी ब्राउज़र का भरोसा वापस लें
trusted-none = कोई भी ब्राउज़र लॉग इन पर कोड नहीं छोड़ता।
api-no-such-grant = ऐसा कोई भरोसेमंद ब्राउज़र नहीं है।

# सुरक्षा अलर्ट (ईमेल)
alert-new-browser-subject = { $site } पर नया लॉग इन
alert-new-browser = किसी ने { $site } पर आपके खाते { $username } में ऐसे ब्राउज़र से लॉग इन किया जो इस खाते के साथ पहले कभी इस्तेमाल नहीं हुआ।
alert-device-added-subject = { $site } पर एक टू-फ़ैक्टर ऑथेंटिकेशन डिवाइस जोड़ा गया
alert-device-added = { $site } पर आपके खाते { $username } के टू-फ़ैक्टर ऑथेंटिकेशन डिवाइस में { $device } जोड़ा गया।
alert-device-removed-subject = { $site } पर एक टू-फ़ैक्टर ऑथेंटिकेशन डिवाइस हटाया गया
alert-device-removed = { $site } पर आपके खाते { $username } के टू-फ़ैक्टर ऑथेंटिकेशन डिवाइस में से एक डिवाइस हटाया गया।
alert-backup-tokens-subject = { $site } पर नए बैकअप कोड
alert-backup-tokens = { $site } पर आपके खाते { $username } के लिए नए बैकअप कोड बनाए गए; पुराने अब काम नहीं करते।
alert-disabled-subject = { $site } पर टू-फ़ैक्टर ऑथेंटिकेशन बंद किया गया
alert-disabled = { $site } पर आपके खाते { $username } के लिए टू-फ़ैक्टर ऑथेंटिकेशन बंद किया गया।
alert-locked-subject = { $site } पर गलत कोड
alert-locked = { $site } पर आपका { $device } गलत कोड के बाद कुछ देर तक कोड स्वीकार नहीं करता। लगातार गलत कोड: { $count }।
alert-when = कब: { $when }
alert-browser = ब्राउज़र: { $browser }
alert-network = नेटवर्क: { $network }
alert-not-me-link = अगर यह आप नहीं थे, तो यहाँ सभी जगह से लॉग आउट करें और फिर अपना पासवर्ड बदलें: { $url }
alert-not-me-page = अगर यह आप नहीं थे, तो खाते की सुरक्षा के "आप कहाँ लॉग इन हैं" पेज ({ $path }) पर सभी जगह से लॉग आउट करें और फिर अपना पासवर्ड बदलें।
alert-unknown = अज्ञात

# प्रबंधन: सत्र और भरोसेमंद ब्राउज़र
admin-sessions = सत्र
admin-no-sessions = कोई सक्रिय सत्र नहीं।
admin-end-session = ख़त्म करें
admin-end-all-sessions = सभी सत्र ख़त्म करें
admin-notice-sessions-ended = ख़त्म किए गए सत्र: { $count }।
admin-notice-untrusted = जिन ब्राउज़र का भरोसा वापस लिया गया: { $count }।
