//! The WebAuthn parsers: CBOR items, COSE public keys and whole browser answers (JSON with
//! base64url fields holding CBOR and authenticator data).
//!
//! Properties, for any input: nothing panics, nothing allocates beyond the input's size
//! (libFuzzer's `-rss_limit_mb` catches that), and no answer verifies against the fixed
//! states (it would need a signature by a key the fuzzer does not have: the public key
//! stored for the assertion is empty).

#![no_main]

use libfuzzer_sys::fuzz_target;
use two_factor::__private::{webauthn_answer, webauthn_cbor, webauthn_cose_key};

fuzz_target!(|data: &[u8]| {
    let _ = webauthn_cbor(data);
    let _ = webauthn_cose_key(data);
    let text = String::from_utf8_lossy(data);
    assert!(!webauthn_answer(&text), "an answer verified: {text:?}");
});
