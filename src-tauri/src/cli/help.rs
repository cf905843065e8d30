//! The command line's help in its reader's language. The commands' and options' doc
//! comments are the source: `cli-help.ftl` of British English is generated from them (and a
//! test fails when it drifts, as the bindings do), the other languages translate it, and
//! `--help` reads the catalogue. Clap's own words (the headings, "[default: …]", the help
//! and version flags) are the catalogue's too.

use clap::{Arg, ArgAction, Command};

use almanac_core::Sentence;

use super::speech::said;

/// The file generated from the doc comments, in the catalogue of British (and US) English.
#[cfg(test)]
pub const SOURCE_FILE: &str = "cli-help.ftl";

/// The message id of a command's help: `cli-help`, `cli-help-export-plan`.
fn command_id(path: &[String]) -> String {
    path.iter().fold(String::from("cli-help"), |id, name| format!("{id}-{name}"))
}

/// The message id of an option's help: `cli-help-export-plan--out`, or `cli-help-any--from`
/// for an option that several commands share with the same words (the calendar exports'
/// `--from`), so that it is translated once.
fn option_id(path: &[String], arg: &Arg, shared: &Shared) -> String {
    let name = arg.get_id().as_str().replace('_', "-");
    if shared.contains(&name) {
        format!("cli-help-any--{name}")
    } else {
        format!("{}--{name}", command_id(path))
    }
}

/// The options several commands share with the same words.
type Shared = std::collections::BTreeSet<String>;

fn shared_options(command: &Command) -> Shared {
    let mut helps: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    visit(command, &mut Vec::new(), &mut |_, command| {
        for arg in helped(command) {
            let help = help_of(arg).unwrap_or_default();
            helps.entry(arg.get_id().as_str().replace('_', "-")).or_default().push(help);
        }
    });
    helps
        .into_iter()
        .filter(|(_, texts)| texts.len() > 1 && texts.iter().all(|t| *t == texts[0]))
        .map(|(id, _)| id)
        .collect()
}

/// Calls `f` on `command` and every subcommand under it, with its path of names.
fn visit(command: &Command, path: &mut Vec<String>, f: &mut impl FnMut(&[String], &Command)) {
    f(path, command);
    for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
        path.push(sub.get_name().to_string());
        visit(sub, path, f);
        path.pop();
    }
}

/// The options of `command` a person reads help for.
fn helped(command: &Command) -> impl Iterator<Item = &Arg> {
    command.get_arguments().filter(|a| !a.is_hide_set() && !is_builtin(a) && help_of(a).is_some())
}

fn help_of(arg: &Arg) -> Option<String> {
    arg.get_long_help().or(arg.get_help()).map(ToString::to_string)
}

/// Every help text the commands carry, as (message id, text), in the order `--help` shows
/// them; a shared option's once.
#[cfg(test)]
fn texts(command: &Command) -> Vec<(String, String)> {
    let shared = shared_options(command);
    let mut out: Vec<(String, String)> = Vec::new();
    visit(command, &mut Vec::new(), &mut |path, command| {
        if let Some(about) = command.get_long_about().or(command.get_about()) {
            out.push((command_id(path), about.to_string()));
        }
        for arg in helped(command) {
            let id = option_id(path, arg, &shared);
            if !out.iter().any(|(known, _)| *known == id) {
                out.push((id, help_of(arg).unwrap_or_default()));
            }
        }
    });
    out
}

fn is_builtin(arg: &Arg) -> bool {
    matches!(arg.get_id().as_str(), "help" | "version")
}

/// The British English source of `cli-help.ftl`, written from the commands' doc comments.
#[cfg(test)]
pub fn catalogue_source(command: &Command) -> String {
    let found = texts(command);
    let mut ftl = String::from(
        "## The command line's help (`almanac --help`, `almanac export plan --help`): one message\n\
         ## per command and per option, named by the command's words and the option's name.\n\
         ## Generated from the commands' doc comments: do not edit the British or US English\n\
         ## file; run `cargo test -p almanac -- --ignored write_cli_help`. Words typed stay as\n\
         ## they are (--out, FILE, YYYY-MM-DD, `almanac export json`).\n\n",
    );
    for (id, text) in found {
        // One line per message: the doc comment's own line breaks are clap's wrapping.
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        ftl.push_str(&format!("{id} = {}\n", escaped(&text)));
    }
    ftl
}

/// Text as a Fluent pattern: braces are placeables in Fluent, so they are written as string
/// literals; a leading character Fluent reads as syntax is kept the same way.
#[cfg(test)]
fn escaped(text: &str) -> String {
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        match c {
            '{' => out.push_str("{ \"{\" }"),
            '}' => out.push_str("{ \"}\" }"),
            '[' | '*' | '.' if i == 0 => out.push_str(&format!("{{ \"{c}\" }}")),
            c => out.push(c),
        }
    }
    out
}

/// The message `id` in the command line's language.
fn text(id: &str) -> String {
    said(&Sentence::new(id))
}

/// `command` with every help text, heading and clap's own words from the catalogue.
pub fn localized(command: Command) -> Command {
    let shared = shared_options(&command);
    localize(command, &mut Vec::new(), &shared)
}

fn localize(command: Command, path: &mut Vec<String>, shared: &Shared) -> Command {
    let root = path.is_empty();
    let has_about = command.get_about().is_some() || command.get_long_about().is_some();
    let mut command = command
        .help_template(format!(
            "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            text("cli-help-usage")
        ))
        .subcommand_help_heading(text("cli-help-commands"))
        .subcommand_value_name(text("cli-help-command"))
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .arg(Arg::new("help").short('h').long("help").action(ArgAction::Help).help(text("cli-help-help")));
    if has_about {
        command = command.about(text(&command_id(path))).long_about(None);
    }
    if root {
        command = command.disable_version_flag(true).arg(
            Arg::new("version").short('V').long("version").action(ArgAction::Version).help(text("cli-help-version")),
        );
    }
    let options = text("cli-help-options");
    let arguments = text("cli-help-arguments");
    command = command.mut_args(|arg| {
        if is_builtin(&arg) || arg.is_hide_set() {
            return arg.help_heading(options.clone());
        }
        let heading = if arg.is_positional() { arguments.clone() } else { options.clone() };
        let arg = if help_of(&arg).is_some() {
            let help = with_choices(text(&option_id(path, &arg, shared)), &arg);
            arg.help(help)
        } else {
            arg
        };
        let takes_values = arg.get_action().takes_values();
        arg.long_help(None).help_heading(heading).hide_default_value(takes_values).hide_possible_values(takes_values)
    });
    let names: Vec<String> = command.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in names {
        path.push(name.clone());
        command = command.mut_subcommand(&name, |sub| localize(sub, path, shared));
        path.pop();
    }
    command
}

/// Ends the run on arguments clap refused, saying why in the reader's language (clap's own
/// English where the catalogue has no sentence for the case); help and version are printed
/// as asked.
pub fn refuse(error: clap::Error) -> ! {
    use clap::error::ErrorKind;
    let Some(sentence) = refusal(&error) else { error.exit() };
    if matches!(error.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        error.exit()
    }
    let mut out = format!("almanac: {}\n", said(&sentence));
    if let Some(suggested) = suggestion(&error) {
        out.push_str(&format!("  {}\n", said(&Sentence::new("cli-usage-suggested").with("suggestion", suggested))));
    }
    if let Some(clap::error::ContextValue::StyledStr(usage)) = error.get(clap::error::ContextKind::Usage) {
        let usage = usage.to_string();
        let usage = usage.trim().strip_prefix("Usage:").unwrap_or(&usage).trim().to_string();
        out.push_str(&format!("\n{} {usage}\n", text("cli-help-usage")));
    }
    out.push_str(&format!("\n{}\n", said(&Sentence::new("cli-usage-more").with("help", "--help"))));
    eprint!("{out}");
    std::process::exit(2)
}

/// The sentence for a refusal clap explains, from what it names.
fn refusal(error: &clap::Error) -> Option<Sentence> {
    use clap::error::{ContextKind as K, ErrorKind};
    let one = |kind| match error.get(kind) {
        Some(clap::error::ContextValue::String(s)) => Some(s.clone()),
        Some(clap::error::ContextValue::Strings(v)) => Some(v.join(" ")),
        _ => None,
    };
    let many = |kind| match error.get(kind) {
        Some(clap::error::ContextValue::Strings(v)) => v.clone(),
        Some(clap::error::ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    };
    Some(match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => Sentence::new("cli-help-help"),
        ErrorKind::ArgumentConflict => {
            let arg = one(K::InvalidArg)?;
            match many(K::PriorArg) {
                prior if prior.is_empty() || prior == [arg.clone()] => {
                    Sentence::new("cli-usage-repeated").with("arg", arg)
                }
                prior => Sentence::new("cli-usage-conflict").with("arg", arg).with("other", prior),
            }
        }
        ErrorKind::InvalidValue => {
            let (arg, value) = (one(K::InvalidArg)?, one(K::InvalidValue).unwrap_or_default());
            let choices = many(K::ValidValue);
            if choices.is_empty() {
                Sentence::new("cli-usage-needs-value").with("arg", arg)
            } else {
                Sentence::new("cli-usage-invalid-value").with("arg", arg).with("value", value).with("choices", choices)
            }
        }
        ErrorKind::InvalidSubcommand => {
            Sentence::new("cli-usage-unknown-command").with("command", one(K::InvalidSubcommand)?)
        }
        ErrorKind::UnknownArgument => Sentence::new("cli-usage-unknown-argument").with("arg", one(K::InvalidArg)?),
        ErrorKind::MissingRequiredArgument => Sentence::new("cli-usage-missing").with("args", many(K::InvalidArg)),
        ErrorKind::MissingSubcommand => Sentence::new("cli-usage-missing-command")
            .with("command", one(K::InvalidSubcommand)?)
            .with("commands", many(K::ValidSubcommand)),
        ErrorKind::ValueValidation => {
            let reason = std::error::Error::source(error).map(ToString::to_string).unwrap_or_default();
            Sentence::new("cli-usage-bad-value")
                .with("arg", one(K::InvalidArg)?)
                .with("value", one(K::InvalidValue).unwrap_or_default())
                .with("reason", reason)
        }
        ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            Sentence::new("cli-usage-values").with("arg", one(K::InvalidArg)?)
        }
        _ => return None,
    })
}

/// What clap suggests was meant ("did you mean --out?").
fn suggestion(error: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind as K, ContextValue};
    [K::SuggestedArg, K::SuggestedSubcommand, K::SuggestedValue].into_iter().find_map(|kind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) if !v.is_empty() => Some(v.join(", ")),
        _ => None,
    })
}

/// A help text with what clap would add to it in English: the option's choices and default.
fn with_choices(help: String, arg: &Arg) -> String {
    let mut help = help;
    let choices: Vec<String> =
        arg.get_possible_values().iter().filter(|v| !v.is_hide_set()).map(|v| v.get_name().to_string()).collect();
    if !choices.is_empty() && arg.get_action().takes_values() {
        let list = Sentence::new("cli-help-choices").with("choices", choices);
        help = format!("{help} {}", said(&list));
    }
    if let Some(default) = arg.get_default_values().first().filter(|_| arg.get_action().takes_values()) {
        let default = Sentence::new("cli-help-default").with("value", default.to_string_lossy().into_owned());
        help = format!("{help} {}", said(&default));
    }
    help
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    fn source_path(folder: &str) -> std::path::PathBuf {
        std::path::PathBuf::from(
            std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_else(|| env!("CARGO_MANIFEST_DIR").into()),
        )
        .join("i18n/locales")
        .join(folder)
        .join(SOURCE_FILE)
    }

    #[test]
    fn the_help_catalogue_is_written_from_the_doc_comments() {
        let source = catalogue_source(&super::super::Cli::command());
        for folder in ["en-GB", "en-US"] {
            let kept = std::fs::read_to_string(source_path(folder)).unwrap_or_default();
            assert!(
                kept == source,
                "{folder}/{SOURCE_FILE} is out of date: run `cargo test -p almanac -- --ignored write_cli_help`"
            );
        }
    }

    #[test]
    #[ignore = "writes the British and US English cli-help.ftl from the doc comments"]
    fn write_cli_help() {
        let source = catalogue_source(&super::super::Cli::command());
        for folder in ["en-GB", "en-US"] {
            std::fs::write(source_path(folder), &source).unwrap();
        }
    }

    #[test]
    fn every_command_and_option_has_help() {
        let mut unhelped = Vec::new();
        visit(&super::super::Cli::command(), &mut Vec::new(), &mut |path, command| {
            for arg in command.get_arguments().filter(|a| !a.is_hide_set() && help_of(a).is_none()) {
                unhelped.push(format!("{} --{}", path.join(" "), arg.get_id()));
            }
        });
        assert!(unhelped.is_empty(), "options without a doc comment: {unhelped:?}");
    }

    #[test]
    fn every_command_and_option_is_helped_in_every_language() {
        for language in almanac_i18n::Language::EVERY {
            let words = almanac_i18n::Words::for_language(language);
            for (id, _) in &texts(&super::super::Cli::command()) {
                let said = words.text(id);
                assert!(!said.is_empty() && said != *id, "{}: no {id}", language.tag());
            }
        }
    }

    #[test]
    fn a_braced_or_bracketed_help_stays_as_written() {
        assert_eq!(escaped("[ID] {x}"), "{ \"[\" }ID] { \"{\" }x{ \"}\" }");
    }
}
