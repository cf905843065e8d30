//! Compiles the catalogue into the crate: every `locales/<language>/<file>.ftl` becomes an
//! entry of `SOURCES`, so a file added to the catalogue needs no line of code.
//!
//! Paths are written relative to the crate (watched) or to `CARGO_MANIFEST_DIR` (included),
//! never as this checkout's absolute path: a Cargo target folder shared by clones in other
//! folders then knows the catalogue unchanged, and never reads another clone's files.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let root = Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("locales");
    println!("cargo:rerun-if-changed=locales");
    let mut table = String::from("pub(crate) static SOURCES: &[(&str, &str, &str)] = &[\n");
    for (folder, file) in files(&root) {
        let relative = format!("locales/{folder}/{file}");
        println!("cargo:rerun-if-changed={relative}");
        writeln!(
            table,
            "    ({folder:?}, {file:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/{relative}\"))),"
        )
        .unwrap();
    }
    table.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("sources.rs");
    std::fs::write(out, table).unwrap();
}

/// (language folder, file name) of every `.ftl` file, in a stable order.
fn files(root: &Path) -> Vec<(String, String)> {
    let name = |p: &Path| p.file_name().unwrap().to_string_lossy().into_owned();
    let mut found = Vec::new();
    for folder in std::fs::read_dir(root).unwrap() {
        let folder = folder.unwrap().path();
        println!("cargo:rerun-if-changed=locales/{}", name(&folder));
        for file in std::fs::read_dir(&folder).unwrap() {
            let path = file.unwrap().path();
            if path.extension().is_some_and(|e| e == "ftl") {
                found.push((name(&folder), name(&path)));
            }
        }
    }
    found.sort();
    found
}
