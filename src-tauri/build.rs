//! Build script: Tauri's code generation (the app's config and capabilities) at compile time.

fn main() {
    tauri_build::build()
}
