//! `rotate-key`: after rotating, everything opens with the new key and nothing with the old;
//! an interrupted rotation refuses start-up and resumes.

use inzage::crypto::{Keyring, MasterKey, MasterKeySource, rotation};
use inzage::domain::{Access, Actor, NewProfile};
use inzage::i18n::Lang;

fn profile(n: u32) -> NewProfile {
    NewProfile {
        customer_number: format!("80000000{n}"),
        name: format!("Rotatie Klant {n}"),
        email: format!("rotatie{n}@example.nl"),
        phone: None,
        address: None,
        birth_date: None,
        language: Lang::Nl,
        do_not_call: false,
    }
}

crate::on_both_backends! {
    async fn rotation_rewraps_everything_and_resumes_after_an_interruption(app: TestApp) {
        let system = Access::by(Actor::system("test"));
        let mut ids = Vec::new();
        for n in 0..5 {
            ids.push(app.vault.create_customer(&profile(n), &system).await.unwrap());
        }
        let store = app.store.as_ref();
        let old = MasterKey::load(MasterKeySource::from_settings(&app.settings)).unwrap();
        let new = MasterKey::generate();

        // Interrupted after the first batch of two.
        let error = rotation::rotate(store, &old, &new, 2, |_| false).await.unwrap_err();
        assert!(error.to_string().contains("resume"), "{error}");
        let refused = Keyring::open(store, old.clone()).await.unwrap_err();
        assert!(refused.to_string().contains("unfinished"), "{refused}");
        assert!(rotation::rotate(store, &old, &MasterKey::generate(), 2, |_| true).await.is_err(), "another new key may not take over a half-done rotation");

        // Resumed: the three remaining keys move, then the shared keys.
        assert_eq!(rotation::rotate(store, &old, &new, 2, |_| true).await.unwrap(), 3);
        assert_eq!(rotation::check(store, &new).await.unwrap(), rotation::CheckReport { unwrapped: 5, under_other_keys: 0 });
        assert!(rotation::check(store, &old).await.is_err(), "nothing opens with the old key");
        assert!(Keyring::open(store, old.clone()).await.is_err());

        let keys = Keyring::open(store, new.clone()).await.unwrap();
        let vault = inzage::vault::Vault::new(app.store.clone(), std::sync::Arc::new(keys), inzage::audit::AuditWriter::start(app.store.clone()));
        for (n, id) in ids.iter().enumerate() {
            let read = vault.read_profile(*id, &system).await.unwrap().unwrap();
            assert_eq!(read.name, format!("Rotatie Klant {n}"));
        }
        assert_eq!(vault.find_by_email("rotatie3@example.nl").await.unwrap(), Some(ids[3]), "the blind index key survived");
        assert_eq!(rotation::rotate(store, &old, &new, 2, |_| true).await.unwrap(), 0, "running it again is a no-op");
    }
}
