//! The team's members as PostgreSQL roles: each added with a generated password into the
//! editors' or the viewers' group, whose GRANTs decide what the server accepts from them;
//! and the one write members make, appending a change message.

use rand::distr::{Alphanumeric, SampleString};
use rand::SeedableRng;
use uuid::Uuid;

use super::{database, quoted, Server};
use crate::error::{Error, Result};

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

/// One change message as a laptop pushes it.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// The journal's entity name (`contentItem`).
    pub entity: String,
    /// The row's id.
    pub row_id: Uuid,
    /// The field changed.
    pub field: String,
    /// Its new value (null: the row deleted).
    pub value: serde_json::Value,
    /// The hybrid logical clock of the change.
    pub hlc: String,
    /// The laptop that made it.
    pub device: Uuid,
    /// The server's messages that laptop had pulled when it made it: a message it had not
    /// pulled is one it made this change without seeing.
    pub base: i64,
}

/// Adds `name` as a member with `role`: a login role with a generated password in the
/// role's group, and a row in the member list.
pub async fn add_member(server: &mut Server, name: &str, email: &str, role: MemberRole) -> Result<NewMember> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Error::validation("name", "give the member's name"));
    }
    let base = role_name(&server.database, name);
    let group = quoted(&server.group(role));
    let password = Alphanumeric.sample_string(&mut rand_chacha::ChaCha20Rng::from_os_rng(), 24);
    let tx = server.client.transaction().await.map_err(|e| database("add the member", e))?;
    let mut role_name = base.clone();
    for n in 2.. {
        let taken = tx.query_opt("SELECT 1 FROM pg_roles WHERE rolname = $1", &[&role_name]).await;
        if taken.map_err(|e| database("look up its roles", e))?.is_none() {
            break;
        }
        role_name = format!("{base}_{n}");
    }
    // The password is 24 letters and digits, so it is safe between quotes; a role's
    // password cannot be a statement parameter.
    tx.batch_execute(&format!("CREATE ROLE {} LOGIN PASSWORD '{password}' IN ROLE {group}", quoted(&role_name)))
        .await
        .map_err(|e| database("create the member's role (the address's user needs CREATEROLE)", e))?;
    tx.execute(
        "INSERT INTO almanac_member (role_name, name, email, role) VALUES ($1, $2, $3, $4)",
        &[&role_name, &name, &email.trim(), &role.name()],
    )
    .await
    .map_err(|e| database("record the member (run `almanac server init` first)", e))?;
    tx.commit().await.map_err(|e| database("add the member", e))?;
    let host = server.address.split_once('@').map_or(server.address.as_str(), |(_, h)| h);
    Ok(NewMember { server: format!("postgresql://{role_name}@{host}"), role_name, password })
}

/// A role name from a person's name: lower-case letters, digits and `_`, after the
/// database's name (role names are the whole cluster's).
fn role_name(database: &str, name: &str) -> String {
    let mut out: String =
        name.chars().flat_map(char::to_lowercase).map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
    out = out.split('_').filter(|p| !p.is_empty()).collect::<Vec<_>>().join("_");
    let out = if out.is_empty() { "member".to_string() } else { out };
    format!("{database}_{out}").chars().take(56).collect()
}

/// Appends `message` to the server's history, as the connected member; its sequence
/// number, or none when the server has it already (a push cut off before its answer).
pub async fn append_message(server: &Server, message: &Message) -> Result<Option<i64>> {
    let row = server
        .client
        .query_opt(
            "INSERT INTO almanac_message (entity, row_id, field, value, hlc, device, base)
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING seq",
            &[
                &message.entity,
                &message.row_id,
                &message.field,
                &message.value,
                &message.hlc,
                &message.device,
                &message.base,
            ],
        )
        .await
        .map_err(|e| database("store a change", e))?;
    Ok(row.map(|r| r.get(0)))
}

#[cfg(test)]
mod tests {
    use super::role_name;

    #[test]
    fn role_names_are_plain_and_carry_the_database() {
        assert_eq!(role_name("westmark", "Ann O'Neill-Smith"), "westmark_ann_o_neill_smith");
        assert_eq!(role_name("westmark", "Zoë Ø"), "westmark_zo");
        assert_eq!(role_name("w", "???"), "w_member");
        assert!(role_name(&"d".repeat(60), "x").len() <= 56);
    }
}
