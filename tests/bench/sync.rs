//! Team sync against a local PostgreSQL (a throwaway cluster, as the tests start one),
//! timed as a team lives it: a laptop founding the agency plan (12,000 items) on an
//! empty server and a second laptop joining it (bound: 10 s); the archive plan (120,000
//! items, bound: 60 s) with `--archive`; a push and a pull of 100 changes (bound: 200 ms,
//! median of 10); and 30 laptops syncing at once, round after round, with no error.
//! Run (as root, which may start the cluster as `postgres`):
//! `cargo bench -p almanac-tests --bench sync [-- --archive]`.

use std::time::{Duration, Instant};

use almanac_core::sample::{self, fixed_today, Profile, SampleOptions};
use almanac_core::team::server::{self, MemberRole, Server};
use almanac_tests::laptop::Laptop;
use almanac_tests::on;
use almanac_tests::postgres::Postgres;

const YEAR: i32 = 2027;

async fn member(owner: &mut Server, cluster: &Postgres, db: &str, name: &str) -> String {
    let m = server::add_member(owner, name, "", MemberRole::Editor).await.expect("member");
    cluster.url(&m.role_name, &m.password, db)
}

async fn timed<T>(what: &str, bound: Option<Duration>, f: impl std::future::Future<Output = T>) -> T {
    let start = Instant::now();
    let out = f.await;
    let took = start.elapsed();
    let verdict = match bound {
        Some(b) if took <= b => format!(" (bound {} s: met)", b.as_secs_f64()),
        Some(b) => format!(" (bound {} s: NOT MET)", b.as_secs_f64()),
        None => String::new(),
    };
    println!("{what}: {:.2} s{verdict}", took.as_secs_f64());
    out
}

/// A plan founded by one laptop and joined by another; the joining laptop, for what follows.
async fn found_and_join(cluster: &Postgres, db: &str, profile: Profile, bound: Duration) -> (Laptop, Laptop) {
    let mut owner = Server::connect(&cluster.admin_url(db)).await.expect("owner");
    server::init(&mut owner).await.expect("init");
    let ann = Laptop::new(&member(&mut owner, cluster, db, "Ann").await);
    let summary = ann.with(|s| {
        let options = SampleOptions { profile, seed: 1, year: YEAR, today: fixed_today(YEAR) };
        sample::load(s, options).expect("sample")
    });
    println!("{db}: {} items", summary.items);
    timed("  founding (the whole plan pushed)", None, ann.sync()).await.expect("found");
    let bob = Laptop::new(&member(&mut owner, cluster, db, "Bob").await);
    let report = timed("  joining (the whole plan pulled into an empty folder)", Some(bound), bob.sync()).await;
    println!("  joined: {:?}", report.expect("join"));
    (ann, bob)
}

async fn hundred_changes(ann: &Laptop, bob: &Laptop) {
    let ids: Vec<String> = ann.with(|s| {
        let doc = almanac_core::export::plan_json::document(s, chrono::Utc::now()).expect("plan");
        doc.items.iter().filter(|i| i.series_id.is_none()).take(100).map(|i| i.id.to_string()).collect()
    });
    let mut push = Vec::new();
    let mut pull = Vec::new();
    for round in 0..10 {
        ann.with(|s| {
            for id in &ids {
                almanac_tests::move_to(s, id, &on(&format!("{YEAR}-06-{:02}", 1 + round))).expect("move");
            }
        });
        let start = Instant::now();
        ann.sync().await.expect("push");
        push.push(start.elapsed());
        let start = Instant::now();
        let report = bob.sync().await.expect("pull");
        pull.push(start.elapsed());
        assert_eq!(report.rows, 100, "every move arrived");
    }
    push.sort();
    pull.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let both = ms(push[5]) + ms(pull[5]);
    let verdict = if both <= 200.0 { "met" } else { "NOT MET" };
    println!(
        "100 changes: push {:.0} ms, pull {:.0} ms, together {both:.0} ms (bound 200 ms: {verdict}; medians of 10)",
        ms(push[5]),
        ms(pull[5])
    );
}

async fn thirty_laptops(cluster: &Postgres) {
    let db = "thirty";
    let mut owner = Server::connect(&cluster.admin_url(db)).await.expect("owner");
    server::init(&mut owner).await.expect("init");
    let mut laptops = Vec::new();
    for n in 0..30 {
        laptops.push(Laptop::new(&member(&mut owner, cluster, db, &format!("Member {n}")).await));
    }
    let channel = laptops[0].with(almanac_tests::add_brand_and_channel);
    laptops[0].sync().await.expect("found");
    for laptop in &laptops[1..] {
        laptop.sync().await.expect("join");
    }
    let mut errors = 0;
    let start = Instant::now();
    for round in 0..5 {
        for (n, laptop) in laptops.iter().enumerate() {
            laptop.with(|s| almanac_tests::add_item(s, &channel, &format!("Round {round} by {n}"), "2027-06-01"));
        }
        let results = futures_join(laptops.iter().map(Laptop::sync).collect()).await;
        errors += results.iter().filter(|r| r.is_err()).count();
    }
    for laptop in &laptops {
        laptop.sync().await.expect("last sync");
    }
    let first = laptops[0].plan();
    let same = laptops.iter().all(|l| l.plan() == first);
    println!(
        "30 laptops, 5 rounds at once: {:.2} s, {errors} errors, all the same plan: {same}",
        start.elapsed().as_secs_f64()
    );
}

/// Runs the futures at once on this task.
async fn futures_join<F: std::future::Future>(futures: Vec<F>) -> Vec<F::Output> {
    let mut pinned: Vec<_> = futures.into_iter().map(Box::pin).collect();
    let mut out: Vec<Option<F::Output>> = pinned.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (slot, future) in out.iter_mut().zip(pinned.iter_mut()) {
            if slot.is_none() {
                match future.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => *slot = Some(v),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(())
        }
    })
    .await;
    out.into_iter().map(|v| v.expect("done")).collect()
}

fn main() {
    let archive = std::env::args().any(|a| a == "--archive");
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
    runtime.block_on(async {
        let cluster = Postgres::start("agency");
        for db in ["archive", "thirty"] {
            let (client, connection) =
                tokio_postgres::connect(&cluster.admin_url("agency"), tokio_postgres::NoTls).await.expect("admin");
            tokio::spawn(connection);
            client.batch_execute(&format!("CREATE DATABASE {db}")).await.expect("database");
        }
        let (ann, bob) = found_and_join(&cluster, "agency", Profile::Agency, Duration::from_secs(10)).await;
        hundred_changes(&ann, &bob).await;
        thirty_laptops(&cluster).await;
        if archive {
            found_and_join(&cluster, "archive", Profile::Archive, Duration::from_secs(60)).await;
        }
    });
}
