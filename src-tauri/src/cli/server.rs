//! The command line's team server: create or upgrade the server's schema in an existing
//! PostgreSQL database, add a member with a generated password, set a member's role and
//! what they approve, and sync a data folder. The owner's password never goes in the
//! address (`ps` and shell history show it): it comes from standard input, `PGPASSWORD`
//! or `~/.pgpass`, as PostgreSQL's own tools take it.

use std::path::Path;
use std::sync::Mutex;

use almanac_core::team::server::{self, Approves, MemberRole, Server};
use almanac_core::team::sync::{sync as sync_once, SyncReport};
use almanac_core::Store;
use clap::{Args, Subcommand};

use super::caldav::stdin_password;
use super::speech::say;
use super::values::MemberRoleArg;
use crate::credentials;
use almanac_core::Sentence;

/// The owner's sign-in: the address, and where the password comes from.
#[derive(Debug, Args)]
pub struct OwnerArgs {
    /// postgresql://owner@host:5432/database (TLS verified unless ?sslmode=disable)
    #[arg(long, value_name = "URL")]
    server: String,
    /// Read the owner's password from the first line of standard input (else
    /// PGPASSWORD, else ~/.pgpass).
    #[arg(long)]
    password_stdin: bool,
}

#[derive(Debug, Subcommand)]
pub enum ServerCommand {
    /// Creates or upgrades the server's schema in an existing database, and the members'
    /// groups and rights. Run it as the database's owner with CREATEROLE.
    Init {
        #[command(flatten)]
        owner: OwnerArgs,
    },
    /// Adds a member: a PostgreSQL role with a generated password, printed once.
    AddMember {
        #[command(flatten)]
        owner: OwnerArgs,
        /// The member's name.
        #[arg(long)]
        name: String,
        /// The member's e-mail address.
        #[arg(long, default_value = "")]
        email: String,
        /// What the member may do: an editor pulls and pushes changes, a viewer pulls
        /// changes only (the server refuses their writes).
        #[arg(long, value_enum)]
        role: MemberRoleArg,
    },
    /// Sets a member's role, or what they may approve (the server's record, which no
    /// laptop can change).
    SetMember {
        #[command(flatten)]
        owner: OwnerArgs,
        /// The member's server role (the user name of their address).
        #[arg(long)]
        member: String,
        /// Their new role.
        #[arg(long, value_enum)]
        role: Option<MemberRoleArg>,
        /// What they approve: everything, brand:NAME or channel:HANDLE (repeat for several),
        /// or nothing.
        #[arg(long, value_name = "SCOPE")]
        approves: Vec<String>,
    },
}

/// Where and as whom `almanac sync` signs in.
#[derive(Debug, Args)]
pub struct SyncArgs {
    /// postgresql://member@host:5432/database[?sslmode=verify-full]; default: the server
    /// this data folder synced with last.
    #[arg(long, value_name = "URL")]
    server: Option<String>,
    /// Read the password from the first line of standard input (it is then kept in the
    /// system's keyring).
    #[arg(long)]
    password_stdin: bool,
}

/// Runs one administration command.
pub(super) fn administer(command: ServerCommand) -> Result<(), Sentence> {
    match command {
        ServerCommand::Init { owner } => init(&owner),
        ServerCommand::AddMember { owner, name, email, role } => add_member(&owner, &name, &email, role),
        ServerCommand::SetMember { owner, member, role, approves } => set_member(&owner, &member, role, &approves),
    }
}

/// Syncs the data folder once, joining the team's plan on its first sync.
pub(super) fn sync(data_dir: &Path, args: SyncArgs) -> Result<(), Sentence> {
    let store = Store::open_dir(data_dir)?;
    let status = almanac_core::team::sync::status(&store)?;
    let url = args.server.or(status.server).ok_or_else(|| Sentence::new("cli-sync-needs-server"))?;
    // A password typed for this run, on standard input or in the address, is used without
    // asking the keyring (which a server or a container may not have) and kept after.
    let typed = if args.password_stdin { Some(stdin_password()?) } else { server::password_in(&url)? };
    let plan = Mutex::new(store);
    let address = server::address_of(&url)?;
    let password = match &typed {
        Some(p) => Some(p.clone()),
        None => credentials::TEAM.password(&address, "member")?,
    };
    let report = on_runtime(async {
        let mut server = Server::connect_as(&url, password.as_deref()).await?;
        sync_once(&plan, &mut server, &mut |_, _| {}).await
    })?;
    if let Some(password) = &typed {
        if let Err(e) = credentials::TEAM.remember(&address, "member", password) {
            let unkept = Sentence::new("cli-sync-password-not-kept").with("reason", Sentence::from(e));
            say(unkept.with("variable", credentials::TEAM.variable));
        }
    }
    for line in described(&report, &address) {
        say(line);
    }
    Ok(())
}

fn described(report: &SyncReport, address: &str) -> Vec<Sentence> {
    let mut lines = Vec::new();
    if report.joined {
        lines.push(Sentence::new("cli-sync-joined").with("address", address));
    }
    let moved = Sentence::new("cli-sync-moved").with("pushed", report.pushed).with("pulled", report.pulled);
    lines.push(moved.with("rows", report.rows));
    if report.waiting > 0 {
        lines.push(Sentence::new("cli-sync-waiting").with("count", report.waiting));
    }
    if report.conflicts > 0 {
        lines.push(Sentence::new("cli-sync-conflicts").with("count", report.conflicts));
    }
    lines
}

/// Runs one async server task to its end on a runtime of its own.
fn on_runtime<T>(task: impl std::future::Future<Output = almanac_core::Result<T>>) -> Result<T, Sentence> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Sentence::new("cli-network-failed").with("reason", e.to_string()))?;
    Ok(runtime.block_on(task)?)
}

/// Signs in as the database's owner, the password from standard input, `PGPASSWORD` or
/// `~/.pgpass` (never from the address).
async fn owner(args: &OwnerArgs) -> almanac_core::Result<Server> {
    let password = owner_password(args).map_err(almanac_core::error::Error::io)?;
    Server::connect_as(&args.server, password.as_deref()).await
}

fn owner_password(args: &OwnerArgs) -> Result<Option<String>, Sentence> {
    if args.password_stdin {
        return stdin_password().map(Some);
    }
    if let Ok(password) = std::env::var("PGPASSWORD") {
        return Ok(Some(password));
    }
    let Some(home) = dirs::home_dir() else { return Ok(None) };
    let file = std::env::var_os("PGPASSFILE").map_or_else(|| home.join(".pgpass"), std::path::PathBuf::from);
    let Ok(text) = std::fs::read_to_string(file) else { return Ok(None) };
    Ok(server::pgpass_lookup(&text, &args.server))
}

/// Creates or upgrades the server's schema.
fn init(args: &OwnerArgs) -> Result<(), Sentence> {
    let done = on_runtime(async {
        let mut server = owner(args).await?;
        let done = server::init(&mut server).await?;
        Ok((done, server.address().to_string()))
    })?;
    let (done, address) = done;
    match done.from {
        0 => say(Sentence::new("cli-server-created")
            .with("plan", done.plan.to_string())
            .with("address", &address)
            .with("version", done.to)),
        from if from == done.to => {
            say(Sentence::new("cli-server-up-to-date").with("address", &address).with("version", done.to))
        }
        from => {
            say(Sentence::new("cli-server-upgraded").with("address", &address).with("from", from).with("to", done.to))
        }
    }
    Ok(())
}

/// Adds a member and prints what they paste into Settings → Team sync.
fn add_member(args: &OwnerArgs, name: &str, email: &str, role: MemberRoleArg) -> Result<(), Sentence> {
    let role = MemberRole::from(role);
    let member = on_runtime(async {
        let mut server = owner(args).await?;
        server::add_member(&mut server, name, email, role).await
    })?;
    say(Sentence::new("cli-member-added")
        .with("name", name)
        .with("role", role.name())
        .with("login", &member.role_name));
    say(Sentence::new("cli-member-hand-over"));
    say(Sentence::new("cli-member-server").with("server", &member.server));
    say(Sentence::new("cli-member-password").with("password", &member.password));
    Ok(())
}

/// Sets a member's role and what they approve.
fn set_member(
    args: &OwnerArgs,
    member: &str,
    role: Option<MemberRoleArg>,
    approves: &[String],
) -> Result<(), Sentence> {
    let scopes = approves
        .iter()
        .filter(|a| a.as_str() != "nothing")
        .map(|a| match a.split_once(':') {
            None if a == "everything" => Ok(Approves::Everything),
            Some(("brand", name)) => Ok(Approves::Brand(name.to_string())),
            Some(("channel", name)) => Ok(Approves::Channel(name.to_string())),
            _ => Err(Sentence::new("cli-member-approves-unknown").with("value", a)),
        })
        .collect::<Result<Vec<_>, Sentence>>()?;
    let approves = (!approves.is_empty()).then_some(scopes.as_slice());
    on_runtime(async {
        let mut server = owner(args).await?;
        server::set_member(&mut server, member, role.map(MemberRole::from), approves).await
    })?;
    say(Sentence::new("cli-member-changed").with("member", member));
    Ok(())
}
