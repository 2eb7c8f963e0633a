//! What a person at a browser meets, checked in the HTML the crate serves: Enter in any
//! field presses the form's primary action (never Back, never a `challenge_device` button
//! that sends an SMS), "Use Backup Token" only when tokens remain, the profile warns when
//! few remain, and no page makes the browser ask for `/favicon.ico`.
//! (`tests/browser.rs` presses the keys themselves in headless Chromium.)

use crate::common;

use common::{Client, PASSWORD, Resp, Site, SiteOptions};

/// The opening tags of the elements named `name` in `html`, in document order.
fn tags<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let open = format!("<{name}");
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(&open) {
        let after = &rest[i + open.len()..];
        // `<button` but not `<buttons`.
        if after.starts_with(|c: char| c.is_ascii_whitespace() || c == '>') {
            let end = after.find('>').map(|e| i + open.len() + e + 1);
            let Some(end) = end else { break };
            out.push(&rest[i..end]);
            rest = &rest[end..];
        } else {
            rest = after;
        }
    }
    out
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let marker = format!(" {name}=\"");
    let i = tag.find(&marker)? + marker.len();
    Some(&tag[i..i + tag[i..].find('"')?])
}

fn has_attr(tag: &str, name: &str) -> bool {
    attr(tag, name).is_some()
        || tag.contains(&format!(" {name}>"))
        || tag.contains(&format!(" {name} "))
}

/// The bodies of the page's `<form>` elements.
fn forms(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find("<form") {
        let Some(end) = rest[i..].find("</form>") else {
            break;
        };
        out.push(&rest[i..i + end]);
        rest = &rest[i + end..];
    }
    out
}

/// A form with a field a person types into: Enter there presses the form's first submit
/// button (the HTML spec's "default button"), which must be the primary action: a submit
/// button carrying no `name` (no `wizard_goto_step`, no `challenge_device`) and validating
/// the form (no `formnovalidate`).
fn assert_enter_presses_the_primary_action(page: &Resp, what: &str) {
    let mut checked = 0;
    for form in forms(&page.body) {
        let typed = tags(form, "input").into_iter().any(|t| {
            !matches!(
                attr(t, "type"),
                Some("hidden" | "submit" | "radio" | "checkbox")
            )
        });
        if !typed {
            continue;
        }
        let first = tags(form, "button")
            .into_iter()
            .chain(
                tags(form, "input")
                    .into_iter()
                    .filter(|t| attr(t, "type") == Some("submit")),
            )
            .min_by_key(|t| form.find(*t).unwrap_or(usize::MAX))
            .unwrap_or_else(|| panic!("{what}: a form with fields has a submit button: {form}"));
        assert_ne!(attr(first, "type"), Some("button"), "{what}: {first}");
        assert_eq!(
            attr(first, "name"),
            None,
            "{what}: Enter would press {first} instead of the primary action"
        );
        assert!(
            !has_attr(first, "formnovalidate"),
            "{what}: the default button validates the form: {first}"
        );
        checked += 1;
    }
    assert!(checked > 0, "{what}: no form with fields on the page");
}

/// A verified client of a user with a TOTP device.
async fn verified(site: &Site, username: &str) -> (Client, two_factor::users::User) {
    let (user, device) = site.create_user_with_device(username).await;
    let c = site.client();
    c.login_password(username, PASSWORD, None).await;
    c.login_token(&site.current_token(&device))
        .await
        .assert_redirect("/account/two_factor/");
    (c, user)
}

#[actix_rt::test]
async fn enter_presses_next_on_every_setup_step() {
    let (site, _gateway) = Site::with_phones().await;
    site.create_user("alice").await;
    let c = site.client();
    let login = c.get("/account/login/").await;
    assert_enter_presses_the_primary_action(&login, "login, password step");
    c.login_password("alice", PASSWORD, None).await;
    let method = c.choose_setup_method("generator").await;
    assert_eq!(method.step().as_deref(), Some("generator"));
    assert!(method.body.contains("wizard_goto_step"), "a Back button");
    assert_enter_presses_the_primary_action(&method, "setup, generator step");

    let sms = c.choose_setup_method("sms").await;
    assert_eq!(sms.step().as_deref(), Some("sms"));
    assert_enter_presses_the_primary_action(&sms, "setup, phone number step");
    let validation = c
        .post(
            "/account/two_factor/setup/",
            &[
                ("setup_view-current_step", "sms"),
                ("sms-number", "+31 10 123 4567"),
            ],
        )
        .await;
    assert_eq!(validation.step().as_deref(), Some("validation"));
    assert_enter_presses_the_primary_action(&validation, "setup, validation step");
}

#[actix_rt::test]
async fn enter_presses_next_on_the_phone_validation_step() {
    let (site, gateway) = Site::with_phones().await;
    let (c, _) = verified(&site, "bob").await;
    let setup = c.get("/account/two_factor/phone/register/").await;
    assert_enter_presses_the_primary_action(&setup, "backup phone, number step");
    let validation = c
        .post(
            "/account/two_factor/phone/register/",
            &[
                ("phone_setup_view-current_step", "setup"),
                ("setup-number", "+31 20 123 4567"),
                ("setup-method", "sms"),
            ],
        )
        .await;
    validation.assert_ok_contains("sent a token to your phone");
    assert!(
        validation.body.contains("wizard_goto_step"),
        "a Back button"
    );
    assert!(gateway.last_token_to("+31201234567").is_some());
    assert_enter_presses_the_primary_action(&validation, "backup phone, validation step");
}

#[actix_rt::test]
async fn enter_verifies_the_token_rather_than_sending_an_sms() {
    let (site, gateway) = Site::with_phones().await;
    let (c, _) = verified(&site, "carol").await;
    c.get("/account/two_factor/phone/register/").await;
    c.post(
        "/account/two_factor/phone/register/",
        &[
            ("phone_setup_view-current_step", "setup"),
            ("setup-number", "+31 20 123 4567"),
            ("setup-method", "sms"),
        ],
    )
    .await;
    let code = gateway.last_token_to("+31201234567").expect("code");
    c.post(
        "/account/two_factor/phone/register/",
        &[
            ("phone_setup_view-current_step", "validation"),
            ("validation-token", &code),
        ],
    )
    .await
    .assert_redirect("/account/two_factor/");
    c.get("/account/two_factor/backup/tokens/").await;
    c.post("/account/two_factor/backup/tokens/", &[]).await;

    let login = site.client();
    let token = login.login_password("carol", PASSWORD, None).await;
    assert_eq!(token.step().as_deref(), Some("token"));
    assert!(
        token.body.contains("name=\"challenge_device\""),
        "{}",
        token.body
    );
    assert_enter_presses_the_primary_action(&token, "login, token step with other devices");
    let backup = login
        .post(
            "/account/login/",
            &[
                ("login_view-current_step", "token"),
                ("wizard_goto_step", "backup"),
            ],
        )
        .await;
    assert_eq!(backup.step().as_deref(), Some("backup"));
    assert_enter_presses_the_primary_action(&backup, "login, backup token step");
}

#[actix_rt::test]
async fn the_secondary_buttons_still_work_when_clicked() {
    let (site, _gateway) = Site::with_phones().await;
    site.create_user("dave").await;
    let c = site.client();
    c.login_password("dave", PASSWORD, None).await;
    let generator = c.choose_setup_method("generator").await;
    assert_eq!(generator.step().as_deref(), Some("generator"));
    // What a click on Back sends: its name and value, not the hidden default button's.
    let back = c
        .post(
            "/account/two_factor/setup/",
            &[
                ("setup_view-current_step", "generator"),
                ("generator-token", ""),
                ("wizard_goto_step", "method"),
            ],
        )
        .await;
    assert_eq!(back.step().as_deref(), Some("method"), "{}", back.body);
    // And the default button sends no name: Enter with an empty field stays on the step.
    let enter = c
        .post(
            "/account/two_factor/setup/",
            &[
                ("setup_view-current_step", "method"),
                ("method-method", "generator"),
            ],
        )
        .await;
    assert_eq!(enter.step().as_deref(), Some("generator"));
    let hidden = tags(&enter.body, "button")
        .into_iter()
        .find(|t| t.contains("default-submit"))
        .expect("the hidden default button");
    assert_eq!(attr(hidden, "tabindex"), Some("-1"), "{hidden}");
    assert_eq!(attr(hidden, "aria-hidden"), Some("true"), "{hidden}");
}

#[actix_rt::test]
async fn use_backup_token_is_offered_only_while_tokens_remain() {
    let site = Site::with(SiteOptions {
        throttle_factor: 0,
        ..Default::default()
    })
    .await;
    let (c, user) = verified(&site, "erin").await;
    let profile = c.get("/account/two_factor/").await;
    profile.assert_ok_contains("You have no backup tokens left.");
    c.get("/account/two_factor/backup/tokens/").await;
    c.post("/account/two_factor/backup/tokens/", &[]).await;
    let profile = c.get("/account/two_factor/").await;
    profile.assert_ok_contains("You have 10 backup tokens remaining");
    assert!(
        !profile.body.contains("backup tokens left"),
        "{}",
        profile.body
    );
    assert!(
        !profile.body.contains("backup token left"),
        "{}",
        profile.body
    );

    // Use up all but two.
    let tokens = site
        .tf
        .devices()
        .generate_backup_tokens(&user.id)
        .await
        .expect("db");
    let device = site
        .tf
        .devices()
        .static_device(&user.id)
        .await
        .expect("db")
        .expect("static device");
    let use_token = async |t: &String| {
        let outcome = site
            .tf
            .devices()
            .verify(&user.id, device.device_ref(), Some(t.clone()), None)
            .await
            .expect("db");
        assert_eq!(outcome, two_factor::devices::Verification::Verified);
    };
    for t in &tokens[..8] {
        use_token(t).await;
    }
    let profile = c.get("/account/two_factor/").await;
    profile.assert_ok_contains("Only 2 backup tokens left.");
    use_token(&tokens[8]).await;
    let profile = c.get("/account/two_factor/").await;
    profile.assert_ok_contains("Only 1 backup token left.");
    let login = site.client();
    login
        .login_password("erin", PASSWORD, None)
        .await
        .assert_ok_contains("Use Backup Token");

    use_token(&tokens[9]).await;
    let profile = c.get("/account/two_factor/").await;
    profile.assert_ok_contains("You have no backup tokens left.");
    assert!(
        !profile.body.contains("You have 0 backup tokens"),
        "{}",
        profile.body
    );
    let login = site.client();
    let token = login.login_password("erin", PASSWORD, None).await;
    assert_eq!(token.step().as_deref(), Some("token"));
    assert!(!token.body.contains("Use Backup Token"), "{}", token.body);
    assert!(!token.body.contains("value=\"backup\""), "{}", token.body);
}

#[actix_rt::test]
async fn pages_link_the_stylesheet_and_carry_no_inline_style_or_script() {
    // Issue 20: a site may send `Content-Security-Policy: default-src 'self'`, so no page
    // carries a `<style>`, a `style=` attribute, an inline script or a `data:` icon; the
    // style comes from the crate's stylesheet, at a URL that changes with its content.
    let site = Site::new().await;
    let (c, _) = verified(&site, "frank").await;
    let anonymous = site.client().get("/account/login/").await;
    let mut pages = vec![("/account/login/ (anonymous)".to_owned(), anonymous.body)];
    for path in [
        "/account/two_factor/",
        "/account/two_factor/backup/tokens/",
        "/account/two_factor/disable/",
        "/account/two_factor/reauth/",
    ] {
        pages.push((path.to_owned(), c.get(path).await.body));
    }
    let link = "two_factor.css?v=";
    for (path, body) in &pages {
        assert!(
            body.contains("<link rel=\"stylesheet\" href=\"") && body.contains(link),
            "{path} links the stylesheet: {body}"
        );
        for inline in [
            "<style",
            " style=",
            "<script>",
            "data:",
            " onclick=",
            " onload=",
        ] {
            assert!(!body.contains(inline), "{path} has {inline:?}: {body}");
        }
    }
    let version = pages[0]
        .1
        .split(link)
        .nth(1)
        .and_then(|rest| rest.split('"').next());
    let css = site
        .client()
        .get("/account/two_factor/two_factor.css")
        .await;
    assert_eq!(css.status, actix_web::http::StatusCode::OK);
    assert_eq!(css.header("content-type"), Some("text/css; charset=utf-8"));
    assert!(css.body.contains(".card {"), "the stylesheet: {}", css.body);
    assert!(
        version.is_some_and(|v| v.len() == 12 && v.bytes().all(|b| b.is_ascii_hexdigit())),
        "a content version: {version:?}"
    );
}
