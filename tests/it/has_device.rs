//! `Devices::has_device` (two-factor enabled: a confirmed device named `default`) is an
//! `EXISTS` query over the device tables: right for every kind of device, and it never
//! reads, let alone decrypts, a TOTP key.

use crate::common;

use common::{Site, SiteOptions, backends};
use two_factor::devices::Method;
use two_factor::secrets::SecretKeyring;

async fn has_device(site: &Site, user_id: &str) -> bool {
    site.tf.devices().has_device(user_id).await.expect("db")
}

/// A phone or e-mail device named `name`, confirmed or not.
async fn challenge_device(site: &Site, user_id: &str, name: &str, method: Method, confirmed: bool) {
    let target = match method {
        Method::Email => "someone@example.com",
        _ => "+31101234567",
    };
    let device = site
        .tf
        .devices()
        .begin_challenge_setup(user_id, name, method, target)
        .await
        .expect("device");
    if confirmed {
        site.exec(&format!(
            "UPDATE otp_challenge_device SET confirmed = TRUE WHERE id = {}",
            device.id
        ));
    }
}

#[actix_rt::test]
async fn has_device_answers_for_every_kind_of_device() {
    for backend in backends() {
        let site = Site::on(&backend).await;
        let name = backend.name();
        let nobody = site.create_user("nobody").await;
        assert!(!has_device(&site, &nobody.id).await, "{name}: no device");
        assert!(!has_device(&site, "no-such-user").await, "{name}: no user");

        // Unconfirmed devices of every table do not count.
        let pending = site.create_user("pending").await;
        site.tf
            .devices()
            .begin_setup(&pending.id)
            .await
            .expect("totp");
        challenge_device(&site, &pending.id, "default", Method::Sms, false).await;
        challenge_device(&site, &pending.id, "default", Method::Email, false).await;
        assert!(!has_device(&site, &pending.id).await, "{name}: unconfirmed");

        // Backup tokens and backup phones alone are not two-factor authentication.
        let backups = site.create_user("backups").await;
        site.tf
            .devices()
            .generate_backup_tokens(&backups.id)
            .await
            .expect("tokens");
        challenge_device(&site, &backups.id, "backup", Method::Sms, true).await;
        assert!(
            !has_device(&site, &backups.id).await,
            "{name}: backups only"
        );

        let (totp, _) = site.create_user_with_device("totp").await;
        assert!(has_device(&site, &totp.id).await, "{name}: totp");

        let phone = site.create_user("phone").await;
        challenge_device(&site, &phone.id, "default", Method::Sms, true).await;
        assert!(has_device(&site, &phone.id).await, "{name}: phone");

        let call = site.create_user("call").await;
        challenge_device(&site, &call.id, "default", Method::Call, true).await;
        assert!(has_device(&site, &call.id).await, "{name}: call");

        let email = site.create_user("email").await;
        challenge_device(&site, &email.id, "default", Method::Email, true).await;
        assert!(has_device(&site, &email.id).await, "{name}: e-mail");

        // One user's device says nothing about another's.
        assert!(!has_device(&site, &nobody.id).await, "{name}: still none");
        // Removing the device turns it off again.
        site.tf
            .devices()
            .remove_all(&totp.id)
            .await
            .expect("remove");
        assert!(!has_device(&site, &totp.id).await, "{name}: removed");
    }
}

#[actix_rt::test]
async fn has_device_does_not_decrypt_the_key() {
    let site = Site::with(SiteOptions {
        configure: Some(|b| {
            b.secret_keyring(SecretKeyring::new("k1", [0x11; 32]).expect("keyring"))
        }),
        ..Default::default()
    })
    .await;
    let (user, _) = site.create_user_with_device("alice").await;
    // A key this keyring cannot decrypt (written under a key it no longer holds).
    site.exec(&format!(
        "UPDATE otp_totp_device SET key = 'enc:gone:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' \
             WHERE user_id = '{}'",
        user.id
    ));
    let device = site.reload(&user).await.expect("device");
    assert!(device.key_error().is_some(), "the key cannot be decrypted");
    assert!(has_device(&site, &user.id).await);
}

#[actix_rt::test]
async fn has_device_does_not_read_the_key_column() {
    for backend in backends() {
        let site = Site::on(&backend).await;
        let (user, _) = site.create_user_with_device("bob").await;
        let phone = site.create_user("carol").await;
        challenge_device(&site, &phone.id, "default", Method::Sms, true).await;
        let none = site.create_user("dave").await;
        // With the key column out of reach, any query that loads the device fails.
        site.exec("ALTER TABLE otp_totp_device RENAME COLUMN key TO key_elsewhere");
        assert!(site.tf.devices().list(&user.id).await.is_err());
        assert!(has_device(&site, &user.id).await, "{}", backend.name());
        assert!(has_device(&site, &phone.id).await, "{}", backend.name());
        assert!(!has_device(&site, &none.id).await, "{}", backend.name());
        site.exec("ALTER TABLE otp_totp_device RENAME COLUMN key_elsewhere TO key");
    }
}
