//! Compiles the catalogue into the crate: every `locales/<language>/<file>.ftl` becomes an
//! entry of `SOURCES`, so a file added to the catalogue needs no line of code.

use std::fmt::Write;
use std::path::Path;

fn main() {
    // Read when the script runs, not when it was compiled: a build script reused from another
    // checkout of the repository must read this one's catalogue.
    let root = Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut table = String::from("pub(crate) static SOURCES: &[(&str, &str, &str)] = &[\n");
    for (folder, file, path) in files(&root) {
        println!("cargo:rerun-if-changed={}", path.display());
        writeln!(table, "    ({folder:?}, {file:?}, include_str!({:?})),", path.display().to_string()).unwrap();
    }
    table.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("sources.rs");
    std::fs::write(out, table).unwrap();
}

/// (language folder, file name, path) of every `.ftl` file, in a stable order.
fn files(root: &Path) -> Vec<(String, String, std::path::PathBuf)> {
    let mut found = Vec::new();
    for folder in std::fs::read_dir(root).unwrap() {
        let folder = folder.unwrap().path();
        println!("cargo:rerun-if-changed={}", folder.display());
        for file in std::fs::read_dir(&folder).unwrap() {
            let path = file.unwrap().path();
            if path.extension().is_some_and(|e| e == "ftl") {
                let name = |p: &Path| p.file_name().unwrap().to_string_lossy().into_owned();
                found.push((name(&folder), name(&path), path));
            }
        }
    }
    found.sort();
    found
}
