//! The command line administers the team's server on a real PostgreSQL: `server init`
//! creates the schema and says so, a second run says it is up to date; `server
//! add-member` prints the member's address and a password that logs in, once.

use almanac_tests::postgres::Postgres;

use crate::driver::run_cli;

#[test]
#[ignore = "needs the built app and PostgreSQL; run by the test script"]
fn the_cli_initialises_the_server_and_adds_members_who_can_log_in() {
    let cluster = Postgres::start("team_plan");
    let data = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let out = run_cli(data.path(), args);
        assert!(out.status.success(), "{args:?}: {out:?}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let admin = cluster.admin_url("team_plan");
    assert!(run(&["server", "init", "--server", &admin]).starts_with("Created the team's plan "));
    let current = format!("is up to date (schema version {})", almanac_core::team::server::SCHEMA_VERSION);
    assert!(run(&["server", "init", "--server", &admin]).contains(&current));
    let added = run(&[
        "server",
        "add-member",
        "--server",
        &admin,
        "--name",
        "Cara Doyle",
        "--email",
        "cara@x.example",
        "--role",
        "viewer",
    ]);
    let field = |label: &str| {
        added.lines().find_map(|l| l.trim().strip_prefix(label)).map(|v| v.trim().to_string()).unwrap_or_default()
    };
    let (address, password) = (field("Server:"), field("Password:"));
    assert_eq!(
        address,
        format!("postgresql://team_plan_cara_doyle@127.0.0.1:{}/team_plan?sslmode=disable", cluster.port),
        "{added}"
    );
    assert_eq!(password.len(), 24, "{added}");
    let with_password = address.replace("team_plan_cara_doyle@", &format!("team_plan_cara_doyle:{password}@"));
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let (client, connection) = tokio_postgres::connect(&with_password, tokio_postgres::NoTls).await.unwrap();
        tokio::spawn(connection);
        let role: String = client.query_one("SELECT role FROM almanac_member", &[]).await.unwrap().get(0);
        assert_eq!(role, "viewer", "the printed password logs in");
    });

    // On a machine without a keyring (a server, a container), the password in the address
    // syncs, and the member is told it was not kept.
    let out = crate::driver::cli()
        .args(["sync", "--server", &with_password, "--data-dir"])
        .arg(data.path())
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("Joined the team's plan on postgresql://team_plan_cara_doyle@"), "{said}");
    assert!(!said.contains(&password), "the password is never printed: {said}");
    assert!(said.contains("keyring") && said.contains("ALMANAC_SYNC_PASSWORD"), "not kept, and what to use: {said}");

    let out =
        run_cli(data.path(), &["server", "init", "--server", &cluster.url("almanac_admin", "wrong", "team_plan")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("refused the user name or password"), "{out:?}");
}
