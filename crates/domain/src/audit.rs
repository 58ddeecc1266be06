//! Audit events and their hash chain.
//!
//! Each organisation has its own chain (the platform has chain 0). An event's hash is SHA-256 over
//! a canonical byte encoding of the event and the previous event's hash. The encoding is fixed
//! field order, each field length-prefixed, with JSON re-serialised with sorted keys, so it never
//! depends on map order or on how a database returns a row.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

/// The chain for records that belong to no organisation.
pub const PLATFORM_CHAIN: i64 = 0;

/// The hash that stands before the first event of every chain.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// An audit event as the caller describes it; the store gives it its place in the chain.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditDraft {
    pub org_id: i64,
    pub actor_user_id: Option<i64>,
    /// Dotted verb, e.g. `user.invited`, `session.signed-in`, `safeguarding.read`.
    pub action: String,
    pub record_type: String,
    pub record_id: Option<String>,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

impl AuditDraft {
    pub fn new(org_id: i64, actor_user_id: Option<i64>, action: &str, record_type: &str) -> Self {
        AuditDraft {
            org_id,
            actor_user_id,
            action: action.to_owned(),
            record_type: record_type.to_owned(),
            record_id: None,
            before: None,
            after: None,
        }
    }

    pub fn record(mut self, id: impl ToString) -> Self {
        self.record_id = Some(id.to_string());
        self
    }

    pub fn before(mut self, v: Value) -> Self {
        self.before = Some(v);
        self
    }

    pub fn after(mut self, v: Value) -> Self {
        self.after = Some(v);
        self
    }
}

/// An event as stored: a draft plus its place and hashes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditEvent {
    pub id: i64,
    pub org_id: i64,
    pub seq: i64,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub actor_user_id: Option<i64>,
    pub action: String,
    pub record_type: String,
    pub record_id: Option<String>,
    pub before: Option<Value>,
    pub after: Option<Value>,
    pub prev_hash: String,
    pub hash: String,
}

/// Audit times are kept to the microsecond so both databases store them exactly.
pub fn audit_time(now: OffsetDateTime) -> OffsetDateTime {
    let micros = now.microsecond();
    now.to_offset(time::UtcOffset::UTC).replace_nanosecond(micros * 1000).unwrap_or(now)
}

/// The canonical encoding that the hash covers.
pub fn canonical_bytes(
    org_id: i64,
    seq: i64,
    at: OffsetDateTime,
    d: &AuditDraft,
    prev_hash: &str,
) -> Vec<u8> {
    let mut out = Vec::with_capacity(256);
    out.extend_from_slice(b"safesocial-audit-v1");
    let at_micros = at.unix_timestamp_nanos() / 1000;
    field(&mut out, b'o', org_id.to_string().as_bytes());
    field(&mut out, b's', seq.to_string().as_bytes());
    field(&mut out, b't', at_micros.to_string().as_bytes());
    field(&mut out, b'u', d.actor_user_id.map(|a| a.to_string()).unwrap_or_default().as_bytes());
    field(&mut out, b'a', d.action.as_bytes());
    field(&mut out, b'r', d.record_type.as_bytes());
    field(&mut out, b'i', d.record_id.as_deref().unwrap_or("").as_bytes());
    field(&mut out, b'b', canonical_json_opt(&d.before).as_bytes());
    field(&mut out, b'f', canonical_json_opt(&d.after).as_bytes());
    field(&mut out, b'p', prev_hash.as_bytes());
    out
}

fn field(out: &mut Vec<u8>, tag: u8, bytes: &[u8]) {
    out.push(tag);
    out.extend_from_slice(&(bytes.len() as u64).to_be_bytes());
    out.extend_from_slice(bytes);
}

fn canonical_json_opt(v: &Option<Value>) -> String {
    match v {
        None => String::new(),
        Some(v) => canonical_json(v),
    }
}

/// JSON with object keys sorted at every depth and no insignificant white space.
pub fn canonical_json(v: &Value) -> String {
    let mut s = String::new();
    write_canonical(v, &mut s);
    s
}

fn write_canonical(v: &Value, out: &mut String) {
    match v {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push('{');
            for (i, k) in keys.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String((*k).clone()).to_string());
                out.push(':');
                if let Some(child) = map.get(*k) {
                    write_canonical(child, out);
                }
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_canonical(item, out);
            }
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

/// The hash of an event given its place in the chain.
pub fn event_hash(org_id: i64, seq: i64, at: OffsetDateTime, draft: &AuditDraft, prev_hash: &str) -> String {
    let bytes = canonical_bytes(org_id, seq, at, draft, prev_hash);
    hex::encode(Sha256::digest(&bytes))
}

impl AuditEvent {
    pub fn draft(&self) -> AuditDraft {
        AuditDraft {
            org_id: self.org_id,
            actor_user_id: self.actor_user_id,
            action: self.action.clone(),
            record_type: self.record_type.clone(),
            record_id: self.record_id.clone(),
            before: self.before.clone(),
            after: self.after.clone(),
        }
    }

    pub fn recompute_hash(&self) -> String {
        event_hash(self.org_id, self.seq, self.at, &self.draft(), &self.prev_hash)
    }
}

/// Where a chain first fails to verify.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChainBreak {
    pub org_id: i64,
    pub event_id: i64,
    pub seq: i64,
    pub problem: String,
}

/// Walks one chain's events in sequence order. Feed events in order; the first failure is kept.
#[derive(Debug, Clone)]
pub struct ChainVerifier {
    org_id: i64,
    expected_seq: i64,
    prev_hash: String,
    pub checked: u64,
}

impl ChainVerifier {
    pub fn new(org_id: i64) -> Self {
        ChainVerifier { org_id, expected_seq: 1, prev_hash: GENESIS_HASH.to_owned(), checked: 0 }
    }

    pub fn push(&mut self, ev: &AuditEvent) -> Result<(), ChainBreak> {
        let brk = |problem: String| ChainBreak { org_id: self.org_id, event_id: ev.id, seq: ev.seq, problem };
        if ev.org_id != self.org_id {
            return Err(brk(format!("event belongs to chain {} not {}", ev.org_id, self.org_id)));
        }
        if ev.seq != self.expected_seq {
            return Err(brk(format!(
                "sequence gap: expected {} but found {} (an event was removed or inserted)",
                self.expected_seq, ev.seq
            )));
        }
        if ev.prev_hash != self.prev_hash {
            return Err(brk("previous-hash link does not match the event before it".into()));
        }
        let recomputed = ev.recompute_hash();
        if recomputed != ev.hash {
            return Err(
                brk("stored hash does not match the event's contents (the event was altered)".into()),
            );
        }
        self.expected_seq += 1;
        self.prev_hash = ev.hash.clone();
        self.checked += 1;
        Ok(())
    }

    /// The chain head recorded separately must match the last event walked.
    pub fn finish(&self, head_seq: i64, head_hash: &str) -> Result<(), ChainBreak> {
        let last = self.expected_seq - 1;
        if head_seq != last || (last > 0 && head_hash != self.prev_hash) {
            return Err(ChainBreak {
                org_id: self.org_id,
                event_id: 0,
                seq: last + 1,
                problem: format!(
                    "chain head says {head_seq} events but {last} were found (events at the end were removed)"
                ),
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use time::macros::datetime;

    fn chain(n: i64) -> Vec<AuditEvent> {
        let mut prev = GENESIS_HASH.to_owned();
        let mut out = Vec::new();
        for seq in 1..=n {
            let at = datetime!(2026-11-21 09:00:00.123456 UTC) + time::Duration::minutes(seq);
            let d = AuditDraft::new(5, Some(3), "user.invited", "user")
                .record(seq)
                .after(json!({"email": "a@b.test", "roles": ["staff"], "n": seq}));
            let hash = event_hash(5, seq, at, &d, &prev);
            out.push(AuditEvent {
                id: seq * 10,
                org_id: 5,
                seq,
                at,
                actor_user_id: d.actor_user_id,
                action: d.action,
                record_type: d.record_type,
                record_id: d.record_id,
                before: None,
                after: d.after,
                prev_hash: prev.clone(),
                hash: hash.clone(),
            });
            prev = hash;
        }
        out
    }

    #[test]
    fn canonical_json_sorts_keys_at_every_depth() {
        let a: Value = serde_json::from_str(r#"{"b":1,"a":{"d":[1,{"z":0,"y":1}],"c":"x"}}"#).unwrap();
        assert_eq!(canonical_json(&a), r#"{"a":{"c":"x","d":[1,{"y":1,"z":0}]},"b":1}"#);
    }

    #[test]
    fn a_clean_chain_verifies() {
        let events = chain(5);
        let mut v = ChainVerifier::new(5);
        for e in &events {
            v.push(e).unwrap();
        }
        v.finish(5, &events[4].hash).unwrap();
        assert_eq!(v.checked, 5);
    }

    #[test]
    fn altering_any_field_breaks_the_chain_at_that_event() {
        let mut events = chain(4);
        events[2].after = Some(json!({"email": "evil@b.test", "roles": ["staff"], "n": 3}));
        let mut v = ChainVerifier::new(5);
        let err = events.iter().try_for_each(|e| v.push(e)).unwrap_err();
        assert_eq!(err.event_id, 30);
        assert!(err.problem.contains("altered"));
    }

    #[test]
    fn removing_an_event_is_a_gap() {
        let mut events = chain(4);
        events.remove(1);
        let mut v = ChainVerifier::new(5);
        let err = events.iter().try_for_each(|e| v.push(e)).unwrap_err();
        assert_eq!(err.seq, 3);
        assert!(err.problem.contains("sequence gap"));
    }

    #[test]
    fn truncating_the_tail_is_caught_by_the_head() {
        let events = chain(4);
        let mut v = ChainVerifier::new(5);
        for e in &events[..3] {
            v.push(e).unwrap();
        }
        assert!(v.finish(4, &events[3].hash).is_err());
    }

    #[test]
    fn key_order_of_payload_does_not_change_the_hash() {
        let at = datetime!(2026-11-21 09:00:00 UTC);
        let a = AuditDraft::new(1, None, "x", "y").after(serde_json::from_str(r#"{"a":1,"b":2}"#).unwrap());
        let b = AuditDraft::new(1, None, "x", "y").after(serde_json::from_str(r#"{"b":2,"a":1}"#).unwrap());
        assert_eq!(event_hash(1, 1, at, &a, GENESIS_HASH), event_hash(1, 1, at, &b, GENESIS_HASH));
    }

    #[test]
    fn audit_time_keeps_microseconds_only() {
        let t = datetime!(2026-11-21 09:00:00.123456789 UTC);
        assert_eq!(audit_time(t).nanosecond(), 123_456_000);
    }
}
