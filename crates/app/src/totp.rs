//! RFC 6238 time-based one-time passwords (SHA-1, 6 digits, 30 seconds), as authenticator apps use.

use hmac::{Hmac, Mac};
use sha1::Sha1;
use time::OffsetDateTime;

const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
pub const STEP: i64 = 30;

pub fn base32_encode(data: &[u8]) -> String {
    let mut out = String::new();
    let mut buf: u32 = 0;
    let mut bits = 0;
    for &b in data {
        buf = (buf << 8) | b as u32;
        bits += 8;
        while bits >= 5 {
            out.push(ALPHABET[((buf >> (bits - 5)) & 31) as usize] as char);
            bits -= 5;
        }
    }
    if bits > 0 {
        out.push(ALPHABET[((buf << (5 - bits)) & 31) as usize] as char);
    }
    out
}

pub fn base32_decode(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut buf: u32 = 0;
    let mut bits = 0;
    for c in s.chars().filter(|c| !c.is_whitespace() && *c != '=') {
        let v = ALPHABET.iter().position(|&a| a as char == c.to_ascii_uppercase())? as u32;
        buf = (buf << 5) | v;
        bits += 5;
        if bits >= 8 {
            out.push((buf >> (bits - 8)) as u8);
            bits -= 8;
        }
    }
    Some(out)
}

/// The code for one time step.
pub fn code_at(secret: &[u8], counter: u64) -> u32 {
    let Ok(mut mac) = <Hmac<Sha1> as Mac>::new_from_slice(secret) else { return 0 };
    mac.update(&counter.to_be_bytes());
    let h = mac.finalize().into_bytes();
    let off = (h[19] & 0xf) as usize;
    let bin = ((h[off] as u32 & 0x7f) << 24)
        | ((h[off + 1] as u32) << 16)
        | ((h[off + 2] as u32) << 8)
        | h[off + 3] as u32;
    bin % 1_000_000
}

pub fn counter(now: OffsetDateTime) -> u64 {
    (now.unix_timestamp() / STEP).max(0) as u64
}

/// Accepts the current step and one either side (clock drift). Returns the matched step.
pub fn verify(secret: &[u8], code: &str, now: OffsetDateTime) -> Option<u64> {
    let code = code.trim().replace([' ', '-'], "");
    if code.len() != 6 || !code.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let want: u32 = code.parse().ok()?;
    let c = counter(now);
    [c.saturating_sub(1), c, c + 1].into_iter().find(|&step| code_at(secret, step) == want)
}

pub fn otpauth_uri(secret: &[u8], account: &str, issuer: &str) -> String {
    let enc = |s: &str| {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect::<String>()
    };
    format!(
        "otpauth://totp/{}:{}?secret={}&issuer={}&algorithm=SHA1&digits=6&period=30",
        enc(issuer),
        enc(account),
        base32_encode(secret),
        enc(issuer)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc6238_vectors() {
        // RFC 6238 appendix B, SHA-1, last six digits.
        let secret = b"12345678901234567890";
        for (t, want) in
            [(59, 287082), (1111111109, 81804), (1111111111, 50471), (1234567890, 5924), (2000000000, 279037)]
        {
            assert_eq!(code_at(secret, (t / 30) as u64), want, "t={t}");
        }
    }

    #[test]
    fn base32_round_trip() {
        assert_eq!(base32_encode(b"Hello!\xde\xad\xbe\xef"), "JBSWY3DPEHPK3PXP");
        assert_eq!(base32_decode("jbsw y3dp ehpk 3pxp").unwrap(), b"Hello!\xde\xad\xbe\xef");
        assert!(base32_decode("not*base32").is_none());
    }

    #[test]
    fn verify_accepts_adjacent_steps_only() {
        let secret = b"12345678901234567890";
        let now = OffsetDateTime::from_unix_timestamp(1111111111).unwrap();
        let c = counter(now);
        let fmt = |n: u32| format!("{n:06}");
        assert_eq!(verify(secret, &fmt(code_at(secret, c)), now), Some(c));
        assert_eq!(verify(secret, &fmt(code_at(secret, c - 1)), now), Some(c - 1));
        assert_eq!(verify(secret, &fmt(code_at(secret, c + 2)), now), None);
        assert_eq!(verify(secret, "12345", now), None);
        assert_eq!(verify(secret, "abcdef", now), None);
    }

    #[test]
    fn uri_names_issuer_and_account() {
        let u = otpauth_uri(b"12345678901234567890", "head@school.uk", "SafeSocial");
        assert!(u.starts_with(
            "otpauth://totp/SafeSocial:head%40school.uk?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
        ));
    }
}
