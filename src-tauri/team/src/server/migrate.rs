//! The server's schema, versioned like the laptop's: numbered migrations applied in one
//! transaction under a lock (two laptops' admins running init at once apply them once),
//! a newer schema refused, and each time the members' groups (only roles Almanac made for
//! this database), their rights (reading, and the push function; no table writes, no
//! `CREATE` in `public`), their sessions' limits, and the fields the plan's schema knows.

use uuid::Uuid;

use super::members::session_limits;
use super::{database, quoted, MemberRole, Server};
use crate::domain::message_fields;
use crate::error::{Error, Result};
use crate::Sentence;

/// The migrations, in order; the schema's version is how many have been applied.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_shared_history.sql"),
    include_str!("migrations/0002_seen_through.sql"),
    include_str!("migrations/0003_one_door.sql"),
    include_str!("migrations/0004_changes_heard.sql"),
];

/// The mark Almanac leaves on the group roles it makes, so it never adopts another's.
fn group_mark(database: &str) -> String {
    format!("Almanac: a members' group of the database {database}")
}

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
    let tx =
        server.client.transaction().await.map_err(|e| database(Sentence::new("error-team-to-start-upgrade"), e))?;
    tx.batch_execute(
        "CREATE TABLE IF NOT EXISTS almanac_schema (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());
         LOCK TABLE almanac_schema IN EXCLUSIVE MODE;",
    )
    .await
    .map_err(|e| database(Sentence::new("error-team-to-create-schema-table"), e))?;
    let row = tx.query_one("SELECT coalesce(max(version), 0) FROM almanac_schema", &[]).await;
    let from: i32 = row.map_err(|e| database(Sentence::new("error-team-to-read-schema-version"), e))?.get(0);
    if from > SCHEMA_VERSION {
        return Err(Error::conflict(
            Sentence::new("error-team-schema-newer").with("version", from).with("supported", SCHEMA_VERSION),
        ));
    }
    for (n, sql) in MIGRATIONS.iter().enumerate().skip(from as usize) {
        tx.batch_execute(sql)
            .await
            .map_err(|e| database(Sentence::new("error-team-to-apply-migration").with("number", n + 1), e))?;
        let version = n as i32 + 1;
        tx.execute("INSERT INTO almanac_schema (version) VALUES ($1)", &[&version])
            .await
            .map_err(|e| database(Sentence::new("error-team-to-record-schema-version"), e))?;
    }
    for group in &groups {
        ensure_group(&tx, group, &server.database, from).await?;
    }
    tx.batch_execute(&format!(
        "REVOKE ALL ON DATABASE {db} FROM PUBLIC;
         GRANT CONNECT ON DATABASE {db} TO {editors}, {viewers};
         REVOKE CREATE ON SCHEMA public FROM PUBLIC;
         GRANT USAGE ON SCHEMA public TO {editors}, {viewers};
         REVOKE ALL ON almanac_schema, almanac_plan, almanac_member, almanac_message, almanac_field, almanac_device,
             almanac_push_lock FROM PUBLIC, {editors}, {viewers};
         REVOKE ALL ON SEQUENCE almanac_message_seq_seq FROM PUBLIC, {editors}, {viewers};
         GRANT SELECT ON almanac_schema, almanac_plan, almanac_member, almanac_message, almanac_field
             TO {editors}, {viewers};
         REVOKE ALL ON FUNCTION almanac_push(text[], uuid[], text[], jsonb[], text[], uuid[], bigint[]), almanac_found(),
             almanac_value(text, uuid, text), almanac_may_approve(text, uuid), almanac_refuse(text, bigint, text)
             FROM PUBLIC;
         GRANT EXECUTE ON FUNCTION almanac_push(text[], uuid[], text[], jsonb[], text[], uuid[], bigint[]),
             almanac_found() TO {editors};"
    ))
    .await
    .map_err(|e| database(Sentence::new("error-team-to-grant-member-rights"), e))?;
    for (entity, fields) in message_fields::FIELDS {
        for (field, kinds) in *fields {
            tx.execute(
                "INSERT INTO almanac_field (entity, field, kinds) VALUES ($1, $2, $3)
                 ON CONFLICT (entity, field) DO UPDATE SET kinds = ARRAY(
                     SELECT DISTINCT unnest(almanac_field.kinds || excluded.kinds) ORDER BY 1)",
                &[entity, field, &kinds.names()],
            )
            .await
            .map_err(|e| database(Sentence::new("error-team-to-record-plan-fields"), e))?;
        }
    }
    let members = tx.query("SELECT role_name FROM almanac_member", &[]).await;
    for row in members.map_err(|e| database(Sentence::new("error-team-to-list-members"), e))? {
        let exists = tx.query_opt("SELECT 1 FROM pg_roles WHERE rolname = $1", &[&row.get::<_, String>(0)]).await;
        if exists.map_err(|e| database(Sentence::new("error-team-to-look-up-members"), e))?.is_some() {
            tx.batch_execute(&session_limits(row.get(0)))
                .await
                .map_err(|e| database(Sentence::new("error-team-to-limit-members-sessions"), e))?;
        }
    }
    tx.execute("INSERT INTO almanac_plan (id) VALUES ($1) ON CONFLICT DO NOTHING", &[&Uuid::now_v7()])
        .await
        .map_err(|e| database(Sentence::new("error-team-to-record-plan"), e))?;
    let plan: Uuid = tx
        .query_one("SELECT id FROM almanac_plan", &[])
        .await
        .map_err(|e| database(Sentence::new("error-team-to-read-plan"), e))?
        .get(0);
    tx.commit().await.map_err(|e| database(Sentence::new("error-team-to-finish-upgrade"), e))?;
    Ok(Initialised { from, to: SCHEMA_VERSION, plan })
}

/// Creates the members' group `group` with Almanac's mark, or checks that the one there is
/// Almanac's for this database: a role of the same name made by someone else (another
/// database's, or a trap) is never adopted, since its members would write here. Groups
/// made before the mark existed are recognised by the schema they serve (`from` > 0).
async fn ensure_group(tx: &tokio_postgres::Transaction<'_>, group: &str, db: &str, from: i32) -> Result<()> {
    let mark = group_mark(db);
    let found = tx
        .query_opt(
            "SELECT shobj_description(oid, 'pg_authid'), rolcanlogin FROM pg_roles WHERE rolname = $1",
            &[&group],
        )
        .await
        .map_err(|e| database(Sentence::new("error-team-to-look-up-groups"), e))?;
    match found {
        None => {
            tx.batch_execute(&format!("CREATE ROLE {} NOLOGIN", quoted(group)))
                .await
                .map_err(|e| database(Sentence::new("error-team-to-create-member-groups"), e))?;
        }
        Some(row) if row.get::<_, Option<String>>(0).as_deref() == Some(mark.as_str()) => return Ok(()),
        Some(row) if from > 0 && !row.get::<_, bool>(1) && row.get::<_, Option<String>>(0).is_none() => {}
        Some(_) => return Err(Error::conflict(Sentence::new("error-team-group-not-ours").with("group", group))),
    }
    tx.batch_execute(&format!("COMMENT ON ROLE {} IS '{}'", quoted(group), mark.replace('\'', "''")))
        .await
        .map_err(|e| database(Sentence::new("error-team-to-mark-member-groups"), e))
}
