//! The command line's team server: create or upgrade the server's schema in an existing
//! PostgreSQL database, add a member with a generated password, and sync a data folder.

use std::path::Path;
use std::sync::Mutex;

use almanac_core::ops::sync::{sync as sync_once, SyncReport};
use almanac_core::store::server::{self, MemberRole, Server};
use almanac_core::Store;
use clap::{Args, Subcommand};

use super::caldav::stdin_password;
use super::values::MemberRoleArg;
use crate::credentials;

#[derive(Debug, Subcommand)]
pub enum ServerCommand {
    /// Creates or upgrades the server's schema in an existing database, and the members'
    /// groups and rights. Run it as the database's owner with CREATEROLE.
    Init {
        /// postgresql://owner:password@host:5432/database[?sslmode=verify-full]
        #[arg(long, value_name = "URL")]
        server: String,
    },
    /// Adds a member: a PostgreSQL role with a generated password, printed once.
    AddMember {
        /// postgresql://owner:password@host:5432/database[?sslmode=verify-full]
        #[arg(long, value_name = "URL")]
        server: String,
        /// The member's name.
        #[arg(long)]
        name: String,
        /// The member's e-mail address.
        #[arg(long, default_value = "")]
        email: String,
        /// What the member may do.
        #[arg(long, value_enum)]
        role: MemberRoleArg,
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
pub(super) fn administer(command: ServerCommand) -> Result<(), String> {
    match command {
        ServerCommand::Init { server } => init(&server),
        ServerCommand::AddMember { server, name, email, role } => add_member(&server, &name, &email, role),
    }
}

/// Syncs the data folder once, joining the team's plan on its first sync.
pub(super) fn sync(data_dir: &Path, args: SyncArgs) -> Result<(), String> {
    let store = Store::open_dir(data_dir).map_err(|e| e.to_string())?;
    let status = almanac_core::store::sync::status(store.conn()).map_err(|e| e.to_string())?;
    let url =
        args.server.or(status.server).ok_or("give the team's server: --server postgresql://member@host/database")?;
    let typed = if args.password_stdin { Some(stdin_password()?) } else { None };
    let plan = Mutex::new(store);
    let address = server::address_of(&url).map_err(|e| e.to_string())?;
    let password = match &typed {
        Some(p) => Some(p.clone()),
        None => credentials::TEAM.password(&address, "member").map_err(|e| e.to_string())?,
    };
    let report = on_runtime(async {
        let mut server = Server::connect_as(&url, password.as_deref()).await?;
        sync_once(&plan, &mut server, &mut |_, _| {}).await
    })?;
    if let Some(password) = &typed {
        if let Err(e) = credentials::TEAM.remember(&address, "member", password) {
            println!("{e}. Later syncs read {} instead.", credentials::TEAM.variable);
        }
    }
    println!("{}", described(&report, &address));
    Ok(())
}

fn described(report: &SyncReport, address: &str) -> String {
    let mut lines = Vec::new();
    if report.joined {
        lines.push(format!("Joined the team's plan on {address}."));
    }
    lines.push(format!(
        "Pushed {} change(s); pulled {} from the team, changing {} row(s).",
        report.pushed, report.pulled, report.rows
    ));
    if report.waiting > 0 {
        lines.push(format!("{} change(s) wait on this laptop (a viewer's changes are not taken).", report.waiting));
    }
    if report.conflicts > 0 {
        lines.push(format!("{} conflict(s) to settle in Settings → Team sync.", report.conflicts));
    }
    lines.join("\n")
}

/// Runs one async server task to its end on a runtime of its own.
fn on_runtime<T>(task: impl std::future::Future<Output = almanac_core::Result<T>>) -> Result<T, String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the network runtime: {e}"))?;
    runtime.block_on(task).map_err(|e| e.to_string())
}

/// Creates or upgrades the server's schema.
fn init(url: &str) -> Result<(), String> {
    let done = on_runtime(async {
        let mut server = Server::connect(url).await?;
        let done = server::init(&mut server).await?;
        Ok((done, server.address().to_string()))
    })?;
    let (done, address) = done;
    match done.from {
        0 => println!("Created the team's plan {} on {address} (schema version {}).", done.plan, done.to),
        from if from == done.to => println!("{address} is up to date (schema version {}).", done.to),
        from => println!("Upgraded {address} from schema version {from} to {}.", done.to),
    }
    Ok(())
}

/// Adds a member and prints what they paste into Settings → Team sync.
fn add_member(url: &str, name: &str, email: &str, role: MemberRoleArg) -> Result<(), String> {
    let role = match role {
        MemberRoleArg::Editor => MemberRole::Editor,
        MemberRoleArg::Viewer => MemberRole::Viewer,
    };
    let member = on_runtime(async {
        let mut server = Server::connect(url).await?;
        server::add_member(&mut server, name, email, role).await
    })?;
    println!("Added {name} as {} ({}).", role.name(), member.role_name);
    println!("Give them, by a safe route (the password is shown only now):");
    println!("  Server:   {}", member.server);
    println!("  Password: {}", member.password);
    Ok(())
}
