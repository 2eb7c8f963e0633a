//! An existing actix-web app that adopts actix-two-factor: its own users table and
//! password hashing, its own base template, the two-factor views under `/auth`, its own
//! protected pages and the backup-used alert. See `app.rs` and the README section
//! "Adopting the crate in an existing app".
//!
//! ```text
//! cargo run --example host_app -- adduser alice 'correct horse battery staple' alice@example.com
//! cargo run --example host_app          # http://127.0.0.1:8001/
//! cargo run --example host_app -- passwd alice NEW_PASSWORD   # or disable / enable alice
//! ```
//!
//! Environment: HOST_APP_DATABASE (default `host_app.sqlite3`: `host_users` and the
//! crate's tables), SECRET_KEY (session key material, at least 32 bytes; random per start
//! when unset, which logs everyone out on restart), SECURE_COOKIES=1 (behind HTTPS),
//! RUST_LOG (mails of the `LogMailer` are logged at `info`).

use std::process::ExitCode;

use actix_web::HttpServer;
use actix_web::cookie::Key;

mod app;

const USAGE: &str = "usage: host_app [runserver [--bind HOST:PORT] | adduser LOGIN PASSWORD [EMAIL] [ROLE] | passwd LOGIN PASSWORD | disable LOGIN | enable LOGIN]";

fn config() -> app::HostConfig {
    let session_key = match std::env::var("SECRET_KEY") {
        Ok(secret) if secret.len() >= 32 => Key::derive_from(secret.as_bytes()),
        _ => Key::generate(),
    };
    app::HostConfig {
        database: std::env::var("HOST_APP_DATABASE")
            .unwrap_or_else(|_| "host_app.sqlite3".to_owned())
            .into(),
        session_key,
        secure_cookies: std::env::var("SECURE_COOKIES")
            .is_ok_and(|v| matches!(v.trim(), "1" | "true" | "yes" | "on")),
        clock: None,
    }
}

#[actix_web::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .init();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let host = match app::Host::start(config()).await {
        Ok(host) => host,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let arg = |i: usize| args.get(i).map(String::as_str);
    let result: Result<(), String> = match (arg(0), arg(1), arg(2)) {
        (None | Some("runserver"), ..) => {
            let bind = args
                .iter()
                .position(|a| a == "--bind")
                .and_then(|i| args.get(i + 1))
                .map_or("127.0.0.1:8001", String::as_str)
                .to_owned();
            tracing::info!("serving Acme Projects on http://{bind}/");
            match HttpServer::new(move || app::app(host.clone())).bind(&bind) {
                Ok(server) => server.run().await.map_err(|e| e.to_string()),
                Err(e) => Err(format!("{bind}: {e}")),
            }
        }
        (Some("adduser"), Some(login), Some(password)) => {
            let email = arg(3).unwrap_or("");
            let role = arg(4).unwrap_or("member");
            if !matches!(role, "member" | "staff" | "owner") {
                Err("ROLE is member, staff or owner".to_owned())
            } else {
                host.users
                    .create(login, email, password, role)
                    .await
                    .map(|u| println!("User \"{}\" created (id {}).", u.username, u.id))
                    .map_err(|e| e.to_string())
            }
        }
        (Some("passwd"), Some(login), Some(password)) => {
            match host.users.set_password(login, password).await {
                Ok(true) => {
                    println!("Password of \"{login}\" changed.");
                    Ok(())
                }
                Ok(false) => Err(format!("no user \"{login}\"")),
                Err(e) => Err(e.to_string()),
            }
        }
        (Some(command @ ("disable" | "enable")), Some(login), None) => {
            match host.users.set_disabled(login, command == "disable").await {
                Ok(true) => {
                    println!("\"{login}\" {command}d.");
                    Ok(())
                }
                Ok(false) => Err(format!("no user \"{login}\"")),
                Err(e) => Err(e.to_string()),
            }
        }
        _ => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
