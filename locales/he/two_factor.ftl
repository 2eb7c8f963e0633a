# actix-two-factor: הודעות בעברית (מימין לשמאל).
# משלב: פנייה ניטרלית בלשון "יש ל…" ובציווי רבים, כמקובל בממשקים בעברית. מונחים: קוד,
# קוד גיבוי, אפליקציית אימות, אימות דו-שלבי, מפתח אבטחה, מפתח גישה (passkey).

## The page frame (_base.html) and the language switcher

language-name = עברית

base-account-security = אבטחת החשבון
base-log-out = התנתקות
base-log-in = התחברות
base-language = שפה
base-language-submit = החלפה

## Shared words

wizard-cancel = ביטול
wizard-back = הקודם
wizard-next = הבא
permission-denied = אין הרשאה
enable-two-factor = הפעלת אימות דו-שלבי
disable-two-factor = השבתת אימות דו-שלבי
two-factor-not-enabled = אימות דו-שלבי אינו מופעל בחשבון שלך. כדאי להפעיל אותו כדי לשפר את אבטחת החשבון.
back-to-account-security = חזרה לאבטחת החשבון
add-phone-number = הוספת מספר טלפון
backup-tokens-title = קודי גיבוי
token-generator = יש להזין את הקוד שנוצר באפליקציית האימות.
token-call = אנחנו מתקשרים אליך עכשיו, יש להזין את הספרות שישמעו.
token-sms = שלחנו אליך הודעת SMS, יש להזין את הקוד שנשלח.
token-email = שלחנו אליך הודעת אימייל, יש להזין את הקוד שנשלח.

## Login (core/login.html)

login-title = התחברות
login-credentials = יש להזין את פרטי ההתחברות.
login-backup-intro = בטופס הזה מתחברים עם קוד גיבוי. הקודים האלה נוצרו כדי שיודפסו וישמרו במקום בטוח. יש להזין אחד מקודי הגיבוי כדי להתחבר לחשבון.
login-submit = התחברות
login-other-methods = לחלופין, אפשר להשתמש באחת משיטות האימות האחרות שלך:
login-backup-last-resort = כמוצא אחרון אפשר להשתמש בקוד גיבוי:
login-use-backup-token = שימוש בקוד גיבוי

## Setup (core/setup.html, core/setup_complete.html)

setup-welcome = החשבון שלך עומד לקבל רמת אבטחה גבוהה יותר. כדי להפעיל אימות דו-שלבי יש לבצע את השלבים באשף הזה.
setup-method = יש לבחור את שיטת האימות הרצויה.
setup-generator-intro = כדי להתחיל להשתמש באפליקציית אימות, יש לסרוק בסמארטפון את קוד ה-QR שלמטה, למשל ב-Google Authenticator,‏ Aegis או FreeOTP.
setup-qr-alt = קוד QR
setup-manual-key = לא מצליחים לסרוק את הקוד? אפשר להזין במקום זאת את המפתח הזה באפליקציה:
setup-on-this-phone = בטלפון הזה?
setup-open-in-app = פתיחה באפליקציית האימות
setup-app-should-show = האפליקציה אמורה להציג את המנפיק “{ $issuer }” וקודים בני { $digits } ספרות.
setup-enter-token = לאחר מכן יש להזין את הקוד שהאפליקציה יצרה.
setup-sms-intro = יש להזין את מספר הטלפון שאליו יישלחו הודעות ה-SMS. המספר יאומת בשלב הבא.
setup-call-intro = יש להזין את מספר הטלפון שאליו נתקשר. המספר יאומת בשלב הבא.
setup-email-intro = יש להזין את כתובת האימייל שאליה יישלחו הקודים. הכתובת תאומת בשלב הבא.
complete-congratulations = מזל טוב, אימות דו-שלבי הופעל בהצלחה.
complete-add-phone-hint = ייתכן שלא תמיד תהיה לך גישה למכשיר הראשי. כדי שאפשר יהיה לשחזר את החשבון, כדאי להוסיף מספר טלפון.

## Two-factor required (core/otp_required.html)

otp-required-enforced = מטעמי אבטחה, הדף המבוקש מחייב אימות דו-שלבי. כדי לגשת אליו יש להפעיל את תכונות האבטחה האלה.
otp-required-go-back = חזרה

## Backup phones (core/phone_register.html)

phone-title = הוספת טלפון גיבוי
phone-setup-intro = נוסיף לחשבון שלך מספר טלפון לגיבוי. המספר ישמש כשהשיטה הראשית אינה זמינה.
phone-validation-intro = שלחנו קוד למספר הטלפון שלך. יש להזין את הקוד שהתקבל.

## Re-authentication (core/reauth.html)

reauth-title = אישור זהות
reauth-intro = הפעולה הזו משנה את אופן ההגנה על החשבון שלך. כדי להמשיך יש להזין את הסיסמה.
reauth-intro-token = הפעולה הזו משנה את אופן ההגנה על החשבון שלך. כדי להמשיך יש להזין את הסיסמה וקוד ({ $device }).
reauth-confirm = אישור

## Backup tokens (core/backup_tokens.html)

backup-tokens-intro = קודי גיבוי משמשים כשהשיטה הראשית ומספרי טלפון הגיבוי אינם זמינים. אפשר להשתמש בקודי הגיבוי שלמטה לאימות ההתחברות. אם השתמשת בכל הקודים, אפשר ליצור סדרה חדשה. רק הקודים שמוצגים למטה תקפים.
backup-tokens-print = יש להדפיס את הקודים ולשמור אותם במקום בטוח. הם מוצגים רק עכשיו.
backup-tokens-unused = { $count ->
    [one] נשאר לך קוד גיבוי אחד שלא נוצל. מטעמי אבטחה אי אפשר להציג אותו שוב; אם אבד, יש ליצור קודים חדשים.
    [two] נשארו לך { $count } קודי גיבוי שלא נוצלו. מטעמי אבטחה אי אפשר להציג אותם שוב; אם אבדו, יש ליצור קודים חדשים.
    [many] נשארו לך { $count } קודי גיבוי שלא נוצלו. מטעמי אבטחה אי אפשר להציג אותם שוב; אם אבדו, יש ליצור קודים חדשים.
   *[other] נשארו לך { $count } קודי גיבוי שלא נוצלו. מטעמי אבטחה אי אפשר להציג אותם שוב; אם אבדו, יש ליצור קודים חדשים.
}
backup-tokens-none = עדיין אין לך קודי גיבוי.
backup-tokens-generate = יצירת קודים

## Account security (profile/profile.html, profile/disable.html)

profile-title = אבטחת החשבון
profile-generator = הקודים ייווצרו באפליקציית האימות שלך.
profile-primary-method = שיטה ראשית: { $method }.
profile-backup-phones = מספרי טלפון לגיבוי
profile-backup-phones-intro = אם השיטה הראשית אינה זמינה, נוכל לשלוח קודי גיבוי למספרי הטלפון שלמטה.
profile-unregister = הסרה
profile-backup-tokens-intro = אם אין לך אף מכשיר בהישג יד, אפשר להיכנס לחשבון עם קודי גיבוי.
profile-backup-tokens-remaining = { $count ->
    [one] נשאר לך קוד גיבוי אחד.
    [two] נשארו לך { $count } קודי גיבוי.
    [many] נשארו לך { $count } קודי גיבוי.
   *[other] נשארו לך { $count } קודי גיבוי.
}
profile-no-backup-tokens = לא נשארו לך קודי גיבוי.
profile-no-backup-tokens-advice = אם המכשיר יאבד, לא תהיה לך אפשרות להתחבר: יש ליצור קודים חדשים ולשמור אותם במקום בטוח.
profile-few-backup-tokens = { $count ->
    [one] נשאר רק קוד גיבוי אחד.
    [two] נשארו רק { $count } קודי גיבוי.
    [many] נשארו רק { $count } קודי גיבוי.
   *[other] נשארו רק { $count } קודי גיבוי.
}
profile-few-backup-tokens-advice = כדאי ליצור קודים חדשים לפני שייגמרו.
profile-show-codes = הצגת הקודים
profile-disable-intro = אנחנו ממליצים בחום שלא לעשות זאת, אבל אפשר גם להשבית את האימות הדו-שלבי בחשבון.
disable-title = השבתת אימות דו-שלבי
disable-intro = האימות הדו-שלבי עומד להיות מושבת. זה מחליש את אבטחת החשבון. להמשיך?
disable-submit = השבתה

## Mail with a code (email/token.txt, email/token.html)

email-subject = קוד אימות
email-hello = שלום { $username },
email-code-intro = קוד האימות שלך עבור { $site } הוא:
email-validity = { $minutes ->
    [one] הקוד תקף לדקה אחת ואפשר להשתמש בו פעם אחת. אם לא ניסית להתחבר, אפשר להתעלם מההודעה; ייתכן שמישהו יודע את הסיסמה שלך, ולכן כדאי לשקול להחליף אותה.
    [two] הקוד תקף ל-{ $minutes } דקות ואפשר להשתמש בו פעם אחת. אם לא ניסית להתחבר, אפשר להתעלם מההודעה; ייתכן שמישהו יודע את הסיסמה שלך, ולכן כדאי לשקול להחליף אותה.
    [many] הקוד תקף ל-{ $minutes } דקות ואפשר להשתמש בו פעם אחת. אם לא ניסית להתחבר, אפשר להתעלם מההודעה; ייתכן שמישהו יודע את הסיסמה שלך, ולכן כדאי לשקול להחליף אותה.
   *[other] הקוד תקף ל-{ $minutes } דקות ואפשר להשתמש בו פעם אחת. אם לא ניסית להתחבר, אפשר להתעלם מההודעה; ייתכן שמישהו יודע את הסיסמה שלך, ולכן כדאי לשקול להחליף אותה.
}

## Text messages and calls (twilio/sms_message.txt, twilio/token.xml)

sms-token = קוד האימות שלך: { $token }
voice-token = הקוד שלך הוא { $token }.
voice-token-again = שוב, הקוד שלך הוא { $token }.

## The backup-used alert (signals::backup_used_alert)

alert-subject = נעשה שימוש בקוד גיבוי
alert-body = שלום { $username },

    זה עתה אומתה זהותך באמצעות מכשיר גיבוי באתר { $site }. אם לא עשית זאת, ייתכן שהחשבון שלך נפרץ: יש להחליף מיד את הסיסמה, לבדוק את מספרי טלפון הגיבוי וליצור קודי גיבוי חדשים.

## The admin (admin/*.html)

admin-title = ניהול אימות דו-שלבי
admin-forbidden = התחברת בתור { $username }, אבל אין לך הרשאה לגשת לדף הזה. להתחבר עם חשבון אחר?
admin-forbidden-login = התחברות עם חשבון אחר
admin-users = משתמשים
admin-find-label = חיפוש משתמש לפי שם משתמש
admin-find = חיפוש
admin-no-user-named = אין משתמש בשם “{ $username }”.
admin-cannot-list = מאגר המשתמשים של האתר הזה אינו יכול לפרט את המשתמשים. אפשר לחפש משתמש לפי שם המשתמש.
admin-col-username = שם משתמש
admin-col-email = אימייל
admin-col-two-factor = דו-שלבי
admin-col-staff = צוות
admin-col-active = פעיל
admin-superuser-note = (משתמש-על)
admin-enabled = מופעל
admin-disabled = מושבת
admin-yes = כן
admin-no = לא
admin-showing = { $total ->
    [one] מוצג { $shown } מתוך משתמש אחד; את השאר אפשר למצוא לפי שם משתמש.
    [two] מוצגים { $shown } מתוך שני משתמשים; את השאר אפשר למצוא לפי שם משתמש.
    [many] מוצגים { $shown } מתוך { $total } משתמשים; את השאר אפשר למצוא לפי שם משתמש.
   *[other] מוצגים { $shown } מתוך { $total } משתמשים; את השאר אפשר למצוא לפי שם משתמש.
}
admin-no-users = עדיין אין משתמשים.
admin-role-superuser = משתמש-על
admin-role-staff = צוות
admin-role-not-staff = לא בצוות
admin-state-active = פעיל
admin-state-inactive = לא פעיל
admin-user-two-factor = אימות דו-שלבי
admin-devices = מכשירים
admin-col-device = מכשיר
admin-col-name = שם
admin-col-id = מזהה
admin-col-failures = ניסיונות כושלים
admin-col-actions = פעולות
admin-verified-your-session = (אימת את ההתחברות שלך)
admin-reset-failures = איפוס הניסיונות הכושלים
admin-remove = הסרה
admin-no-devices = אין מכשירים.
admin-backup-tokens = קודי גיבוי
admin-backup-tokens-remaining = { $count ->
    [one] נשאר קוד גיבוי אחד.
    [two] נשארו { $count } קודי גיבוי.
    [many] נשארו { $count } קודי גיבוי.
   *[other] נשארו { $count } קודי גיבוי.
}
admin-remove-backup-tokens = הסרת קודי הגיבוי
admin-failed-attempts = { $count ->
    [one] ניסיון כושל אחד
    [two] { $count } ניסיונות כושלים
    [many] { $count } ניסיונות כושלים
   *[other] { $count } ניסיונות כושלים
}
admin-reset-backup-failures = איפוס הניסיונות הכושלים של קודי הגיבוי
admin-backup-phones = טלפונים לגיבוי
admin-no-backup-phones = אין טלפונים לגיבוי.
admin-audit-reauth = { $minutes ->
    [one] כל שינוי בדף הזה מחייב אישור מחדש של הסיסמה (וקוד) אם האישור האחרון היה לפני יותר מדקה; כל שינוי נרשם ביומן הביקורת.
    [two] כל שינוי בדף הזה מחייב אישור מחדש של הסיסמה (וקוד) אם האישור האחרון היה לפני יותר מ-{ $minutes } דקות; כל שינוי נרשם ביומן הביקורת.
    [many] כל שינוי בדף הזה מחייב אישור מחדש של הסיסמה (וקוד) אם האישור האחרון היה לפני יותר מ-{ $minutes } דקות; כל שינוי נרשם ביומן הביקורת.
   *[other] כל שינוי בדף הזה מחייב אישור מחדש של הסיסמה (וקוד) אם האישור האחרון היה לפני יותר מ-{ $minutes } דקות; כל שינוי נרשם ביומן הביקורת.
}
admin-audit = כל שינוי בדף הזה נרשם ביומן הביקורת.
admin-reset-two-factor = איפוס אימות דו-שלבי
admin-reset-intro = למשתמש שאיבד את המכשירים שלו: מסיר את כל המכשירים וקודי הגיבוי, כך שהמשתמש מתחבר עם הסיסמה בלבד ומגדיר שוב אימות דו-שלבי.
admin-notice-removed = { $device } ({ $id }) הוסר.
admin-notice-failures-reset = הניסיונות הכושלים של { $device } ({ $id }) אופסו.
admin-notice-reset = האימות הדו-שלבי של { $username } אופס.

## Form fields and their messages (forms, views)

field-username = שם משתמש
field-password = סיסמה
field-token = קוד
field-method = שיטה
field-phone-number = מספר טלפון
field-phone-help = כולל קידומת המדינה, מתחיל ב-+ או ב-00.
field-email = כתובת אימייל
field-understand = כן, בטוח
method-generator = אפליקציית אימות
method-sms = הודעת SMS
method-call = שיחת טלפון
method-email = אימייל
form-required = זהו שדה חובה.
form-invalid-token = הקוד שגוי. יש לוודא שהוזן כהלכה.
form-invalid-setup-token = הקוד שהוזן אינו תקף.
form-invalid-login = יש להזין שם משתמש וסיסמה נכונים. ייתכן ששני השדות רגישים לאותיות רישיות.
form-timed-out = פג תוקף ההתחברות. יש להתחבר מחדש.
form-wrong-password = הסיסמה שגויה. יש להזין אותה שוב.
form-invalid-email = יש להזין כתובת אימייל תקינה.
form-invalid-phone = יש להזין מספר טלפון תקין, כולל קידומת המדינה, שמתחיל ב-+ או ב-00.

## Devices as the pages name them

device-generator = אפליקציית אימות
device-backup-tokens = קודי גיבוי
device-sms = הודעת SMS אל { $target }
device-call = שיחה אל { $target }
device-email = אימייל אל { $target }

## Throttling, time-outs and sending codes

throttle-device = { $count ->
    [one] האימות מושבת זמנית בגלל ניסיון כושל אחד, אפשר לנסות שוב בעוד רגע.
    [two] האימות מושבת זמנית בגלל { $count } ניסיונות כושלים, אפשר לנסות שוב בעוד רגע.
    [many] האימות מושבת זמנית בגלל { $count } ניסיונות כושלים, אפשר לנסות שוב בעוד רגע.
   *[other] האימות מושבת זמנית בגלל { $count } ניסיונות כושלים, אפשר לנסות שוב בעוד רגע.
}
throttle-network = { $seconds ->
    [one] יותר מדי ניסיונות כושלים מהרשת שלך. אפשר לנסות שוב בעוד שנייה.
    [two] יותר מדי ניסיונות כושלים מהרשת שלך. אפשר לנסות שוב בעוד { $seconds } שניות.
    [many] יותר מדי ניסיונות כושלים מהרשת שלך. אפשר לנסות שוב בעוד { $seconds } שניות.
   *[other] יותר מדי ניסיונות כושלים מהרשת שלך. אפשר לנסות שוב בעוד { $seconds } שניות.
}
throttle-account = { $seconds ->
    [one] יותר מדי ניסיונות כושלים. אפשר לנסות שוב בעוד שנייה.
    [two] יותר מדי ניסיונות כושלים. אפשר לנסות שוב בעוד { $seconds } שניות.
    [many] יותר מדי ניסיונות כושלים. אפשר לנסות שוב בעוד { $seconds } שניות.
   *[other] יותר מדי ניסיונות כושלים. אפשר לנסות שוב בעוד { $seconds } שניות.
}
throttle-reauth-logged-out = נותקת אחרי יותר מדי אישורי סיסמה כושלים. יש להתחבר מחדש.
delivery-cooldown = { $seconds ->
    [one] קוד נשלח לפני רגע. אפשר להשתמש בו, או לבקש קוד חדש בעוד שנייה.
    [two] קוד נשלח לפני רגע. אפשר להשתמש בו, או לבקש קוד חדש בעוד { $seconds } שניות.
    [many] קוד נשלח לפני רגע. אפשר להשתמש בו, או לבקש קוד חדש בעוד { $seconds } שניות.
   *[other] קוד נשלח לפני רגע. אפשר להשתמש בו, או לבקש קוד חדש בעוד { $seconds } שניות.
}
delivery-limited-destination = { $minutes ->
    [one] לאחרונה נשלחו יותר מדי קודים למספר או לכתובת האלה. אפשר לנסות שוב בעוד דקה או להשתמש בשיטה אחרת.
    [two] לאחרונה נשלחו יותר מדי קודים למספר או לכתובת האלה. אפשר לנסות שוב בעוד { $minutes } דקות או להשתמש בשיטה אחרת.
    [many] לאחרונה נשלחו יותר מדי קודים למספר או לכתובת האלה. אפשר לנסות שוב בעוד { $minutes } דקות או להשתמש בשיטה אחרת.
   *[other] לאחרונה נשלחו יותר מדי קודים למספר או לכתובת האלה. אפשר לנסות שוב בעוד { $minutes } דקות או להשתמש בשיטה אחרת.
}
delivery-limited-user = { $minutes ->
    [one] לאחרונה נשלחו יותר מדי קודים עבור החשבון שלך. אפשר לנסות שוב בעוד דקה או להשתמש בשיטה אחרת.
    [two] לאחרונה נשלחו יותר מדי קודים עבור החשבון שלך. אפשר לנסות שוב בעוד { $minutes } דקות או להשתמש בשיטה אחרת.
    [many] לאחרונה נשלחו יותר מדי קודים עבור החשבון שלך. אפשר לנסות שוב בעוד { $minutes } דקות או להשתמש בשיטה אחרת.
   *[other] לאחרונה נשלחו יותר מדי קודים עבור החשבון שלך. אפשר לנסות שוב בעוד { $minutes } דקות או להשתמש בשיטה אחרת.
}
delivery-failed = לא הצלחנו לשלוח אליך קוד כרגע. אפשר לנסות שוב מאוחר יותר או להשתמש בשיטה אחרת.

## Error pages (400, 403, 404, 500, 503)

error-title-400 = בקשה שגויה
error-title-403 = הגישה נדחתה
error-title-404 = הדף לא נמצא
error-title-500 = שגיאת שרת פנימית
error-title-503 = השירות אינו זמין
error-unavailable = השירות אינו זמין כרגע. שום דבר לא השתנה; אפשר לנסות שוב בעוד רגע.
error-unavailable-not-saved = השירות אינו זמין כרגע. ייתכן שהבקשה שלך בוצעה, אבל לא ניתן היה לשמור את ההתחברות. יש להתחבר מחדש.
error-internal = משהו השתבש אצלנו.
error-csrf = אימות CSRF נכשל. הבקשה בוטלה. יש לרענן את הדף ולשלוח את הטופס שוב.
error-not-found = לא נמצא.
error-management-form = נתוני ManagementForm חסרים או שונו.
error-token-too-long = שדה הקוד ארוך מדי.

## Security keys and passkeys (WebAuthn): login, setup, re-authentication, profile

method-webauthn = מפתח אבטחה או מפתח גישה
token-webauthn = שימוש במפתח האבטחה או במפתח הגישה: יש ללחוץ על הכפתור שלמטה, ואז לגעת במפתח או לאשר במכשיר.
reauth-intro-webauthn = הפעולה הזו משנה את אופן ההגנה על החשבון שלך. כדי להמשיך יש להזין את הסיסמה ולאשר עם מפתח האבטחה.
reauth-confirm-webauthn = אישור עם מפתח אבטחה
setup-webauthn-intro = אפשר לאשר התחברויות עם מפתח אבטחה (USB,‏ NFC או Bluetooth) או עם נעילת המסך של המכשיר. אפשר לתת לו שם, ללחוץ על הכפתור ולפעול לפי הוראות הדפדפן.
webauthn-needs-js = מפתחות אבטחה דורשים JavaScript.
webauthn-needs-js-setup = יש להפעיל אותו באתר הזה, או לחזור ולבחור שיטה אחרת.
webauthn-needs-js-reauth = כדי להמשיך יש להפעיל אותו באתר הזה.
webauthn-needs-js-other = יש להפעיל אותו באתר הזה, או להשתמש בשיטה אחרת.
webauthn-needs-js-login = { $alternatives ->
    [token] יש להפעיל אותו באתר הזה, או להזין קוד.
    [backup] יש להפעיל אותו באתר הזה, או להשתמש בקוד גיבוי.
    [both] יש להפעיל אותו באתר הזה, להזין קוד או להשתמש בקוד גיבוי.
   *[none] יש להפעיל אותו באתר הזה.
}
webauthn-use-key = שימוש במפתח אבטחה
webauthn-passkey-needs-js = התחברות עם מפתח גישה דורשת JavaScript; אפשר להתחבר עם שם משתמש וסיסמה.
webauthn-passkey-login = התחברות עם מפתח גישה
webauthn-register = רישום מפתח אבטחה
webauthn-profile-title = מפתחות אבטחה ומפתחות גישה
webauthn-col-kind = סוג
webauthn-col-added = נוסף
webauthn-col-last-used = שימוש אחרון
webauthn-col-actions = פעולות
webauthn-kind-passkey = מפתח גישה
webauthn-kind-security-key = מפתח אבטחה
webauthn-primary = (ראשי)
webauthn-never = אף פעם
webauthn-remove = הסרה
webauthn-remove-label = הסרת { $label }
webauthn-no-keys = עדיין אין מפתחות אבטחה. מפתח אבטחה או מפתח גישה מאשרים התחברויות בנגיעה אחת.
webauthn-add-title = הוספת מפתח אבטחה
webauthn-add-intro = מפתח אבטחה (USB,‏ NFC או Bluetooth) או נעילת המסך של המכשיר יכולים לאשר את ההתחברויות שלך. מפתח גישה גם מחבר אותך בלי סיסמה: הוא דורש את קוד ה-PIN, טביעת האצבע או הפנים במכשיר.
webauthn-add-needs-js = הוספת מפתח אבטחה דורשת JavaScript.
webauthn-label-field = שם
webauthn-label-placeholder = למשל YubiKey על צרור המפתחות
webauthn-label-apart = כדי שאפשר יהיה להבחין בין המפתחות בהמשך.
webauthn-label-help = לא חובה, למשל “YubiKey על צרור המפתחות”.
webauthn-add-passkey = הוספת מפתח גישה
webauthn-add-key = הוספת מפתח אבטחה
device-webauthn-key = מפתח אבטחה “{ $label }”
device-labelled = { $what } “{ $label }”
webauthn-synced = מסונכרן
webauthn-syncable = עדיין לא מסונכרן
webauthn-device-bound = קשור למכשיר
webauthn-details = { $provider }, { $sync }
device-webauthn-details = { $description } ({ $details })
webauthn-add-second = מפתח האבטחה היחיד שלך קשור למכשיר אחד: אם הוא יאבד, תאבד הגישה לחשבון. כדאי להוסיף מפתח שני או מפתח גישה.
device-webauthn-passkey = מפתח גישה “{ $label }”

## Security keys and passkeys: messages from the server

webauthn-press-button = יש ללחוץ על הכפתור ולפעול לפי הוראות הדפדפן.
webauthn-use-key-hint = יש להשתמש במפתח האבטחה: ללחוץ על הכפתור ולפעול לפי הוראות הדפדפן.
webauthn-no-ceremony = תוקף הבקשה של מפתח האבטחה פג או שכבר נעשה בה שימוש. יש לנסות שוב.
webauthn-log-in-first = יש להתחבר קודם.
webauthn-verify-first = יש לאמת קודם את ההתחברות בגורם השני.
webauthn-reauth-first = יש לאשר שוב את הסיסמה (לרענן את הדף).
webauthn-login-timed-out = פג תוקף ההתחברות. יש להתחבר מחדש.
webauthn-label-control = השם לא יכול להכיל תווי בקרה.
webauthn-label-too-long = השם יכול להכיל לכל היותר { $max } תווים.
webauthn-error-malformed = לא ניתן היה לקרוא את תשובת הדפדפן ({ $part }). יש לנסות שוב.
webauthn-error-key-cbor = לא ניתן היה לקרוא את המפתח הציבורי של מפתח האבטחה.
webauthn-error-key-unsupported = מפתח האבטחה משתמש באלגוריתם שהאתר הזה אינו תומך בו.
webauthn-error-key-malformed = המפתח הציבורי של מפתח האבטחה פגום.
webauthn-error-challenge-mismatch = התשובה הזו שייכת לבקשה אחרת. יש לנסות שוב.
webauthn-error-expired = תוקף הבקשה פג. יש לנסות שוב.
webauthn-error-wrong-origin = התשובה הגיעה מאתר אחר ({ $origin }).
webauthn-error-wrong-rp-id = מפתח האבטחה ענה עבור אתר אחר.
webauthn-error-user-not-present = לא נגעת במפתח האבטחה.
webauthn-error-user-not-verified = מפתח האבטחה לא אימת אותך (PIN או ביומטריה). יש לנסות שוב.
webauthn-error-bad-signature = החתימה של מפתח האבטחה אינה תקפה.
webauthn-error-unknown-credential = מפתח האבטחה הזה אינו רשום לחשבון הזה.
webauthn-error-not-passkey = המפתח הזה אינו מפתח גישה של האתר הזה. יש להתחבר עם סיסמה.
webauthn-error-passkey-login-disabled = התחברות עם מפתח גישה מושבתת באתר הזה.
webauthn-error-counter-regression = מונה החתימות של מפתח האבטחה הזה חזר לאחור, וזה קורה כשמפתח הועתק. הוא נדחה; יש לפנות למנהלי האתר.
webauthn-error-replayed = כבר נעשה שימוש בתשובה הזו. יש לנסות שוב.
webauthn-error-already-registered = מפתח האבטחה הזה כבר רשום.
webauthn-error-unsupported-attestation = האישור (attestation) של המאמת הזה ({ $format }) אינו נתמך; האתר מקבל “none” ו-“packed”.
webauthn-error-not-discoverable = המאמת הזה אינו יכול לשמור מפתח גישה. אפשר להוסיף אותו כמפתח אבטחה.
webauthn-error-wrong-ceremony = התשובה הזו שייכת לשלב אחר. יש להתחיל מחדש.
webauthn-error-model-not-accepted = סוג המאמת הזה ({ $model }) אינו מתקבל באתר הזה.
webauthn-error-attestation-required = האתר הזה מקבל רק מפתחות אבטחה שמוכיחים את הדגם שלהם (attestation).
webauthn-error-attestation-untrusted = לא ניתן היה לאמת את האישור של מפתח האבטחה.
webauthn-error-not-in-metadata = סוג המאמת הזה ({ $model }) אינו ברשימת הדגמים המוכרים של האתר.
webauthn-error-revoked = היצרן דיווח שסוג המאמת הזה ({ $model }) בוטל או נפרץ.
webauthn-origin-not-secure = מפתחות אבטחה ומפתחות גישה דורשים חיבור מאובטח: יש לפתוח את האתר ב-HTTPS (או ב-http://localhost בזמן פיתוח).
webauthn-origin-ip-address = מפתחות אבטחה ומפתחות גישה דורשים שם דומיין ולא כתובת IP: יש לפתוח את האתר בכתובת { $suggestion } במקום { $address }.
webauthn-origin-bad-host = אי אפשר להשתמש בשם המארח של הדף הזה למפתחות אבטחה ולמפתחות גישה.
webauthn-origin-outside-rp-id = הכתובת של הדף הזה אינה חלק מהדומיין של האתר למפתחות אבטחה ({ $rp_id }).
webauthn-origin-not-allowed = הכתובת של הדף הזה אינה בין כתובות האתר למפתחות אבטחה.

## Security keys and passkeys: messages of the browser script (webauthn.js)

webauthn-js-unsupported = הדפדפן הזה אינו תומך במפתחות אבטחה או במפתחות גישה. אפשר להשתמש בשיטה אחרת או בדפדפן עדכני.
webauthn-js-insecure = מפתחות אבטחה ומפתחות גישה דורשים כתובת מאובטחת (HTTPS, או http://localhost בזמן פיתוח).
webauthn-js-cancelled = הבקשה בוטלה או שתוקפה פג. אפשר לנסות שוב כשהמפתח או המכשיר מוכנים.
webauthn-js-aborted = הבקשה בוטלה.
webauthn-js-exists = מפתח האבטחה הזה כבר רשום בחשבון שלך.
webauthn-js-security = הכתובת הזו אינה יכולה להשתמש במפתחות אבטחה (WebAuthn דורש HTTPS או localhost, ושם דומיין במקום כתובת IP).
webauthn-js-network = לא ניתן היה להגיע לשרת. יש לבדוק את החיבור ולנסות שוב.
webauthn-js-failed = משהו השתבש עם מפתח האבטחה. יש לנסות שוב.
webauthn-js-working = יש לפעול לפי הוראות הדפדפן: לגעת במפתח האבטחה או לאשר במכשיר.
api-webauthn-off = מפתחות אבטחה אינם מופעלים באתר הזה.
api-passkey-off = התחברות עם מפתח גישה אינה מופעלת באתר הזה.

## The JSON API's problem details (`detail`)
api-verification-required = הפעולה דורשת התחברות שאומתה בגורם שני.
api-no-removable-device = אין טלפון גיבוי, אפליקציית אימות (כל עוד נשאר מכשיר אחר) או מפתח אבטחה נוסף כזה.
api-no-such-device = אין מכשיר כזה.
api-already-enabled = אימות דו-שלבי כבר מופעל (כדי להתחיל מחדש יש להשבית אותו קודם).
api-no-totp-setup = אין הגדרה בתהליך: יש לקרוא קודם ל-totp_setup.
api-no-phone-methods = האתר הזה אינו שולח הודעות SMS ואינו מתקשר.
api-method-choice = על method להיות אחד מאלה: { $methods }.
api-code-not-sent = לא ניתן היה לשלוח את הקוד.
api-no-phone-setup = אין טלפון שממתין לקוד: יש לקרוא קודם ל-phone_add.
api-answer-failed = לא ניתן היה לבנות את התשובה.
api-credentials-required = username ו-password הם שדות חובה.
api-no-pending-login = אין התחברות שממתינה לקוד (תוקפה פג או שהסתיימה). יש להתחבר מחדש.
api-no-challenge-device = אין טלפון או מכשיר אימייל כזה.
api-password-required = password הוא שדה חובה.
api-cookie-with-app = בקשה של אפליקציה (X-Session-Token או X-Client: app) לא יכולה לשלוח את עוגיית ההתחברות.
api-two-factor-required = אימות דו-שלבי נדרש לחשבון הזה.
api-session-expired = אסימון ההתחברות אינו מוכר או שתוקפו פג. יש להתחבר מחדש.
api-middleware-missing = התחברויות של אפליקציות דורשות את ה-middleware של two_factor ‏(TwoFactorMiddleware או OtpMiddleware).
api-csrf-header = אימות CSRF נכשל: יש לשלוח את האסימון מ-`session` בכותרת X-CSRFToken.
api-log-in = יש להתחבר.
api-reauthenticate = יש לאשר קודם את הסיסמה (reauthenticate).
api-body-too-large = גוף הבקשה גדול ממה שה-API מקבל (16 KiB).
api-body-unreadable = לא ניתן היה לקרוא את גוף הבקשה.
api-token-too-long = הקוד ארוך מדי.
api-method-not-allowed = הנתיב הזה אינו מקבל את השיטה הזו.
api-no-operation = ל-API אין פעולה בנתיב הזה.
api-csrf = אימות CSRF נכשל.
api-not-found = לא נמצא.
api-overloaded = יותר מדי התחברויות בבת אחת. אפשר לנסות שוב בעוד רגע.
api-unavailable = השירות אינו זמין כרגע. אפשר לנסות שוב מאוחר יותר.
api-body-mismatch = גוף ה-JSON אינו מתאים: { $error }.
api-body-not-object = גוף הבקשה חייב להיות אובייקט JSON.

# כמה אפליקציות אימות, מכשירים עם שמות
profile-apps = אפליקציות אימות
profile-apps-intro = קוד מכל אחת מהאפליקציות האלה מחבר אותך. כדאי לתת לכל אחת שם כדי להבחין ביניהן.
profile-app-main = (ראשית)
app-create-title = הוספת אפליקציית אימות
app-create-intro = יש לסרוק את קוד ה-QR באפליקציה החדשה, לתת לה שם ולהזין את הקוד שהיא מציגה.
app-create-submit = הוספת אפליקציה
app-name-placeholder = למשל טאבלט
app-setup-restarted = תוקף ההגדרה הקודמת פג. יש לסרוק את קוד ה-QR החדש ולהזין ממנו קוד.
device-name-field = שם
device-rename = שינוי שם
device-rename-label = שם חדש עבור { $what }

# איפה החשבון מחובר
session-agent = { $browser } ב-{ $system }
session-agent-unknown-browser = דפדפן לא מוכר ב-{ $system }
session-agent-unknown = דפדפן לא מוכר
sessions-title = איפה החשבון מחובר
sessions-intro = הדפדפנים והאפליקציות האלה מחוברים לחשבון שלך. התחברות שתנתק תסתיים בבקשה הבאה שלה.
sessions-col-browser = דפדפן
sessions-col-address = רשת
sessions-col-began = התחברות
sessions-col-last-seen = פעילות אחרונה
sessions-app = אפליקציה
sessions-current = ההתחברות הזו
sessions-revoke = ניתוק
sessions-revoke-others = ניתוק מכל מקום אחר
sessions-not-me-title = התחברות לא מוכרת?
sessions-not-me = יש לנתק אותה (או לנתק מכל מקום אחר), ואז להחליף את הסיסמה ולבדוק את מכשירי האימות הדו-שלבי.
sessions-back = חזרה לאבטחת החשבון
profile-sessions-intro = צפייה בדפדפנים ובאפליקציות שמחוברים לחשבון שלך, וניתוק שלהם.
profile-sessions-link = ההתחברויות שלך
api-no-such-session = אין התחברות כזו.

# דפדפנים מהימנים
trusted-title = דפדפנים מהימנים
trusted-intro = בדפדפנים האלה נבחר "לא לשאול שוב": עד התאריך המוצג הם מדלגים על הקוד בהתחברות. אם מבטלים את האמון באחד מהם, הוא יבקש קוד בהתחברות הבאה.
trusted-col-granted = מהימן מאז
trusted-col-expires = עד
trusted-revoke = ביטול האמון
trusted-revoke-all = ביטול האמון בכל הדפדפנים
trusted-none = אף דפדפן אינו מדלג על הקוד בהתחברות.
api-no-such-grant = אין דפדפן מהימן כזה.

# התראות אבטחה (אימיילים)
alert-new-browser-subject = התחברות חדשה ל-{ $site }
alert-new-browser = מישהו התחבר לחשבון { $username } שלך באתר { $site } מדפדפן שלא שימש לחשבון הזה בעבר.
alert-device-added-subject = נוסף מכשיר אימות דו-שלבי באתר { $site }
alert-device-added = { $device } נוסף למכשירי האימות הדו-שלבי של החשבון { $username } שלך באתר { $site }.
alert-device-removed-subject = הוסר מכשיר אימות דו-שלבי באתר { $site }
alert-device-removed = מכשיר הוסר ממכשירי האימות הדו-שלבי של החשבון { $username } שלך באתר { $site }.
alert-backup-tokens-subject = קודי גיבוי חדשים באתר { $site }
alert-backup-tokens = נוצרו קודי גיבוי חדשים לחשבון { $username } שלך באתר { $site }; הקודים הישנים כבר לא עובדים.
alert-disabled-subject = האימות הדו-שלבי הושבת באתר { $site }
alert-disabled = האימות הדו-שלבי הושבת עבור החשבון { $username } שלך באתר { $site }.
alert-locked-subject = קודים שגויים באתר { $site }
alert-locked = { $device } שלך באתר { $site } דוחה קודים לזמן מה אחרי קודים שגויים. קודים שגויים ברצף: { $count }.
alert-when = מתי: { $when }
alert-browser = דפדפן: { $browser }
alert-network = רשת: { $network }
alert-not-me-link = אם זה לא היית את/ה, יש לנתק מכל מקום כאן ואז להחליף את הסיסמה: { $url }
alert-not-me-page = אם זה לא היית את/ה, יש לנתק מכל מקום בדף "איפה החשבון מחובר" שבאבטחת החשבון ({ $path }) ואז להחליף את הסיסמה.
alert-unknown = לא ידוע

# ניהול: התחברויות ודפדפנים מהימנים
admin-sessions = התחברויות
admin-no-sessions = אין התחברות פעילה.
admin-end-session = סיום
admin-end-all-sessions = סיום כל ההתחברויות
admin-notice-sessions-ended = התחברויות שהסתיימו: { $count }.
admin-notice-untrusted = דפדפנים שהאמון בהם בוטל: { $count }.
