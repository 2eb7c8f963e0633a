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
            .contains("<option value=\"de\" lang=\"de\" selected>Deutsch</option>"),
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
