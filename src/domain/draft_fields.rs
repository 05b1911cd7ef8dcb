//! A draft kept by field name, and how a kept draft goes back into a form as it is now: each value
//! into the field of the same name, and anything that has no such field (a field removed or
//! renamed since, a value of another kind, a position an old draft had and no name knows) left
//! over as plain text for the parent to copy. Never into another field; never dropped unsaid.

use serde::de::{MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The version of a draft kept by field name. A draft without one is an older, positional draft
/// (version 0, as the app kept them until drafts had names); a later version is read by name
/// just the same, as a name keeps its meaning.
pub const DRAFT_VERSION: u64 = 1;

/// One value of a draft, whatever the field's kind: what JSON holds, less fractions (the app
/// never writes one, and writing them would bring float code into the first download).
#[derive(Clone, Debug, PartialEq, Default)]
pub enum DraftValue {
    #[default]
    Empty,
    Yes(bool),
    Number(i64),
    Text(String),
    List(Vec<DraftValue>),
    /// Named values, in the order they were written.
    Named(Vec<(String, DraftValue)>),
}

impl DraftValue {
    /// True when nothing is there to keep: no text but spaces, no ticks, an empty list.
    pub fn is_blank(&self) -> bool {
        match self {
            DraftValue::Empty | DraftValue::Yes(false) => true,
            DraftValue::Yes(true) | DraftValue::Number(_) => false,
            DraftValue::Text(text) => text.trim().is_empty(),
            DraftValue::List(items) => items.iter().all(DraftValue::is_blank),
            DraftValue::Named(fields) => fields.iter().all(|(_, v)| v.is_blank()),
        }
    }

    /// The value as plain words, to copy: texts as typed, lists one item after another, named
    /// parts as "name: words". Empty when the value is blank.
    pub fn plain_words(&self) -> String {
        match self {
            DraftValue::Empty | DraftValue::Yes(false) => String::new(),
            DraftValue::Yes(true) => "yes".to_string(),
            DraftValue::Number(n) => n.to_string(),
            DraftValue::Text(text) => text.trim().to_string(),
            DraftValue::List(items) => items
                .iter()
                .map(DraftValue::plain_words)
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join("; "),
            DraftValue::Named(fields) => fields
                .iter()
                .filter(|(_, v)| !v.is_blank())
                .map(|(name, v)| format!("{}: {}", name_words(name), v.plain_words()))
                .collect::<Vec<_>>()
                .join(", "),
        }
    }

    /// The value under `name`, when this is a set of named values.
    pub fn get(&self, name: &str) -> Option<&DraftValue> {
        match self {
            DraftValue::Named(fields) => fields.iter().find(|(n, _)| n == name).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// A field's name as words: "pending_worry.words" reads "pending worry words".
fn name_words(name: &str) -> String {
    name.replace(['_', '.'], " ")
}

/// A kept draft as read back, whatever version wrote it.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct KeptDraft {
    /// When it was written (milliseconds since 1970), if it says.
    pub written: Option<u64>,
    /// [`DRAFT_VERSION`] for a draft kept by name; 0 for an older, positional one.
    pub version: u64,
    /// Its values by field name, in the order written.
    pub fields: Vec<(String, DraftValue)>,
    /// Text already left over from an earlier draft, not yet copied by the parent.
    pub leftover: String,
}

/// How a form kept its draft before drafts had names: each position named as the released app
/// meant it. Frozen: it describes what phones hold, not the form as it is now.
#[derive(Debug)]
pub enum OldLayout {
    /// The value at this place is the field of this name.
    Name(&'static str),
    /// A list whose places are these, in order (places past the end are left over).
    List(&'static [OldLayout]),
    /// An object whose keys are read with these layouts (other keys are read by their name).
    Object(&'static [(&'static str, OldLayout)]),
    /// Lists of different lengths kept by different releases: the one of the list's length,
    /// or else the last.
    OneOf(&'static [OldLayout]),
}

/// A form that never kept a positional draft.
pub const NO_OLD_LAYOUT: OldLayout = OldLayout::List(&[]);

impl OldLayout {
    /// Names the values of an old, positional draft. A value in a place no name knows is kept
    /// with an empty name, so it is left over rather than lost.
    pub fn name_values(&self, value: &DraftValue, named: &mut Vec<(String, DraftValue)>) {
        match (self, value) {
            (OldLayout::Name(name), _) => named.push((name.to_string(), value.clone())),
            (OldLayout::List(places), DraftValue::List(items)) => {
                for (i, item) in items.iter().enumerate() {
                    match places.get(i) {
                        Some(place) => place.name_values(item, named),
                        None => named.push((String::new(), item.clone())),
                    }
                }
            }
            (OldLayout::Object(keys), DraftValue::Named(fields)) => {
                for (key, item) in fields {
                    match keys.iter().find(|(k, _)| k == key) {
                        Some((_, layout)) => layout.name_values(item, named),
                        None => named.push((key.clone(), item.clone())),
                    }
                }
            }
            (OldLayout::OneOf(layouts), DraftValue::List(items)) => {
                let fits =
                    |l: &&OldLayout| matches!(l, OldLayout::List(p) if p.len() == items.len());
                if let Some(layout) = layouts.iter().find(fits).or(layouts.last()) {
                    layout.name_values(value, named);
                }
            }
            // Not the shape this form kept: all of it is left over.
            _ => named.push((String::new(), value.clone())),
        }
    }
}

/// Reads a kept draft: by name (`{"written":…,"version":1,"fields":{…}}`), or an older
/// positional one (`{"written":…,"value":[…]}`) named through the form's `old` layout. Text that
/// is not a draft at all is kept whole as left over.
pub fn read_kept(text: &str, old: &OldLayout) -> KeptDraft {
    let Ok(whole) = serde_json::from_str::<DraftValue>(text) else {
        return KeptDraft {
            leftover: text.trim().to_string(),
            ..KeptDraft::default()
        };
    };
    let written = match whole.get("written") {
        Some(DraftValue::Number(n)) => u64::try_from(*n).ok(),
        _ => None,
    };
    let leftover = match whole.get("leftover") {
        Some(value) => value.plain_words(),
        None => String::new(),
    };
    let mut fields = Vec::new();
    let version = match (whole.get("fields"), whole.get("value")) {
        (Some(DraftValue::Named(named)), _) => {
            fields.clone_from(named);
            match whole.get("version") {
                Some(DraftValue::Number(n)) => u64::try_from(*n).unwrap_or(DRAFT_VERSION),
                _ => DRAFT_VERSION,
            }
        }
        (Some(other), _) => {
            fields.push((String::new(), other.clone()));
            DRAFT_VERSION
        }
        (None, Some(value)) => {
            old.name_values(value, &mut fields);
            0
        }
        (None, None) => {
            fields.push((String::new(), whole.clone()));
            0
        }
    };
    KeptDraft {
        written,
        version,
        fields,
        leftover,
    }
}

/// A draft as it is written: when, the version, its fields by name, and any text left over from
/// an older draft that the parent has not copied yet.
pub fn draft_text(written: u64, fields: Vec<(String, DraftValue)>, leftover: &str) -> String {
    // "written" first: the oldest draft is found by sorting the drafts' texts.
    let mut whole = vec![
        ("written".to_string(), DraftValue::Number(written as i64)),
        (
            "version".to_string(),
            DraftValue::Number(DRAFT_VERSION as i64),
        ),
        ("fields".to_string(), DraftValue::Named(fields)),
    ];
    if !leftover.trim().is_empty() {
        whole.push(("leftover".into(), DraftValue::Text(leftover.to_string())));
    }
    serde_json::to_string(&DraftValue::Named(whole)).unwrap_or_default()
}

/// Where the values of a kept draft go: `into` each field (by its place in the form now), and
/// what is `left_over`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Sorted {
    pub into: Vec<(usize, DraftValue)>,
    pub left_over: Vec<(String, DraftValue)>,
}

/// Sorts a kept draft's values into the form's fields as they are now (`names`, in order): a
/// value goes into the field of its name when `fits` says it reads as that field's kind, once;
/// any other value that is not blank is left over. Blank values with no field are let go
/// (nothing was typed).
pub fn sort_out(
    kept: &[(String, DraftValue)],
    names: &[&str],
    fits: impl Fn(usize, &DraftValue) -> bool,
) -> Sorted {
    let mut used = vec![false; names.len()];
    let mut sorted = Sorted::default();
    for (name, value) in kept {
        match names.iter().position(|n| n == name) {
            Some(i) if !used[i] && fits(i, value) => {
                used[i] = true;
                sorted.into.push((i, value.clone()));
            }
            _ if value.is_blank() => {}
            _ => sorted.left_over.push((name.clone(), value.clone())),
        }
    }
    sorted
}

/// What is left over, as plain text to copy: any text already left over, then one line per
/// value, "name: words" (just the words when an old draft's place had no name).
pub fn left_over_text(earlier: &str, left_over: &[(String, DraftValue)]) -> String {
    let lines = left_over
        .iter()
        .filter(|(_, v)| !v.is_blank())
        .map(|(name, v)| {
            if name.is_empty() {
                v.plain_words()
            } else {
                format!("{}: {}", name_words(name), v.plain_words())
            }
        });
    std::iter::once(earlier.trim().to_string())
        .filter(|e| !e.is_empty())
        .chain(lines)
        .collect::<Vec<_>>()
        .join("\n")
}

impl Serialize for DraftValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            DraftValue::Empty => serializer.serialize_unit(),
            DraftValue::Yes(yes) => serializer.serialize_bool(*yes),
            DraftValue::Number(n) => serializer.serialize_i64(*n),
            DraftValue::Text(text) => serializer.serialize_str(text),
            DraftValue::List(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            DraftValue::Named(fields) => {
                let mut map = serializer.serialize_map(Some(fields.len()))?;
                for (name, value) in fields {
                    map.serialize_entry(name, value)?;
                }
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for DraftValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ValueVisitor;
        impl<'de> Visitor<'de> for ValueVisitor {
            type Value = DraftValue;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a draft's value")
            }
            fn visit_bool<E>(self, v: bool) -> Result<DraftValue, E> {
                Ok(DraftValue::Yes(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<DraftValue, E> {
                Ok(DraftValue::Number(v))
            }
            fn visit_u64<E>(self, v: u64) -> Result<DraftValue, E> {
                Ok(i64::try_from(v)
                    .map_or_else(|_| DraftValue::Text(v.to_string()), DraftValue::Number))
            }
            fn visit_f64<E>(self, v: f64) -> Result<DraftValue, E> {
                // The app never writes a fraction; a whole one reads as the number it is.
                Ok(if v.fract() == 0.0 && v.abs() < 1e15 {
                    DraftValue::Number(v as i64)
                } else {
                    DraftValue::Empty
                })
            }
            fn visit_str<E>(self, v: &str) -> Result<DraftValue, E> {
                Ok(DraftValue::Text(v.to_string()))
            }
            fn visit_string<E>(self, v: String) -> Result<DraftValue, E> {
                Ok(DraftValue::Text(v))
            }
            fn visit_unit<E>(self) -> Result<DraftValue, E> {
                Ok(DraftValue::Empty)
            }
            fn visit_none<E>(self) -> Result<DraftValue, E> {
                Ok(DraftValue::Empty)
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<DraftValue, D::Error> {
                DraftValue::deserialize(d)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<DraftValue, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(DraftValue::List(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<DraftValue, A::Error> {
                let mut fields = Vec::new();
                while let Some(entry) = map.next_entry::<String, DraftValue>()? {
                    fields.push(entry);
                }
                Ok(DraftValue::Named(fields))
            }
        }
        deserializer.deserialize_any(ValueVisitor)
    }
}

#[cfg(test)]
mod tests;
