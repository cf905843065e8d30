//! The server's schema, versioned like the laptop's: numbered migrations applied in one
//! transaction under a lock (two laptops' admins running init at once apply them once),
//! a newer schema refused, and the members' groups and their GRANTs set each time.

use uuid::Uuid;

use super::{database, quoted, MemberRole, Server};
use crate::error::{Error, Result};

/// The migrations, in order; the schema's version is how many have been applied.
const MIGRATIONS: &[&str] =
    &[include_str!("migrations/0001_shared_history.sql"), include_str!("migrations/0002_seen_through.sql")];

/// The schema version this Almanac writes.
pub const SCHEMA_VERSION: i32 = MIGRATIONS.len() as i32;

/// What `init` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Initialised {
    /// The schema's version before (0: a new server).
    pub from: i32,
    /// Its version now.
    pub to: i32,
    /// The plan the server holds.
    pub plan: Uuid,
}

/// Creates or upgrades the server's schema in its database, the editors' and viewers'
/// groups and what each may do; the plan's id is made on the first run.
pub async fn init(server: &mut Server) -> Result<Initialised> {
    let groups = [server.group(MemberRole::Editor), server.group(MemberRole::Viewer)];
    let (editors, viewers) = (quoted(&groups[0]), quoted(&groups[1]));
    let db = quoted(&server.database);
    let tx = server.client.transaction().await.map_err(|e| database("start the upgrade", e))?;
    tx.batch_execute(
        "CREATE TABLE IF NOT EXISTS almanac_schema (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());
         LOCK TABLE almanac_schema IN EXCLUSIVE MODE;",
    )
    .await
    .map_err(|e| database("create its schema table (the address's user must own the database)", e))?;
    let row = tx.query_one("SELECT coalesce(max(version), 0) FROM almanac_schema", &[]).await;
    let from: i32 = row.map_err(|e| database("read its schema version", e))?.get(0);
    if from > SCHEMA_VERSION {
        return Err(Error::conflict(format!(
            "the team's server has schema version {from}, newer than this Almanac's {SCHEMA_VERSION}: update Almanac"
        )));
    }
    for (n, sql) in MIGRATIONS.iter().enumerate().skip(from as usize) {
        tx.batch_execute(sql).await.map_err(|e| database(&format!("apply migration {}", n + 1), e))?;
        let version = n as i32 + 1;
        tx.execute("INSERT INTO almanac_schema (version) VALUES ($1)", &[&version])
            .await
            .map_err(|e| database("record its schema version", e))?;
    }
    for group in &groups {
        let exists = tx.query_opt("SELECT 1 FROM pg_roles WHERE rolname = $1", &[group]).await;
        if exists.map_err(|e| database("look up its groups", e))?.is_none() {
            tx.batch_execute(&format!("CREATE ROLE {} NOLOGIN", quoted(group)))
                .await
                .map_err(|e| database("create the members' groups (the address's user needs CREATEROLE)", e))?;
        }
    }
    tx.batch_execute(&format!(
        "REVOKE ALL ON DATABASE {db} FROM PUBLIC;
         GRANT CONNECT ON DATABASE {db} TO {editors}, {viewers};
         GRANT USAGE ON SCHEMA public TO {editors}, {viewers};
         REVOKE ALL ON almanac_schema, almanac_plan, almanac_member, almanac_message FROM PUBLIC;
         GRANT SELECT ON almanac_schema, almanac_plan, almanac_member, almanac_message TO {editors}, {viewers};
         GRANT INSERT ON almanac_message TO {editors};
         GRANT USAGE ON SEQUENCE almanac_message_seq_seq TO {editors};"
    ))
    .await
    .map_err(|e| database("grant its members' rights", e))?;
    tx.execute("INSERT INTO almanac_plan (id) VALUES ($1) ON CONFLICT DO NOTHING", &[&Uuid::now_v7()])
        .await
        .map_err(|e| database("record its plan", e))?;
    let plan: Uuid =
        tx.query_one("SELECT id FROM almanac_plan", &[]).await.map_err(|e| database("read its plan", e))?.get(0);
    tx.commit().await.map_err(|e| database("finish the upgrade", e))?;
    Ok(Initialised { from, to: SCHEMA_VERSION, plan })
}
