//! Unknown user versus wrong password: both must cost one argon2 verification, so the
//! response time does not reveal which usernames exist. Run with
//! `cargo bench --bench authenticate` and compare the two lines (side by side, one run).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use two_factor::db::Database;
use two_factor::users::{DieselUserStore, NewUser, UserStore};

fn benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let url = dir.path().join("bench.sqlite3").display().to_string();
    let db = Database::connect(&url, 2).expect("db");
    db.run_migrations().expect("migrations");
    let store = DieselUserStore::new(db);
    let system = actix_rt::System::new();
    system
        .block_on(store.create_user(NewUser {
            username: "alice",
            email: "",
            password: "correct horse battery staple",
            ..Default::default()
        }))
        .expect("user");
    let mut group = c.benchmark_group("authenticate");
    group.sample_size(20);
    group.bench_function("wrong_password", |b| {
        b.iter(|| system.block_on(store.authenticate(black_box("alice"), black_box("wrong"))))
    });
    group.bench_function("unknown_user", |b| {
        b.iter(|| system.block_on(store.authenticate(black_box("mallory"), black_box("wrong"))))
    });
    group.finish();
}

criterion_group!(authenticate, benches);
criterion_main!(authenticate);
