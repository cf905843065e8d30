//! The team's members as PostgreSQL roles: each added with a generated password (sent to
//! the server only as a SCRAM verifier) into the editors' or the viewers' group, whose
//! rights decide what the server accepts from them; their approver scopes, which only the
//! owner sets; and the one write members make, through the server's push function.

use rand::distr::{Alphanumeric, SampleString};
use rand::SeedableRng;
use uuid::Uuid;

use super::{database, quoted, Message, Server};
use crate::domain::validate::within_bytes;
use crate::error::{Error, Result};
use crate::Sentence;

/// What a member may do on the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemberRole {
    /// Pulls and pushes changes.
    Editor,
    /// Pulls changes; the server refuses their writes.
    Viewer,
}

impl MemberRole {
    /// The role's name, as the server's member list holds it.
    pub fn name(self) -> &'static str {
        match self {
            MemberRole::Editor => "editor",
            MemberRole::Viewer => "viewer",
        }
    }

    /// The other role.
    fn other(self) -> MemberRole {
        match self {
            MemberRole::Editor => MemberRole::Viewer,
            MemberRole::Viewer => MemberRole::Editor,
        }
    }
}

/// A member just added: what they paste into Settings → Team sync.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMember {
    /// Their PostgreSQL role, the user name of their address.
    pub role_name: String,
    /// Their generated password (shown once, kept by them in their keyring).
    pub password: String,
    /// The server's address for them, without the password.
    pub server: String,
}

/// The statements that bound a member's sessions: how long a statement may run, a lock be
/// waited for and a transaction stay idle before the server ends it, so no member holds
/// the server's attention, or a lock, for ever.
pub(super) fn session_limits(role: &str) -> String {
    let role = quoted(role);
    format!(
        "ALTER ROLE {role} SET statement_timeout = '60s';
         ALTER ROLE {role} SET lock_timeout = '10s';
         ALTER ROLE {role} SET idle_in_transaction_session_timeout = '60s';
         ALTER ROLE {role} SET idle_session_timeout = '15min';"
    )
}

/// Adds `name` as a member with `role`: a login role with a generated password in the
/// role's group, and a row in the member list.
pub async fn add_member(server: &mut Server, name: &str, email: &str, role: MemberRole) -> Result<NewMember> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Error::validation("name", Sentence::new("error-team-give-member-name")));
    }
    let base = role_name(&server.database, name);
    let group = quoted(&server.group(role));
    let password = Alphanumeric.sample_string(&mut rand_chacha::ChaCha20Rng::from_os_rng(), 24);
    let tx = server.client.transaction().await.map_err(|e| database(Sentence::new("error-team-to-add-member"), e))?;
    let mut role_name = base.clone();
    for n in 2.. {
        let taken = tx.query_opt("SELECT 1 FROM pg_roles WHERE rolname = $1", &[&role_name]).await;
        if taken.map_err(|e| database(Sentence::new("error-team-to-look-up-roles"), e))?.is_none() {
            break;
        }
        role_name = numbered(&base, n);
    }
    // Only PostgreSQL's own SCRAM verifier of the password reaches the server (never the
    // password: statements can be logged); a role's password cannot be a statement
    // parameter, and the verifier is base64 and `$`, safe between quotes.
    let verifier = postgres_protocol::password::scram_sha_256(password.as_bytes());
    let quoted_role = quoted(&role_name);
    tx.batch_execute(&format!("CREATE ROLE {quoted_role} LOGIN PASSWORD '{verifier}' IN ROLE {group}"))
        .await
        .map_err(|e| database(Sentence::new("error-team-to-create-member-role"), e))?;
    tx.batch_execute(&session_limits(&role_name))
        .await
        .map_err(|e| database(Sentence::new("error-team-to-limit-member-sessions"), e))?;
    tx.execute(
        "INSERT INTO almanac_member (role_name, name, email, role) VALUES ($1, $2, $3, $4)",
        &[&role_name, &name, &email.trim(), &role.name()],
    )
    .await
    .map_err(|e| database(Sentence::new("error-team-to-record-member"), e))?;
    tx.commit().await.map_err(|e| database(Sentence::new("error-team-to-add-member"), e))?;
    let host = server.address.split_once('@').map_or(server.address.as_str(), |(_, h)| h);
    Ok(NewMember { server: format!("postgresql://{role_name}@{host}"), role_name, password })
}

/// What the owner may approve a member for, as the server holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Approves {
    /// Every item of the plan.
    Everything,
    /// The items on the channels of the brand with this name.
    Brand(String),
    /// The items on the channel with this handle or name.
    Channel(String),
}

/// Sets a member's role and what they may approve (the owner's decision, on the server:
/// no laptop's record can grant it). Brands and channels are named as the team's plan on
/// the server names them.
pub async fn set_member(
    server: &mut Server,
    role_name: &str,
    role: Option<MemberRole>,
    approves: Option<&[Approves]>,
) -> Result<()> {
    let groups = [MemberRole::Editor, MemberRole::Viewer].map(|r| (r, server.group(r)));
    let group =
        |role: MemberRole| quoted(&groups.iter().find(|(r, _)| *r == role).map(|(_, g)| g.clone()).unwrap_or_default());
    let tx =
        server.client.transaction().await.map_err(|e| database(Sentence::new("error-team-to-change-member"), e))?;
    let found = tx.query_opt("SELECT role FROM almanac_member WHERE role_name = $1", &[&role_name]).await;
    let Some(row) = found.map_err(|e| database(Sentence::new("error-team-to-look-up-member"), e))? else {
        return Err(Error::not_found("member", role_name));
    };
    let current: String = row.get(0);
    if let Some(role) = role.filter(|r| r.name() != current) {
        let (from, to) = (role.other(), role);
        let member = quoted(role_name);
        tx.batch_execute(&format!("REVOKE {} FROM {member}; GRANT {} TO {member};", group(from), group(to)))
            .await
            .map_err(|e| database(Sentence::new("error-team-to-change-member-group"), e))?;
        tx.execute("UPDATE almanac_member SET role = $2 WHERE role_name = $1", &[&role_name, &role.name()])
            .await
            .map_err(|e| database(Sentence::new("error-team-to-record-member-role"), e))?;
    }
    if let Some(approves) = approves {
        let mut scopes = Vec::new();
        for scope in approves {
            scopes.push(match scope {
                Approves::Everything => "everything".to_string(),
                Approves::Brand(name) => format!("brand:{}", named(&tx, "brand", &["name"], name).await?),
                Approves::Channel(name) => format!("channel:{}", named(&tx, "channel", &["handle"], name).await?),
            });
        }
        tx.execute("UPDATE almanac_member SET approves = $2 WHERE role_name = $1", &[&role_name, &scopes])
            .await
            .map_err(|e| database(Sentence::new("error-team-to-record-member-approves"), e))?;
    }
    tx.commit().await.map_err(|e| database(Sentence::new("error-team-to-change-member"), e))
}

/// The id of the live `entity` whose `fields` (as the history has them now) is `name`.
async fn named(tx: &tokio_postgres::Transaction<'_>, entity: &str, fields: &[&str], name: &str) -> Result<Uuid> {
    let rows = tx
        .query(
            "SELECT DISTINCT m.row_id FROM almanac_message m
             WHERE m.entity = $1 AND m.field = ANY($2) AND lower(almanac_value(m.entity, m.row_id, m.field)) = lower($3)
               AND coalesce(almanac_value(m.entity, m.row_id, '_deleted'), 'false') = 'false'",
            &[&entity, &fields, &name.trim()],
        )
        .await
        .map_err(|e| database(Sentence::new("error-team-to-look-up-member-approves"), e))?;
    let (none, several) = match entity {
        "brand" => ("error-team-no-brand-named", "error-team-brands-named"),
        _ => ("error-team-no-channel-named", "error-team-channels-named"),
    };
    match rows.as_slice() {
        [one] => Ok(one.get(0)),
        [] => Err(Error::validation("approves", Sentence::new(none).with("name", name.trim()))),
        _ => Err(Error::validation("approves", Sentence::new(several).with("name", name.trim()))),
    }
}

/// A role name from a person's name: lower-case letters, digits and `_`, after the
/// database's name (role names are the whole cluster's), within PostgreSQL's 63 bytes.
fn role_name(database: &str, name: &str) -> String {
    let mut out: String =
        name.chars().flat_map(char::to_lowercase).map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
    out = out.split('_').filter(|p| !p.is_empty()).collect::<Vec<_>>().join("_");
    let out = if out.is_empty() { "member".to_string() } else { out };
    within_bytes(&format!("{database}_{out}"), NAME_BYTES)
}

/// PostgreSQL's longest name, in bytes (a longer one is cut by the server, silently).
const NAME_BYTES: usize = 63;

/// `base` with `_n`, still within PostgreSQL's 63 bytes.
fn numbered(base: &str, n: u32) -> String {
    let suffix = format!("_{n}");
    format!("{}{suffix}", within_bytes(base, NAME_BYTES - suffix.len()))
}

/// Appends `message` to the server's history through its push function, as the
/// connected member; its sequence number, or none when the server has it already (a push
/// cut off before its answer).
pub async fn append_message(server: &mut Server, message: &Message) -> Result<Option<i64>> {
    match server.push(std::slice::from_ref(message)).await? {
        super::Pushed::Stored(0) => Ok(None),
        super::Pushed::Stored(_) => Ok(Some(server.head().await?)),
        super::Pushed::Refused(refusal) => Err(refusal.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::{numbered, role_name};

    #[test]
    fn role_names_are_plain_and_carry_the_database() {
        assert_eq!(role_name("westmark", "Ann O'Neill-Smith"), "westmark_ann_o_neill_smith");
        assert_eq!(role_name("westmark", "Zoë Ø"), "westmark_zo");
        assert_eq!(role_name("w", "???"), "w_member");
        assert_eq!(role_name(&"d".repeat(70), "x").len(), 63, "PostgreSQL's 63 bytes, not fewer");
        let long = role_name(&"é".repeat(40), "x");
        assert!(long.len() <= 63 && long.chars().all(|c| c == 'é'), "cut at a character: {long}");
        assert!(numbered(&"d".repeat(63), 12).len() <= 63);
        assert!(numbered(&"d".repeat(63), 12).ends_with("_12"));
    }
}
