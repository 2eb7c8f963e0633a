//! [`FakeGateway`]: logs tokens instead of sending them (django-two-factor-auth's
//! `two_factor.gateways.fake.Fake`), and keeps them in an outbox tests can read.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use super::{Gateway, GatewayError};
use crate::phone::PhoneNumber;

/// How a [`SentMessage`] was delivered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SentKind {
    /// A text message.
    Sms,
    /// A voice call.
    Call,
}

/// One token the fake gateway "delivered".
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct SentMessage {
    /// Text message or call.
    pub kind: SentKind,
    /// The number in E.164 form.
    pub to: String,
    /// The token.
    pub token: String,
}

/// A gateway that logs each token at info level and records it in a shared outbox.
///
/// Clones share the outbox, so a test can keep one clone and hand another to the app.
#[derive(Debug, Clone, Default)]
pub struct FakeGateway {
    outbox: Arc<Mutex<Vec<SentMessage>>>,
    fail: bool,
}

impl FakeGateway {
    /// A fake gateway that records every message.
    pub fn new() -> FakeGateway {
        FakeGateway::default()
    }

    /// A fake gateway whose every send fails with [`GatewayError::Transport`] (records nothing).
    pub fn failing() -> FakeGateway {
        FakeGateway {
            outbox: Arc::default(),
            fail: true,
        }
    }

    /// Everything sent so far, oldest first.
    pub fn outbox(&self) -> Vec<SentMessage> {
        self.lock().clone()
    }

    /// The token most recently sent (by SMS or call) to `number` (E.164).
    pub fn last_token_to(&self, number: &str) -> Option<String> {
        self.lock()
            .iter()
            .rev()
            .find(|m| m.to == number)
            .map(|m| m.token.clone())
    }

    /// Empties the outbox.
    pub fn clear(&self) {
        self.lock().clear();
    }

    fn lock(&self) -> MutexGuard<'_, Vec<SentMessage>> {
        // The vector stays consistent even if a holder panicked: just keep using it.
        self.outbox.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn deliver(
        &self,
        kind: SentKind,
        number: &PhoneNumber,
        token: &str,
    ) -> Result<(), GatewayError> {
        if self.fail {
            tracing::warn!(kind = ?kind, to = %number.masked(), "fake gateway failing on purpose");
            return Err(GatewayError::Transport(
                "fake gateway configured to fail".into(),
            ));
        }
        let to = number.as_e164();
        match kind {
            SentKind::Sms => tracing::info!("Fake SMS to {to}: \"Your token is: {token}\""),
            SentKind::Call => tracing::info!("Fake call to {to}: \"Your token is: {token}\""),
        }
        self.lock().push(SentMessage {
            kind,
            to: to.to_owned(),
            token: token.to_owned(),
        });
        Ok(())
    }
}

#[async_trait::async_trait]
impl Gateway for FakeGateway {
    async fn send_sms(&self, number: &PhoneNumber, token: &str) -> Result<(), GatewayError> {
        self.deliver(SentKind::Sms, number, token)
    }

    async fn make_call(&self, number: &PhoneNumber, token: &str) -> Result<(), GatewayError> {
        self.deliver(SentKind::Call, number, token)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_poisoned_outbox_keeps_working() {
        let fake = FakeGateway::default();
        let outbox = fake.outbox.clone();
        let poisoned = std::thread::spawn(move || {
            let _guard = outbox.lock();
            panic!("poison the outbox");
        })
        .join();
        assert!(poisoned.is_err());
        assert!(fake.outbox.is_poisoned());

        let number = PhoneNumber::from_e164_unchecked("+31101234567");
        let sent = fake.deliver(SentKind::Sms, &number, "424242");
        assert!(sent.is_ok());
        assert_eq!(
            fake.last_token_to("+31101234567").as_deref(),
            Some("424242")
        );
        assert_eq!(fake.outbox().len(), 1);
    }
}
