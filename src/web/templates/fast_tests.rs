//! The fast path renders exactly what Tera renders.
use super::*;

fn demo_dir() -> &'static Path {
    Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/demo/templates"
    ))
}

/// The shipped catalogues plus the demo's own messages.
fn demo_i18n() -> Arc<I18n> {
    let root = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/demo/locales"
    ));
    let extra: Vec<(String, String)> = crate::i18n::SHIPPED
        .iter()
        .map(|(code, _)| {
            let text =
                std::fs::read_to_string(root.join(code).join("demo.ftl")).expect("demo catalogue");
            ((*code).to_owned(), text)
        })
        .collect();
    let codes: Vec<&str> = crate::i18n::SHIPPED.iter().map(|(c, _)| *c).collect();
    Arc::new(I18n::new("en", &codes, &extra).expect("i18n"))
}

fn load_demo(dir: &Path) -> Templates {
    Templates::load(Some(dir))
        .expect("load")
        .with_i18n(demo_i18n())
}

/// Contexts that take every branch of the default templates' conditions, with text
/// that needs escaping.
fn contexts() -> Vec<tera::Context> {
    let mut out = Vec::new();
    for (authenticated, site) in [
        (false, "Site"),
        (true, "<A & B's \"site\"/>"),
        (true, "é ünïcødé ✓"),
    ] {
        let mut ctx = tera::Context::new();
        ctx.insert("csrf_token", "tok-123/<&>");
        ctx.insert("site_name", site);
        if authenticated {
            // Pages get `urls` from the engine's globals; a context may still bring its own.
            ctx.insert("urls", &urls_value());
        }
        ctx.insert("cancel_url", "/accounts/logout/?next=/");
        ctx.insert("is_authenticated", &authenticated);
        ctx.insert("is_verified", &authenticated);
        ctx.insert("request_path", "/page/");
        out.push(ctx.clone());
        // The same page in other languages (one right to left).
        for lang in ["de", "ar"] {
            ctx.insert("lang", lang);
            out.push(ctx.clone());
        }
    }
    out
}

fn urls_value() -> tera::Value {
    crate::web::urls::Urls::default().context
}

/// Tera's rendering (the globals added as `render` adds them), for comparison.
fn tera_render(t: &Templates, name: &str, ctx: &tera::Context) -> tera::Result<String> {
    let mut out = Vec::new();
    t.render_with_tera(name, ctx, &mut out)?;
    Ok(String::from_utf8(out).expect("utf-8"))
}

#[test]
fn every_plan_renders_exactly_what_tera_renders() {
    let t = load_demo(demo_dir());
    for name in [
        "two_factor/_base.html",
        "demo/secret.html",
        "demo/home.html",
        "two_factor/core/otp_required.html",
    ] {
        assert!(t.is_precompiled(name), "{name} should take the fast path");
    }
    let mut compared = 0;
    for name in t.plans.keys() {
        for ctx in contexts() {
            let mut fast = Vec::new();
            let fast = t.plans[name]
                .render(
                    super::fast::Layers {
                        own: &ctx,
                        shared: None,
                    },
                    &t.globals,
                    &t.i18n,
                    &t.page_languages,
                    &mut fast,
                )
                .map(|()| fast);
            match tera_render(&t, name, &ctx) {
                Ok(expected) => {
                    let fast = fast.unwrap_or_else(|_| panic!("{name}: plan gave up"));
                    assert_eq!(String::from_utf8(fast).expect("utf-8"), expected, "{name}");
                    compared += 1;
                }
                Err(_) => assert!(fast.is_err(), "{name}: Tera fails, the plan must too"),
            }
        }
    }
    assert!(compared >= 4 * 3, "only {compared} renders compared");
}

#[test]
fn an_overridden_base_is_what_the_fast_path_renders() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(dir.path().join("two_factor")).expect("mkdir");
    std::fs::create_dir_all(dir.path().join("demo")).expect("mkdir");
    std::fs::write(
        dir.path().join("two_factor/_base.html"),
        "HOST BASE [{{ csrf_token }}] {% block content %}default{% endblock content %}",
    )
    .expect("write");
    std::fs::write(
        dir.path().join("demo/secret.html"),
        std::fs::read_to_string(demo_dir().join("demo/secret.html")).expect("read"),
    )
    .expect("write");
    let t = load_demo(dir.path());
    assert!(t.is_precompiled("demo/secret.html"));
    let html = t
        .render("demo/secret.html", &contexts()[3])
        .expect("render");
    assert!(
        html.starts_with("HOST BASE [tok-123/&lt;&amp;&gt;] "),
        "{html}"
    );
    assert!(html.contains("<h1>The secret page</h1>"), "{html}");
    assert!(
        !html.contains("<style>"),
        "the default base is not used: {html}"
    );
    assert!(!html.contains("default"), "{html}");
}

#[test]
fn a_fast_page_shows_each_request_its_own_data() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("me.html"),
        "{% extends \"two_factor/_base.html\" %}{% block content %}\
         <p>Hello {{ user.username }}</p>{% endblock content %}",
    )
    .expect("write");
    let t = Templates::load(Some(dir.path())).expect("load");
    assert!(t.is_precompiled("me.html"));
    for (user, token) in [("alice", "token-of-alice"), ("<bob>", "token-of-bob")] {
        let mut ctx = contexts()[3].clone();
        ctx.insert("csrf_token", token);
        ctx.insert("user", &serde_json::json!({ "username": user }));
        let html = t.render("me.html", &ctx).expect("render");
        let escaped = user.replace('<', "&lt;").replace('>', "&gt;");
        assert!(html.contains(&format!("<p>Hello {escaped}</p>")), "{html}");
        assert!(
            html.contains(&format!("name=\"csrfmiddlewaretoken\" value=\"{token}\"")),
            "{html}"
        );
        assert_eq!(html, tera_render(&t, "me.html", &ctx).expect("tera"));
    }
}

#[test]
fn what_a_plan_does_not_print_is_left_to_tera() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("v.html"), "<p>{{ value }}</p>").expect("write");
    std::fs::write(
        dir.path().join("loop.html"),
        "{% for i in value %}{{ loop.index }}:{{ i }},{% endfor %}",
    )
    .expect("write");
    let t = Templates::load(Some(dir.path())).expect("load");
    assert!(t.is_precompiled("v.html"));
    assert!(!t.is_precompiled("loop.html"), "loop.* is Tera's");
    let mut ctx = tera::Context::new();
    ctx.insert("value", &[1, 2]);
    assert_eq!(t.render("v.html", &ctx).expect("render"), "<p>[1, 2]</p>");
    assert_eq!(t.render("loop.html", &ctx).expect("render"), "1:1,2:2,");
    for value in [
        serde_json::json!(7),
        serde_json::json!(-1.5),
        serde_json::json!(true),
        serde_json::json!(null),
        serde_json::json!({"a": 1}),
    ] {
        ctx.insert("value", &value);
        assert_eq!(
            t.render("v.html", &ctx).expect("render"),
            tera_render(&t, "v.html", &ctx).expect("tera"),
            "{value}"
        );
    }
    // A missing variable is Tera's error, not an empty string.
    let err = t
        .render("v.html", &tera::Context::new())
        .expect_err("missing");
    assert!(format!("{err:?}").contains("value"), "{err:?}");
}

#[test]
fn t_escapes_its_arguments_not_the_catalogues_text_on_both_paths() {
    let dir = tempfile::tempdir().expect("tempdir");
    let call =
        "{{ t(key=\"admin-no-user-named\", username=who) }}|{{ t(key=\"backup-tokens-none\") }}";
    std::fs::write(dir.path().join("fast.html"), call).expect("write");
    std::fs::write(
        dir.path().join("tera.html"),
        format!("{{% for n in [1] %}}{call}{{% endfor %}}"),
    )
    .expect("write");
    std::fs::write(dir.path().join("mail.txt"), call).expect("write");
    let t = Templates::load(Some(dir.path())).expect("load");
    assert!(t.is_precompiled("fast.html"));
    assert!(!t.is_precompiled("tera.html"));
    let mut ctx = tera::Context::new();
    ctx.insert("who", "<b>'x'</b>");
    let html =
        "No user named “&lt;b&gt;&#x27;x&#x27;&lt;/b&gt;”.|You don't have any backup codes yet.";
    assert_eq!(t.render("fast.html", &ctx).expect("fast"), html);
    assert_eq!(t.render("tera.html", &ctx).expect("tera"), html);
    assert_eq!(
        t.render("mail.txt", &ctx).expect("text"),
        "No user named “<b>'x'</b>”.|You don't have any backup codes yet."
    );
    ctx.insert("lang", "fr");
    assert!(
        t.render("fast.html", &ctx)
            .expect("fast")
            .starts_with("Aucun utilisateur nommé « &lt;b&gt;")
    );
    // An unknown key is an error on both paths.
    std::fs::write(dir.path().join("bad.html"), "{{ t(key=\"no-such\") }}").expect("write");
    let t = Templates::load(Some(dir.path())).expect("load");
    assert!(!t.is_precompiled("bad.html"));
    assert!(t.render("bad.html", &ctx).is_err());
}

#[test]
fn urls_reach_every_template_without_being_in_the_context() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("plain.html"),
        "<a href=\"{{ urls.login }}\">",
    )
    .expect("write");
    std::fs::write(
        dir.path().join("looped.html"),
        "{% for n in [1] %}<a href=\"{{ urls.login }}\">{% endfor %}",
    )
    .expect("write");
    let t = Templates::load(Some(dir.path())).expect("load");
    let expected = format!(
        "<a href=\"{}\">",
        crate::escape::escape_html(crate::web::urls::LOGIN)
    );
    let ctx = tera::Context::new();
    assert_eq!(t.render("plain.html", &ctx).expect("plan"), expected);
    assert_eq!(t.render("looped.html", &ctx).expect("tera"), expected);
    let mut own = tera::Context::new();
    own.insert("urls", &serde_json::json!({ "login": "/host/login/" }));
    for name in ["plain.html", "looped.html"] {
        assert_eq!(
            t.render(name, &own).expect("render"),
            "<a href=\"/host/login/\">",
            "the context's own urls win in {name}"
        );
    }
}

#[test]
fn configuration_globals_reach_pages_and_a_context_value_wins() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("p.html"),
        "<title>{{ site_name }}</title>{% if cancel_url %}<a href=\"{{ cancel_url }}\">{% endif %}",
    )
    .expect("write");
    std::fs::write(
        dir.path().join("l.html"),
        "{% for n in [1] %}{{ site_name }} {{ cancel_url }}{% endfor %}",
    )
    .expect("write");
    let t = Templates::load(Some(dir.path()))
        .expect("load")
        .with_globals([
            ("site_name", "A & B".into()),
            ("cancel_url", "/bye/".into()),
        ]);
    assert!(t.is_precompiled("p.html"));
    let none = tera::Context::new();
    assert_eq!(
        t.render("p.html", &none).expect("plan"),
        "<title>A &amp; B</title><a href=\"/bye/\">"
    );
    assert_eq!(t.render("l.html", &none).expect("tera"), "A &amp; B /bye/");
    let mut own = tera::Context::new();
    own.insert("cancel_url", "/profile/");
    own.insert("site_name", "Mine");
    assert_eq!(
        t.render("p.html", &own).expect("plan"),
        "<title>Mine</title><a href=\"/profile/\">"
    );
    assert_eq!(t.render("l.html", &own).expect("tera"), "Mine /profile/");
}

#[test]
fn csrf_input_writes_the_escaped_token_on_both_paths_and_nothing_without_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("form.html"),
        "<form>{{ csrf_input() }}</form>",
    )
    .expect("write");
    // A loop keeps this one on Tera's path.
    std::fs::write(
        dir.path().join("slow.html"),
        "{% for i in [1] %}<form>{{ csrf_input() }}</form>{% endfor %}",
    )
    .expect("write");
    let t = Templates::load(Some(dir.path())).expect("load");
    assert!(t.is_precompiled("form.html"));
    assert!(!t.is_precompiled("slow.html"));
    let mut ctx = tera::Context::new();
    ctx.insert("csrf_token", "a\"b<c>");
    let expected = "<form><input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"a&quot;b&lt;c&gt;\"></form>";
    assert_eq!(t.render("form.html", &ctx).expect("fast"), expected);
    assert_eq!(tera_render(&t, "form.html", &ctx).expect("tera"), expected);
    assert_eq!(t.render("slow.html", &ctx).expect("tera"), expected);
    // Without a token (a page rendered outside a request): no field, as Django's tag.
    let empty = tera::Context::new();
    assert_eq!(
        t.render("form.html", &empty).expect("render"),
        "<form></form>"
    );
    assert_eq!(
        t.render("slow.html", &empty).expect("render"),
        "<form></form>"
    );
}

#[test]
fn loops_includes_and_comparisons_render_as_tera_does() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("item.html"),
        "<li>{{ item.name }}{% if item.n > 1 %}+{% endif %}{% if item.name == \"b\" %}!{% endif %}</li>",
    )
    .expect("write");
    std::fs::write(
        dir.path().join("list.html"),
        "<ul>{% for item in items %}{% include \"item.html\" %}{% else %}<li>none</li>{% endfor %}</ul>\
         {% if count == 0 %}zero{% elif count != 2 %}some{% else %}two{% endif %}\
         {% if kind == \"x\" or 3 <= count %}y{% endif %}\
         {% for item in items %}{% for item in item.tags %}[{{ item }}]{% endfor %}{{ item.name }}{% endfor %}",
    )
    .expect("write");
    let t = Templates::load(Some(dir.path())).expect("load");
    assert!(
        t.is_precompiled("list.html"),
        "loops, includes and comparisons are planned"
    );
    let cases = [
        serde_json::json!({"items": [], "count": 0, "kind": "x"}),
        serde_json::json!({"items": [{"name": "a", "n": 1, "tags": ["t"]}, {"name": "b", "n": 2.5, "tags": []}], "count": 2, "kind": "z"}),
        serde_json::json!({"items": [{"name": "<c>", "n": 0, "tags": ["1", "2"]}], "count": 3.0, "kind": 7}),
        // A number never equals a string; `count` as a string cannot be ordered (Tera's
        // error either way).
        serde_json::json!({"items": [], "count": "0", "kind": "x"}),
    ];
    for case in cases {
        let ctx = tera::Context::from_value(case.clone()).expect("context");
        let fast = t.render("list.html", &ctx).map_err(|e| format!("{e:?}"));
        let tera = tera_render(&t, "list.html", &ctx).map_err(|e| format!("{e:?}"));
        assert_eq!(fast.is_ok(), tera.is_ok(), "{case}: {fast:?} / {tera:?}");
        if let (Ok(fast), Ok(tera)) = (fast, tera) {
            assert_eq!(fast, tera, "{case}");
        }
    }
    // The crate's busiest pages are planned: no interpreter on the login and the profile.
    let shipped = Templates::load(None).expect("load");
    for name in [
        "two_factor/core/login.html",
        "two_factor/profile/profile.html",
        "two_factor/core/setup.html",
    ] {
        assert!(shipped.is_precompiled(name), "{name} has a plan");
    }
}

#[test]
fn a_page_without_lang_in_its_context_gets_its_requests_language_on_both_paths() {
    let t = load_demo(demo_dir());
    let mut ctx = tera::Context::new();
    ctx.insert("csrf_token", "tok");
    ctx.insert("is_authenticated", &false);
    ctx.insert("request_path", "/page/");
    ctx.insert("site_name", "Site");
    let name = "demo/secret.html";
    assert!(t.is_precompiled(name));
    for (code, dir) in [("ar", "rtl"), ("de", "ltr")] {
        let (fast, tera) = crate::i18n::in_language(t.i18n.clone(), code, || {
            (
                t.render(name, &ctx).expect("fast"),
                t.render_interpreted(name, &ctx).expect("tera"),
            )
        });
        let head = format!("<html lang=\"{code}\" dir=\"{dir}\">");
        assert!(fast.contains(&head), "{code}: {}", &fast[..80]);
        assert_eq!(fast, tera, "{code}");
    }
    // Outside any request: the site's default; a context's own `lang` still wins.
    assert!(
        t.render(name, &ctx)
            .expect("default")
            .contains("<html lang=\"en\" dir=\"ltr\">")
    );
    ctx.insert("lang", "he");
    ctx.insert("lang_dir", "rtl");
    let page = crate::i18n::in_language(t.i18n.clone(), "de", || t.render(name, &ctx));
    assert!(page.expect("he").contains("<html lang=\"he\" dir=\"rtl\">"));
}

#[test]
fn escaping_is_djangos_on_both_paths() {
    // Django's `escape`: `& < > " '` and nothing else (a `/` is harmless in text and in
    // a quoted attribute, and `&#x2F;` only made URLs five bytes longer).
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("v.html"), "<a href=\"{{ v }}\">{{ v }}</a>").expect("write");
    std::fs::write(
        dir.path().join("looped.html"),
        "{% for n in [1] %}<a href=\"{{ v }}\">{{ v }}</a>{% endfor %}",
    )
    .expect("write");
    std::fs::write(
        dir.path().join("message.html"),
        "{{ t(key=\"admin-no-user-named\", username=v) }}",
    )
    .expect("write");
    let t = Templates::load(Some(dir.path())).expect("load");
    assert!(t.is_precompiled("v.html"));
    assert!(!t.is_precompiled("looped.html"));
    let mut ctx = tera::Context::new();
    ctx.insert("v", "/a/<b c='d'>\"&\"</b>/");
    let escaped = "/a/&lt;b c=&#x27;d&#x27;&gt;&quot;&amp;&quot;&lt;/b&gt;/";
    let expected = format!("<a href=\"{escaped}\">{escaped}</a>");
    assert_eq!(t.render("v.html", &ctx).expect("plan"), expected);
    assert_eq!(t.render("looped.html", &ctx).expect("tera"), expected);
    assert_eq!(tera_render(&t, "v.html", &ctx).expect("tera"), expected);
    let message = t.render("message.html", &ctx).expect("message");
    assert!(message.contains(escaped), "{message}");
}
