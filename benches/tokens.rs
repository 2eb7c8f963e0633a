//! Function-level benchmarks of the hot pieces: TOTP computation, token parsing, `next`
//! checking, throttle arithmetic, and the setup QR code (encoding plus the one-path SVG).
//! Run with `cargo bench --bench tokens`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use two_factor::devices::Throttle;
use two_factor::devices::totp::{hotp, totp_at};
use two_factor::forms::{Field, parse_token};
use two_factor::redirects::is_safe_next;

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
}

criterion_group!(tokens, benches);
criterion_main!(tokens);
