//! The `almanac` binary: the CLI, which opens the window when given no subcommand.

// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    std::process::exit(almanac_app::cli::main());
}
