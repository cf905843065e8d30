//! The files the web view may name. A compromised page could ask the app to write a
//! PDF over `~/.bashrc` and open it, or to read any file; so the shell accepts only
//! paths the user picked in a native dialog in this session, or a new file at the path
//! the app itself suggested, each with the extension of what is written or read, and
//! opens only files it exported in this session.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use almanac_core::{Error, Result};

#[derive(Default)]
pub struct FileGrants {
    inner: Mutex<Grants>,
}

#[derive(Default)]
struct Grants {
    /// Chosen in the "Save as" dialog (which asked before replacing a file).
    saves: Vec<PathBuf>,
    /// Suggested by the app: written only while no file is there, or one exported this session.
    suggested: Vec<PathBuf>,
    /// Chosen in the "Open" dialog.
    reads: Vec<PathBuf>,
    /// Written by an export this session: the only files the app opens.
    exported: Vec<PathBuf>,
}

fn refused(message: &str) -> Error {
    Error::validation("path", message)
}

fn has_extension(path: &Path, allowed: &[&str]) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| allowed.iter().any(|a| a.eq_ignore_ascii_case(e)))
}

fn push_once(list: &mut Vec<PathBuf>, path: PathBuf) {
    if !list.contains(&path) {
        list.push(path);
    }
}

impl FileGrants {
    fn lock(&self) -> std::sync::MutexGuard<'_, Grants> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn grant_save(&self, path: &Path) {
        push_once(&mut self.lock().saves, path.to_path_buf());
    }

    pub fn grant_suggested(&self, path: &Path) {
        push_once(&mut self.lock().suggested, path.to_path_buf());
    }

    pub fn grant_read(&self, path: &Path) {
        push_once(&mut self.lock().reads, path.to_path_buf());
    }

    /// `path` as a file the app may write, with `extension`.
    pub fn writable(&self, path: &str, extension: &str) -> Result<PathBuf> {
        let path = PathBuf::from(path);
        if !has_extension(&path, &[extension]) {
            return Err(refused(&format!("the file name must end in .{extension}")));
        }
        let grants = self.lock();
        let fresh_suggestion = grants.suggested.contains(&path)
            && (!path.exists() || grants.exported.contains(&path) || grants.saves.contains(&path));
        if grants.saves.contains(&path) || fresh_suggestion {
            return Ok(path);
        }
        if grants.suggested.contains(&path) {
            return Err(refused(
                "a file of that name is already there: use Choose… to replace it or pick another name",
            ));
        }
        Err(refused("choose where to save with Choose…"))
    }

    /// `path` as a file the app may read, with one of `extensions`.
    pub fn readable(&self, path: &str, extensions: &[&str]) -> Result<PathBuf> {
        let path = PathBuf::from(path);
        if !has_extension(&path, extensions) {
            return Err(refused(&format!("choose a file ending in .{}", extensions.join(", ."))));
        }
        match self.lock().reads.contains(&path) {
            true => Ok(path),
            false => Err(refused("choose the file with Choose…")),
        }
    }

    pub fn record_export(&self, path: &Path) {
        push_once(&mut self.lock().exported, path.to_path_buf());
    }

    /// `path` as a file exported in this session, the only kind the app opens.
    pub fn openable(&self, path: &str) -> Result<PathBuf> {
        let path = PathBuf::from(path);
        match self.lock().exported.contains(&path) {
            true => Ok(path),
            false => Err(refused("only a file exported in this session can be opened")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_chosen_or_fresh_suggested_paths_with_the_right_extension_are_writable() {
        let dir = tempfile::tempdir().unwrap();
        let grants = FileGrants::default();
        let suggested = dir.path().join("plan.pdf");
        let bashrc = dir.path().join(".bashrc");
        let s = |p: &Path| p.display().to_string();
        assert!(grants.writable(&s(&suggested), "pdf").is_err(), "nothing granted yet");
        grants.grant_suggested(&suggested);
        assert_eq!(grants.writable(&s(&suggested), "pdf").unwrap(), suggested);
        grants.grant_save(&bashrc);
        assert!(grants.writable(&s(&bashrc), "pdf").is_err(), "a chosen path still needs the extension");
        let dotdot =
            format!("{}/../{}/plan.pdf", dir.path().display(), dir.path().file_name().unwrap().to_string_lossy());
        assert!(grants.writable(&dotdot, "pdf").is_err(), "another spelling of a granted path is not granted");

        std::fs::write(&suggested, b"yesterday's plan").unwrap();
        let err = grants.writable(&s(&suggested), "pdf").unwrap_err();
        assert!(err.to_string().contains("already there"), "a suggestion never replaces a file: {err}");
        grants.record_export(&suggested);
        assert!(grants.writable(&s(&suggested), "pdf").is_ok(), "unless this session wrote it");
        assert!(grants.openable(&s(&suggested)).is_ok());
        assert!(grants.openable(&s(&bashrc)).is_err());
    }

    #[test]
    fn only_files_chosen_in_the_open_dialog_are_readable() {
        let grants = FileGrants::default();
        assert!(grants.readable("/etc/passwd.csv", &["csv"]).is_err());
        grants.grant_read(Path::new("/home/me/partners.csv"));
        assert!(grants.readable("/home/me/partners.csv", &["csv", "xlsx"]).is_ok());
        assert!(grants.readable("/etc/shadow", &["csv"]).is_err());
    }
}
