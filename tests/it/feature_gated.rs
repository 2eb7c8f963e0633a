//! Says loudly which suites this build leaves out. `tests/multi_instance.rs` needs the
//! `postgres` feature (plus `TEST_POSTGRES_URL` and `TEST_REDIS_URL`; `required-features`
//! in Cargo.toml), the modules `mail` and `email` the `smtp` feature, `gateways` the
//! `twilio` feature (`#[cfg]` in `tests/it/main.rs`). With all of them on this module is
//! empty.
#![cfg(not(all(feature = "postgres", feature = "smtp", feature = "twilio")))]

#[test]
fn skipped_suites_of_this_build() {
    use std::io::Write;
    let left_out = [
        (
            cfg!(feature = "postgres"),
            "multi_instance and the PostgreSQL variants",
            "postgres",
        ),
        (cfg!(feature = "smtp"), "mail and email (SMTP)", "smtp"),
        (cfg!(feature = "twilio"), "gateways (Twilio)", "twilio"),
    ];
    for (on, suites, feature) in left_out {
        if !on {
            let _ = writeln!(
                std::io::stderr(),
                "\n*** SKIPPED: {suites}: built without the `{feature}` feature \
                 (cargo test --features {feature}) ***\n"
            );
        }
    }
}
