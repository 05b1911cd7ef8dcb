//! Finds where in a JSON text a byte offset falls, as a path like `children[0].days[3].status`,
//! so a message about a bad file can say where the problem is without a heavier parser.

/// One level of nesting while scanning.
enum Level {
    Object { key: Option<String> },
    Array { index: usize },
}

/// Turns a 1-based line and column (as serde_json reports them) into a byte offset.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (line_start + column.saturating_sub(1)).min(text.len())
}

/// The path of the value being read at `offset`, or "" at the top level.
pub fn path_at(text: &str, offset: usize) -> String {
    path_of(text, offset, false)
}

/// The path of the object whose end is at `offset` (serde reports a missing field there).
pub fn object_at(text: &str, offset: usize) -> String {
    path_of(text, offset, true)
}

fn path_of(text: &str, offset: usize, object_itself: bool) -> String {
    let bytes = &text.as_bytes()[..offset.min(text.len())];
    let mut stack: Vec<Level> = Vec::new();
    let mut expecting_key = false;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if expecting_key {
                    if let Some(Level::Object { key }) = stack.last_mut() {
                        let end = i.min(bytes.len());
                        *key = Some(String::from_utf8_lossy(&bytes[start..end]).into_owned());
                    }
                    expecting_key = false;
                }
            }
            b'{' => {
                stack.push(Level::Object { key: None });
                expecting_key = true;
            }
            b'[' => stack.push(Level::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Level::Array { index }) => *index += 1,
                Some(Level::Object { .. }) => expecting_key = true,
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    if object_itself {
        if let Some(Level::Object { key }) = stack.last_mut() {
            *key = None;
        }
    }
    let mut path = String::new();
    for level in &stack {
        match level {
            Level::Object { key: Some(key) } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Level::Object { key: None } => {}
            Level::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path_before(text: &str, marker: &str) -> String {
        path_at(text, text.find(marker).unwrap() + marker.len())
    }

    #[test]
    fn names_nested_fields_and_indexes() {
        let text =
            r#"{"children": [{"id": "a"}, {"days": [{"date": "x"}, {"status": "sometimes"}]}]}"#;
        assert_eq!(
            path_before(text, "\"sometimes\""),
            "children[1].days[1].status"
        );
        assert_eq!(path_before(text, "\"a\""), "children[0].id");
        let missing = r#"{"children": [{"id": "a", "days": []}]}"#;
        assert_eq!(
            object_at(missing, missing.find("]}").unwrap() + 1),
            "children[0]"
        );
    }

    #[test]
    fn ignores_brackets_and_quotes_inside_strings() {
        let text = r#"{"a": "[{,\"", "b": 5"#;
        assert_eq!(path_before(text, "5"), "b");
    }

    #[test]
    fn converts_line_and_column() {
        let text = "{\n  \"a\": 1,\n  \"b\": x\n}";
        let offset = offset_of(text, 3, 9);
        assert_eq!(&text[offset - 1..offset], "x");
        assert_eq!(path_at(text, offset), "b");
    }
}
