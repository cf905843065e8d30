//! The team's server on a real PostgreSQL (a throwaway cluster): its schema created and
//! upgraded by version, a newer one refused; members added as roles with generated
//! passwords; an editor's change stored once however often it is pushed, under the
//! member the server saw; a viewer's write refused by the server's GRANTs while it can
//! read; a wrong password, a missing database and a server that is down are typed errors;
//! TLS verifies the certificate and the name against the system's or the team's own CA.

use almanac_core::error::Error;
use almanac_core::team::server::{self, MemberRole, Message, Server, SCHEMA_VERSION};
use almanac_tests::postgres::Postgres;
use uuid::Uuid;

const DB: &str = "westmark_plan";

async fn admin(cluster: &Postgres) -> tokio_postgres::Client {
    let (client, connection) = tokio_postgres::connect(&cluster.admin_url(DB), tokio_postgres::NoTls).await.unwrap();
    tokio::spawn(connection);
    client
}

fn message(field: &str) -> Message {
    let device = Uuid::now_v7();
    Message {
        entity: "contentItem".into(),
        row_id: Uuid::now_v7(),
        field: field.into(),
        value: serde_json::json!("Bike marking, Saturday"),
        hlc: format!("2026-03-01T09:00:00.000Z-0000-{:016x}", device.as_u64_pair().1),
        device,
        base: 0,
    }
}

#[tokio::test]
#[ignore = "needs PostgreSQL (Debian's postgresql package); run by the test script"]
async fn interop_postgres_init_creates_and_upgrades_the_schema_once_and_refuses_a_newer_one() {
    let cluster = Postgres::start(DB);
    let mut server = Server::connect(&cluster.admin_url(DB)).await.unwrap();
    assert_eq!(server.address(), format!("postgresql://almanac_admin@127.0.0.1:{}/{DB}?sslmode=disable", cluster.port));
    let first = server::init(&mut server).await.unwrap();
    assert_eq!((first.from, first.to), (0, SCHEMA_VERSION));
    let again = server::init(&mut server).await.unwrap();
    assert_eq!((again.from, again.to, again.plan), (SCHEMA_VERSION, SCHEMA_VERSION, first.plan), "nothing twice");

    admin(&cluster).await.execute("INSERT INTO almanac_schema (version) VALUES (99)", &[]).await.unwrap();
    let err = server::init(&mut server).await.unwrap_err();
    assert!(matches!(&err, Error::Conflict { message } if message.to_string().contains("newer")), "{err}");
}

#[tokio::test]
#[ignore = "needs PostgreSQL (Debian's postgresql package); run by the test script"]
async fn interop_postgres_editors_write_viewers_only_read_and_the_server_names_who_wrote() {
    let cluster = Postgres::start(DB);
    let mut owner = Server::connect(&cluster.admin_url(DB)).await.unwrap();
    server::init(&mut owner).await.unwrap();
    let ann = server::add_member(&mut owner, "Ann O'Neill", "ann@westmark.example", MemberRole::Editor).await.unwrap();
    let bob = server::add_member(&mut owner, "Bob", "bob@westmark.example", MemberRole::Viewer).await.unwrap();
    let ann2 =
        server::add_member(&mut owner, "Ann O'Neill", "ann2@westmark.example", MemberRole::Editor).await.unwrap();
    assert_eq!(
        (ann.role_name.as_str(), ann2.role_name.as_str()),
        ("westmark_plan_ann_o_neill", "westmark_plan_ann_o_neill_2")
    );
    assert_eq!(
        ann.server,
        format!("postgresql://westmark_plan_ann_o_neill@127.0.0.1:{}/{DB}?sslmode=disable", cluster.port),
        "the owner's address handed on, its TLS demand (here plaintext, asked for by name) with it"
    );
    assert_eq!(ann.password.len(), 24);
    assert_ne!(ann.password, ann2.password);

    let mut editor = Server::connect(&cluster.url(&ann.role_name, &ann.password, DB)).await.unwrap();
    let change = message("title");
    let seq = server::append_message(&mut editor, &change).await.unwrap();
    assert!(seq.is_some());
    assert_eq!(
        server::append_message(&mut editor, &change).await.unwrap(),
        None,
        "a message pushed twice is stored once"
    );

    let mut viewer = Server::connect(&cluster.url(&bob.role_name, &bob.password, DB)).await.unwrap();
    let err = server::append_message(&mut viewer, &message("copy")).await.unwrap_err();
    assert!(matches!(&err, Error::Conflict { message } if message.to_string().contains("may not")), "{err}");

    let stored = admin(&cluster).await.query("SELECT member, field FROM almanac_message", &[]).await.unwrap();
    let stored: Vec<(String, String)> = stored.iter().map(|r| (r.get(0), r.get(1))).collect();
    assert_eq!(
        stored,
        [(ann.role_name.clone(), "title".to_string())],
        "only the editor's, under the member the server saw"
    );

    // The viewer reads (GRANT SELECT) what it may not write.
    let (client, connection) =
        tokio_postgres::connect(&cluster.url(&bob.role_name, &bob.password, DB), tokio_postgres::NoTls).await.unwrap();
    tokio::spawn(connection);
    let count: i64 = client.query_one("SELECT count(*) FROM almanac_message", &[]).await.unwrap().get(0);
    assert_eq!(count, 1);
    let forged = client
        .execute(
            "INSERT INTO almanac_message (entity, row_id, field, hlc, device) VALUES ('x', $1, 'y', 'z', $1)",
            &[&Uuid::now_v7()],
        )
        .await;
    assert!(forged.is_err(), "refused by the server itself, not only by the app");
}

#[tokio::test]
#[ignore = "needs PostgreSQL (Debian's postgresql package); run by the test script"]
async fn interop_postgres_a_wrong_password_a_missing_database_and_a_server_down_are_clear() {
    let cluster = Postgres::start(DB);
    let err = Server::connect(&cluster.url("almanac_admin", "wrong", DB)).await.err().unwrap();
    assert!(matches!(&err, Error::Validation { field, .. } if field == "password"), "{err}");
    let err = Server::connect(&cluster.admin_url("no_such_plan")).await.err().unwrap();
    assert!(matches!(&err, Error::Validation { field, .. } if field == "server"), "{err}");
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let err = Server::connect(&format!("postgresql://a:b@127.0.0.1:{port}/x")).await.err().unwrap();
    assert!(matches!(&err, Error::Io { message } if message.to_string().contains("cannot reach")), "{err}");
}

#[tokio::test]
#[ignore = "needs PostgreSQL (Debian's postgresql package); run by the test script"]
async fn interop_postgres_init_never_adopts_a_group_role_it_did_not_make() {
    let cluster = Postgres::start(DB);
    // Another database's admin, or a trap: a role with the name init would give its editors.
    admin(&cluster).await.batch_execute("CREATE ROLE westmark_plan_editors NOLOGIN").await.unwrap();
    let mut server = Server::connect(&cluster.admin_url(DB)).await.unwrap();
    let err = server::init(&mut server).await.unwrap_err();
    assert!(matches!(&err, Error::Conflict { message } if message.to_string().contains("did not make")), "{err}");
    let tables: i64 = admin(&cluster)
        .await
        .query_one("SELECT count(*) FROM pg_tables WHERE tablename LIKE 'almanac%'", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(tables, 0, "nothing was created");
}

#[tokio::test]
#[ignore = "needs PostgreSQL (Debian's postgresql package); run by the test script"]
async fn interop_postgres_a_members_password_reaches_the_server_only_as_a_scram_verifier() {
    let cluster = Postgres::start(DB);
    let mut owner = Server::connect(&cluster.admin_url(DB)).await.unwrap();
    server::init(&mut owner).await.unwrap();
    let ann = server::add_member(&mut owner, "Ann", "", MemberRole::Editor).await.unwrap();
    let stored: String = admin(&cluster)
        .await
        .query_one("SELECT rolpassword FROM pg_authid WHERE rolname = $1", &[&ann.role_name])
        .await
        .unwrap()
        .get(0);
    assert!(stored.starts_with("SCRAM-SHA-256$4096:"), "{stored}");
    assert!(!stored.contains(&ann.password));
    Server::connect(&cluster.url(&ann.role_name, &ann.password, DB)).await.expect("the member signs in with it");
    let limits: Vec<String> = admin(&cluster)
        .await
        .query_one(
            "SELECT setconfig FROM pg_db_role_setting s JOIN pg_roles r ON r.oid = s.setrole WHERE r.rolname = $1",
            &[&ann.role_name],
        )
        .await
        .unwrap()
        .get(0);
    assert!(limits.iter().any(|l| l.starts_with("statement_timeout=")), "{limits:?}");
}

#[tokio::test]
#[ignore = "needs PostgreSQL (Debian's postgresql package) and openssl; run by the test script"]
async fn interop_postgres_tls_verifies_the_servers_certificate_and_name_and_never_falls_back() {
    use almanac_tests::postgres::{ADMIN, ADMIN_PASSWORD};
    let (cluster, ca) = Postgres::start_with_tls(DB);
    let ca = ca.display().to_string().replace('/', "%2F");
    let at = |host: &str, query: &str| cluster.url_at(host, ADMIN, ADMIN_PASSWORD, DB, query);

    // The test CA trusted, the right name: verified TLS, with or without sslmode written.
    for query in [format!("?sslrootcert={ca}"), format!("?sslmode=verify-full&sslrootcert={ca}")] {
        let mut server = Server::connect(&at("localhost", &query)).await.unwrap_or_else(|e| panic!("{query}: {e}"));
        assert!(server.encrypted(), "{query}");
        server::init(&mut server).await.unwrap();
        let seen: Vec<bool> = admin(&cluster)
            .await
            .query(
                "SELECT s.ssl FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) WHERE a.application_name = 'Almanac'",
                &[],
            )
            .await
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
        assert_eq!(seen, [true], "the server sees the laptop's connection as TLS: {query}");
        drop(server);
    }
    // A name the certificate does not carry, a CA the laptop does not trust: refused.
    let wrong_name = Server::connect(&at("127.0.0.1", &format!("?sslrootcert={ca}"))).await.err().expect("wrong name");
    assert!(wrong_name.to_string().contains("certificate not valid for name \"127.0.0.1\""), "{wrong_name}");
    let unknown_ca = Server::connect(&at("localhost", "")).await.err().expect("not the system's CA");
    assert!(unknown_ca.to_string().contains("invalid peer certificate: UnknownIssuer"), "{unknown_ca}");
    // prefer would fall back to plaintext unseen: refused before anything is sent.
    let prefer = Server::connect(&at("localhost", &format!("?sslmode=prefer&sslrootcert={ca}"))).await.err();
    assert!(
        matches!(prefer, Some(Error::Validation { ref message, .. }) if message.to_string().contains("plaintext")),
        "{prefer:?}"
    );
    // Plaintext only when written out, and then said.
    let plain = Server::connect(&at("localhost", "?sslmode=disable")).await.unwrap();
    assert!(!plain.encrypted());
    let missing = Server::connect(&at("localhost", "?sslrootcert=%2Fno%2Fsuch%2Fca.pem")).await.err();
    assert!(
        matches!(missing, Some(Error::Validation { ref message, .. }) if message.to_string().contains("sslrootcert")),
        "{missing:?}"
    );
}

/// Waits (up to 10 s) until `heard` reaches `count`.
async fn heard_reaches(heard: &std::sync::atomic::AtomicUsize, count: usize) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while heard.load(std::sync::atomic::Ordering::SeqCst) < count {
        assert!(std::time::Instant::now() < deadline, "push {count} was not announced");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

#[tokio::test]
#[ignore = "needs PostgreSQL (Debian's postgresql package); run by the test script"]
async fn interop_postgres_each_push_is_announced_to_the_laptops_that_listen_and_a_refused_one_is_not() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    let cluster = Postgres::start(DB);
    let mut owner = Server::connect(&cluster.admin_url(DB)).await.unwrap();
    server::init(&mut owner).await.unwrap();
    let ann = server::add_member(&mut owner, "Ann", "ann@westmark.example", MemberRole::Editor).await.unwrap();
    let bob = server::add_member(&mut owner, "Bob", "bob@westmark.example", MemberRole::Viewer).await.unwrap();
    let mut editor = Server::connect(&cluster.url(&ann.role_name, &ann.password, DB)).await.unwrap();
    let mut viewer = Server::connect(&cluster.url(&bob.role_name, &bob.password, DB)).await.unwrap();

    // A viewer's laptop listens: any member may hear of the team's pushes.
    let heard = Arc::new(AtomicUsize::new(0));
    let counter = heard.clone();
    let hear = move || {
        counter.fetch_add(1, Ordering::SeqCst);
    };
    let told = viewer.listen_for_changes(hear).await.unwrap();
    assert!(told, "a server of this version announces its pushes");

    server::append_message(&mut editor, &message("title")).await.unwrap();
    heard_reaches(&heard, 1).await;
    // Refused by the server: nothing was stored, so nothing is announced.
    server::append_message(&mut viewer, &message("copy")).await.unwrap_err();
    server::append_message(&mut editor, &message("status")).await.unwrap();
    heard_reaches(&heard, 2).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(heard.load(Ordering::SeqCst), 2, "one notice a push, none for the refused one");

    // A server older than the notices says so, and the laptop looks as before.
    admin(&cluster).await.batch_execute("DROP TRIGGER almanac_message_heard ON almanac_message").await.unwrap();
    let older = Server::connect(&cluster.url(&bob.role_name, &bob.password, DB)).await.unwrap();
    assert!(!older.listen_for_changes(|| {}).await.unwrap());
}
