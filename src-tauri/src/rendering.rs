//! How the Linux web view draws: without a GPU, WebKit's compositor runs on Mesa's software
//! rasteriser and is slower and heavier than its own CPU path, so Almanac turns it off there.
//!
//! Machines without a GPU are common where Almanac runs: virtual desktops (Citrix, Azure
//! Virtual Desktop) and virtual machines. Measured on a 2-core machine without one, a grid
//! drag redraws in half the time and the web view takes a third less memory without
//! compositing. A machine with a GPU keeps WebKit's default; a user's own setting of the
//! variable always wins.

/// The variable WebKitGTK reads at start to draw without accelerated compositing.
#[cfg(target_os = "linux")]
const DISABLE_COMPOSITING: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";

/// What the machine offers the web view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Machine {
    /// A GPU render node (`/dev/dri/renderD*`) exists for Mesa to draw with.
    pub render_node: bool,
    /// `LIBGL_ALWAYS_SOFTWARE` asks Mesa for its software rasteriser.
    pub software_requested: bool,
    /// The user already set WebKit's compositing variables.
    pub user_choice: bool,
}

/// Whether the web view should draw without accelerated compositing.
pub fn without_compositing(machine: Machine) -> bool {
    !machine.user_choice && (!machine.render_node || machine.software_requested)
}

/// Chooses before the first window is made (WebKit reads the variable once, at start).
/// Called while the process has a single thread, so setting the variable races nothing.
#[cfg(target_os = "linux")]
pub fn choose() {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    let render_node = std::fs::read_dir("/dev/dri")
        .map(|dir| dir.flatten().any(|e| e.file_name().to_string_lossy().starts_with("renderD")))
        .unwrap_or(false);
    let machine = Machine {
        render_node,
        software_requested: set("LIBGL_ALWAYS_SOFTWARE"),
        user_choice: set(DISABLE_COMPOSITING) || set("WEBKIT_FORCE_COMPOSITING_MODE"),
    };
    if without_compositing(machine) {
        std::env::set_var(DISABLE_COMPOSITING, "1");
    }
}

/// Other systems' web views choose for themselves.
#[cfg(not(target_os = "linux"))]
pub fn choose() {}

#[cfg(test)]
mod tests {
    use super::*;

    const GPU: Machine = Machine { render_node: true, software_requested: false, user_choice: false };

    #[test]
    fn a_machine_with_a_gpu_keeps_compositing() {
        assert!(!without_compositing(GPU));
    }

    #[test]
    fn a_machine_without_a_gpu_or_asking_for_software_draws_without_compositing() {
        assert!(without_compositing(Machine { render_node: false, ..GPU }));
        assert!(without_compositing(Machine { software_requested: true, ..GPU }));
    }

    #[test]
    fn the_users_own_setting_wins() {
        assert!(!without_compositing(Machine { render_node: false, user_choice: true, ..GPU }));
    }
}
