//! Who made an authenticator, from its AAGUID: the community-maintained list of passkey
//! providers and security keys (`data/aaguids/`, with its licence), bundled at build time.
//! An all-zero AAGUID (no attestation, or a provider that hides it, like iCloud Keychain)
//! names nobody.

use std::collections::HashMap;
use std::sync::OnceLock;

const TABLE: &str = include_str!("../../../data/aaguids/aaguids.tsv");

fn table() -> &'static HashMap<String, &'static str> {
    static TABLE_MAP: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    TABLE_MAP.get_or_init(|| {
        TABLE
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| line.split_once('\t'))
            .map(|(aaguid, name)| (aaguid.replace('-', ""), name))
            .collect()
    })
}

/// The AAGUID as 32 lowercase hex digits (with or without dashes, any case), or `None`
/// when it is not one.
pub(crate) fn normalize(aaguid: &str) -> Option<String> {
    let hex: String = aaguid
        .chars()
        .filter(|c| *c != '-')
        .map(|c| c.to_ascii_lowercase())
        .collect();
    (hex.len() == 32 && hex.bytes().all(|b| b.is_ascii_hexdigit())).then_some(hex)
}

/// The authenticator's name for `aaguid` (hex, with or without dashes), if the list knows
/// it.
pub(crate) fn provider_name(aaguid: &str) -> Option<&'static str> {
    let hex = normalize(aaguid)?;
    if hex.bytes().all(|b| b == b'0') {
        return None;
    }
    table().get(&hex).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_providers_are_named_and_zero_is_nobody() {
        assert_eq!(
            provider_name("ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4"),
            Some("Google Password Manager")
        );
        assert_eq!(
            provider_name("BADA5566-A7AA-401F-BD96-45619A55120D"),
            Some("1Password")
        );
        assert_eq!(
            provider_name("bada5566a7aa401fbd9645619a55120d"),
            Some("1Password")
        );
        assert_eq!(provider_name("00000000000000000000000000000000"), None);
        assert_eq!(provider_name("not an aaguid"), None);
        assert!(table().len() > 300, "the bundled list is there");
    }
}
