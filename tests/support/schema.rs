//! A small JSON Schema checker for the published `public/small-steps.schema.json`, shared by the
//! format tests (fixtures) and the property tests (whatever the app writes for random diaries).

use std::collections::BTreeSet;

use serde_json::Value;

const SCHEMA: &str = include_str!("../../public/small-steps.schema.json");

/// The published schema.
pub fn schema() -> Value {
    serde_json::from_str(SCHEMA).expect("the schema is JSON")
}

/// A small validator for the part of JSON Schema the published schema uses. `pattern`, `format`
/// and `not` (which only holds a pattern) are not checked here; everything else is, and an unknown
/// keyword fails the test so the schema cannot grow beyond what is checked.
struct SchemaCheck<'a> {
    root: &'a Value,
    /// Every `definition.property` a document has used, to show the fixture covers the schema.
    used: BTreeSet<String>,
    errors: Vec<String>,
}

impl<'a> SchemaCheck<'a> {
    fn new(root: &'a Value) -> Self {
        SchemaCheck {
            root,
            used: BTreeSet::new(),
            errors: Vec::new(),
        }
    }

    fn check(&mut self, schema: &Value, value: &Value, path: &str, def: &str) {
        let Some(rules) = schema.as_object() else {
            panic!("schema at {def} is not an object");
        };
        let error = |errors: &mut Vec<String>, what: String| errors.push(format!("{path}: {what}"));
        for (keyword, rule) in rules {
            match keyword.as_str() {
                "$schema"
                | "$id"
                | "$defs"
                | "title"
                | "description"
                | "pattern"
                | "format"
                | "not"
                | "properties"
                | "additionalProperties" => {}
                "$ref" => {
                    let name = rule
                        .as_str()
                        .and_then(|r| r.strip_prefix("#/$defs/"))
                        .expect("local $ref");
                    let target = &self.root["$defs"][name];
                    assert!(target.is_object(), "no $defs/{name}");
                    self.check(target, value, path, name);
                }
                "type" => {
                    let types: Vec<&str> = match rule {
                        Value::String(t) => vec![t.as_str()],
                        Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
                        _ => panic!("bad type at {def}"),
                    };
                    let fits = types.iter().any(|t| match *t {
                        "object" => value.is_object(),
                        "array" => value.is_array(),
                        "string" => value.is_string(),
                        "integer" => value.is_i64() || value.is_u64(),
                        "number" => value.is_number(),
                        "boolean" => value.is_boolean(),
                        "null" => value.is_null(),
                        other => panic!("unknown type {other}"),
                    });
                    if !fits {
                        error(&mut self.errors, format!("{value} is not {types:?}"));
                    }
                }
                "const" => {
                    if value != rule {
                        error(&mut self.errors, format!("{value} is not {rule}"));
                    }
                }
                "enum" => {
                    if !rule.as_array().expect("enum list").contains(value) {
                        error(
                            &mut self.errors,
                            format!("{value} is not in the enum {def}"),
                        );
                    }
                }
                "anyOf" => {
                    let branches = rule.as_array().expect("anyOf list");
                    let before = (self.used.clone(), self.errors.len());
                    let mut passed = false;
                    for branch in branches {
                        self.check(branch, value, path, def);
                        if self.errors.len() == before.1 {
                            passed = true;
                            break;
                        }
                        self.errors.truncate(before.1);
                        self.used = before.0.clone();
                    }
                    if !passed {
                        error(
                            &mut self.errors,
                            format!("{value} matches no branch of {def}"),
                        );
                    }
                }
                "required" => {
                    for name in rule.as_array().expect("required list") {
                        let name = name.as_str().expect("name");
                        if value.is_object() && value.get(name).is_none() {
                            error(&mut self.errors, format!("{name} is missing"));
                        }
                    }
                }
                "items" => {
                    for (i, item) in value.as_array().into_iter().flatten().enumerate() {
                        self.check(rule, item, &format!("{path}[{i}]"), def);
                    }
                }
                "maxItems" | "minItems" => {
                    let limit = rule.as_u64().expect("count") as usize;
                    if let Some(items) = value.as_array() {
                        let bad = if keyword == "maxItems" {
                            items.len() > limit
                        } else {
                            items.len() < limit
                        };
                        if bad {
                            error(
                                &mut self.errors,
                                format!("{} items, {keyword} {limit}", items.len()),
                            );
                        }
                    }
                }
                "maxLength" | "minLength" => {
                    let limit = rule.as_u64().expect("count") as usize;
                    if let Some(text) = value.as_str() {
                        let chars = text.chars().count();
                        let bad = if keyword == "maxLength" {
                            chars > limit
                        } else {
                            chars < limit
                        };
                        if bad {
                            error(
                                &mut self.errors,
                                format!("{chars} characters, {keyword} {limit}"),
                            );
                        }
                    }
                }
                "minimum" | "maximum" => {
                    let limit = rule.as_f64().expect("number");
                    if let Some(n) = value.as_f64() {
                        let bad = if keyword == "minimum" {
                            n < limit
                        } else {
                            n > limit
                        };
                        if bad {
                            error(&mut self.errors, format!("{n} is past {keyword} {limit}"));
                        }
                    }
                }
                other => panic!("the test's schema checker does not know {other} (at {def})"),
            }
        }
        if let (Some(properties), Some(object)) = (rules.get("properties"), value.as_object()) {
            let properties = properties.as_object().expect("properties object");
            for (name, item) in object {
                match properties.get(name) {
                    Some(rule) => {
                        self.used.insert(format!("{def}.{name}"));
                        self.check(rule, item, &format!("{path}.{name}"), def);
                    }
                    None if rules.get("additionalProperties") == Some(&Value::Bool(false)) => {
                        error(&mut self.errors, format!("{name} is not allowed in {def}"));
                    }
                    None => {}
                }
            }
        }
    }
}

/// What is wrong with `document` by the schema, and every `definition.property` it used.
pub fn schema_errors(document: &Value) -> (Vec<String>, BTreeSet<String>) {
    let schema = schema();
    let mut check = SchemaCheck::new(&schema);
    check.check(&schema, document, "", "root");
    (check.errors, check.used)
}
