//! The catalogue against the names the plan itself uses: every key date of the built-in
//! catalogue and every field a change can name has its words in every language, so no
//! English (or a message's id) shows through a Dutch or Arabic window or page.

use almanac_core::domain::message_fields::FIELDS;
use almanac_core::schedule::key_dates::CATALOGUE;
use almanac_core::Error;
use almanac_i18n::{Catalogue, Language};

/// The ids of `ids` that `language`'s catalogue lacks (a missing message comes back as its id).
fn missing(language: Language, ids: &[String]) -> Vec<String> {
    let words = Catalogue::of(language);
    ids.iter().filter(|id| words.text(id) == **id).cloned().collect()
}

#[test]
fn every_key_date_of_the_catalogue_is_named_in_every_language() {
    let ids: Vec<String> = CATALOGUE.iter().map(|e| format!("key-date-{}", e.key())).collect();
    assert_eq!(ids.len(), CATALOGUE.len());
    for language in Language::OFFERED {
        assert_eq!(missing(language, &ids), Vec::<String>::new(), "{language:?}");
    }
    // The translations are translations: the UN's French names are not its English ones.
    let french = Catalogue::of(Language::Fr);
    let english = Catalogue::of(Language::EnGb);
    let same = ids.iter().filter(|id| french.text(id) == english.text(id)).count();
    assert!(same < ids.len() / 4, "{same} of {} key dates have the same name in French", ids.len());
}

#[test]
fn every_field_a_change_can_name_has_its_words_in_every_language() {
    // As the window names a field (ui/src/lib/team.svelte.ts: `_dates` → `field-dates`).
    let ids: Vec<String> = FIELDS
        .iter()
        .flat_map(|(_, fields)| fields.iter())
        .map(|(field, _)| {
            let kebab: String = field
                .trim_start_matches('_')
                .chars()
                .flat_map(|c| if c.is_ascii_uppercase() { vec!['-', c.to_ascii_lowercase()] } else { vec![c] })
                .collect();
            format!("field-{kebab}")
        })
        .collect();
    assert!(ids.len() > 100);
    for language in Language::OFFERED {
        assert_eq!(missing(language, &ids), Vec::<String>::new(), "{language:?}");
    }
}

#[test]
fn a_form_s_refusal_reads_in_the_reader_s_language_and_in_english_on_the_command_line() {
    use almanac_core::export::words::Words;
    use almanac_core::ops::campaigns;
    let mut store = almanac_core::Store::open_in_memory().unwrap();
    let mut draft = almanac_tests::campaign_draft("Summer Roads", "2027-06-01", "2027-05-01");
    let ends_early = campaigns::create(&mut store, &draft).unwrap_err();
    assert_eq!(ends_early.to_string(), "endDate: ends before the campaign starts");
    draft.name = "x".repeat(301);
    let err = campaigns::create(&mut store, &draft).unwrap_err();
    assert_eq!(err.to_string(), "name: is 301 characters; at most 300 are allowed");
    let Error::Validation { field, message } = &err else { panic!("{err:?}") };
    assert_eq!(field, "name");
    assert_eq!(message.in_words(&Words::for_locale("nl-NL")), "is 301 tekens lang; maximaal 300 toegestaan");
    assert_ne!(message.in_words(&Words::for_locale("fr-FR")), message.to_string());
    assert_ne!(message.in_words(&Words::for_locale("ar-EG")), message.to_string());
    assert_eq!(campaigns::list(&store).unwrap().len(), 0, "nothing was written");
}
