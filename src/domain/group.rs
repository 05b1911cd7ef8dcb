//! A parent support group's own details, read from `public/group.json` in the hosted folder, so a
//! group can put its name, a short message and local links (its own site, SENDIASS, the local
//! offer) into the app without rebuilding it. Shown on the Plan and Children screens.

use serde::Deserialize;

/// The `format` a group settings file must name.
pub const GROUP_FORMAT: &str = "small-steps-group";
/// The version of the group settings format this app reads.
pub const GROUP_VERSION: u32 = 1;
pub const NAME_CHARS: usize = 80;
pub const MESSAGE_CHARS: usize = 600;
pub const LINKS: usize = 10;
pub const LABEL_CHARS: usize = 80;
pub const URL_CHARS: usize = 500;

/// What a support group tells the parents who use its copy of Small Steps.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupSettings {
    pub format: String,
    pub version: u32,
    pub name: String,
    #[serde(default)]
    pub message: String,
    #[serde(default)]
    pub links: Vec<GroupLink>,
}

/// One link the group offers, with the words to show for it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupLink {
    pub label: String,
    pub url: String,
}

/// Reads a group settings file, or says in words what is wrong with it and where.
pub fn read_group_settings(text: &str) -> Result<GroupSettings, String> {
    let settings: GroupSettings = serde_json::from_str(text).map_err(|e| {
        format!(
            "it is not a settings file this app can read (line {}: {}).",
            e.line(),
            first_sentence(&e.to_string())
        )
    })?;
    if settings.format != GROUP_FORMAT {
        return Err(format!("\"format\" must be \"{GROUP_FORMAT}\"."));
    }
    if settings.version != GROUP_VERSION {
        return Err(format!(
            "\"version\" is {}, and this app reads version {GROUP_VERSION}.",
            settings.version
        ));
    }
    check_text("name", &settings.name, NAME_CHARS, true)?;
    check_text("message", &settings.message, MESSAGE_CHARS, false)?;
    if settings.links.len() > LINKS {
        return Err(format!(
            "\"links\" has {} links; at most {LINKS} are shown.",
            settings.links.len()
        ));
    }
    for (i, link) in settings.links.iter().enumerate() {
        check_text(&format!("links[{i}].label"), &link.label, LABEL_CHARS, true)?;
        check_text(&format!("links[{i}].url"), &link.url, URL_CHARS, true)?;
        if !is_safe_link(&link.url) {
            return Err(format!(
                "links[{i}].url must start with https://, mailto: or tel:."
            ));
        }
    }
    Ok(settings)
}

/// Only web pages over https, email addresses and phone numbers: never script or other schemes.
fn is_safe_link(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    ["https://", "mailto:", "tel:"]
        .iter()
        .any(|scheme| lower.starts_with(scheme) && lower.len() > scheme.len())
        && !url.chars().any(char::is_whitespace)
}

fn check_text(path: &str, text: &str, max: usize, required: bool) -> Result<(), String> {
    let length = text.chars().count();
    if required && text.trim().is_empty() {
        return Err(format!("\"{path}\" is empty."));
    }
    if length > max {
        return Err(format!(
            "\"{path}\" is {length} characters long; the most is {max}."
        ));
    }
    Ok(())
}

fn first_sentence(message: &str) -> &str {
    message.split(" at line ").next().unwrap_or(message)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"{
        "format": "small-steps-group", "version": 1,
        "name": "Anytown Parents Together",
        "message": "We meet on the first Tuesday of each month.",
        "links": [
            {"label": "Our website", "url": "https://example.org/parents"},
            {"label": "Email us", "url": "mailto:hello@example.org"},
            {"label": "Helpline", "url": "tel:+441234567890"}
        ]
    }"#;

    #[test]
    fn a_good_file_is_read() {
        let settings = read_group_settings(GOOD).unwrap();
        assert_eq!(settings.name, "Anytown Parents Together");
        assert_eq!(settings.links.len(), 3);
        assert_eq!(settings.links[1].url, "mailto:hello@example.org");
    }

    #[test]
    fn message_and_links_may_be_left_out() {
        let settings =
            read_group_settings(r#"{"format":"small-steps-group","version":1,"name":"A group"}"#)
                .unwrap();
        assert!(settings.message.is_empty() && settings.links.is_empty());
    }

    #[test]
    fn each_problem_is_named() {
        let cases = [
            (
                "not json",
                "it is not a settings file this app can read (line 1",
            ),
            (
                r#"{"format":"other","version":1,"name":"A"}"#,
                "\"format\" must be \"small-steps-group\".",
            ),
            (
                r#"{"format":"small-steps-group","version":2,"name":"A"}"#,
                "\"version\" is 2, and this app reads version 1.",
            ),
            (
                r#"{"format":"small-steps-group","version":1,"name":"  "}"#,
                "\"name\" is empty.",
            ),
            (
                r#"{"format":"small-steps-group","version":1,"name":"A","colour":"red"}"#,
                "unknown field `colour`",
            ),
            (
                r#"{"format":"small-steps-group","version":1,"name":"A","links":[{"label":"x","url":"javascript:alert(1)"}]}"#,
                "links[0].url must start with https://, mailto: or tel:.",
            ),
            (
                r#"{"format":"small-steps-group","version":1,"name":"A","links":[{"label":"x","url":"http://example.org"}]}"#,
                "links[0].url must start with https://, mailto: or tel:.",
            ),
            (
                r#"{"format":"small-steps-group","version":1,"name":"A","links":[{"label":"","url":"https://example.org"}]}"#,
                "\"links[0].label\" is empty.",
            ),
        ];
        for (text, expected) in cases {
            let problem = read_group_settings(text).unwrap_err();
            assert!(problem.contains(expected), "{text}: {problem}");
        }
    }

    #[test]
    fn too_long_and_too_many_are_refused() {
        let long_name = format!(
            r#"{{"format":"small-steps-group","version":1,"name":"{}"}}"#,
            "a".repeat(NAME_CHARS + 1)
        );
        assert_eq!(
            read_group_settings(&long_name).unwrap_err(),
            "\"name\" is 81 characters long; the most is 80."
        );
        let link = r#"{"label":"x","url":"https://example.org"}"#;
        let many = format!(
            r#"{{"format":"small-steps-group","version":1,"name":"A","links":[{}]}}"#,
            [link; LINKS + 1].join(",")
        );
        assert_eq!(
            read_group_settings(&many).unwrap_err(),
            "\"links\" has 11 links; at most 10 are shown."
        );
    }

    #[test]
    fn a_link_with_spaces_or_only_a_scheme_is_refused() {
        assert!(!is_safe_link("https://"));
        assert!(!is_safe_link("https://example.org/a b"));
        assert!(is_safe_link("HTTPS://EXAMPLE.ORG"));
    }
}
