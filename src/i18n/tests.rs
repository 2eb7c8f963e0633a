//! The catalogues, negotiation and plurals.
use super::*;

fn i18n() -> I18n {
    I18n::default()
}

#[test]
fn a_remembered_header_is_remembered_per_set_of_catalogues() {
    let all = i18n();
    let two = I18n::new("en", &["en", "fr"], &[]).expect("catalogues");
    let header = "de, fr;q=0.5";
    for _ in 0..3 {
        assert_eq!(all.negotiate(None, Some(header)), "de");
        assert_eq!(
            two.negotiate(None, Some(header)),
            "fr",
            "not the other set's answer"
        );
    }
    // The cookie still wins over a remembered header.
    assert_eq!(all.negotiate(Some("ja"), Some(header)), "ja");
    // Many distinct headers never grow the cache past its size, and answers stay right.
    for n in 0..(ACCEPT_CACHE_SIZE * 2) {
        assert_eq!(all.negotiate(None, Some(&format!("x-{n}, nl"))), "nl");
    }
    ACCEPT_CACHE.with(|cache| {
        let cache = cache.borrow();
        assert!(
            cache
                .values()
                .all(|headers| headers.len() <= ACCEPT_CACHE_SIZE)
        );
    });
}

#[test]
fn accept_language_by_q_value_then_order() {
    let i = i18n();
    assert_eq!(i.negotiate(None, Some("de")), "de");
    assert_eq!(i.negotiate(None, Some("fr;q=0.5, ja;q=0.9")), "ja");
    assert_eq!(i.negotiate(None, Some("xx, nl;q=0.1")), "nl");
    assert_eq!(
        i.negotiate(None, Some("es, fr")),
        "es",
        "equal q: header order"
    );
    assert_eq!(
        i.negotiate(None, Some("de;q=0, fr;q=0.2")),
        "fr",
        "q=0 is never"
    );
    assert_eq!(
        i.negotiate(None, Some("de;q=2, fr;q=0.2")),
        "fr",
        "bad q ignored"
    );
    assert_eq!(i.negotiate(None, Some("*")), "en");
    assert_eq!(i.negotiate(None, Some("")), "en");
    assert_eq!(i.negotiate(None, None), "en");
    assert_eq!(i.negotiate(None, Some(";;;,,=,q=1")), "en");
}

#[test]
fn regional_variants_find_the_offered_language() {
    let i = i18n();
    assert_eq!(i.negotiate(None, Some("de-AT")), "de");
    assert_eq!(i.negotiate(None, Some("pt")), "pt-BR");
    assert_eq!(i.negotiate(None, Some("pt-PT")), "pt-BR");
    assert_eq!(i.negotiate(None, Some("zh-CN")), "zh-Hans");
    assert_eq!(i.negotiate(None, Some("ZH-hans-sg")), "zh-Hans");
    assert_eq!(i.negotiate(None, Some("ar-EG")), "ar");
    assert_eq!(
        i.negotiate(None, Some("en_GB")),
        "en-GB",
        "underscore read as a hyphen"
    );
    assert_eq!(i.negotiate(None, Some("en-US")), "en");
    assert_eq!(i.negotiate(None, Some("sr-Latn-RS")), "sr-Latn");
    assert_eq!(i.negotiate(None, Some("sr-RS")), "sr");
}

#[test]
fn the_explicit_choice_beats_accept_language_which_beats_the_default() {
    let i = I18n::new("fr", &["en", "fr", "de"], &[]).expect("i18n");
    assert_eq!(i.negotiate(Some("de"), Some("en")), "de");
    assert_eq!(
        i.negotiate(Some("ru"), Some("en")),
        "en",
        "not offered: ignored"
    );
    assert_eq!(i.negotiate(Some("<script>"), None), "fr");
    assert_eq!(i.negotiate(None, Some("ja")), "fr", "not offered");
    assert_eq!(i.negotiate(None, None), "fr");
}

#[test]
fn plural_forms_follow_each_language() {
    let i = i18n();
    let n = |code: &str, count: i64| {
        i.message(
            code,
            "admin-backup-tokens-remaining",
            &[("count", count.into())],
        )
    };
    assert_eq!(n("en", 1), "1 backup token remaining.");
    assert_eq!(n("en", 5), "5 backup tokens remaining.");
    // Russian: one (1, 21), few (2–4, 22), many (5–20, 0).
    let ru: Vec<String> = [1, 2, 5, 21, 22, 0].iter().map(|c| n("ru", *c)).collect();
    assert_ne!(ru[0], ru[1].replace('2', "1"));
    assert_ne!(ru[1].replace('2', "5"), ru[2]);
    assert_eq!(ru[0].replace("1", "21"), ru[3]);
    // Arabic has six categories: 0, 1, 2, 3–10, 11–99, 100+ all differ in wording.
    let ar: Vec<String> = [0, 1, 2, 3, 11, 100].iter().map(|c| n("ar", *c)).collect();
    for (a, b) in ar.iter().zip(ar.iter().skip(1)) {
        let strip = |s: &str| {
            s.chars()
                .filter(|c| !c.is_ascii_digit())
                .collect::<String>()
        };
        assert_ne!(strip(a), strip(b), "{ar:?}");
    }
    // Polish: one (1), few (2–4, 22–24), many (5–21, 25…), the fraction form unused.
    assert_eq!(n("pl", 1), "Pozostał 1 kod zapasowy.");
    assert_eq!(n("pl", 3), "Pozostały 3 kody zapasowe.");
    assert_eq!(n("pl", 22), "Pozostały 22 kody zapasowe.");
    assert_eq!(n("pl", 5), "Pozostało 5 kodów zapasowych.");
    assert_eq!(n("pl", 12), "Pozostało 12 kodów zapasowych.");
    // Italian: one, other.
    assert_eq!(n("it", 1), "Resta 1 codice di backup.");
    assert_eq!(n("it", 7), "Restano 7 codici di backup.");
    // Japanese: one form.
    assert_eq!(n("ja", 1).replace('1', "5"), n("ja", 5));
}

#[test]
fn host_entries_override_and_add_and_a_new_locale_falls_back_to_english() {
    let extra = vec![
        (
            "de".to_owned(),
            "base-log-in = Einloggen\nhost-greeting = Hallo { $name }".to_owned(),
        ),
        (
            "sw".to_owned(),
            "language-name = Kiswahili\nbase-log-in = Ingia".to_owned(),
        ),
    ];
    let i = I18n::new("en", &["en", "de", "sw"], &extra).expect("i18n");
    assert_eq!(i.t("de", "base-log-in"), "Einloggen");
    assert_eq!(
        i.message("de", "host-greeting", &[("name", "Ada".into())]),
        "Hallo Ada"
    );
    assert_eq!(
        i.t("de", "base-log-out"),
        "Abmelden",
        "the crate's own stays"
    );
    assert_eq!(i.t("sw", "base-log-in"), "Ingia");
    assert_eq!(i.t("sw", "base-log-out"), "Log out", "missing: English");
    assert_eq!(i.name("sw"), "Kiswahili");
    assert_eq!(i.t("sw", "no-such-key"), "no-such-key");
    assert!(I18n::new("en", &["en", "xx"], &[]).is_err(), "no catalogue");
    assert!(
        I18n::new("de", &["en"], &[]).is_err(),
        "default not offered"
    );
    assert!(I18n::new("en", &["en"], &[("en".into(), "broken = {".into())]).is_err());
}

#[test]
fn the_current_language_is_the_requests_and_english_outside() {
    assert_eq!(tr("base-log-in"), "Log in");
    assert_eq!(current_code(), "en");
    let i18n = Arc::new(i18n());
    let in_german = futures_util::FutureExt::now_or_never(scope(i18n, "de-CH", async {
        (
            tr("base-log-in"),
            current_code(),
            with_language("fr", || tr("base-log-in")),
        )
    }))
    .expect("ready");
    assert_eq!(
        in_german,
        (
            "Anmelden".to_owned(),
            "de".to_owned(),
            "Se connecter".to_owned()
        )
    );
    assert_eq!(with_language("ja", || tr("base-log-in")), "ログイン");
    assert_eq!(tr("base-log-in"), "Log in");
}

#[test]
fn direction_and_switcher() {
    let i = i18n();
    assert_eq!(i.dir("ar"), "rtl");
    assert_eq!(i.dir("de"), "ltr");
    let options = i.options_at(i.index("ja"));
    assert!(
        options.contains("<option value=\"ja\" lang=\"ja\" selected>日本語<option "),
        "{options}"
    );
    assert!(
        options.contains("<option value=\"de\" lang=\"de\">Deutsch<option "),
        "{options}"
    );
    assert_eq!(options.matches("selected").count(), 1);
    // No end tags: the next option and `</select>` end each one.
    assert!(!options.contains("</option>"), "{options}");
    assert_eq!(options.matches("<option ").count(), i.len());
}
