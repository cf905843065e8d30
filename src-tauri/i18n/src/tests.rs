//! The catalogue held whole: every language has every message of British English, with the
//! same arguments, and nothing more; every message formats in every language.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::*;

/// Each message of a language's files, with the arguments it uses.
fn messages(language: Language) -> BTreeMap<String, BTreeSet<String>> {
    let mut found = BTreeMap::new();
    for (file, text) in files(language) {
        let resource = fluent_syntax::parser::parse(text)
            .unwrap_or_else(|(_, errors)| panic!("{}/{file} does not parse: {errors:?}", language.folder()));
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let mut args = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    arguments(pattern, &mut args);
                }
                for attribute in &message.attributes {
                    arguments(&attribute.value, &mut args);
                }
                let id = message.id.name.to_owned();
                assert!(found.insert(id.clone(), args).is_none(), "{}: {id} twice", language.folder());
            }
        }
    }
    found
}

fn arguments(pattern: &Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_arguments(expression, found);
        }
    }
}

fn expression_arguments(expression: &Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_arguments(inline, found),
        Expression::Select { selector, variants } => {
            inline_arguments(selector, found);
            for variant in variants {
                arguments(&variant.value, found);
            }
        }
    }
}

fn inline_arguments(inline: &InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments: call, .. } => {
            for argument in &call.positional {
                inline_arguments(argument, found);
            }
        }
        InlineExpression::Placeable { expression } => expression_arguments(expression, found),
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_with_the_same_arguments() {
    let source = messages(Language::EnGb);
    assert!(source.len() > 40, "the source catalogue: {} messages", source.len());
    let source_files: BTreeSet<_> = files(Language::EnGb).map(|(file, _)| file).collect();
    for language in Language::OFFERED {
        let files: BTreeSet<_> = files(language).map(|(file, _)| file).collect();
        assert_eq!(files, source_files, "{}: the same files as en-GB", language.tag());
        let translated = messages(language);
        let missing: Vec<_> = source.keys().filter(|id| !translated.contains_key(*id)).collect();
        let extra: Vec<_> = translated.keys().filter(|id| !source.contains_key(*id)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{}: missing {missing:?}, not in en-GB {extra:?}",
            language.tag()
        );
        for (id, args) in &source {
            assert_eq!(&translated[id], args, "{}: {id} takes the same arguments as en-GB", language.tag());
        }
    }
}

#[test]
fn every_message_formats_in_every_language_without_an_error() {
    for language in Language::EVERY {
        let catalogue = Catalogue::of(language);
        for (id, args) in messages(language) {
            let message = catalogue.bundle.get_message(&id).expect("a message the files hold");
            let mut fluent_args = FluentArgs::new();
            for arg in &args {
                fluent_args.set(arg.as_str(), FluentValue::from(2));
            }
            let mut errors = Vec::new();
            let text =
                catalogue.bundle.format_pattern(message.value().expect("a value"), Some(&fluent_args), &mut errors);
            // A separator may be a space (French groups thousands with a narrow no-break space).
            let says_something = !text.trim().is_empty() || (id.ends_with("-separator") && !text.is_empty());
            assert!(errors.is_empty() && says_something, "{}: {id}: {errors:?}", language.tag());
        }
    }
}

#[test]
fn the_pseudo_locale_brackets_and_accents_the_source_but_not_its_arguments() {
    let pseudo = Catalogue::of(Language::Pseudo);
    assert_eq!(pseudo.text("nav-plan"), "⟦Þĺááñ⟧");
    assert_eq!(pseudo.format("app-undo-labelled", &[("label", "Move".into())]), "⟦Úñđđó: Move⟧");
}

#[test]
fn arabic_isolates_its_arguments_and_english_does_not() {
    let args = [("label", Arg::from("Move"))];
    assert_eq!(Catalogue::of(Language::EnGb).format("app-undo-labelled", &args), "Undo: Move");
    let arabic = Catalogue::of(Language::Ar).format("app-undo-labelled", &args);
    assert!(arabic.contains("\u{2068}Move\u{2069}"), "{arabic}");
}

#[test]
fn a_missing_message_shows_its_id_rather_than_failing() {
    assert_eq!(Catalogue::of(Language::Nl).text("no-such-message"), "no-such-message");
}

#[test]
fn an_enumerations_value_has_a_message_id_as_the_window_names_it() {
    assert_eq!(crate::value_id("item-status", "inReview"), "item-status-in-review");
    assert_eq!(crate::value_id("item-format", "post"), "item-format-post");
    let names: Vec<String> = crate::in_every_language("item-status-in-review").collect();
    assert_eq!(names.len(), Language::OFFERED.len());
    assert_eq!(names[0], "In review");
}
