//! Counting things in plain words: "1 day", "3 days", "0 children".

/// A number with the word for one or for many: "1 day", "3 days", "0 days".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::plural;

    #[test]
    fn none_takes_the_word_for_many() {
        assert_eq!(plural(0, "day", "days"), "0 days");
        assert_eq!(plural(0, "child", "children"), "0 children");
    }

    #[test]
    fn one_takes_the_word_for_one() {
        assert_eq!(plural(1, "day", "days"), "1 day");
        assert_eq!(plural(1, "child", "children"), "1 child");
    }

    #[test]
    fn many_take_the_word_for_many() {
        assert_eq!(plural(2, "day", "days"), "2 days");
        assert_eq!(plural(134, "day record", "day records"), "134 day records");
    }
}
