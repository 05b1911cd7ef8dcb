//! Plainer words for what serde says is wrong with a field's shape, for a file that does not read.

/// Rewrites serde's wording ("invalid type: string \"x\", expected u8") in plainer words.
pub(super) fn plain_words(detail: &str) -> String {
    if detail == "input is out of range" || detail == "no possible date and time matching input" {
        return "this date does not exist (check the day and the month)".into();
    }
    if detail.starts_with("premature end of input")
        || detail.starts_with("input contains invalid characters")
        || detail == "trailing input"
    {
        return "this is not a date written like 2025-09-01".into();
    }
    if let Some(rest) = detail.strip_prefix("unknown variant ") {
        let found = rest
            .split(", expected")
            .next()
            .unwrap_or(rest)
            .trim_matches('`');
        return format!("\"{found}\" is not one of the choices Small Steps uses here");
    }
    if let Some(field) = detail.strip_prefix("missing field ") {
        return format!("the field {} is missing", field.replace('`', "\""));
    }
    if let Some(rest) = detail.strip_prefix("invalid type: ") {
        let (found, expected) = rest
            .split_once(", expected ")
            .unwrap_or((rest, "something else"));
        let expected = match expected {
            "u8" | "u16" | "u32" | "u64" => "a whole number",
            "a string" => "text",
            "a boolean" => "true or false",
            e if e.starts_with("a sequence") => "a list",
            e if e.starts_with("struct") || e.starts_with("a map") => "a group of fields",
            e => e,
        };
        let found = found
            .replace("integer ", "the number ")
            .replace("floating point ", "the number ")
            .replace('`', "");
        return format!("expected {expected} here, but found {found}");
    }
    if let Some(rest) = detail.strip_prefix("invalid value: integer ") {
        let number = rest.split(',').next().unwrap_or(rest).trim_matches('`');
        return format!("the number {number} is too big, or below zero, for this field");
    }
    detail.to_string()
}
