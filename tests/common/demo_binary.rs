//! Builds the demo example and returns its path (shared by the tests that run it).

use std::path::PathBuf;
use std::process::Command;

/// Builds the demo (a no-op when it is up to date) and returns its path.
pub fn demo_binary() -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    let target = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("target dir")
        .to_path_buf();
    // Always ask cargo: a demo binary left over from older sources would test old code
    // (a no-op when it is up to date). Without the variables cargo sets for this test
    // process: build scripts (ring's) watch some of them, and seeing other values than a
    // plain `cargo build` would rebuild half the tree in the shared target directory.
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .args(["build", "--quiet", "--example", "demo"])
        // The demo speaks PostgreSQL when the tests were built to.
        .args(if cfg!(feature = "postgres") {
            &["--features", "postgres"][..]
        } else {
            &[][..]
        })
        .current_dir(env!("CARGO_MANIFEST_DIR"));
    for (name, _) in std::env::vars_os() {
        let Some(name) = name.to_str() else { continue };
        let set_for_crates = [
            "CARGO_PKG_",
            "CARGO_MANIFEST_",
            "CARGO_BIN_",
            "CARGO_CRATE_",
            "CARGO_CFG_",
            "CARGO_FEATURE_",
        ]
        .iter()
        .any(|p| name.starts_with(p))
            || matches!(
                name,
                "CARGO_PRIMARY_PACKAGE"
                    | "CARGO_TARGET_TMPDIR"
                    | "CARGO_RUSTC_CURRENT_DIR"
                    | "OUT_DIR"
            );
        if set_for_crates {
            command.env_remove(name);
        }
    }
    let status = command.status().expect("build the demo");
    assert!(status.success(), "building the demo failed");
    target.join("examples").join("demo")
}
