//! Text measures for page layout, decided before typesetting: how wide a label
//! will print, and the label shortened with an ellipsis to fit a width. The
//! estimates are generous (the template also clips), so text never runs into
//! its neighbour. Text is measured and cut by grapheme cluster (what a reader sees as one
//! character: an emoji sequence, a letter with its accent), so a cut never splits one.

use unicode_segmentation::UnicodeSegmentation;

/// Millimetres per typographic point.
pub const MM_PER_PT: f64 = 25.4 / 72.0;

/// Advance of a character in ems, generous for DejaVu Sans Condensed.
fn advance(c: char) -> f64 {
    match c {
        ' ' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' | 'i' | 'l' | 'j' | 'I' => 0.32,
        'm' | 'w' | 'M' | 'W' | '@' | '%' => 0.85,
        c if c.is_ascii_uppercase() || c.is_ascii_digit() => 0.62,
        c if c.is_ascii() => 0.54,
        // Wide scripts and symbols (CJK, emoji) take a full em; others as Latin capitals.
        c if u32::from(c) >= 0x2E80 => 1.0,
        _ => 0.62,
    }
}

/// Advance of a grapheme cluster in ems: its base character's (the marks and joined
/// characters after it print as one glyph with it).
fn cluster_advance(cluster: &str) -> f64 {
    cluster.chars().next().map_or(0.0, advance)
}

/// Printed width of `text` at `size_pt`, in millimetres.
pub fn width_mm(text: &str, size_pt: f64) -> f64 {
    text.graphemes(true).map(cluster_advance).sum::<f64>() * size_pt * MM_PER_PT
}

/// `text` whole if it fits `max_mm` at `size_pt`, else its longest prefix that fits with "…".
/// Empty when not even the ellipsis fits.
pub fn fit(text: &str, size_pt: f64, max_mm: f64) -> String {
    if width_mm(text, size_pt) <= max_mm {
        return text.to_string();
    }
    let budget = max_mm - width_mm("…", size_pt);
    if budget <= 0.0 {
        return String::new();
    }
    let mut used = 0.0;
    let mut out = String::new();
    for cluster in text.graphemes(true) {
        used += cluster_advance(cluster) * size_pt * MM_PER_PT;
        if used > budget {
            break;
        }
        out.push_str(cluster);
    }
    let mut out = out.trim_end().to_string();
    out.push('…');
    out
}

/// `text` cut to at most `max_chars` characters (grapheme clusters), with "…" when cut.
pub fn at_most(text: &str, max_chars: usize) -> String {
    if text.graphemes(true).count() <= max_chars {
        return text.to_string();
    }
    let mut out: String = text.graphemes(true).take(max_chars.saturating_sub(1)).collect();
    out = out.trim_end().to_string();
    out.push('…');
    out
}

/// How many lines `text` takes when wrapped in `width_mm` (a generous estimate).
pub fn lines(text: &str, size_pt: f64, column_mm: f64) -> usize {
    (width_mm(text, size_pt) / (column_mm * 0.92)).ceil().max(1.0) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_kept_and_long_text_ends_in_an_ellipsis_within_the_width() {
        assert_eq!(fit("Cone Zone", 7.0, 40.0), "Cone Zone");
        let long = "A".repeat(300);
        let cut = fit(&long, 7.0, 40.0);
        assert!(cut.ends_with('…'), "{cut}");
        assert!(width_mm(&cut, 7.0) <= 40.0, "{} mm", width_mm(&cut, 7.0));
        assert!(cut.chars().count() > 10);
        assert_eq!(fit("Anything", 7.0, 0.5), "");
    }

    #[test]
    fn accents_and_right_to_left_text_are_cut_on_character_boundaries() {
        let cut = fit("Sécurité routière pour les élèves de l’école", 7.0, 20.0);
        assert!(cut.starts_with("Sécurité") && cut.ends_with('…'), "{cut}");
        let hebrew = fit("שבוע הבטיחות בדרכים הארצי של משטרת ישראל", 7.0, 15.0);
        assert!(hebrew.starts_with("שבוע") && hebrew.ends_with('…'), "{hebrew}");
    }

    #[test]
    fn at_most_counts_characters() {
        assert_eq!(at_most("Shift into Winter", 40), "Shift into Winter");
        assert_eq!(at_most("Shift into Winter", 6), "Shift…");
    }

    #[test]
    fn a_cut_never_splits_an_emoji_sequence_or_a_letter_from_its_accent() {
        // A family (four people joined by ZWJ), a police officer with a skin tone, and an
        // e followed by a combining acute accent: one character each to a reader.
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466}";
        let officer = "\u{1F46E}\u{1F3FD}\u{200D}\u{2640}\u{FE0F}";
        let text = format!("{family}{officer}Cafe\u{301} crème");
        assert_eq!(at_most(&text, 3), format!("{family}{officer}…"));
        assert_eq!(at_most(&text, 7), format!("{family}{officer}Cafe\u{301}…"), "the accent stays on its e");
        for budget in [3.0, 5.0, 7.0, 9.0, 12.0] {
            let cut = fit(&text, 7.0, budget);
            let kept = cut.trim_end_matches('…');
            assert!(text.starts_with(kept), "{cut}");
            let boundary = kept.len();
            assert!(
                text.grapheme_indices(true).any(|(i, _)| i == boundary) || boundary == text.len(),
                "{budget} mm cut {cut:?} inside a cluster"
            );
        }
    }

    #[test]
    fn wide_scripts_take_more_room() {
        assert!(width_mm("警察合作日", 7.0) > width_mm("abcde", 7.0));
        assert_eq!(lines("", 7.0, 50.0), 1);
        assert!(lines(&"word ".repeat(60), 7.0, 50.0) >= 3);
    }
}
