//! The request's language, as Django's `LocaleMiddleware` and `set_language` choose it:
//! the explicit choice (cookie) beats `Accept-Language`, which beats `language_code`; the
//! pages, their form messages, error pages, mails and text messages follow it.

use crate::common;

use std::sync::Arc;

use actix_web::http::StatusCode;
use common::{Client, PASSWORD, Site, SiteOptions};
use two_factor::mail::LogMailer;

fn speaking(site: &Site, accept_language: &str) -> Client {
    site.client()
        .at_origin("127.0.0.1:40000", &[("accept-language", accept_language)])
}

#[actix_rt::test]
async fn accept_language_picks_the_page_language_by_q_value() {
    let site = Site::new().await;
    let r = speaking(&site, "xx, de;q=0.8, fr;q=0.5")
        .get("/account/login/")
        .await;
    r.assert_ok_contains("<html lang=\"de\" dir=\"ltr\">");
    r.assert_ok_contains("Geben Sie Ihre Zugangsdaten ein.");
    r.assert_ok_contains(">Benutzername</label>");
    assert!(!r.body.contains("Enter your credentials."), "{}", r.body);

    let r = speaking(&site, "ar-EG").get("/account/login/").await;
    r.assert_ok_contains("<html lang=\"ar\" dir=\"rtl\">");
    r.assert_ok_contains("أدخل بيانات الدخول الخاصة بك.");

    // Nothing offered matches: the site's default.
    let r = speaking(&site, "ko, sw;q=0.9").get("/account/login/").await;
    r.assert_ok_contains("<html lang=\"en\" dir=\"ltr\">");
    r.assert_ok_contains("Enter your credentials.");
}

#[actix_rt::test]
async fn the_empty_login_form_is_made_once_per_language_and_never_crosses_languages() {
    // The pristine form's values are shared between renders in one language: each
    // language keeps its own, in whatever order the requests come.
    let site = Site::new().await;
    site.create_user("alice").await;
    for _ in 0..2 {
        for (accept, lang, username, password) in [
            ("de", "de", ">Benutzername</label>", ">Passwort</label>"),
            ("fr", "fr", ">Identifiant</label>", ">Mot de passe</label>"),
            ("en", "en", ">Username</label>", ">Password</label>"),
        ] {
            let r = speaking(&site, accept).get("/account/login/").await;
            r.assert_ok_contains(&format!("<html lang=\"{lang}\""));
            r.assert_ok_contains(username);
            r.assert_ok_contains(password);
        }
    }
    // A refused login shows the typed username again and the error, in its language;
    // the next empty form shows neither.
    let c = speaking(&site, "de");
    let r = c.login_password("alice", "wrong password", None).await;
    r.assert_ok_contains("value=\"alice\"");
    assert!(r.body.contains("errorlist"), "{}", r.body);
    let r = c.get("/account/login/").await;
    r.assert_ok_contains(">Benutzername</label>");
    assert!(!r.body.contains("value=\"alice\""), "{}", r.body);
    assert!(!r.body.contains("errorlist"), "{}", r.body);
}

#[actix_rt::test]
async fn the_explicit_choice_beats_accept_language_and_the_default_is_a_setting() {
    let site = Site::with(SiteOptions {
        configure: Some(|b| {
            b.languages(
                two_factor::config::Languages::default()
                    .language_code("es")
                    .offered(["en", "es", "fr", "de"]),
            )
        }),
        ..Default::default()
    })
    .await;
    site.client()
        .get("/account/login/")
        .await
        .assert_ok_contains("<html lang=\"es\" dir=\"ltr\">");
    let c = speaking(&site, "de");
    c.set_cookie("django_language", "fr");
    let r = c.get("/account/login/").await;
    r.assert_ok_contains("<html lang=\"fr\" dir=\"ltr\">");
    r.assert_ok_contains("Saisissez vos identifiants.");
    // A choice the site does not offer is ignored.
    c.set_cookie("django_language", "ja");
    c.get("/account/login/")
        .await
        .assert_ok_contains("<html lang=\"de\" dir=\"ltr\">");
    // The switcher lists the offered languages only, the page's selected.
    let r = c.get("/account/login/").await;
    assert!(
        r.body
            .contains("<option value=\"de\" lang=\"de\" selected>Deutsch"),
        "{}",
        r.body
    );
    assert!(!r.body.contains("value=\"ja\""), "{}", r.body);
}

#[actix_rt::test]
async fn set_language_remembers_the_choice_and_goes_back_safely() {
    let site = Site::new().await;
    let c = site.client();
    c.get("/account/login/")
        .await
        .assert_ok_contains("name=\"language\"");
    let r = c
        .post(
            "/i18n/setlang/",
            &[("language", "pt-br"), ("next", "/account/login/?next=/x/")],
        )
        .await;
    r.assert_redirect("/account/login/?next=/x/");
    assert_eq!(c.cookie("django_language").as_deref(), Some("pt-BR"));
    c.get("/account/login/")
        .await
        .assert_ok_contains("<html lang=\"pt-BR\" dir=\"ltr\">");

    // An unsafe next goes to `/`; an unknown language changes nothing.
    let r = c
        .post(
            "/i18n/setlang/",
            &[("language", "xx"), ("next", "//evil.example/")],
        )
        .await;
    r.assert_redirect("/");
    assert_eq!(c.cookie("django_language").as_deref(), Some("pt-BR"));

    // GET is not allowed; a POST without the CSRF token is refused, in the page's language.
    assert_eq!(
        c.get("/i18n/setlang/").await.status,
        StatusCode::METHOD_NOT_ALLOWED
    );
    let r = c
        .post_raw("/i18n/setlang/", &[("language", "de"), ("next", "/")])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(r.body.contains("<html lang=\"pt-BR\""), "{}", r.body);
    assert!(r.body.contains("A verificação CSRF falhou."), "{}", r.body);
    assert_eq!(c.cookie("django_language").as_deref(), Some("pt-BR"));
}

#[actix_rt::test]
async fn form_messages_follow_the_language() {
    let site = Site::new().await;
    site.create_user("alice").await;
    let c = speaking(&site, "ru");
    c.get("/account/login/").await;
    let r = c.login_password("alice", "wrong", None).await;
    r.assert_ok_contains("Введите правильные имя пользователя и пароль.");
    let r = c.login_password("", "", None).await;
    r.assert_ok_contains("Обязательное поле.");
}

#[actix_rt::test]
async fn the_code_mail_goes_out_in_the_language_of_the_request() {
    let mailer = LogMailer::new();
    let site = Site::with(SiteOptions {
        mailer: Some(Arc::new(mailer.clone())),
        ..Default::default()
    })
    .await;
    site.create_user("bob").await;
    let c = speaking(&site, "ja");
    c.login_password("bob", PASSWORD, None).await;
    let r = c.choose_setup_method("email").await;
    r.assert_ok_contains("メールをお送りしました");
    let mail = mailer.outbox().pop().expect("a mail");
    assert_eq!(mail.subject, "認証トークン");
    assert!(mail.text.starts_with("bob 様"), "{}", mail.text);
    assert!(mail.text.contains("有効期間は 5 分"), "{}", mail.text);
    assert!(
        mail.html
            .as_deref()
            .is_some_and(|h| h.contains("の確認コードは次のとおりです")),
        "{:?}",
        mail.html
    );
}

#[actix_rt::test]
async fn a_host_overrides_and_adds_messages() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("mine.html"),
        "{% extends \"two_factor/_base.html\" %}{% block content %}<p>{{ t(key=\"host-hello\", name=\"Ada\") }}</p>{% endblock content %}",
    )
    .expect("write");
    let site = Site::with(SiteOptions {
        template_dir: Some(dir.path().to_owned()),
        configure: Some(|b| {
            b.languages(
                two_factor::config::Languages::default()
                    .translations(
                        "de",
                        "base-log-in = Einloggen\nhost-hello = Hallo { $name }!",
                    )
                    .translations("en", "host-hello = Hello { $name }!"),
            )
        }),
        ..Default::default()
    })
    .await;
    let r = speaking(&site, "de").get("/account/login/").await;
    r.assert_ok_contains(">Einloggen</a>");
    let t = site.tf.templates();
    let mut ctx = tera::Context::new();
    ctx.insert("csrf_token", "x");
    ctx.insert("request_path", "/");
    ctx.insert("lang", "de");
    let page = t.render("mine.html", &ctx).expect("render");
    assert!(page.contains("<p>Hallo Ada!</p>"), "{page}");
    ctx.insert("lang", "fr");
    let page = t.render("mine.html", &ctx).expect("render");
    assert!(
        page.contains("<p>Hello Ada!</p>"),
        "English when French lacks it: {page}"
    );
}

#[actix_rt::test]
async fn build_refuses_a_broken_catalogue_or_a_default_not_offered() {
    let err = |b: two_factor::TwoFactorBuilder| match b.database_url(":memory:").build() {
        Err(two_factor::BuildError::Invalid { setting, reason }) => (setting, reason),
        Err(other) => panic!("{other}"),
        Ok(_) => panic!("built"),
    };
    let (setting, reason) = err(two_factor::TwoFactor::builder()
        .languages(two_factor::config::Languages::default().translations("de", "x = {")));
    assert_eq!(setting, "translations", "{reason}");
    let (setting, _) = err(two_factor::TwoFactor::builder().languages(
        two_factor::config::Languages::default()
            .offered(["en", "de"])
            .language_code("fr"),
    ));
    assert_eq!(setting, "language_code");
    let (setting, reason) = err(two_factor::TwoFactor::builder()
        .languages(two_factor::config::Languages::default().offered(["en", "sw"])));
    assert_eq!(setting, "languages", "{reason}");
    // A host's own locale with its catalogue is fine.
    two_factor::TwoFactor::builder()
        .database_url(":memory:")
        .languages(
            two_factor::config::Languages::default()
                .offered(["en", "sw"])
                .translations("sw", "language-name = Kiswahili\nbase-log-in = Ingia"),
        )
        .build()
        .expect("builds");
}

/// Also noted in issue 17: on a site with secure cookies the language cookie is `Secure`
/// too (`LANGUAGE_COOKIE_SECURE`); by default it is not (plain-HTTP development).
#[actix_rt::test]
async fn the_language_cookie_is_secure_when_the_site_says_so() {
    for (secure, expected) in [(false, false), (true, true)] {
        let site = Site::with(SiteOptions {
            configure: Some(if secure {
                |b| b.languages(two_factor::config::Languages::default().cookie_secure(true))
            } else {
                |b| b
            }),
            ..SiteOptions::default()
        })
        .await;
        let c = site.client();
        c.get("/account/login/").await;
        let r = c
            .post("/i18n/setlang/", &[("language", "de"), ("next", "/")])
            .await;
        let cookie = r
            .headers
            .iter()
            .find(|(name, value)| name == "set-cookie" && value.starts_with("django_language="))
            .map(|(_, value)| value)
            .expect("the language cookie");
        assert_eq!(cookie.contains("; Secure"), expected, "{cookie}");
    }
}

/// The 32 locales django-two-factor-auth ships, each with the `Accept-Language` a browser
/// set to that language sends (region subtags, any case, several ranges).
const DJANGO_LOCALES: [(&str, &str); 32] = [
    ("ar", "ar-SA,ar;q=0.9"),
    ("as", "as-IN"),
    ("az", "az-Latn-AZ, az;q=0.9"),
    ("ca", "ca-ES,ca;q=0.9,es;q=0.8"),
    ("cs", "cs-CZ,cs;q=0.9"),
    ("da", "da-DK"),
    ("de", "de-CH,de;q=0.9,en;q=0.8"),
    ("en", "en-US,en;q=0.9"),
    ("en-GB", "en-GB,en;q=0.9"),
    ("es", "es-419,es;q=0.9"),
    ("fa", "fa-IR,fa;q=0.9"),
    ("fi", "fi-FI"),
    ("fr", "fr-CA,fr;q=0.9"),
    ("ha", "ha-NG"),
    ("he", "he-IL,he;q=0.9"),
    ("hi", "hi-IN,hi;q=0.9,en;q=0.8"),
    ("hu", "hu-HU"),
    ("it", "it-IT,it;q=0.9"),
    ("ja", "ja-JP,ja;q=0.9"),
    ("lt", "lt-LT"),
    ("nb", "nb-NO,no;q=0.9"),
    ("nl", "nl-BE,nl;q=0.9"),
    ("pl", "pl-PL,pl;q=0.9"),
    ("pt-BR", "pt-br"),
    ("ro", "ro-RO"),
    ("ru", "ru-RU,ru;q=0.9"),
    ("sr", "sr-RS"),
    ("sr-Latn", "sr-Latn-RS,sr;q=0.8"),
    ("sv", "sv-SE"),
    ("tr", "tr-TR,tr;q=0.9"),
    ("vi", "vi-VN,vi;q=0.9"),
    ("zh-Hans", "zh-CN,zh;q=0.9"),
];

/// Every language django-two-factor-auth speaks, asked for by `Accept-Language`, gets the
/// login page, its form errors and, once logged in, the account security page and the
/// setup wizard in that language (the catalogue's own words, right-to-left where the
/// script is).
#[actix_rt::test]
async fn each_of_django_two_factor_auths_languages_gets_its_pages() {
    use two_factor::i18n::{I18n, SHIPPED};

    let shipped: Vec<&str> = SHIPPED.iter().map(|(code, _)| *code).collect();
    let mut wanted: Vec<&str> = DJANGO_LOCALES.iter().map(|(code, _)| *code).collect();
    wanted.sort_unstable();
    let mut have = shipped.clone();
    have.sort_unstable();
    assert_eq!(
        have, wanted,
        "the crate ships exactly django-two-factor-auth's locales"
    );
    let i18n = I18n::new("en", &shipped, &[]).expect("catalogues");
    let site = Site::new().await;
    for (n, (code, header)) in DJANGO_LOCALES.into_iter().enumerate() {
        let says = |key: &str| i18n.message(code, key, &[]);
        if code != "en" && !code.starts_with("en-") {
            assert_ne!(
                says("login-credentials"),
                i18n.message("en", "login-credentials", &[])
            );
        }
        let dir = if ["ar", "fa", "he"].contains(&code) {
            "rtl"
        } else {
            "ltr"
        };
        let username = format!("walker{n}");
        site.create_user(&username).await;
        let c = site
            .client()
            .at_origin(&format!("10.7.{n}.1:40000"), &[("accept-language", header)]);
        let page = |r: &common::Resp, key: &str| {
            r.assert_ok_contains(&format!("<html lang=\"{code}\" dir=\"{dir}\">"));
            let text = common::unescape(&r.body);
            assert!(
                text.contains(&says(key)),
                "{code} ({header}): {key} missing in {text}"
            );
        };
        let r = c.get("/account/login/").await;
        page(&r, "login-credentials");
        page(&r, "field-username");
        let r = c.login_password(&username, "not the password", None).await;
        page(&r, "form-invalid-login");
        let r = c.login_password(&username, PASSWORD, None).await;
        assert!(r.status.is_redirection(), "{code}: {}", r.status);
        page(
            &c.get("/account/two_factor/").await,
            "two-factor-not-enabled",
        );
        page(&c.get("/account/two_factor/setup/").await, "setup-welcome");
    }
}
