//! Page bodies rendered into recycled buffers.
//!
//! A rendered page is a few kilobytes. Allocating that much on every request is not free:
//! glibc's `malloc` serves a request of a kilobyte or more from its large bins, and before
//! it does it merges every small freed chunk of the thread (`malloc_consolidate`); freeing
//! it again costs as much. Callgrind counts about 900 instructions of the crate's 25,000 per
//! page for it; in the running server the page's throughput rose by more than that
//! (`CONTRIBUTING.md`, "What each saving was").
//!
//! So each worker thread keeps a few page buffers: [`buffer`] hands one out (empty, with at
//! least the asked capacity), [`freeze`] turns the filled buffer into the response's
//! [`Bytes`], and when actix has written the body and drops it, the buffer goes back to the
//! pool of the thread that drops it. Only the buffer's capacity is reused: its length is
//! reset before it is handed out again, so no byte of one answer can appear in another
//! (`Vec` never exposes what lies beyond its length).

use std::cell::RefCell;

use bytes::Bytes;

/// Buffers a thread keeps at most (one per response in flight on it is plenty).
const KEPT_PER_THREAD: usize = 8;
/// A buffer larger than this is freed instead of kept; the templates cap their size hint
/// (the first capacity asked for) at it.
pub(crate) const MAX_KEPT_CAPACITY: usize = 64 * 1024;

thread_local! {
    static POOL: RefCell<Vec<Vec<u8>>> = const { RefCell::new(Vec::new()) };
}

/// An empty buffer with room for at least `capacity` bytes: a recycled one when this
/// thread has one, else a new one.
pub(crate) fn buffer(capacity: usize) -> Vec<u8> {
    let recycled = POOL
        .try_with(|pool| pool.try_borrow_mut().ok().and_then(|mut pool| pool.pop()))
        .ok()
        .flatten();
    match recycled {
        Some(mut buf) => {
            buf.clear();
            buf.reserve(capacity);
            buf
        }
        None => Vec::with_capacity(capacity),
    }
}

/// The response body holding `buf`; the buffer returns to the pool when the body is
/// dropped.
pub(crate) fn freeze(buf: Vec<u8>) -> Bytes {
    Bytes::from_owner(Recycled(buf))
}

/// A filled buffer owned by a [`Bytes`]: given back to the pool on drop.
struct Recycled(Vec<u8>);

impl AsRef<[u8]> for Recycled {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

impl Drop for Recycled {
    fn drop(&mut self) {
        if self.0.capacity() == 0 || self.0.capacity() > MAX_KEPT_CAPACITY {
            return;
        }
        let buf = std::mem::take(&mut self.0);
        // During thread teardown the pool may be gone: the buffer is then simply freed.
        let _ = POOL.try_with(|pool| {
            if let Ok(mut pool) = pool.try_borrow_mut()
                && pool.len() < KEPT_PER_THREAD
            {
                pool.push(buf);
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pooled() -> usize {
        POOL.with(|pool| pool.borrow().len())
    }

    #[test]
    fn a_dropped_body_gives_its_buffer_to_the_next_page_empty() {
        POOL.with(|pool| pool.borrow_mut().clear());
        let mut buf = buffer(4096);
        buf.extend_from_slice(b"<p>secret of the first answer</p>");
        let first = buf.as_ptr();
        let body = freeze(buf);
        assert_eq!(&body[..], b"<p>secret of the first answer</p>");
        assert_eq!(pooled(), 0, "kept until the body is dropped");
        let copy = body.clone();
        drop(body);
        assert_eq!(pooled(), 0, "a clone still holds it");
        drop(copy);
        assert_eq!(pooled(), 1);
        let next = buffer(100);
        assert_eq!(next.as_ptr(), first, "the same allocation again");
        assert!(next.is_empty(), "nothing of the first answer is visible");
        assert!(next.capacity() >= 4096);
        assert_eq!(pooled(), 0);
    }

    #[test]
    fn the_pool_keeps_a_few_buffers_of_page_size_only() {
        POOL.with(|pool| pool.borrow_mut().clear());
        let bodies: Vec<Bytes> = (0..KEPT_PER_THREAD + 3)
            .map(|_| freeze(buffer(1024)))
            .collect();
        drop(bodies);
        assert_eq!(pooled(), KEPT_PER_THREAD, "the rest are freed");
        POOL.with(|pool| pool.borrow_mut().clear());
        drop(freeze(Vec::with_capacity(MAX_KEPT_CAPACITY + 1)));
        assert_eq!(pooled(), 0, "an oversized buffer is freed");
        drop(freeze(Vec::new()));
        assert_eq!(pooled(), 0, "an empty one is not worth keeping");
    }

    #[test]
    fn a_buffer_asked_larger_than_the_recycled_one_grows() {
        POOL.with(|pool| pool.borrow_mut().clear());
        drop(freeze(buffer(16)));
        let big = buffer(10_000);
        assert!(big.capacity() >= 10_000);
    }
}
