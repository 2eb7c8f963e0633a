//! Host pages in the crate's look: the context every two-factor page gets, and rendering
//! one of the templates as a page (the web side of [`TwoFactor`], kept out of the
//! settings).

use crate::web::site::TwoFactor;

impl TwoFactor {
    /// The context every two-factor page gets (`csrf_token`, `is_authenticated`,
    /// `is_verified`, `request_path`), for host pages that extend `two_factor/_base.html`.
    /// Templates rendered with [`TwoFactor::render`] or [`Templates`](crate::Templates) also see `urls`,
    /// `site_name` and `cancel_url`, globals of the engine (not copied into each context;
    /// a context value of the same name wins), and `lang` and `lang_dir`: the request's
    /// language unless the context sets them.
    pub fn page_context(
        &self,
        req: &actix_web::HttpRequest,
    ) -> Result<tera::Context, crate::TwoFactorError> {
        super::views::base_context(req)
    }

    /// Renders one of the templates as a `200 OK` HTML page.
    pub fn render(
        &self,
        template: &str,
        context: &tera::Context,
    ) -> Result<actix_web::HttpResponse, crate::TwoFactorError> {
        super::views::render(self, template, context, actix_web::http::StatusCode::OK)
    }
}
