//! The map behind the in-memory caches read on every request (devices, session stamps,
//! session records) and the templates' render plans: std's `HashMap` with foldhash instead
//! of SipHash. Their keys are chosen by the server (device references, user ids and record
//! keys read from the session it issued, template names), never by a client, so SipHash's
//! protection against chosen collisions buys nothing there; foldhash is still seeded per
//! map. Hashing was the largest part of a cache hit (callgrind: about 200 instructions a
//! key with SipHash).

/// A `HashMap` hashed with foldhash (see the module).
pub(crate) type CacheMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;
