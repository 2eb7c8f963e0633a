//! Says loudly which suites this build leaves out. `tests/multi_instance.rs` needs the
//! `postgres` feature (plus `TEST_POSTGRES_URL` and `TEST_REDIS_URL`), `tests/mail.rs` and
//! `tests/email.rs` the `smtp` feature, `tests/gateways.rs` the `twilio` feature
//! (`required-features` in Cargo.toml). With all of them on this file is empty.
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
