//! `two_factor:backup_tokens`: shows how many backup tokens remain and, on POST, replaces
//! them with ten new ones, shown once.

use crate::web::guards::{Post, Sensitive};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

use super::{base_context, render};
use crate::errors::TwoFactorError;
use crate::web::site::TwoFactor;

pub(crate) use crate::flows::account::new_backup_tokens;

const TEMPLATE: &str = "two_factor/core/backup_tokens.html";

/// GET: the count of unused tokens (they cannot be shown again).
pub(crate) async fn get(
    req: HttpRequest,
    tf: web::Data<TwoFactor>,
    Sensitive(user, _): Sensitive,
) -> Result<HttpResponse, TwoFactorError> {
    let mut ctx = base_context(&req)?;
    ctx.insert("remaining", &tf.devices.backup_token_count(&user.id).await?);
    ctx.insert("tokens", &Vec::<String>::new());
    render(&tf, TEMPLATE, &ctx, StatusCode::OK)
}

/// POST: generates ten new tokens, replacing the old set, and shows them this once.
pub(crate) async fn post(
    req: HttpRequest,
    tf: web::Data<TwoFactor>,
    Post {
        guard: Sensitive(user, _),
        ..
    }: Post<Sensitive>,
) -> Result<HttpResponse, TwoFactorError> {
    let tokens = new_backup_tokens(&tf, &user).await?;
    let mut ctx = base_context(&req)?;
    ctx.insert("remaining", &tokens.len());
    ctx.insert("tokens", &tokens);
    render(&tf, TEMPLATE, &ctx, StatusCode::OK)
}
