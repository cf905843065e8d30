//! A laptop of the team for the sync tests: its own data folder with its plan, signed in
//! to the test server as one member, syncing through the same operation the app runs.

use std::sync::Mutex;

use almanac_core::team::server::Server;
use almanac_core::team::sync::{sync, SyncReport};
use almanac_core::{Result, Store};
use chrono::{DateTime, Utc};

/// One laptop.
pub struct Laptop {
    /// Its data folder.
    pub dir: tempfile::TempDir,
    /// Its plan, as the app holds it.
    pub plan: Mutex<Store>,
    /// The member's address, password included.
    pub url: String,
}

impl Laptop {
    /// A laptop with a fresh data folder, signed in at `url`.
    pub fn new(url: &str) -> Laptop {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_dir(dir.path()).unwrap();
        Laptop { dir, plan: Mutex::new(store), url: url.to_string() }
    }

    /// Works on the plan.
    pub fn with<T>(&self, f: impl FnOnce(&mut Store) -> T) -> T {
        f(&mut self.plan.lock().unwrap())
    }

    /// One sync with the server.
    pub async fn sync(&self) -> Result<SyncReport> {
        let mut server = Server::connect(&self.url).await?;
        sync(&self.plan, &mut server, &mut |_, _| {}).await
    }

    /// The laptop stopped and started again: the plan read anew from its folder.
    pub fn restart(&mut self) {
        let store = Store::open_dir(self.dir.path()).unwrap();
        *self.plan.lock().unwrap() = store;
    }

    /// The whole plan as the JSON export has it (at a fixed time, so two compare).
    pub fn plan(&self) -> serde_json::Value {
        let at: DateTime<Utc> = "2027-01-01T00:00:00Z".parse().unwrap();
        let doc = self.with(|s| almanac_core::export::plan_json::document(s, at).unwrap());
        serde_json::to_value(doc).unwrap()
    }
}
