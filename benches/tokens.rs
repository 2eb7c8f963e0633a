//! Function-level benchmarks of the hot pieces: TOTP computation, token parsing, `next`
//! checking, throttle arithmetic, and the setup QR code (encoding plus the one-path SVG).
//! Run with `cargo bench --bench tokens`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use two_factor::__private::hotp;
use two_factor::__private::is_safe_next;
use two_factor::__private::{Field, parse_token};
use two_factor::devices::Throttle;
use two_factor::devices::totp_at;

/// `base` as it would read without translations: each `{{ t(key="…") }}` replaced by its
/// English text, the language switcher (`{% if language_choice %}…{% endif %}`) dropped and
/// the page's language fixed to `en`.
fn untranslated(base: &str) -> String {
    let english = two_factor::i18n::I18n::default();
    let mut out = base
        .replace(r#"lang="{{ lang }}" dir="{{ lang_dir }}""#, r#"lang="en""#)
        .to_owned();
    if let Some(start) = out.find("{% if language_choice %}") {
        let end = out[start..]
            .find("{% endif %}")
            .map(|i| start + i + "{% endif %}".len())
            .expect("the switcher's endif");
        out.replace_range(start..end, "");
    }
    while let Some(start) = out.find(r#"{{ t(key=""#) {
        let key_start = start + r#"{{ t(key=""#.len();
        let key_end = key_start + out[key_start..].find('"').expect("a quoted key");
        let end = key_end + out[key_end..].find("}}").expect("the closing braces") + 2;
        let text = english.t("en", &out[key_start..key_end]);
        out.replace_range(start..end, &text);
    }
    out
}

fn benches(c: &mut Criterion) {
    let key = b"12345678901234567890";
    c.bench_function("hotp_6_digits", |b| {
        b.iter(|| hotp(black_box(key), black_box(1234), 6))
    });
    c.bench_function("totp_window_of_three", |b| {
        b.iter(|| {
            for offset in -1..=1 {
                black_box(totp_at(key, 1_234_567_890 + offset * 30, 30, 0, 6));
            }
        })
    });
    c.bench_function("parse_token", |b| {
        b.iter(|| parse_token(black_box(Field::One("012345")), 6))
    });
    c.bench_function("is_safe_next", |b| {
        b.iter(|| is_safe_next(black_box("/account/two_factor/?next=/secret/")))
    });
    let throttle = Throttle {
        failure_count: 3,
        failure_timestamp_ms: Some(1_000),
    };
    c.bench_function("throttle_check", |b| {
        b.iter(|| black_box(throttle).is_throttled(1, black_box(5_000)))
    });
    // The setup page's QR code: a typical `otpauth://` URI, encoded and drawn.
    let uri = "otpauth://totp/actix-two-factor%20demo:alice%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=actix-two-factor%20demo&algorithm=SHA1&digits=6&period=30";
    c.bench_function("qr_code_svg", |b| {
        b.iter(|| two_factor::qr_code_svg(black_box(uri.as_bytes())))
    });
    // What the setup page did before: `qrcode`'s own mask choice and SVG renderer.
    c.bench_function("qr_code_svg_qrcode_renderer", |b| {
        b.iter(|| {
            qrcode::QrCode::new(black_box(uri.as_bytes())).map(|code| {
                code.render::<qrcode::render::svg::Color<'_>>()
                    .min_dimensions(200, 200)
                    .quiet_zone(true)
                    .build()
            })
        })
    });
    // The demo's secret page (extends `two_factor/_base.html`) with a page context.
    let templates = two_factor::Templates::load(Some(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/demo/templates"
    ))))
    .expect("templates")
    .with_i18n(std::sync::Arc::new(demo_i18n()));
    let mut ctx = tera::Context::new();
    ctx.insert("csrf_token", "p3lH1Xx0b0Hc5Hk9nX2kG7sQm1J1uW3oP0vV7aQy8eE");
    ctx.insert("site_name", "actix-two-factor demo");
    ctx.insert("cancel_url", "/");
    ctx.insert("is_authenticated", &true);
    ctx.insert("is_verified", &true);
    ctx.insert("request_path", "/secret/");
    let urls: std::collections::BTreeMap<&str, &str> = [
        ("login", "/account/login/"),
        ("logout", "/account/logout/"),
        ("profile", "/account/two_factor/"),
        ("set_language", "/i18n/setlang/"),
    ]
    .into_iter()
    .collect();
    ctx.insert("urls", &urls);
    c.bench_function("render_secret_page", |b| {
        b.iter(|| templates.render(black_box("demo/secret.html"), black_box(&ctx)))
    });
    // Before translations: the same page on the real base template as it would be without
    // them — each `t()` replaced by its English text, no language switcher, `lang="en"` —
    // derived here from `templates/two_factor/_base.html`, rendered by the same engine.
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(dir.path().join("untranslated")).expect("mkdir");
    let real = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/templates/two_factor/_base.html"
    ))
    .expect("the base template");
    std::fs::write(
        dir.path().join("untranslated/_base.html"),
        untranslated(&real),
    )
    .expect("write");
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/benches/untranslated/secret.html"
        ),
        dir.path().join("untranslated/secret.html"),
    )
    .expect("copy");
    let old = two_factor::Templates::load(Some(dir.path())).expect("templates");
    assert!(old.is_precompiled("untranslated/secret.html"));
    assert!(templates.is_precompiled("demo/secret.html"));
    c.bench_function("render_secret_page_before_translations", |b| {
        b.iter(|| old.render(black_box("untranslated/secret.html"), black_box(&ctx)))
    });
    let mut no_switcher = ctx.clone();
    no_switcher.insert("language_choice", &false);
    c.bench_function("render_secret_page_without_switcher", |b| {
        b.iter(|| templates.render(black_box("demo/secret.html"), black_box(&no_switcher)))
    });
    // A page with arguments in its messages, on the fast path, and one Tera renders.
    let mut ar = ctx.clone();
    ar.insert("lang", "ar");
    c.bench_function("render_secret_page_arabic", |b| {
        b.iter(|| templates.render(black_box("demo/secret.html"), black_box(&ar)))
    });
}

criterion_group!(tokens, benches);
criterion_main!(tokens);

/// The shipped catalogues plus the demo's messages (its pages use them).
fn demo_i18n() -> two_factor::i18n::I18n {
    let root = std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/demo/locales"
    ));
    let codes: Vec<&str> = two_factor::i18n::SHIPPED.iter().map(|(c, _)| *c).collect();
    let extra: Vec<(String, String)> = codes
        .iter()
        .map(|code| {
            let text = std::fs::read_to_string(root.join(code).join("demo.ftl")).expect("demo.ftl");
            ((*code).to_owned(), text)
        })
        .collect();
    two_factor::i18n::I18n::new("en", &codes, &extra).expect("catalogues")
}
