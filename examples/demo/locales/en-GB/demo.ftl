# The demo's own messages, added to the crate's catalogues with
# `translations_dir("examples/demo/locales")` (one directory per locale).
demo-home-title = Home
demo-welcome = Welcome to the { $site }
demo-intro = This small site shows actix-two-factor at work.
demo-logged-in-verified = You are logged in and verified with a second factor.
demo-logged-in-password = You are logged in, with a password only.
demo-account-security = Account security
demo-account-security-hint = enable or disable two-factor authentication.
demo-log-in = Log in
demo-create-user = create a user with
demo-secret-link = The secret page
demo-secret-protected = protected by
demo-secret-title = Secret
demo-secret-text = Only sessions verified with a second factor see this.
demo-spa-link = The single-page app
demo-spa-text = logs in and sets up two-factor authentication through the JSON API; its document:
