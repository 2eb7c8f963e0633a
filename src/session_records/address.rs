//! A coarse client address: enough to tell "at home" from "somewhere else", not enough to
//! single out a person. IPv4 keeps its /24, IPv6 its /48.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// The coarse form of `address` as throttling counts it (an IPv4 address, an IPv6 /64
/// bucket `2001:db8:1:2::/64`, or `unknown`): `203.0.113.0/24`, `2001:db8:1::/48`, or
/// `unknown` for anything else.
pub(crate) fn coarse(address: &str) -> String {
    let ip = address
        .split_once('/')
        .map_or(address, |(ip, _)| ip)
        .parse::<IpAddr>();
    match ip {
        Ok(IpAddr::V4(v4)) => {
            let [a, b, c, _] = v4.octets();
            format!("{}/24", Ipv4Addr::new(a, b, c, 0))
        }
        Ok(IpAddr::V6(v6)) => {
            let s = v6.segments();
            format!("{}/48", Ipv6Addr::new(s[0], s[1], s[2], 0, 0, 0, 0, 0))
        }
        Err(_) => "unknown".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::coarse;

    #[test]
    fn addresses_keep_their_network_only() {
        assert_eq!(coarse("203.0.113.77"), "203.0.113.0/24");
        assert_eq!(coarse("2001:db8:1:2::/64"), "2001:db8:1::/48");
        assert_eq!(coarse("2001:db8:abcd:12:1:2:3:4"), "2001:db8:abcd::/48");
        assert_eq!(coarse("unknown"), "unknown");
        assert_eq!(coarse("<script>"), "unknown");
        assert_eq!(coarse(""), "unknown");
    }
}
