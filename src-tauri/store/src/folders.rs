//! The app's own folders under the system's (its data, its settings), named by the app's
//! identifier. An older Almanac named them `org.almanac.app`, an identifier macOS reads as
//! an application bundle; the first start under the current one moves such a folder into
//! place, whole, so the plan and its backups are found where they now belong.

use std::path::{Path, PathBuf};

/// The app's identifier, as `tauri.conf.json` has it: the name of its folders.
pub const IDENTIFIER: &str = "org.almanac.planner";

/// The identifiers older Almanacs named their folders by, newest first.
pub const FORMER_IDENTIFIERS: [&str; 1] = ["org.almanac.app"];

/// The app's folder in `base` (the system's data or config folder). When it does not exist
/// yet and a former one does, the former one is moved into place first. Should the move
/// fail, the former folder is used as it is: the plan stays where it can be opened.
pub fn app_folder(base: &Path) -> PathBuf {
    let current = base.join(IDENTIFIER);
    if current.exists() {
        return current;
    }
    let Some(former) = FORMER_IDENTIFIERS.iter().map(|f| base.join(f)).find(|f| f.is_dir()) else {
        return current;
    };
    // A rename within one parent folder: the whole folder moves at once, or not at all.
    match std::fs::rename(&former, &current) {
        Ok(()) => current,
        Err(_) => former,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_former_folder_moves_into_place_once_with_everything_in_it() {
        let base = tempfile::tempdir().unwrap();
        let former = base.path().join(FORMER_IDENTIFIERS[0]);
        std::fs::create_dir_all(former.join("backups")).unwrap();
        std::fs::write(former.join(crate::DATABASE_FILE), b"the plan").unwrap();
        std::fs::write(former.join("backups/monday.almanac-backup"), b"a backup").unwrap();

        let folder = app_folder(base.path());
        assert_eq!(folder, base.path().join(IDENTIFIER));
        assert_eq!(std::fs::read(folder.join(crate::DATABASE_FILE)).unwrap(), b"the plan");
        assert_eq!(std::fs::read(folder.join("backups/monday.almanac-backup")).unwrap(), b"a backup");
        assert!(!former.exists(), "moved, not copied");
        assert_eq!(app_folder(base.path()), folder, "the second start finds it in place");
    }

    #[test]
    fn a_current_folder_is_kept_and_a_former_one_beside_it_is_left_alone() {
        let base = tempfile::tempdir().unwrap();
        let current = base.path().join(IDENTIFIER);
        let former = base.path().join(FORMER_IDENTIFIERS[0]);
        std::fs::create_dir_all(&current).unwrap();
        std::fs::create_dir_all(&former).unwrap();
        std::fs::write(former.join(crate::DATABASE_FILE), b"older").unwrap();
        assert_eq!(app_folder(base.path()), current);
        assert!(former.join(crate::DATABASE_FILE).exists(), "nothing of the older one is touched");
        let fresh = tempfile::tempdir().unwrap();
        assert_eq!(app_folder(fresh.path()), fresh.path().join(IDENTIFIER), "a first start makes none");
        assert!(!fresh.path().join(IDENTIFIER).exists());
    }
}
