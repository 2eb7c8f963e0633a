# actix-two-factor: অসমীয়া বাৰ্তা।
# সম্বোধন: "আপুনি", অসমীয়া চফ্টৱেৰে যিদৰে কৰে। শব্দাৱলী: টোকেন, বেকআপ টোকেন,
# প্ৰমাণীকৰণ এপ, দ্বি-কাৰক প্ৰমাণীকৰণ, সুৰক্ষা চাবি, পাছকী।

## The page frame (_base.html) and the language switcher

language-name = অসমীয়া

base-account-security = একাউণ্টৰ সুৰক্ষা
base-log-out = লগ আউট কৰক
base-log-in = লগ ইন কৰক
base-language = ভাষা
base-language-submit = সলনি কৰক

## Shared words

wizard-cancel = বাতিল কৰক
wizard-back = উভতি যাওক
wizard-next = পৰৱৰ্তী
permission-denied = অনুমতি নাই
enable-two-factor = দ্বি-কাৰক প্ৰমাণীকৰণ সক্ষম কৰক
disable-two-factor = দ্বি-কাৰক প্ৰমাণীকৰণ অক্ষম কৰক
two-factor-not-enabled = আপোনাৰ একাউণ্টৰ বাবে দ্বি-কাৰক প্ৰমাণীকৰণ সক্ষম কৰা হোৱা নাই। একাউণ্টৰ সুৰক্ষা বঢ়াবলৈ দ্বি-কাৰক প্ৰমাণীকৰণ সক্ষম কৰক।
back-to-account-security = একাউণ্টৰ সুৰক্ষালৈ উভতি যাওক
add-phone-number = ফোন নম্বৰ যোগ কৰক
backup-tokens-title = বেকআপ টোকেন
token-generator = অনুগ্ৰহ কৰি আপোনাৰ টোকেন জেনেৰেটৰে সৃষ্টি কৰা টোকেনটো দিয়ক।
token-call = আমি এতিয়াই আপোনাৰ ফোনলৈ কল কৰি আছোঁ, অনুগ্ৰহ কৰি শুনা অংকবোৰ দিয়ক।
token-sms = আমি আপোনালৈ এটা পাঠ্য বাৰ্তা পঠিয়াইছোঁ, অনুগ্ৰহ কৰি পঠিওৱা টোকেনটো দিয়ক।
token-email = আমি আপোনালৈ এটা ইমেইল পঠিয়াইছোঁ, অনুগ্ৰহ কৰি পঠিওৱা টোকেনটো দিয়ক।

## Login (core/login.html)

login-title = লগ ইন
login-credentials = আপোনাৰ ব্যৱহাৰকাৰীৰ নাম আৰু পাছৱৰ্ড দিয়ক।
login-backup-intro = লগ ইন কৰিবলৈ বেকআপ টোকেন দিবলৈ এই ফৰ্মখন ব্যৱহাৰ কৰক। এই টোকেনবোৰ আপুনি প্ৰিণ্ট কৰি সুৰক্ষিতভাৱে ৰাখিবৰ বাবে সৃষ্টি কৰা হৈছিল। আপোনাৰ একাউণ্টত লগ ইন কৰিবলৈ ইয়াৰে এটা বেকআপ টোকেন দিয়ক।
login-submit = লগ ইন কৰক
login-other-methods = নহলে, আপোনাৰ আন এটা প্ৰমাণীকৰণ পদ্ধতি ব্যৱহাৰ কৰক:
login-backup-last-resort = শেষ উপায় হিচাপে আপুনি এটা বেকআপ টোকেন ব্যৱহাৰ কৰিব পাৰে:
login-use-backup-token = বেকআপ টোকেন ব্যৱহাৰ কৰক

## Setup (core/setup.html, core/setup_complete.html)

setup-welcome = আপুনি আপোনাৰ একাউণ্টৰ সুৰক্ষা পৰৱৰ্তী স্তৰলৈ নিবলৈ ওলাইছে। দ্বি-কাৰক প্ৰমাণীকৰণ সক্ষম কৰিবলৈ এই উইজাৰ্ডৰ পদক্ষেপবোৰ অনুসৰণ কৰক।
setup-method = অনুগ্ৰহ কৰি আপুনি ব্যৱহাৰ কৰিব বিচৰা প্ৰমাণীকৰণ পদ্ধতিটো বাছক।
setup-generator-intro = টোকেন জেনেৰেটৰ ব্যৱহাৰ আৰম্ভ কৰিবলৈ আপোনাৰ স্মাৰ্টফোনেৰে তলৰ QR ক'ডটো স্কেন কৰক। উদাহৰণস্বৰূপে Google Authenticator, Aegis বা FreeOTP ব্যৱহাৰ কৰক।
setup-qr-alt = QR ক'ড
setup-manual-key = ক'ডটো স্কেন কৰিব পৰা নাই নেকি? তাৰ সলনি আপোনাৰ এপত এই চাবিটো দিয়ক:
setup-on-this-phone = এই ফোনতে আছে নেকি?
setup-open-in-app = আপোনাৰ প্ৰমাণীকৰণ এপত খোলক
setup-app-should-show = এপটোৱে প্ৰদানকাৰী “{ $issuer }” আৰু { $digits }-অংকৰ ক'ড দেখুৱাব লাগে।
setup-enter-token = তাৰ পিছত এপটোৱে সৃষ্টি কৰা টোকেনটো দিয়ক।
setup-sms-intro = যি ফোন নম্বৰত আপুনি পাঠ্য বাৰ্তা পাব বিচাৰে সেইটো দিয়ক। পৰৱৰ্তী পদক্ষেপত এই নম্বৰটো পৰীক্ষা কৰা হ'ব।
setup-call-intro = যি ফোন নম্বৰত আপুনি কল পাব বিচাৰে সেইটো দিয়ক। পৰৱৰ্তী পদক্ষেপত এই নম্বৰটো পৰীক্ষা কৰা হ'ব।
setup-email-intro = যি ইমেইল ঠিকনাত আপুনি টোকেন পাব বিচাৰে সেইটো দিয়ক। পৰৱৰ্তী পদক্ষেপত এই ঠিকনাটো পৰীক্ষা কৰা হ'ব।
complete-congratulations = অভিনন্দন, আপুনি সফলতাৰে দ্বি-কাৰক প্ৰমাণীকৰণ সক্ষম কৰিলে।
complete-add-phone-hint = তথাপি, কেতিয়াবা আপোনাৰ মুখ্য টোকেন ডিভাইচটো হাতত নাথাকিব পাৰে। একাউণ্ট পুনৰুদ্ধাৰ সম্ভৱ কৰিবলৈ এটা ফোন নম্বৰ যোগ কৰক।

## Two-factor required (core/otp_required.html)

otp-required-enforced = আপুনি বিচৰা পৃষ্ঠাটোৱে সুৰক্ষাৰ কাৰণে ব্যৱহাৰকাৰীক দ্বি-কাৰক প্ৰমাণীকৰণেৰে সত্যাপন কৰিবলৈ বাধ্য কৰে। এই পৃষ্ঠা চাবলৈ আপুনি এই সুৰক্ষা সুবিধাসমূহ সক্ষম কৰিব লাগিব।
otp-required-go-back = উভতি যাওক

## Backup phones (core/phone_register.html)

phone-title = বেকআপ ফোন যোগ কৰক
phone-setup-intro = আপুনি আপোনাৰ একাউণ্টত এটা বেকআপ ফোন নম্বৰ যোগ কৰিবলৈ ওলাইছে। আপোনাৰ মুখ্য পদ্ধতি উপলব্ধ নহ'লে এই নম্বৰটো ব্যৱহাৰ কৰা হ'ব।
phone-validation-intro = আমি আপোনাৰ ফোন নম্বৰলৈ এটা টোকেন পঠিয়াইছোঁ। অনুগ্ৰহ কৰি পোৱা টোকেনটো দিয়ক।

## Re-authentication (core/reauth.html)

reauth-title = এয়া আপুনিয়েই বুলি নিশ্চিত কৰক
reauth-intro = এই কাৰ্যই আপোনাৰ একাউণ্ট কেনেকৈ সুৰক্ষিত হয় সেয়া সলনি কৰে। আগবাঢ়িবলৈ আপোনাৰ পাছৱৰ্ড দিয়ক।
reauth-intro-token = এই কাৰ্যই আপোনাৰ একাউণ্ট কেনেকৈ সুৰক্ষিত হয় সেয়া সলনি কৰে। আগবাঢ়িবলৈ আপোনাৰ পাছৱৰ্ড আৰু এটা টোকেন ({ $device }) দিয়ক।
reauth-confirm = নিশ্চিত কৰক

## Backup tokens (core/backup_tokens.html)

backup-tokens-intro = আপোনাৰ মুখ্য আৰু বেকআপ ফোন নম্বৰ উপলব্ধ নহ'লে বেকআপ টোকেন ব্যৱহাৰ কৰিব পাৰি। তলৰ বেকআপ টোকেনবোৰ লগ ইন সত্যাপনৰ বাবে ব্যৱহাৰ কৰিব পাৰি। সকলো বেকআপ টোকেন শেষ হ'লে আপুনি নতুন এটা গোট সৃষ্টি কৰিব পাৰে। কেৱল তলত দেখুওৱা বেকআপ টোকেনবোৰহে বৈধ হ'ব।
backup-tokens-print = এই টোকেনবোৰ প্ৰিণ্ট কৰি কোনো সুৰক্ষিত ঠাইত ৰাখক। এইবোৰ কেৱল এতিয়াহে দেখুওৱা হৈছে।
backup-tokens-unused = { $count ->
    [one] আপোনাৰ { $count }টা অব্যৱহৃত বেকআপ টোকেন আছে। আপোনাৰ সুৰক্ষাৰ বাবে ইয়াক পুনৰ দেখুওৱা নাযায়; হেৰুৱালে নতুনকৈ সৃষ্টি কৰক।
   *[other] আপোনাৰ { $count }টা অব্যৱহৃত বেকআপ টোকেন আছে। আপোনাৰ সুৰক্ষাৰ বাবে সেইবোৰ পুনৰ দেখুওৱা নাযায়; হেৰুৱালে নতুনকৈ সৃষ্টি কৰক।
}
backup-tokens-none = আপোনাৰ এতিয়ালৈকে কোনো বেকআপ ক'ড নাই।
backup-tokens-generate = টোকেন সৃষ্টি কৰক

## Account security (profile/profile.html, profile/disable.html)

profile-title = একাউণ্টৰ সুৰক্ষা
profile-generator = টোকেনবোৰ আপোনাৰ টোকেন জেনেৰেটৰে সৃষ্টি কৰিব।
profile-primary-method = মুখ্য পদ্ধতি: { $method }।
profile-backup-phones = বেকআপ ফোন নম্বৰ
profile-backup-phones-intro = আপোনাৰ মুখ্য পদ্ধতি উপলব্ধ নহ'লে আমি তলত দিয়া ফোন নম্বৰবোৰলৈ বেকআপ টোকেন পঠিয়াব পাৰোঁ।
profile-unregister = পঞ্জীয়ন আঁতৰাওক
profile-backup-tokens-intro = আপোনাৰ লগত কোনো ডিভাইচ নাথাকিলে আপুনি বেকআপ টোকেনেৰে একাউণ্টত প্ৰৱেশ কৰিব পাৰে।
profile-backup-tokens-remaining = { $count ->
    [one] আপোনাৰ { $count }টা বেকআপ টোকেন বাকী আছে।
   *[other] আপোনাৰ { $count }টা বেকআপ টোকেন বাকী আছে।
}
profile-no-backup-tokens = আপোনাৰ কোনো বেকআপ টোকেন বাকী নাই।
profile-no-backup-tokens-advice = ডিভাইচ হেৰুৱালে আপুনি লগ ইন কৰিব নোৱাৰিব: নতুন টোকেন সৃষ্টি কৰি কোনো সুৰক্ষিত ঠাইত ৰাখক।
profile-few-backup-tokens = { $count ->
    [one] মাত্ৰ { $count }টা বেকআপ টোকেন বাকী আছে।
   *[other] মাত্ৰ { $count }টা বেকআপ টোকেন বাকী আছে।
}
profile-few-backup-tokens-advice = শেষ হোৱাৰ আগতে নতুন টোকেন সৃষ্টি কৰক।
profile-show-codes = ক'ডবোৰ দেখুৱাওক
profile-disable-intro = আমি দৃঢ়ভাৱে পৰামৰ্শ নিদিওঁ যদিও, আপুনি আপোনাৰ একাউণ্টৰ বাবে দ্বি-কাৰক প্ৰমাণীকৰণ অক্ষমো কৰিব পাৰে।
disable-title = দ্বি-কাৰক প্ৰমাণীকৰণ অক্ষম কৰক
disable-intro = আপুনি দ্বি-কাৰক প্ৰমাণীকৰণ অক্ষম কৰিবলৈ ওলাইছে। ই আপোনাৰ একাউণ্টৰ সুৰক্ষা দুৰ্বল কৰে, আপুনি নিশ্চিত নে?
disable-submit = অক্ষম কৰক

## Mail with a code (email/token.txt, email/token.html)

email-subject = OTP টোকেন
email-hello = নমস্কাৰ { $username },
email-code-intro = { $site }ৰ বাবে আপোনাৰ সত্যাপন ক'ড হ'ল:
email-validity = { $minutes ->
    [one] ই { $minutes } মিনিটৰ বাবে বৈধ আৰু এবাৰহে ব্যৱহাৰ কৰিব পাৰি। আপুনি লগ ইন কৰিবলৈ চেষ্টা কৰা নাছিল যদি এই মেইলটো উপেক্ষা কৰিব পাৰে; কোনোবাই আপোনাৰ পাছৱৰ্ড জানিব পাৰে, গতিকে সেইটো সলনি কৰাৰ কথা ভাবক।
   *[other] ই { $minutes } মিনিটৰ বাবে বৈধ আৰু এবাৰহে ব্যৱহাৰ কৰিব পাৰি। আপুনি লগ ইন কৰিবলৈ চেষ্টা কৰা নাছিল যদি এই মেইলটো উপেক্ষা কৰিব পাৰে; কোনোবাই আপোনাৰ পাছৱৰ্ড জানিব পাৰে, গতিকে সেইটো সলনি কৰাৰ কথা ভাবক।
}

## Text messages and calls (twilio/sms_message.txt, twilio/token.xml)

sms-token = আপোনাৰ OTP টোকেন হ'ল { $token }
voice-token = আপোনাৰ টোকেন হ'ল { $token }।
voice-token-again = পুনৰ এবাৰ, আপোনাৰ টোকেন হ'ল { $token }।

## The backup-used alert (signals::backup_used_alert)

alert-subject = বেকআপ টোকেন ব্যৱহাৰ কৰা হৈছে
alert-body = নমস্কাৰ { $username },

    আপুনি { $site }ত এটা বেকআপ ডিভাইচেৰে নিজকে সত্যাপন কৰিছে। যদি এয়া আপুনি নাছিল, তেন্তে আপোনাৰ একাউণ্ট বিপন্ন হ'ব পাৰে। তৎক্ষণাৎ আপোনাৰ পাছৱৰ্ড সলনি কৰক, বেকআপ ফোন নম্বৰবোৰ পৰীক্ষা কৰক আৰু নতুন বেকআপ টোকেন সৃষ্টি কৰক।

## The admin (admin/*.html)

admin-title = দ্বি-কাৰক প্ৰশাসন
admin-forbidden = আপুনি { $username } হিচাপে প্ৰমাণীকৃত, কিন্তু এই পৃষ্ঠা চোৱাৰ অনুমতি আপোনাৰ নাই। আপুনি আন এটা একাউণ্টত লগ ইন কৰিব বিচাৰে নেকি?
admin-forbidden-login = আন এটা একাউণ্টত লগ ইন কৰক
admin-users = ব্যৱহাৰকাৰী
admin-find-label = ব্যৱহাৰকাৰীৰ নামেৰে এজন ব্যৱহাৰকাৰী বিচাৰক
admin-find = বিচাৰক
admin-no-user-named = “{ $username }” নামৰ কোনো ব্যৱহাৰকাৰী নাই।
admin-cannot-list = এই ছাইটৰ ব্যৱহাৰকাৰী ভঁৰালে ব্যৱহাৰকাৰীৰ তালিকা দিব নোৱাৰে। তাৰ সলনি ব্যৱহাৰকাৰীৰ নামেৰে বিচাৰক।
admin-col-username = ব্যৱহাৰকাৰীৰ নাম
admin-col-email = ইমেইল
admin-col-two-factor = দ্বি-কাৰক
admin-col-staff = কৰ্মচাৰী
admin-col-active = সক্ৰিয়
admin-superuser-note = (ছুপাৰইউজাৰ)
admin-enabled = সক্ষম
admin-disabled = অক্ষম
admin-yes = হয়
admin-no = নহয়
admin-showing = { $total ->
    [one] { $total } জন ব্যৱহাৰকাৰীৰ { $shown } জন দেখুওৱা হৈছে; বাকীসকলক ব্যৱহাৰকাৰীৰ নামেৰে বিচাৰক।
   *[other] { $total } জন ব্যৱহাৰকাৰীৰ { $shown } জন দেখুওৱা হৈছে; বাকীসকলক ব্যৱহাৰকাৰীৰ নামেৰে বিচাৰক।
}
admin-no-users = এতিয়ালৈকে কোনো ব্যৱহাৰকাৰী নাই।
admin-role-superuser = ছুপাৰইউজাৰ
admin-role-staff = কৰ্মচাৰী
admin-role-not-staff = কৰ্মচাৰী নহয়
admin-state-active = সক্ৰিয়
admin-state-inactive = নিষ্ক্ৰিয়
admin-user-two-factor = দ্বি-কাৰক প্ৰমাণীকৰণ
admin-devices = ডিভাইচ
admin-col-device = ডিভাইচ
admin-col-name = নাম
admin-col-id = আইডি
admin-col-failures = বিফল প্ৰচেষ্টা
admin-col-actions = কাৰ্য
admin-verified-your-session = (আপোনাৰ ছেছন সত্যাপন কৰিছিল)
admin-reset-failures = বিফল প্ৰচেষ্টা শূন্য কৰক
admin-remove = আঁতৰাওক
admin-no-devices = কোনো ডিভাইচ নাই।
admin-backup-tokens = বেকআপ টোকেন
admin-backup-tokens-remaining = { $count ->
    [one] { $count }টা বেকআপ টোকেন বাকী।
   *[other] { $count }টা বেকআপ টোকেন বাকী।
}
admin-remove-backup-tokens = বেকআপ টোকেন আঁতৰাওক
admin-failed-attempts = { $count ->
    [one] { $count }টা বিফল প্ৰচেষ্টা
   *[other] { $count }টা বিফল প্ৰচেষ্টা
}
admin-reset-backup-failures = বেকআপ টোকেনৰ বিফল প্ৰচেষ্টা শূন্য কৰক
admin-backup-phones = বেকআপ ফোন
admin-no-backup-phones = কোনো বেকআপ ফোন নাই।
admin-audit-reauth = { $minutes ->
    [one] শেষবাৰ নিশ্চিত কৰাৰ পিছত { $minutes } মিনিটতকৈ বেছি সময় পাৰ হ'লে এই পৃষ্ঠাৰ প্ৰতিটো সলনিয়ে আপোনাক পাছৱৰ্ড (আৰু টোকেন) নিশ্চিত কৰিবলৈ কয়; প্ৰতিটো সলনি অডিট লগত লিখা থাকে।
   *[other] শেষবাৰ নিশ্চিত কৰাৰ পিছত { $minutes } মিনিটতকৈ বেছি সময় পাৰ হ'লে এই পৃষ্ঠাৰ প্ৰতিটো সলনিয়ে আপোনাক পাছৱৰ্ড (আৰু টোকেন) নিশ্চিত কৰিবলৈ কয়; প্ৰতিটো সলনি অডিট লগত লিখা থাকে।
}
admin-audit = এই পৃষ্ঠাৰ প্ৰতিটো সলনি অডিট লগত লিখা থাকে।
admin-reset-two-factor = দ্বি-কাৰক প্ৰমাণীকৰণ পুনৰ ছেট কৰক
admin-reset-intro = ডিভাইচ হেৰুওৱা ব্যৱহাৰকাৰীৰ বাবে: সকলো ডিভাইচ আৰু বেকআপ টোকেন আঁতৰায়, যাতে তেওঁ কেৱল পাছৱৰ্ডেৰে লগ ইন কৰি দ্বি-কাৰক প্ৰমাণীকৰণ পুনৰ ছেট আপ কৰিব পাৰে।
admin-notice-removed = { $device } ({ $id }) আঁতৰোৱা হ'ল।
admin-notice-failures-reset = { $device } ({ $id })ৰ বিফল প্ৰচেষ্টা শূন্য কৰা হ'ল।
admin-notice-reset = { $username }ৰ দ্বি-কাৰক প্ৰমাণীকৰণ পুনৰ ছেট কৰা হ'ল।

## Form fields and their messages (forms, views)

field-username = ব্যৱহাৰকাৰীৰ নাম
field-password = পাছৱৰ্ড
field-token = টোকেন
field-method = পদ্ধতি
field-phone-number = ফোন নম্বৰ
field-phone-help = দেশৰ ক'ডসহ, + বা 00ৰে আৰম্ভ কৰি।
field-email = ইমেইল ঠিকনা
field-understand = হয়, মই নিশ্চিত
method-generator = টোকেন জেনেৰেটৰ
method-sms = পাঠ্য বাৰ্তা
method-call = ফোন কল
method-email = ইমেইল
form-required = এই ক্ষেত্ৰখন বাধ্যতামূলক।
form-invalid-token = টোকেনটো অবৈধ। অনুগ্ৰহ কৰি নিশ্চিত কৰক যে আপুনি ইয়াক শুদ্ধকৈ দিছে।
form-invalid-setup-token = দিয়া টোকেনটো বৈধ নহয়।
form-invalid-login = অনুগ্ৰহ কৰি শুদ্ধ ব্যৱহাৰকাৰীৰ নাম আৰু পাছৱৰ্ড দিয়ক। মন কৰিব, দুয়োটা ক্ষেত্ৰতে ডাঙৰ-সৰু আখৰৰ পাৰ্থক্য থাকিব পাৰে।
form-timed-out = আপোনাৰ ছেছনৰ সময় উকলি গ'ল। অনুগ্ৰহ কৰি পুনৰ লগ ইন কৰক।
form-wrong-password = আপোনাৰ পাছৱৰ্ড ভুলকৈ দিয়া হৈছিল। অনুগ্ৰহ কৰি পুনৰ দিয়ক।
form-invalid-email = এটা বৈধ ইমেইল ঠিকনা দিয়ক।
form-invalid-phone = অনুগ্ৰহ কৰি দেশৰ ক'ডসহ (+ বা 00ৰে আৰম্ভ কৰি) এটা বৈধ ফোন নম্বৰ দিয়ক।

## Devices as the pages name them

device-generator = প্ৰমাণীকৰণ এপ
device-backup-tokens = বেকআপ টোকেন
device-sms = { $target }লৈ পাঠ্য বাৰ্তা
device-call = { $target }লৈ কল
device-email = { $target }লৈ ইমেইল

## Throttling, time-outs and sending codes

throttle-device = { $count ->
    [one] { $count }টা বিফল প্ৰচেষ্টাৰ বাবে সত্যাপন সাময়িকভাৱে বন্ধ কৰা হৈছে, অনুগ্ৰহ কৰি অলপ পিছত পুনৰ চেষ্টা কৰক।
   *[other] { $count }টা বিফল প্ৰচেষ্টাৰ বাবে সত্যাপন সাময়িকভাৱে বন্ধ কৰা হৈছে, অনুগ্ৰহ কৰি অলপ পিছত পুনৰ চেষ্টা কৰক।
}
throttle-network = { $seconds ->
    [one] আপোনাৰ নেটৱৰ্কৰ পৰা অত্যধিক বিফল প্ৰচেষ্টা। { $seconds } ছেকেণ্ডৰ পিছত পুনৰ চেষ্টা কৰক।
   *[other] আপোনাৰ নেটৱৰ্কৰ পৰা অত্যধিক বিফল প্ৰচেষ্টা। { $seconds } ছেকেণ্ডৰ পিছত পুনৰ চেষ্টা কৰক।
}
throttle-account = { $seconds ->
    [one] অত্যধিক বিফল প্ৰচেষ্টা। { $seconds } ছেকেণ্ডৰ পিছত পুনৰ চেষ্টা কৰক।
   *[other] অত্যধিক বিফল প্ৰচেষ্টা। { $seconds } ছেকেণ্ডৰ পিছত পুনৰ চেষ্টা কৰক।
}
throttle-reauth-logged-out = পাছৱৰ্ড নিশ্চিতকৰণ বহুবাৰ বিফল হোৱাৰ বাবে আপোনাক লগ আউট কৰা হ'ল। অনুগ্ৰহ কৰি পুনৰ লগ ইন কৰক।
delivery-cooldown = { $seconds ->
    [one] অলপ আগতে এটা ক'ড পঠিওৱা হৈছে। অনুগ্ৰহ কৰি সেইটোকে ব্যৱহাৰ কৰক, বা { $seconds } ছেকেণ্ডৰ পিছত নতুন এটা বিচাৰক।
   *[other] অলপ আগতে এটা ক'ড পঠিওৱা হৈছে। অনুগ্ৰহ কৰি সেইটোকে ব্যৱহাৰ কৰক, বা { $seconds } ছেকেণ্ডৰ পিছত নতুন এটা বিচাৰক।
}
delivery-limited-destination = { $minutes ->
    [one] শেহতীয়াকৈ এই নম্বৰ বা ঠিকনালৈ অত্যধিক ক'ড পঠিওৱা হৈছে। { $minutes } মিনিটৰ পিছত পুনৰ চেষ্টা কৰক বা আন পদ্ধতি ব্যৱহাৰ কৰক।
   *[other] শেহতীয়াকৈ এই নম্বৰ বা ঠিকনালৈ অত্যধিক ক'ড পঠিওৱা হৈছে। { $minutes } মিনিটৰ পিছত পুনৰ চেষ্টা কৰক বা আন পদ্ধতি ব্যৱহাৰ কৰক।
}
delivery-limited-user = { $minutes ->
    [one] শেহতীয়াকৈ আপোনাৰ একাউণ্টৰ বাবে অত্যধিক ক'ড পঠিওৱা হৈছে। { $minutes } মিনিটৰ পিছত পুনৰ চেষ্টা কৰক বা আন পদ্ধতি ব্যৱহাৰ কৰক।
   *[other] শেহতীয়াকৈ আপোনাৰ একাউণ্টৰ বাবে অত্যধিক ক'ড পঠিওৱা হৈছে। { $minutes } মিনিটৰ পিছত পুনৰ চেষ্টা কৰক বা আন পদ্ধতি ব্যৱহাৰ কৰক।
}
delivery-failed = এই মুহূৰ্তত আমি আপোনালৈ ক'ড পঠিয়াব পৰা নাই। অনুগ্ৰহ কৰি পিছত পুনৰ চেষ্টা কৰক বা আন পদ্ধতি ব্যৱহাৰ কৰক।

## Error pages (400, 403, 404, 500, 503)

error-title-400 = বেয়া অনুৰোধ
error-title-403 = নিষিদ্ধ
error-title-404 = পোৱা নগ'ল
error-title-500 = আভ্যন্তৰীণ ছাৰ্ভাৰ ত্ৰুটি
error-title-503 = সেৱা উপলব্ধ নহয়
error-unavailable = সেৱাটো সাময়িকভাৱে উপলব্ধ নহয়। একো সলনি কৰা হোৱা নাই; অনুগ্ৰহ কৰি অলপ পিছত পুনৰ চেষ্টা কৰক।
error-unavailable-not-saved = সেৱাটো সাময়িকভাৱে উপলব্ধ নহয়। আপোনাৰ অনুৰোধ হয়তো পালন কৰা হৈছে, কিন্তু আপোনাৰ ছেছন সাঁচিব পৰা নগ'ল। অনুগ্ৰহ কৰি পুনৰ ছাইন ইন কৰক।
error-internal = আমাৰ ফালে কিবা এটা ভুল হ'ল।
error-csrf = CSRF সত্যাপন বিফল হ'ল। অনুৰোধ বাতিল কৰা হ'ল। পৃষ্ঠাটো পুনৰ লোড কৰি ফৰ্মখন আকৌ জমা দিয়ক।
error-not-found = পোৱা নগ'ল।
error-management-form = ManagementForm-ৰ তথ্য নাই বা সলনি কৰা হৈছে।
error-token-too-long = টোকেন ক্ষেত্ৰখন অতি দীঘল।

## Security keys and passkeys (WebAuthn): login, setup, re-authentication, profile

method-webauthn = সুৰক্ষা চাবি বা পাছকী
token-webauthn = আপোনাৰ সুৰক্ষা চাবি বা পাছকী ব্যৱহাৰ কৰক: তলৰ বুটামটো টিপক, তাৰ পিছত চাবিটো স্পৰ্শ কৰক বা আপোনাৰ ডিভাইচত নিশ্চিত কৰক।
reauth-intro-webauthn = এই কাৰ্যই আপোনাৰ একাউণ্ট কেনেকৈ সুৰক্ষিত হয় সেয়া সলনি কৰে। আগবাঢ়িবলৈ আপোনাৰ পাছৱৰ্ড দিয়ক আৰু সুৰক্ষা চাবিৰে নিশ্চিত কৰক।
reauth-confirm-webauthn = সুৰক্ষা চাবিৰে নিশ্চিত কৰক
setup-webauthn-intro = আপোনাৰ লগ ইন নিশ্চিত কৰিবলৈ এটা সুৰক্ষা চাবি (USB, NFC বা Bluetooth) বা আপোনাৰ ডিভাইচৰ স্ক্ৰীণ লক ব্যৱহাৰ কৰক। ইচ্ছা হ'লে ইয়াৰ নাম দিয়ক, বুটামটো টিপক আৰু আপোনাৰ ব্ৰাউজাৰৰ নিৰ্দেশনা অনুসৰণ কৰক।
webauthn-needs-js = সুৰক্ষা চাবিৰ বাবে JavaScript লাগে।
webauthn-needs-js-setup = এই ছাইটৰ বাবে ইয়াক অন কৰক, বা উভতি গৈ আন এটা পদ্ধতি বাছক।
webauthn-needs-js-reauth = আগবাঢ়িবলৈ এই ছাইটৰ বাবে ইয়াক অন কৰক।
webauthn-needs-js-other = এই ছাইটৰ বাবে ইয়াক অন কৰক, বা আন এটা পদ্ধতি ব্যৱহাৰ কৰক।
webauthn-needs-js-login = { $alternatives ->
    [token] এই ছাইটৰ বাবে ইয়াক অন কৰক, বা এটা টোকেন দিয়ক।
    [backup] এই ছাইটৰ বাবে ইয়াক অন কৰক, বা এটা বেকআপ টোকেন ব্যৱহাৰ কৰক।
    [both] এই ছাইটৰ বাবে ইয়াক অন কৰক, এটা টোকেন দিয়ক, বা এটা বেকআপ টোকেন ব্যৱহাৰ কৰক।
   *[none] এই ছাইটৰ বাবে ইয়াক অন কৰক।
}
webauthn-use-key = সুৰক্ষা চাবি ব্যৱহাৰ কৰক
webauthn-passkey-needs-js = পাছকীৰে ছাইন ইন কৰিবলৈ JavaScript লাগে; আপোনাৰ ব্যৱহাৰকাৰীৰ নাম আৰু পাছৱৰ্ড ব্যৱহাৰ কৰক।
webauthn-passkey-login = পাছকীৰে ছাইন ইন কৰক
webauthn-register = সুৰক্ষা চাবি পঞ্জীয়ন কৰক
webauthn-profile-title = সুৰক্ষা চাবি আৰু পাছকী
webauthn-col-kind = প্ৰকাৰ
webauthn-col-added = যোগ কৰা হৈছিল
webauthn-col-last-used = শেষ ব্যৱহাৰ
webauthn-col-actions = কাৰ্য
webauthn-kind-passkey = পাছকী
webauthn-kind-security-key = সুৰক্ষা চাবি
webauthn-primary = (মুখ্য)
webauthn-never = কেতিয়াও নহয়
webauthn-remove = আঁতৰাওক
webauthn-remove-label = { $label } আঁতৰাওক
webauthn-no-keys = এতিয়ালৈকে কোনো সুৰক্ষা চাবি নাই। এটা চাবি বা পাছকীয়ে এটা স্পৰ্শতে আপোনাৰ লগ ইন নিশ্চিত কৰে।
webauthn-add-title = সুৰক্ষা চাবি যোগ কৰক
webauthn-add-intro = এটা সুৰক্ষা চাবি (USB, NFC বা Bluetooth চাবি) বা আপোনাৰ ডিভাইচৰ স্ক্ৰীণ লকে আপোনাৰ লগ ইন নিশ্চিত কৰিব পাৰে। পাছকীয়ে পাছৱৰ্ড নোহোৱাকৈও আপোনাক ছাইন ইন কৰায়: ইয়াৰ বাবে আপোনাৰ ডিভাইচৰ PIN, ফিংগাৰপ্ৰিণ্ট বা মুখ লাগে।
webauthn-add-needs-js = সুৰক্ষা চাবি যোগ কৰিবলৈ JavaScript লাগে।
webauthn-label-field = নাম
webauthn-label-placeholder = যেনে, মোৰ চাবিৰ থোপাৰ YubiKey
webauthn-label-apart = যাতে পিছত আপুনি চাবিবোৰ চিনি পায়।
webauthn-label-help = ঐচ্ছিক, যেনে “মোৰ চাবিৰ থোপাৰ YubiKey”।
webauthn-add-passkey = পাছকী যোগ কৰক
webauthn-add-key = সুৰক্ষা চাবি যোগ কৰক
device-webauthn-key = সুৰক্ষা চাবি “{ $label }”
device-labelled = { $what } “{ $label }”
webauthn-synced = ছিংক কৰা
webauthn-syncable = এতিয়াও ছিংক কৰা হোৱা নাই
webauthn-device-bound = ডিভাইচত আবদ্ধ
webauthn-details = { $provider }, { $sync }
device-webauthn-details = { $description } ({ $details })
webauthn-add-second = আপোনাৰ একমাত্ৰ সুৰক্ষা চাবিটো এটা ডিভাইচত আবদ্ধ: সেইটো হেৰুৱালে আপুনি একাউণ্টত প্ৰৱেশ হেৰুৱাব। দ্বিতীয় এটা চাবি বা এটা পাছকী যোগ কৰক।
device-webauthn-passkey = পাছকী “{ $label }”

## Security keys and passkeys: messages from the server

webauthn-press-button = বুটামটো টিপক আৰু আপোনাৰ ব্ৰাউজাৰৰ নিৰ্দেশনা অনুসৰণ কৰক।
webauthn-use-key-hint = আপোনাৰ সুৰক্ষা চাবি ব্যৱহাৰ কৰক: বুটামটো টিপক আৰু আপোনাৰ ব্ৰাউজাৰৰ নিৰ্দেশনা অনুসৰণ কৰক।
webauthn-no-ceremony = সুৰক্ষা চাবিৰ অনুৰোধৰ ম্যাদ উকলিল বা ইতিমধ্যে ব্যৱহাৰ কৰা হৈছে। অনুগ্ৰহ কৰি পুনৰ চেষ্টা কৰক।
webauthn-log-in-first = অনুগ্ৰহ কৰি প্ৰথমে লগ ইন কৰক।
webauthn-verify-first = প্ৰথমে আপোনাৰ দ্বিতীয় কাৰকেৰে লগ ইন সত্যাপন কৰক।
webauthn-reauth-first = অনুগ্ৰহ কৰি আপোনাৰ পাছৱৰ্ড পুনৰ নিশ্চিত কৰক (পৃষ্ঠাটো পুনৰ লোড কৰক)।
webauthn-login-timed-out = আপোনাৰ লগ ইনৰ সময় উকলি গ'ল। অনুগ্ৰহ কৰি পুনৰ লগ ইন কৰক।
webauthn-label-control = নামটোত নিয়ন্ত্ৰণ আখৰ থাকিব নোৱাৰে।
webauthn-label-too-long = নামটোত বেছি হ'লে { $max }টা আখৰ থাকিব পাৰে।
webauthn-error-malformed = ব্ৰাউজাৰৰ উত্তৰ পঢ়িব পৰা নগ'ল ({ $part })। অনুগ্ৰহ কৰি পুনৰ চেষ্টা কৰক।
webauthn-error-key-cbor = সুৰক্ষা চাবিৰ ৰাজহুৱা চাবি পঢ়িব পৰা নগ'ল।
webauthn-error-key-unsupported = সুৰক্ষা চাবিটোৱে এনে এটা এলগৰিদম ব্যৱহাৰ কৰে যিটো এই ছাইটে সমৰ্থন নকৰে।
webauthn-error-key-malformed = সুৰক্ষা চাবিৰ ৰাজহুৱা চাবিটো বিকৃত।
webauthn-error-challenge-mismatch = এই উত্তৰ আন এটা অনুৰোধৰ। অনুগ্ৰহ কৰি পুনৰ চেষ্টা কৰক।
webauthn-error-expired = অনুৰোধৰ ম্যাদ উকলিল। অনুগ্ৰহ কৰি পুনৰ চেষ্টা কৰক।
webauthn-error-wrong-origin = উত্তৰটো আন এটা ছাইটৰ পৰা আহিছে ({ $origin })।
webauthn-error-wrong-rp-id = সুৰক্ষা চাবিটোৱে আন এটা ছাইটৰ বাবে উত্তৰ দিলে।
webauthn-error-user-not-present = সুৰক্ষা চাবিটো স্পৰ্শ কৰা হোৱা নাছিল।
webauthn-error-user-not-verified = সুৰক্ষা চাবিটোৱে আপোনাক সত্যাপন নকৰিলে (PIN বা বায়োমেট্ৰিক্স)। অনুগ্ৰহ কৰি পুনৰ চেষ্টা কৰক।
webauthn-error-bad-signature = সুৰক্ষা চাবিৰ স্বাক্ষৰ বৈধ নহয়।
webauthn-error-unknown-credential = এই সুৰক্ষা চাবিটো এই একাউণ্টৰ বাবে পঞ্জীয়ন কৰা হোৱা নাই।
webauthn-error-not-passkey = এই চাবিটো এই ছাইটৰ পাছকী নহয়। আপোনাৰ পাছৱৰ্ডেৰে ছাইন ইন কৰক।
webauthn-error-passkey-login-disabled = এই ছাইটত পাছকীৰে ছাইন ইন কৰাটো বন্ধ কৰা আছে।
webauthn-error-counter-regression = এই সুৰক্ষা চাবিৰ স্বাক্ষৰ গণক পিছলৈ গ'ল, যিটো চাবি নকল কৰা হ'লে হয়। ইয়াক নাকচ কৰা হ'ল; ছাইটৰ প্ৰশাসকসকলৰ সৈতে যোগাযোগ কৰক।
webauthn-error-replayed = এই উত্তৰ ইতিমধ্যে ব্যৱহাৰ কৰা হৈছে। অনুগ্ৰহ কৰি পুনৰ চেষ্টা কৰক।
webauthn-error-already-registered = এই সুৰক্ষা চাবিটো ইতিমধ্যে পঞ্জীয়ন কৰা হৈছে।
webauthn-error-unsupported-attestation = এই প্ৰমাণীকাৰকৰ প্ৰত্যয়ন ({ $format }) সমৰ্থিত নহয়; ছাইটে “none” আৰু “packed” গ্ৰহণ কৰে।
webauthn-error-not-discoverable = এই প্ৰমাণীকাৰকে পাছকী ৰাখিব নোৱাৰে। তাৰ সলনি ইয়াক সুৰক্ষা চাবি হিচাপে যোগ কৰক।
webauthn-error-wrong-ceremony = এই উত্তৰ আন এটা পদক্ষেপৰ। অনুগ্ৰহ কৰি আকৌ আৰম্ভ কৰক।
webauthn-error-model-not-accepted = এই প্ৰকাৰৰ প্ৰমাণীকাৰক ({ $model }) এই ছাইটত গ্ৰহণ কৰা নহয়।
webauthn-error-attestation-required = এই ছাইটে কেৱল নিজৰ মডেল প্ৰমাণ কৰিব পৰা (প্ৰত্যয়ন) সুৰক্ষা চাবিহে গ্ৰহণ কৰে।
webauthn-error-attestation-untrusted = সুৰক্ষা চাবিৰ প্ৰত্যয়ন সত্যাপন কৰিব পৰা নগ'ল।
webauthn-error-not-in-metadata = এই প্ৰকাৰৰ প্ৰমাণীকাৰক ({ $model }) ছাইটৰ জনাজাত মডেলৰ তালিকাত নাই।
webauthn-error-revoked = এই প্ৰকাৰৰ প্ৰমাণীকাৰক ({ $model }) ইয়াৰ নিৰ্মাতাই প্ৰত্যাহাৰ কৰা বা বিপন্ন বুলি জনাইছে।
webauthn-origin-not-secure = সুৰক্ষা চাবি আৰু পাছকীৰ বাবে সুৰক্ষিত সংযোগ লাগে: এই ছাইটটো HTTPSৰে খোলক (বা বিকাশৰ সময়ত http://localhost-ত)।
webauthn-origin-ip-address = সুৰক্ষা চাবি আৰু পাছকীৰ বাবে IP ঠিকনা নহয়, ড'মেইন নাম লাগে: এই ছাইটটো { $address }ৰ সলনি { $suggestion }ত খোলক।
webauthn-origin-bad-host = এই পৃষ্ঠাৰ হ'ষ্ট নাম সুৰক্ষা চাবি আৰু পাছকীৰ বাবে ব্যৱহাৰ কৰিব নোৱাৰি।
webauthn-origin-outside-rp-id = এই পৃষ্ঠাৰ ঠিকনা সুৰক্ষা চাবিৰ বাবে ছাইটৰ ড'মেইনৰ ({ $rp_id }) অংশ নহয়।
webauthn-origin-not-allowed = এই পৃষ্ঠাৰ ঠিকনা সুৰক্ষা চাবিৰ বাবে ছাইটৰ ঠিকনাবোৰৰ মাজত নাই।

## Security keys and passkeys: messages of the browser script (webauthn.js)

webauthn-js-unsupported = এই ব্ৰাউজাৰে সুৰক্ষা চাবি বা পাছকী সমৰ্থন নকৰে। আন এটা পদ্ধতি বা শেহতীয়া ব্ৰাউজাৰ ব্যৱহাৰ কৰক।
webauthn-js-insecure = সুৰক্ষা চাবি আৰু পাছকীৰ বাবে সুৰক্ষিত ঠিকনা লাগে (HTTPS, বা বিকাশৰ সময়ত http://localhost)।
webauthn-js-cancelled = অনুৰোধ বাতিল হ'ল বা সময় উকলিল। আপোনাৰ চাবি বা ডিভাইচ সাজু হ'লে পুনৰ চেষ্টা কৰক।
webauthn-js-aborted = অনুৰোধ বাতিল কৰা হ'ল।
webauthn-js-exists = এই সুৰক্ষা চাবিটো ইতিমধ্যে আপোনাৰ একাউণ্টত পঞ্জীয়ন কৰা আছে।
webauthn-js-security = এই ঠিকনাই সুৰক্ষা চাবি ব্যৱহাৰ কৰিব নোৱাৰে (WebAuthn-ৰ বাবে HTTPS বা localhost, আৰু IP ঠিকনাৰ সলনি ড'মেইন নাম লাগে)।
webauthn-js-network = ছাৰ্ভাৰৰ সৈতে সংযোগ কৰিব পৰা নগ'ল। আপোনাৰ সংযোগ পৰীক্ষা কৰি পুনৰ চেষ্টা কৰক।
webauthn-js-failed = সুৰক্ষা চাবিৰ সৈতে কিবা ভুল হ'ল। অনুগ্ৰহ কৰি পুনৰ চেষ্টা কৰক।
webauthn-js-working = আপোনাৰ ব্ৰাউজাৰৰ নিৰ্দেশনা অনুসৰণ কৰক: আপোনাৰ সুৰক্ষা চাবি স্পৰ্শ কৰক বা আপোনাৰ ডিভাইচত নিশ্চিত কৰক।
api-webauthn-off = এই ছাইটত সুৰক্ষা চাবি সক্ষম কৰা হোৱা নাই।
api-passkey-off = এই ছাইটত পাছকীৰে ছাইন ইন কৰাটো সক্ষম কৰা হোৱা নাই।

## The JSON API's problem details (`detail`)
api-verification-required = ইয়াৰ বাবে দ্বিতীয় কাৰকেৰে সত্যাপিত ছেছন লাগে।
api-no-removable-device = এনে কোনো বেকআপ ফোন, প্ৰমাণীকৰণ এপ (আন এটা ডিভাইচ থাকিলে) বা অতিৰিক্ত সুৰক্ষা চাবি নাই।
api-no-such-device = এনে কোনো ডিভাইচ নাই।
api-already-enabled = দ্বি-কাৰক প্ৰমাণীকৰণ ইতিমধ্যে সক্ষম কৰা আছে (নতুনকৈ আৰম্ভ কৰিবলৈ প্ৰথমে ইয়াক অক্ষম কৰক)।
api-no-totp-setup = কোনো ছেটআপ চলি থকা নাই: প্ৰথমে totp_setup কল কৰক।
api-no-phone-methods = এই ছাইটে কোনো পাঠ্য বাৰ্তা বা কল পঠিয়াব নোৱাৰে।
api-method-choice = method ইয়াৰে এটা হ'ব লাগিব: { $methods }।
api-code-not-sent = ক'ডটো পঠিয়াব পৰা নগ'ল।
api-no-phone-setup = কোনো ফোনে নিজৰ ক'ডৰ বাবে অপেক্ষা কৰা নাই: প্ৰথমে phone_add কল কৰক।
api-answer-failed = উত্তৰটো গঢ়িব পৰা নগ'ল।
api-credentials-required = username আৰু password বাধ্যতামূলক।
api-no-pending-login = কোনো লগ ইনে টোকেনৰ বাবে অপেক্ষা কৰা নাই (সময় উকলিল বা শেষ হ'ল)। অনুগ্ৰহ কৰি পুনৰ লগ ইন কৰক।
api-no-challenge-device = এনে কোনো ফোন বা ইমেইল ডিভাইচ নাই।
api-password-required = password বাধ্যতামূলক।
api-cookie-with-app = এপৰ অনুৰোধে (X-Session-Token বা X-Client: app) ছেছন কুকি পঠিয়াব নালাগে।
api-two-factor-required = এই একাউণ্টৰ বাবে দ্বি-কাৰক প্ৰমাণীকৰণ বাধ্যতামূলক।
api-session-expired = ছেছন টোকেনটো অজ্ঞাত বা ম্যাদ উকলি গৈছে। অনুগ্ৰহ কৰি পুনৰ লগ ইন কৰক।
api-middleware-missing = এপ ছেছনৰ বাবে two_factor-ৰ মিডলৱেৰ (TwoFactorMiddleware বা OtpMiddleware) লাগে।
api-csrf-header = CSRF সত্যাপন বিফল হ'ল: `session`ৰ পৰা পোৱা টোকেনটো X-CSRFToken হেডাৰত পঠিয়াওক।
api-log-in = অনুগ্ৰহ কৰি লগ ইন কৰক।
api-reauthenticate = অনুগ্ৰহ কৰি প্ৰথমে আপোনাৰ পাছৱৰ্ড নিশ্চিত কৰক (reauthenticate)।
api-body-too-large = বডিটো API-য়ে গ্ৰহণ কৰাতকৈ ডাঙৰ (16 KiB)।
api-body-unreadable = বডিটো পঢ়িব পৰা নগ'ল।
api-token-too-long = টোকেনটো অতি দীঘল।
api-method-not-allowed = এই পথে এই মেথড গ্ৰহণ নকৰে।
api-no-operation = এই পথত API-ৰ কোনো কাৰ্য নাই।
api-csrf = CSRF সত্যাপন বিফল হ'ল।
api-not-found = পোৱা নগ'ল।
api-overloaded = একেলগে অত্যধিক লগ ইন। অনুগ্ৰহ কৰি অলপ পিছত পুনৰ চেষ্টা কৰক।
api-unavailable = সেৱাটো সাময়িকভাৱে উপলব্ধ নহয়। অনুগ্ৰহ কৰি পিছত পুনৰ চেষ্টা কৰক।
api-body-mismatch = JSON বডিটো নিমিলে: { $error }।
api-body-not-object = বডিটো এটা JSON অবজেক্ট হ'ব লাগিব।

# Several authenticator apps, named devices
profile-apps = প্ৰমাণীকৰণ এপ
profile-apps-intro = এই এপবোৰৰ যিকোনো এটাৰ ক'ডেৰে আপুনি লগ ইন কৰিব পাৰে। চিনি পাবলৈ প্ৰতিটোৰে এটা নাম দিয়ক।
profile-app-main = (মুখ্য)
app-create-title = এটা প্ৰমাণীকৰণ এপ যোগ কৰক
app-create-intro = নতুন এপটোৰে QR ক'ডটো স্কেন কৰক, ইয়াৰ নাম দিয়ক আৰু ই দেখুওৱা ক'ডটো দিয়ক।
app-create-submit = এপ যোগ কৰক
app-name-placeholder = যেনে, টেবলেট
app-setup-restarted = সেই ছেটআপৰ ম্যাদ উকলিছিল। এই নতুন QR ক'ডটো স্কেন কৰি ইয়াৰ পৰা এটা ক'ড দিয়ক।
device-name-field = নাম
device-rename = নাম সলনি কৰক
device-rename-label = { $what }ৰ নতুন নাম

# Where you're signed in
session-agent = { $system }ত { $browser }
session-agent-unknown-browser = { $system }ত অজ্ঞাত ব্ৰাউজাৰ
session-agent-unknown = অজ্ঞাত ব্ৰাউজাৰ
sessions-title = আপুনি য'ত ছাইন ইন কৰি আছে
sessions-intro = এই ব্ৰাউজাৰ আৰু এপবোৰ আপোনাৰ একাউণ্টত ছাইন ইন কৰি আছে। আপুনি ছাইন আউট কৰা এটা পৰৱৰ্তী অনুৰোধতে লগ আউট হয়।
sessions-col-browser = ব্ৰাউজাৰ
sessions-col-address = নেটৱৰ্ক
sessions-col-began = ছাইন ইন কৰিছিল
sessions-col-last-seen = শেষ সক্ৰিয়
sessions-app = এপ
sessions-current = এই ছেছন
sessions-revoke = ছাইন আউট কৰক
sessions-revoke-others = আন সকলো ঠাইৰ পৰা ছাইন আউট কৰক
sessions-not-me-title = কোনো ছেছন চিনি পোৱা নাই নেকি?
sessions-not-me = সেইটো ছাইন আউট কৰক (বা আন সকলো ঠাইৰ পৰা ছাইন আউট কৰক), তাৰ পিছত আপোনাৰ পাছৱৰ্ড সলনি কৰক আৰু আপোনাৰ দ্বি-কাৰক ডিভাইচবোৰ পৰীক্ষা কৰক।
sessions-back = একাউণ্টৰ সুৰক্ষালৈ উভতি যাওক
profile-sessions-intro = আপোনাৰ একাউণ্টত ছাইন ইন কৰি থকা ব্ৰাউজাৰ আৰু এপবোৰ চাওক, আৰু সেইবোৰ ছাইন আউট কৰক।
profile-sessions-link = আপোনাৰ ছেছনবোৰ
api-no-such-session = এনে কোনো ছেছন নাই।

# Trusted browsers
trusted-title = বিশ্বাসী ব্ৰাউজাৰ
trusted-intro = এই ব্ৰাউজাৰবোৰক "পুনৰ নুসুধিব" বুলি কোৱা হৈছিল: দেখুওৱা তাৰিখলৈকে লগ ইনত সিহঁতে ক'ড নোসোধে। এটাৰ বিশ্বাস উঠাই ল'লে পৰৱৰ্তী লগ ইনত ই ক'ড বিচাৰিব।
trusted-col-granted = বিশ্বাসী হোৱাৰ পৰা
trusted-col-expires = পৰ্যন্ত
trusted-revoke = বিশ্বাস উঠাই লওক
trusted-revoke-all = সকলো ব্ৰাউজাৰৰ পৰা বিশ্বাস উঠাই লওক
trusted-none = কোনো ব্ৰাউজাৰে লগ ইনত ক'ড এৰাই নচলে।
api-no-such-grant = এনে কোনো বিশ্বাসী ব্ৰাউজাৰ নাই।

# Security alerts (mails)
alert-new-browser-subject = { $site }ত নতুন ছাইন ইন
alert-new-browser = কোনোবাই { $site }ত আপোনাৰ { $username } একাউণ্টত আগতে ব্যৱহাৰ নকৰা এটা ব্ৰাউজাৰৰ পৰা ছাইন ইন কৰিছে।
alert-device-added-subject = { $site }ত এটা দ্বি-কাৰক ডিভাইচ যোগ কৰা হ'ল
alert-device-added = { $site }ত আপোনাৰ { $username } একাউণ্টৰ দ্বি-কাৰক ডিভাইচবোৰত { $device } যোগ কৰা হ'ল।
alert-device-removed-subject = { $site }ত এটা দ্বি-কাৰক ডিভাইচ আঁতৰোৱা হ'ল
alert-device-removed = { $site }ত আপোনাৰ { $username } একাউণ্টৰ দ্বি-কাৰক ডিভাইচবোৰৰ পৰা এটা ডিভাইচ আঁতৰোৱা হ'ল।
alert-backup-tokens-subject = { $site }ত নতুন বেকআপ টোকেন
alert-backup-tokens = { $site }ত আপোনাৰ { $username } একাউণ্টৰ বাবে নতুন বেকআপ টোকেন সৃষ্টি কৰা হ'ল; পুৰণিবোৰে আৰু কাম নকৰে।
alert-disabled-subject = { $site }ত দ্বি-কাৰক প্ৰমাণীকৰণ বন্ধ কৰা হ'ল
alert-disabled = { $site }ত আপোনাৰ { $username } একাউণ্টৰ বাবে দ্বি-কাৰক প্ৰমাণীকৰণ বন্ধ কৰা হ'ল।
alert-locked-subject = { $site }ত ভুল ক'ড
alert-locked = { $site }ত আপোনাৰ { $device }এ ভুল ক'ডৰ পিছত কিছু সময়ৰ বাবে ক'ড নাকচ কৰে। একেৰাহে ভুল ক'ড: { $count }।
alert-when = কেতিয়া: { $when }
alert-browser = ব্ৰাউজাৰ: { $browser }
alert-network = নেটৱৰ্ক: { $network }
alert-not-me-link = যদি এয়া আপুনি নাছিল, ইয়াত সকলো ঠাইৰ পৰা ছাইন আউট কৰক আৰু তাৰ পিছত আপোনাৰ পাছৱৰ্ড সলনি কৰক: { $url }
alert-not-me-page = যদি এয়া আপুনি নাছিল, আপোনাৰ একাউণ্টৰ সুৰক্ষাৰ "আপুনি য'ত ছাইন ইন কৰি আছে" পৃষ্ঠাত ({ $path }) সকলো ঠাইৰ পৰা ছাইন আউট কৰক আৰু তাৰ পিছত আপোনাৰ পাছৱৰ্ড সলনি কৰক।
alert-unknown = অজ্ঞাত

# Admin: sessions and trusted browsers
admin-sessions = ছেছন
admin-no-sessions = কোনো সক্ৰিয় ছেছন নাই।
admin-end-session = শেষ কৰক
admin-end-all-sessions = সকলো ছেছন শেষ কৰক
admin-notice-sessions-ended = শেষ কৰা ছেছন: { $count }।
admin-notice-untrusted = উঠাই লোৱা বিশ্বাসী ব্ৰাউজাৰ: { $count }।
