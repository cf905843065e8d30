//! The rules of the building, checked on the source itself: each layer's crate depends
//! only on the layers the house allows below it, the scheduling wing, the timeline and the
//! domain are pure (they never name the store or the operations), SQL lives only in the
//! store and the team's server, and every module opens with a line that says what it holds.

use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    almanac_tests::repo()
}

/// The source folders of the layers' crates and the shell.
const SOURCES: [&str; 9] = [
    "src-tauri/i18n/src",
    "src-tauri/model/src",
    "src-tauri/store/src",
    "src-tauri/ops/src",
    "src-tauri/export/src",
    "src-tauri/import/src",
    "src-tauri/team/src",
    "src-tauri/core/src",
    "src-tauri/src",
];

/// Each crate of the house and the Almanac crates it may depend on: the arrows point down,
/// from the shell to the pure model. Cargo refuses a cycle; this refuses an arrow the
/// house does not allow (the operations reaching for an export, the store for the team's
/// server), which Cargo would take.
const ARROWS: [(&str, &[&str]); 9] = [
    // The message catalogue stands apart: any layer that speaks may use it.
    ("i18n", &[]),
    ("model", &["almanac-i18n"]),
    ("store", &["almanac-model"]),
    ("ops", &["almanac-model", "almanac-store", "almanac-i18n"]),
    ("export", &["almanac-model", "almanac-store", "almanac-ops", "almanac-i18n"]),
    ("import", &["almanac-model", "almanac-store", "almanac-ops", "almanac-i18n"]),
    ("team", &["almanac-model", "almanac-store"]),
    ("core", &["almanac-model", "almanac-store", "almanac-ops", "almanac-export", "almanac-import", "almanac-team"]),
    (".", &["almanac-core", "almanac-i18n"]),
];

/// The Almanac crates named in a manifest's `[dependencies]` (not its dev- or build-).
fn almanac_dependencies(manifest: &str) -> Vec<String> {
    let mut section = "";
    let mut found = Vec::new();
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            section = line;
        } else if section == "[dependencies]" && line.starts_with("almanac-") {
            found.push(line.split([' ', '=']).next().unwrap_or_default().to_string());
        }
    }
    found
}

#[test]
fn each_layer_depends_only_on_the_layers_below_it() {
    let mut wrong = Vec::new();
    for (krate, allowed) in ARROWS {
        let manifest = std::fs::read_to_string(repo().join("src-tauri").join(krate).join("Cargo.toml")).unwrap();
        for dependency in almanac_dependencies(&manifest) {
            if !allowed.contains(&dependency.as_str()) {
                wrong.push(format!("src-tauri/{krate} depends on {dependency}"));
            }
        }
    }
    assert!(wrong.is_empty(), "arrows the house does not allow:\n{}", wrong.join("\n"));
    let members = std::fs::read_to_string(repo().join("Cargo.toml")).unwrap();
    for (krate, _) in ARROWS.iter().filter(|(k, _)| *k != ".") {
        assert!(members.contains(&format!("\"src-tauri/{krate}\"")), "src-tauri/{krate} is not a workspace member");
    }
}

#[test]
fn the_arrow_check_reads_only_a_manifest_s_own_dependencies() {
    let manifest = "[package]\nname = \"almanac-ops\"\n\n[dependencies]\nalmanac-store = { workspace = true }\nserde = \"1\"\n\n[dev-dependencies]\nalmanac-export = { workspace = true }\n";
    assert_eq!(almanac_dependencies(manifest), vec!["almanac-store".to_string()]);
}

/// Every `.rs` file under `dir`, with its path relative to the repository.
fn rust_files(dir: &Path) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let name = path.strip_prefix(repo()).unwrap().display().to_string();
                found.push((name, std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    assert!(!found.is_empty(), "no Rust files under {}", dir.display());
    found.sort();
    found
}

/// The code of a file without its comments (line comments and doc comments).
fn code_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.split("//").next().unwrap_or("")))
        .filter(|(_, l)| !l.trim().is_empty())
}

/// Whether a line of code names the store or the operations of the core.
fn names_store_or_ops(line: &str) -> bool {
    let words: Vec<&str> = line.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':')).collect();
    let through = |path: &str| {
        let segments: Vec<&str> = path.split("::").collect();
        segments
            .windows(2)
            .any(|w| matches!(w[0], "crate" | "super" | "almanac_core") && matches!(w[1], "store" | "ops"))
    };
    words.iter().any(|w| through(w) || *w == "Store" || w.starts_with("rusqlite"))
        || (line.contains("crate::{") && (line.contains("store") || line.contains("ops")))
}

#[test]
fn the_scheduling_wing_the_timeline_and_the_domain_never_name_the_store_or_the_operations() {
    let model = repo().join("src-tauri/model/src");
    let mut offences = Vec::new();
    for room in ["schedule", "domain", "timeline"] {
        for (name, text) in rust_files(&model.join(room)) {
            for (n, line) in code_lines(&text).filter(|(_, l)| names_store_or_ops(l)) {
                offences.push(format!("{name}:{n}: {}", line.trim()));
            }
        }
    }
    assert!(offences.is_empty(), "pure rooms reach out:\n{}", offences.join("\n"));
}

#[test]
fn the_purity_check_sees_a_rule_that_reaches_into_the_store() {
    assert!(names_store_or_ops("use crate::store::records::query;"));
    assert!(names_store_or_ops("use crate::ops::{channels, settings};"));
    assert!(names_store_or_ops("use crate::{ops, domain};"));
    assert!(names_store_or_ops("    let s = super::super::ops::settings::get(store)?;"));
    assert!(names_store_or_ops("fn load(store: &Store) {}"));
    assert!(!names_store_or_ops("pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2999;"));
    assert!(!names_store_or_ops("use crate::domain::{Campaign, Schedule};"));
}

/// A string literal that holds an SQL statement (the code writes SQL's words in capitals).
fn holds_sql(line: &str) -> bool {
    let literals: Vec<&str> = line.split('"').skip(1).step_by(2).collect();
    let statement = |s: &&str| {
        ["SELECT ", "INSERT INTO", "DELETE FROM", "CREATE TABLE", "PRAGMA ", "WHERE ", "ORDER BY "]
            .iter()
            .any(|k| s.contains(k))
            || (s.contains("UPDATE ") && s.contains(" SET "))
    };
    literals.iter().any(statement)
}

#[test]
fn sql_lives_only_in_the_store() {
    let mut offences = Vec::new();
    let mut files = Vec::new();
    for dir in SOURCES {
        files.extend(rust_files(&repo().join(dir)));
    }
    for (name, text) in files {
        // The plan's SQLite, and the team server's PostgreSQL.
        if name.starts_with("src-tauri/store/src/") || name.starts_with("src-tauri/team/src/server/") {
            continue;
        }
        for (n, line) in code_lines(&text) {
            // The model names rusqlite once, behind the store's feature, to word its errors.
            let error_words = name == "src-tauri/model/src/error.rs" && line.contains("rusqlite::");
            if holds_sql(line) || (line.contains("rusqlite") && !error_words) || line.contains(".conn().query") {
                offences.push(format!("{name}:{n}: {}", line.trim()));
            }
        }
    }
    assert!(offences.is_empty(), "SQL outside the store and the team's server:\n{}", offences.join("\n"));
    assert!(holds_sql(r#"query(conn, "SELECT id FROM settings LIMIT 1", [])"#));
    assert!(holds_sql(r#""UPDATE change_batch SET state = 'dropped'""#));
    assert!(holds_sql(r#"query(conn, "WHERE t.campaign_id = ?1", [id])"#));
    assert!(!holds_sql(r#"Error::validation("to", "select a later date")"#));
}

#[test]
fn every_module_opens_with_a_line_that_says_what_it_holds() {
    let mut silent = Vec::new();
    for dir in SOURCES.iter().chain(&["tests"]) {
        for (name, text) in rust_files(&repo().join(dir)) {
            if !text.trim_start().starts_with("//!") {
                silent.push(name);
            }
        }
    }
    assert!(silent.is_empty(), "modules without a `//!` line: {silent:?}");
}
