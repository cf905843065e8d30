//! Which objectives a request serves, from the words it shares with each objective's name
//! and description: a word few objectives use counts for more than one all of them use
//! (inverse document frequency), a word of the name twice one of the description, small
//! words nothing. Pure.

use std::collections::{BTreeSet, HashMap};

use serde::Serialize;
use specta::Type;
use uuid::Uuid;

use crate::domain::Objective;

/// An objective a request may serve, with the words that tie them.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ObjectiveFit {
    /// The objective.
    pub objective_id: Uuid,
    /// Its name.
    pub name: String,
    /// How well it fits: the summed weight of the shared words (higher is better).
    pub score: f64,
    /// The shared words, as the request has them.
    pub words: Vec<String>,
}

/// Words that say nothing about an objective.
const STOP: [&str; 40] = [
    "the", "and", "for", "with", "our", "your", "you", "are", "was", "this", "that", "from", "will", "can", "all",
    "about", "into", "out", "more", "please", "could", "would", "should", "have", "has", "not", "but", "they", "their",
    "them", "its", "also", "any", "who", "what", "when", "how", "week", "day", "post",
];

/// The words of `text` that can tie it to an objective: lower-case, three letters or
/// more, not a stop word, with a plural's final `s` dropped (cyclists, cyclist).
fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| w.chars().count() >= 3 && !STOP.contains(&w.as_str()))
        .map(|w| if w.len() > 4 && w.ends_with('s') && !w.ends_with("ss") { w[..w.len() - 1].to_string() } else { w })
        .collect()
}

/// The objectives the request's text fits, best first; those sharing no word are left out.
pub fn fits(text: &str, objectives: &[Objective]) -> Vec<ObjectiveFit> {
    let asked = words(text);
    let vocab: Vec<BTreeSet<String>> =
        objectives.iter().map(|o| words(&format!("{} {}", o.name, o.description))).collect();
    let named: Vec<BTreeSet<String>> = objectives.iter().map(|o| words(&o.name)).collect();
    let mut used_by: HashMap<&str, usize> = HashMap::new();
    for w in vocab.iter().flatten() {
        *used_by.entry(w.as_str()).or_default() += 1;
    }
    let n = objectives.len() as f64;
    let mut out: Vec<ObjectiveFit> = objectives
        .iter()
        .zip(vocab.iter().zip(&named))
        .filter_map(|(o, (own, name))| {
            let shared: Vec<String> = asked.intersection(own).cloned().collect();
            // A word of the objective's name says more than one of its description.
            let weight = |w: &String| if name.contains(w) { 2.0 } else { 1.0 };
            let score: f64 = shared.iter().map(|w| weight(w) * (1.0 + n / used_by[w.as_str()] as f64).ln()).sum();
            (!shared.is_empty()).then(|| ObjectiveFit {
                objective_id: o.id,
                name: o.name.clone(),
                score,
                words: shared,
            })
        })
        .collect();
    out.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.name.cmp(&b.name)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn objective(name: &str, description: &str) -> Objective {
        Objective {
            id: Uuid::now_v7(),
            name: name.into(),
            description: description.into(),
            colour: "#000000".into(),
            kpi_metric: String::new(),
            kpi_target: None,
            kpi_period: String::new(),
            baseline: None,
            level: Default::default(),
            kpi_kind: Default::default(),
        }
    }

    #[test]
    fn the_objective_sharing_the_rarer_words_fits_best() {
        let objectives = [
            objective(
                "Road safety",
                "Fewer people killed or injured on Westmark's roads: cyclists, speed, drink driving",
            ),
            objective("Trust and confidence", "People trust the police and report crime"),
            objective("Recruitment", "Fill 120 officer posts; people from every community"),
        ];
        let found = fits("Please promote our cycling safety week for cyclists on the A39 roads", &objectives);
        assert_eq!(found[0].name, "Road safety");
        assert_eq!(found[0].words, ["cyclist", "road", "safety"]);
        assert_eq!(found.len(), 1, "no word ties it to the others");
        assert!(fits("Bake sale on Friday", &objectives).is_empty());
        assert!(fits("", &[]).is_empty());
    }

    #[test]
    fn a_word_of_the_name_outweighs_a_rarer_word_of_another_description() {
        let objectives = [
            objective("Keep roads safe", "Fewer people killed or seriously injured"),
            objective("Build trust", "Show the people and the work behind the badge"),
            objective("Inform during incidents", "Updates during incidents and road closures"),
        ];
        let found = fits("Cycle to work week: advice for people cycling on the roads", &objectives);
        assert_eq!(found[0].name, "Keep roads safe", "{found:?}");
    }

    #[test]
    fn a_word_every_objective_uses_weighs_less_than_a_rare_one() {
        let objectives =
            [objective("A", "people recruitment"), objective("B", "people trust"), objective("C", "people speed")];
        let found = fits("people and recruitment", &objectives);
        assert_eq!(found[0].name, "A");
        assert!(found[0].score > found[1].score);
    }
}
