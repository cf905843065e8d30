//! The pseudo-locale: British English with its letters accented and its words lengthened by
//! about a third, each message in brackets. Text in the window without brackets did not
//! come from the catalogue; a bracket cut off means the text does not fit. The window's
//! UI applies the same two steps (ui/src/lib/i18n.svelte.ts).

use std::borrow::Cow;

/// The accented look-alike of each ASCII letter.
#[rustfmt::skip]
const ACCENTED: [(char, char); 52] = [
    ('a', 'á'), ('b', 'ƀ'), ('c', 'ç'), ('d', 'đ'), ('e', 'é'), ('f', 'ƒ'), ('g', 'ĝ'), ('h', 'ĥ'), ('i', 'í'),
    ('j', 'ĵ'), ('k', 'ķ'), ('l', 'ĺ'), ('m', 'ɱ'), ('n', 'ñ'), ('o', 'ó'), ('p', 'þ'), ('q', 'ǫ'), ('r', 'ŕ'),
    ('s', 'š'), ('t', 'ţ'), ('u', 'ú'), ('v', 'ṽ'), ('w', 'ŵ'), ('x', 'ẋ'), ('y', 'ý'), ('z', 'ž'), ('A', 'Á'),
    ('B', 'Ɓ'), ('C', 'Ç'), ('D', 'Đ'), ('E', 'É'), ('F', 'Ƒ'), ('G', 'Ĝ'), ('H', 'Ĥ'), ('I', 'Í'), ('J', 'Ĵ'),
    ('K', 'Ķ'), ('L', 'Ĺ'), ('M', 'Ṁ'), ('N', 'Ñ'), ('O', 'Ó'), ('P', 'Þ'), ('Q', 'Ǫ'), ('R', 'Ŕ'), ('S', 'Š'),
    ('T', 'Ţ'), ('U', 'Ú'), ('V', 'Ṽ'), ('W', 'Ŵ'), ('X', 'Ẋ'), ('Y', 'Ý'), ('Z', 'Ž'),
];

/// A text element of a message, accented, with every third letter of a word doubled
/// (translations run longer than English: the layout must take it). Fluent's transform
/// hook: arguments (a campaign's name) are left as they are.
pub(crate) fn accented(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 2);
    let mut in_word = 0;
    for c in text.chars() {
        let accent = ACCENTED.iter().find(|(plain, _)| *plain == c).map(|&(_, a)| a);
        match accent {
            Some(a) => {
                out.push(a);
                in_word += 1;
                if in_word % 3 == 0 {
                    out.push(a);
                }
            }
            None => {
                out.push(c);
                in_word = 0;
            }
        }
    }
    Cow::Owned(out)
}

/// A whole message in the brackets that mark it as the catalogue's.
pub(crate) fn bracketed(message: &str) -> String {
    format!("⟦{message}⟧")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_are_accented_and_words_lengthened() {
        assert_eq!(accented("Plan"), "Þĺááñ");
        assert_eq!(accented("Undo: 3"), "Úñđđó: 3");
        assert_eq!(bracketed("x"), "⟦x⟧");
    }
}
