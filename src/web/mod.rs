//! The web layer: everything that speaks HTTP, sessions or HTML, built on the domain
//! modules at the crate root (which never import from here).

pub mod admin;
pub mod api;
pub(crate) mod assets;
pub(crate) mod body_pool;
pub(crate) mod browser_id;
pub(crate) mod client;
pub mod config;
pub(crate) mod csrf;
pub(crate) mod decorators;
pub(crate) mod error_page;
pub(crate) mod fail_closed;
pub(crate) mod forms;
pub(crate) mod guards;
pub(crate) mod i18n;
pub(crate) mod install;
pub(crate) mod middleware;
pub(crate) mod mixins;
mod pages;
pub(crate) mod redirects;
#[cfg(feature = "webauthn")]
pub(crate) mod relying_party;
pub(crate) mod remember;
pub(crate) mod remembered_device;
pub(crate) mod routes;
pub(crate) mod session;
pub(crate) mod session_text;
pub(crate) mod site;
pub(crate) mod templates;
pub mod urls;
pub(crate) mod views;
pub(crate) mod wizard;
