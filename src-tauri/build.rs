//! Build script: Tauri's code generation (the app's config and capabilities) at compile time.
//!
//! The config and the capabilities are named relative to this crate, so Cargo watches them
//! by package-relative paths: a target folder shared by clones in other folders then sees
//! them unchanged rather than re-running this script and rebuilding the app each time.

fn main() {
    println!("cargo:rerun-if-changed=capabilities");
    let attributes =
        tauri_build::Attributes::new().config_path("tauri.conf.json").capabilities_path_pattern("./capabilities/**/*");
    if let Err(e) = tauri_build::try_build(attributes) {
        panic!("the Tauri build step failed: {e:#}");
    }
}
