//! The Almanac desktop shell: the Tauri builder, the typed commands and the CLI.
//! All logic lives in `almanac-core`; this crate only adapts it.

mod appearance;
pub mod cli;
mod credentials;
mod features;
mod files;
mod instance;
mod kept;
mod language;
mod logging;
mod menu;
mod rendering;
mod services;
mod startup;
mod state;

use std::path::Path;

use almanac_core::Store;
use tauri_specta::{collect_commands, collect_events, Builder};

pub use menu::MenuAction;
pub use state::PlanChanged;

/// Where the generated TypeScript bindings live, relative to this crate.
pub const BINDINGS_PATH: &str = "../ui/src/bindings.ts";

/// The app's identifier (`tauri.conf.json`), which names its config and data folders.
pub use almanac_core::store::folders::IDENTIFIER;

/// Every command and event the UI may use.
pub fn specta_builder() -> Builder<tauri::Wry> {
    use features::{
        about::*, appearance::*, approvals::*, backups::*, calendar::*, calendar_server::*, campaigns::*, checks::*,
        collaborations::*, comments::*, exports::*, history::*, imports::*, language::*, partners::*, pause::*,
        plan::*, recovery::*, reminders::*, requests::*, results::*, settings::*, team_sync::*, welcome::*,
    };
    Builder::<tauri::Wry>::new()
        // One TypeScript type per Rust type: our inputs and outputs are separate types already.
        .disable_serde_phases()
        .commands(collect_commands![
            get_settings,
            plan_health,
            repair_plan,
            update_settings,
            plan_summary,
            load_sample,
            list_brands,
            create_brand,
            update_brand,
            delete_brand,
            list_channels,
            create_channel,
            update_channel,
            delete_channel,
            list_objectives,
            create_objective,
            update_objective,
            delete_objective,
            list_campaigns,
            create_campaign,
            update_campaign,
            delete_campaign,
            preview_campaign_shift,
            shift_campaign,
            get_plan_year,
            save_plan_year,
            preview_election,
            replan_election,
            year_timeline,
            key_date_marks,
            create_key_date,
            delete_key_date,
            list_items,
            list_backlog,
            find_items,
            get_item,
            count_copy,
            create_item,
            update_item,
            move_item,
            delete_item,
            history,
            undo,
            redo,
            suggest_export_path,
            choose_save_path,
            export_annual_plan,
            open_exported,
            export_calendar,
            export_spreadsheet,
            export_handoff,
            export_audit,
            export_web_page,
            published_calendar,
            publish_calendar,
            stop_publishing,
            calendar_server,
            push_to_calendar_server,
            push_calendar_now,
            stop_pushing,
            back_up_plan,
            export_plan_json,
            choose_plan_copy,
            restore_plan,
            choose_calendar_file,
            preview_calendar_import,
            import_calendar,
            preview_item_import,
            import_items,
            collaboration_brief,
            export_brief,
            campaign_brief,
            export_campaign_brief,
            list_partners,
            create_partner,
            update_partner,
            delete_partner,
            merge_partners,
            list_partner_groups,
            create_partner_group,
            update_partner_group,
            delete_partner_group,
            collaboration_tracker,
            create_collaboration,
            update_collaboration,
            delete_collaboration,
            set_collaboration_status,
            add_group_to_collaboration,
            choose_spreadsheet,
            preview_partner_import,
            import_partners,
            check_plan,
            findings_between,
            item_findings,
            preview_move,
            list_members,
            create_member,
            update_member,
            delete_member,
            add_translation,
            list_translations,
            create_coverage_rule,
            update_coverage_rule,
            delete_coverage_rule,
            coverage_period_items,
            propose_fill,
            apply_fill,
            active_pause,
            pause_plan,
            resume_pause,
            create_series,
            get_series,
            edit_series_item,
            delete_series_item,
            startup_problem,
            restore_backup,
            about_app,
            ui_language,
            choose_ui_language,
            ui_theme,
            choose_ui_theme,
            zoom_window,
            team_sync,
            item_history,
            join_team,
            sync_team_now,
            team_conflicts,
            team_set_aside,
            keep_conflict,
            approval_queue,
            laptop_user,
            set_laptop_user,
            submit_for_review,
            decide_approval,
            item_approvals,
            list_requests,
            create_request,
            update_request,
            delete_request,
            assess_request,
            accept_request,
            set_aside_request,
            results_report,
            choose_results_file,
            preview_results_import,
            import_results,
            item_link,
            set_item_link,
            paste_links,
            create_outcome,
            update_outcome,
            delete_outcome,
            export_results,
            list_comments,
            add_comment,
            delete_comment,
            list_decisions,
            log_decision,
            update_decision,
            delete_decision,
            export_decisions,
            reminder_settings,
            save_reminder_settings,
            due_reminders,
            send_digest_now,
        ])
        .events(collect_events![
            PlanChanged,
            MenuAction,
            ZoomChanged,
            CalendarPushProgress,
            TeamSyncState,
            TeamSyncProgress
        ])
}

/// Writes the TypeScript bindings to `path`.
pub fn export_bindings(path: &Path) -> Result<(), String> {
    let header = "// Generated by tauri-specta from the Rust commands. Do not edit: run\n\
                  // `cargo test -p almanac -- --ignored write_bindings` to regenerate.\n";
    specta_builder().export(specta_typescript::Typescript::default().header(header), path).map_err(|e| e.to_string())
}

/// Opens the plan in `data_dir` and runs the window until it is closed, in `language` when
/// one is named for this run. A plan that cannot be opened does not stop the window: it
/// shows what is wrong and the backups to restore.
pub fn run_app(data_dir: &Path, language: Option<almanac_i18n::Language>) -> Result<(), almanac_core::Sentence> {
    rendering::choose();
    // Tauri finds the settings folder by the identifier: an older Almanac's is moved first.
    let _ = cli::speech::config_dir();
    let opened = Store::open_dir(data_dir);
    let opening = match &opened {
        Ok(_) => format!("Almanac {} opened the plan in {}", env!("CARGO_PKG_VERSION"), data_dir.display()),
        Err(e) => {
            format!("Almanac {} could not open the plan in {}: {e}", env!("CARGO_PKG_VERSION"), data_dir.display())
        }
    };
    let builder = specta_builder();
    let mut tauri_app = tauri::Builder::default();
    let problem = match opened {
        Ok(store) => {
            tauri_app = tauri_app.manage(state::AppState::new(store));
            None
        }
        Err(e) => Some(e),
    };
    tauri_app
        // First among the plugins: a second start on the plan exits before anything else runs.
        .plugin(instance::plugin(data_dir))
        .plugin(logging::plugin(data_dir))
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_notification::init())
        .manage(startup::Startup::new(data_dir.to_path_buf(), problem))
        .invoke_handler(builder.invoke_handler())
        .setup(move |app| {
            log::info!("{opening}");
            builder.mount_events(app);
            snapshot_in_background(app.handle());
            services::team_sync::start(app.handle());
            services::outside::start(app.handle());
            features::reminders::start(app.handle());
            use tauri::Manager;
            let setting = language::LanguageSetting::load(app.path().app_config_dir().ok().as_deref(), language);
            app.set_menu(menu::build(app.handle(), setting.current())?)?;
            app.manage(setting);
            // The theme and zoom kept on this laptop, given to the window before its page is drawn.
            let appearance = appearance::AppearanceSetting::load(app.path().app_config_dir().ok().as_deref());
            if let Some(chosen) = appearance.chosen() {
                features::appearance::tell_the_windows(app.handle(), Some(chosen));
            }
            if appearance.zoom() != appearance::ACTUAL_SIZE {
                features::appearance::zoom_the_windows(app.handle(), appearance.zoom());
            }
            app.manage(appearance);
            app.on_menu_event(menu::on_event);
            Ok(())
        })
        .run(tauri::generate_context!())
        .map_err(window_failed)
}

/// The first start of the day snapshots the plan (see the store's `backup`) from a
/// background thread through the app's own connection, so the window does not wait for
/// the copy and no second connection races its writes.
fn snapshot_in_background(app: &tauri::AppHandle) {
    use tauri::Manager;
    let app = app.clone();
    std::thread::spawn(move || {
        let Some(state) = app.try_state::<state::AppState>() else { return };
        let taken = state::read(&state, |s| almanac_core::store::backup::snapshot_daily(s, chrono::Utc::now()));
        if let Err(e) = taken {
            log::error!("the daily snapshot failed: {e}");
        }
    });
}

/// An empty window of the same runtime (Tauri and the system web view, no plan, no UI):
/// the baseline the benchmarks hold Almanac's start-up time and memory against.
pub fn run_bare_window() -> Result<(), almanac_core::Sentence> {
    rendering::choose();
    let mut context = tauri::generate_context!();
    for window in &mut context.config_mut().app.windows {
        window.url = tauri::WebviewUrl::App("bare.html".into());
    }
    tauri::Builder::default().run(context).map_err(window_failed)
}

fn window_failed(e: tauri::Error) -> almanac_core::Sentence {
    almanac_core::Sentence::new("cli-window-failed").with("reason", e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bindings_path() -> std::path::PathBuf {
        std::path::PathBuf::from(
            std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_else(|| env!("CARGO_MANIFEST_DIR").into()),
        )
        .join(BINDINGS_PATH)
    }

    /// CI fails here when the committed bindings differ from the commands.
    #[test]
    fn committed_bindings_match_the_commands() {
        let dir = std::env::temp_dir().join(format!("almanac-bindings-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let fresh = dir.join("bindings.ts");
        export_bindings(&fresh).unwrap();
        let fresh = std::fs::read_to_string(&fresh).unwrap();
        let committed = std::fs::read_to_string(bindings_path()).unwrap_or_default();
        assert!(
            fresh == committed,
            "ui/src/bindings.ts is out of date: run `cargo test -p almanac -- --ignored write_bindings` and commit it"
        );
    }

    #[test]
    #[ignore = "writes ui/src/bindings.ts; run on purpose"]
    fn write_bindings() {
        export_bindings(&bindings_path()).unwrap();
    }
}
