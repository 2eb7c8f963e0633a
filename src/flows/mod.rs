//! The wizards as state machines, free of HTTP and HTML: their steps as typed enums, the
//! order the steps come in, and the state a wizard keeps between requests. The HTML views
//! (`web/views/login.rs`, `web/views/setup.rs`) drive them; the step names are the ones
//! django-two-factor-auth's wizards post (`auth`, `token`, `backup`; `welcome`, `method`,
//! `generator`, …), so a site's templates and tests keep working.

pub(crate) mod account;
pub(crate) mod login;
pub(crate) mod messages;
pub(crate) mod phone;
pub(crate) mod reauth;
pub(crate) mod session;
pub(crate) mod session_lifetime;
pub(crate) mod sessions;
pub(crate) mod setup;
#[cfg(feature = "webauthn")]
pub(crate) mod webauthn;
