//! The command line's team server administration: create or upgrade the server's schema
//! in an existing PostgreSQL database, and add a member with a generated password.

use almanac_core::store::server::{self, MemberRole, Server};

use super::values::MemberRoleArg;

/// Runs one async server task to its end on a runtime of its own.
fn on_runtime<T>(task: impl std::future::Future<Output = almanac_core::Result<T>>) -> Result<T, String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the network runtime: {e}"))?;
    runtime.block_on(task).map_err(|e| e.to_string())
}

/// Creates or upgrades the server's schema.
pub(super) fn init(url: &str) -> Result<(), String> {
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
pub(super) fn add_member(url: &str, name: &str, email: &str, role: MemberRoleArg) -> Result<(), String> {
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
