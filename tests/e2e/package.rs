//! The installer as a team's laptop meets it: the .deb that `scripts/package.sh` built
//! installs with apt, the installed app (its menu entry and icon in place) opens the
//! sample plan under Xvfb, and apt removes it again without a file left behind.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::json;
use thirtyfour::prelude::*;

use crate::driver::{trace, App};

/// Runs a command as root (directly when the tests run as root, else through sudo).
fn as_root(args: &[&str]) -> std::process::Output {
    let root = Command::new("id").arg("-u").output().map(|o| o.stdout == b"0\n").unwrap_or(false);
    let mut command = if root { Command::new(args[0]) } else { Command::new("sudo") };
    if !root {
        command.arg(args[0]);
    }
    command.args(&args[1..]).env("DEBIAN_FRONTEND", "noninteractive").output().expect("the command runs")
}

fn field(deb: &Path, name: &str) -> String {
    let out = Command::new("dpkg-deb").arg("-f").arg(deb).arg(name).output().expect("dpkg-deb runs");
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn installed_files(package: &str) -> Vec<PathBuf> {
    let out = Command::new("dpkg").args(["-L", package]).output().expect("dpkg runs");
    String::from_utf8_lossy(&out.stdout).lines().map(PathBuf::from).filter(|p| p.is_file()).collect()
}

#[tokio::test]
#[ignore = "needs the .deb from scripts/package.sh (ALMANAC_DEB), root or sudo, and a display; run by the test script"]
async fn the_deb_installs_with_apt_opens_the_sample_plan_and_is_removed_cleanly() -> WebDriverResult<()> {
    let deb = PathBuf::from(std::env::var_os("ALMANAC_DEB").expect("ALMANAC_DEB names the .deb to install"));
    let deb = deb.canonicalize().expect("the .deb exists");
    let size = std::fs::metadata(&deb)?.len();
    assert!(size <= 25 * 1024 * 1024, "the .deb is {size} bytes, over 25 MB");
    let package = field(&deb, "Package");
    assert_eq!(package, "almanac");
    assert!(field(&deb, "Depends").contains("libwebkit2gtk-4.1"), "it names the web view it needs");

    trace("apt-get install the .deb");
    let install = as_root(&["apt-get", "install", "-y", "--no-install-recommends", &deb.display().to_string()]);
    assert!(install.status.success(), "apt installs it: {}", String::from_utf8_lossy(&install.stderr));
    let files = installed_files(&package);
    let binary = files.iter().find(|f| f.ends_with("bin/almanac")).expect("the app's binary").clone();
    assert!(files.iter().any(|f| f.extension().is_some_and(|e| e == "desktop")), "a menu entry: {files:?}");
    assert!(files.iter().any(|f| f.to_string_lossy().contains("/icons/")), "an icon: {files:?}");

    // The installed app, on the sample plan, as a person would open it.
    let data = tempfile::tempdir()?;
    let sample = Command::new(&binary).arg("sample").arg("--data-dir").arg(data.path()).output()?;
    assert!(sample.status.success(), "{}", String::from_utf8_lossy(&sample.stderr));
    let app = App::launch_binary(binary.clone(), vec![json!("--data-dir"), json!(data.path())]).await?;
    app.driver.query(By::Css("[data-testid=timeline] .bar")).first().await?;
    app.open_view("calendar").await?;
    app.driver.query(By::Css(".fc-event")).first().await?;
    app.screenshot("60-installed-app").await?;
    app.quit().await?;

    trace("apt-get purge");
    let remove = as_root(&["apt-get", "purge", "-y", &package]);
    assert!(remove.status.success(), "apt removes it: {}", String::from_utf8_lossy(&remove.stderr));
    let left: Vec<&PathBuf> = files.iter().filter(|f| f.exists()).collect();
    assert!(left.is_empty(), "files left behind: {left:?}");
    let status = Command::new("dpkg").args(["-s", &package]).output()?;
    assert!(!status.status.success(), "dpkg no longer knows the package");
    Ok(())
}
