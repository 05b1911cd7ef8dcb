//! The rules of the code's shape, checked on every run: the domain holds no browser code, the layers
//! only look down (ui over web over domain), no two modules import each other round a loop, only
//! the files in `src/web/storage/` touch localStorage, a save has one home (`src/ui/state/`), every
//! edit a screen saves is a checked domain method, the screens call the browser only through
//! `src/web/`, and the app never moves a step on by itself.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use small_steps::domain::plan::{Attempt, Step, StepState};

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("src/ can be read") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

fn sources(under: &str) -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join(under),
        &mut files,
    );
    files
        .into_iter()
        .map(|p| {
            let text = fs::read_to_string(&p).expect("a source file reads");
            (p, text)
        })
        .collect()
}

/// Lines of code (comments left out) that contain any of `words`.
fn uses(text: &str, words: &[&str]) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.starts_with("//"))
        .filter(|l| words.iter().any(|w| l.contains(w)))
        .map(String::from)
        .collect()
}

#[test]
fn the_domain_holds_no_browser_code() {
    for (path, text) in sources("src/domain") {
        let found = uses(&text, &["web_sys", "js_sys", "leptos", "wasm_bindgen"]);
        assert!(
            found.is_empty(),
            "{} uses browser code: {found:?}",
            path.display()
        );
    }
}

#[test]
fn only_storage_touches_local_storage() {
    let storage = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/web/storage");
    for (path, text) in sources("src") {
        if path.starts_with(&storage) {
            continue;
        }
        let found = uses(
            &text,
            &[
                "local_storage(",
                "localStorage",
                ".get_item(",
                ".set_item(",
                ".remove_item(",
            ],
        );
        assert!(
            found.is_empty(),
            "{} touches localStorage: {found:?}",
            path.display()
        );
    }
}

/// A save has one home: only `src/ui/state/` loads, saves or follows the stored diary (the bytes
/// themselves are `web::storage`'s), so saving, putting two tabs together and following another
/// tab's save cannot drift apart. The diary the screens read is a `ReadSignal`, so no other file
/// can write it either (the compiler holds that half).
#[test]
fn a_save_has_one_home() {
    let home = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui/state");
    let storage = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/web/storage");
    let mut homes = 0;
    for (path, text) in sources("src") {
        if path.starts_with(&storage) {
            continue;
        }
        let found = uses(
            &text,
            &[
                "storage::load(",
                "storage::load)",
                "storage::save(",
                "stored_revision(",
                "diary_is_stored(",
                "keep_stored_aside(",
                "web_lock::",
            ],
        );
        if path.starts_with(&home) {
            homes += found.len();
            continue;
        }
        assert!(
            found.is_empty(),
            "{} saves or loads the diary outside src/ui/state/: {found:?}",
            path.display()
        );
    }
    assert!(homes >= 5, "the save home itself was read");
}

#[test]
fn layers_only_look_down() {
    for (path, text) in sources("src/domain") {
        let found = uses(&text, &["crate::web", "crate::ui"]);
        assert!(found.is_empty(), "{} reaches up: {found:?}", path.display());
    }
    for (path, text) in sources("src/web") {
        let found = uses(&text, &["crate::ui"]);
        assert!(found.is_empty(), "{} reaches up: {found:?}", path.display());
    }
}

/// Browser calls live in `src/web/`: the screens hold no `web_sys`, `js_sys` or `wasm_bindgen`
/// (no `window()` or `document()`, not even Leptos' own, no `Reflect`, no closures handed to the
/// browser) and add no listeners on the
/// page themselves; each such call is one documented function in `src/web/` (`page.rs` for the
/// page's events and questions). Leptos' own `on:` handlers on elements are the screens' to use.
#[test]
fn browser_calls_live_in_web() {
    let mut screens = 0;
    for (path, text) in sources("src/ui") {
        screens += 1;
        let found = uses(
            &text,
            &[
                "web_sys",
                "js_sys",
                "wasm_bindgen",
                "event_listener",
                "add_event_listener",
                "Closure",
                "Reflect",
                "JsCast",
                // Leptos hands these on from web-sys: the window and page themselves.
                "window()",
                "document()",
            ],
        );
        assert!(
            found.is_empty(),
            "{} calls the browser directly (put it in src/web/): {found:?}",
            path.display()
        );
    }
    assert!(screens > 40, "every screen was read");
}

/// The text of the call that starts at `at` (just past its opening bracket) up to its closing
/// bracket, comments left out.
fn call_text(text: &str, at: usize) -> String {
    let mut depth = 1;
    let mut call = String::new();
    for line in text[at..].lines() {
        let code = line.split("//").next().unwrap_or("");
        for c in code.chars() {
            match c {
                '(' | '{' | '[' => depth += 1,
                ')' | '}' | ']' => depth -= 1,
                _ => {}
            }
            if depth == 0 {
                return call;
            }
            call.push(c);
        }
        call.push('\n');
    }
    call
}

/// Every edit is a domain method that checks it and returns `Result`: the change a screen hands
/// to a save (`change_child`, `change`, `save_plan`, a ladder's `save` and `quietly`) only calls
/// domain methods. It never sets a record's field, puts into or takes out of a record's list, or
/// reaches into one with `iter_mut`/`*_mut`: those skip the checks the domain methods make. (That
/// each change returns `Result` the compiler holds: every one of those takes a closure returning
/// `Result<(), Problem>`.) `src/ui/state/`, the save itself, is the one place a whole diary is
/// put in place.
#[test]
fn every_edit_goes_through_a_domain_method() {
    let home = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui/state");
    let mut saves: Vec<String> = [
        "change_child(",
        ".change(",
        "save_plan(",
        "change_ladder(",
        "ctx.save(",
        ".quietly(",
    ]
    .map(String::from)
    .to_vec();
    // Any other function of the screens that hands an edit on to a save (it takes an
    // `impl FnOnce(&mut …)`, as the child's turn's `keep` does) is read like a save.
    for (_, text) in sources("src/ui") {
        for (at, _) in text.match_indices("fn ") {
            let signature = &text[at..text[at..].find('{').map_or(text.len(), |e| at + e)];
            if signature.contains("Fn(&mut") || signature.contains("FnOnce(&mut") {
                let name: String = signature[3..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                let save = format!("{name}(");
                if !saves.iter().any(|s| s.trim_start_matches('.') == save) {
                    saves.push(save);
                }
            }
        }
    }
    assert!(
        saves.iter().any(|s| s == "keep("),
        "the functions that hand an edit on were found: {saves:?}"
    );
    let direct = [
        ".push(",
        ".retain(",
        ".insert(",
        ".remove(",
        ".clear(",
        ".truncate(",
        ".extend(",
        ".pop(",
        ".drain(",
        ".sort",
        ".swap(",
        ".append(",
        ".dedup",
        "iter_mut",
        "_mut(",
        "mem::replace",
        "mem::take",
        "mem::swap",
    ];
    let mut edits = 0;
    for (path, text) in sources("src/ui") {
        if path.starts_with(&home) {
            continue;
        }
        for save in &saves {
            for (at, _) in text.match_indices(save.as_str()) {
                let whole_name = !save.starts_with(|c: char| c.is_alphanumeric())
                    || !text[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_');
                let line_start = text[..at].rfind('\n').map_or(0, |n| n + 1);
                let line = text[line_start..at].trim_start();
                if !whole_name
                    || line.starts_with("//")
                    || line.starts_with("fn ")
                    || line.contains(" fn ")
                {
                    continue;
                }
                edits += 1;
                let call = call_text(&text, at + save.len());
                let mut found: Vec<String> = direct
                    .iter()
                    .filter(|d| call.contains(*d))
                    .map(|d| d.to_string())
                    .collect();
                // A refusal thrown away: the parent would never hear why nothing changed.
                if line.starts_with("let _ =") || line.starts_with("_ =") {
                    found.push(format!("{line}{save}…: its refusal is thrown away"));
                }
                // A statement whose answer is dropped (`plan.tidy();`): a method that returns
                // nothing, so it checks nothing and cannot refuse (an unused `Result` the compiler
                // already refuses). Each step of an edit ends in `?` or is its answer.
                let statements: Vec<&str> = call.split(';').collect();
                for statement in &statements[..statements.len() - 1] {
                    let last = statement.rsplit('{').next().unwrap_or_default();
                    let last = last.split_whitespace().collect::<Vec<_>>().join(" ");
                    if last.contains('(')
                        && !last.contains('?')
                        && !last.starts_with("let ")
                        && !last.contains(" = ")
                    {
                        found.push(format!("{last}; (its answer is dropped)"));
                    }
                }
                // An assignment to a field (`plan.goal = ...`) or through a reference (`*x = ...`);
                // keeping a domain method's answer in a local (`taken = ...`) is fine.
                for statement in call.split([';', '{', '\n']) {
                    let statement = statement.trim();
                    let Some((target, _)) = statement.split_once(" = ") else {
                        continue;
                    };
                    let target = target.trim();
                    let compound = ["+", "-", "*", "/", "|", "&"]
                        .iter()
                        .any(|op| target.ends_with(op) && target.len() > 1);
                    if !target.starts_with("let ")
                        && (target.contains('.') || target.starts_with('*') || compound)
                    {
                        found.push(statement.to_string());
                    }
                }
                assert!(
                    found.is_empty(),
                    "{} edits a record directly inside a save ({save}...): {found:?}; add a checked domain method that returns Result",
                    path.display()
                );
            }
        }
    }
    assert!(edits > 30, "every save a screen makes was read ({edits})");
}

/// A source file's module path: `src/ui/plan/steps.rs` is `ui::plan::steps`.
fn module_of(path: &Path) -> String {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let relative = path.strip_prefix(&src).expect("under src/");
    let mut parts: Vec<String> = relative
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    parts.join("::")
}

/// The paths a file names from the crate's root: `crate::a::b::Item`, each branch of
/// `crate::a::{b, c::D}` (over several lines too), and `super::x` resolved from `module`. A bare
/// `use super::*` is a test module reaching its own file, so it names nothing new.
fn named_paths(text: &str, module: &str) -> Vec<Vec<String>> {
    let code: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let chars: Vec<char> = code.chars().collect();
    let mut found = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        let rest: String = chars[at..chars.len().min(at + 7)].iter().collect();
        let starts_word = at == 0 || !(chars[at - 1].is_alphanumeric() || chars[at - 1] == '_');
        let root = if !starts_word {
            None
        } else if rest == "crate::" {
            Some(Vec::new())
        } else if rest.starts_with("super::") {
            Some(module.split("::").map(String::from).collect::<Vec<_>>())
        } else {
            None
        };
        let Some(mut prefix) = root else {
            at += 1;
            continue;
        };
        at += 7;
        if rest.starts_with("super::") {
            prefix.pop();
            // `super::super::x` climbs once more for each `super`.
            while chars[at..]
                .iter()
                .collect::<String>()
                .starts_with("super::")
            {
                prefix.pop();
                at += 7;
            }
            if chars.get(at) == Some(&'*') {
                continue;
            }
        }
        path_tree(&chars, &mut at, prefix, &mut found);
    }
    found
}

/// Reads `a::b::{c, d::e}` from `at`, adding each whole path to `found`.
fn path_tree(
    chars: &[char],
    at: &mut usize,
    mut prefix: Vec<String>,
    found: &mut Vec<Vec<String>>,
) {
    let skip_space = |at: &mut usize| {
        while chars.get(*at).is_some_and(|c| c.is_whitespace()) {
            *at += 1;
        }
    };
    loop {
        skip_space(at);
        if chars.get(*at) == Some(&'{') {
            *at += 1;
            loop {
                skip_space(at);
                match chars.get(*at) {
                    None => return,
                    Some('}') => {
                        *at += 1;
                        return;
                    }
                    Some(',') => *at += 1,
                    Some(c) if c.is_alphanumeric() || *c == '_' || *c == '{' => {
                        path_tree(chars, at, prefix.clone(), found);
                    }
                    // `as`, `*` and the like name nothing more.
                    Some(_) => *at += 1,
                }
            }
        }
        let mut word = String::new();
        while let Some(c) = chars.get(*at).filter(|c| c.is_alphanumeric() || **c == '_') {
            word.push(*c);
            *at += 1;
        }
        if word.is_empty() || word == "self" {
            break;
        }
        prefix.push(word);
        if chars.get(*at) == Some(&':') && chars.get(*at + 1) == Some(&':') {
            *at += 2;
        } else {
            // `a::b as c`: skip the new name, so it is not read as a path of its own.
            let after: String = chars[*at..chars.len().min(*at + 4)].iter().collect();
            if after.starts_with(" as ") {
                *at += 4;
                while chars
                    .get(*at)
                    .is_some_and(|c| c.is_alphanumeric() || *c == '_')
                {
                    *at += 1;
                }
            }
            break;
        }
    }
    found.push(prefix);
}

/// Which modules each module uses (`crate::a::b::Item` counts as module `a::b`).
fn uses_by_module() -> BTreeMap<String, BTreeSet<String>> {
    let files = sources("src");
    let modules: BTreeSet<String> = files.iter().map(|(p, _)| module_of(p)).collect();
    let mut graph = BTreeMap::new();
    for (path, text) in &files {
        let from = module_of(path);
        let mut to = BTreeSet::new();
        for words in named_paths(text, &from) {
            // The longest run of words that names a module.
            let used = (1..=words.len())
                .rev()
                .map(|n| words[..n].join("::"))
                .find(|m| modules.contains(m));
            if let Some(used) = used.filter(|m| *m != from) {
                to.insert(used);
            }
        }
        graph.insert(from, to);
    }
    graph
}

/// Which modules each module uses, leaving out a module's own parents and children: a folder and
/// what is in it are one unit.
fn module_uses() -> BTreeMap<String, BTreeSet<String>> {
    let related = |a: &str, b: &str| {
        a == b || a.starts_with(&format!("{b}::")) || b.starts_with(&format!("{a}::"))
    };
    uses_by_module()
        .into_iter()
        .map(|(from, to)| {
            let to = to.into_iter().filter(|m| !related(&from, m)).collect();
            (from, to)
        })
        .collect()
}

/// The folder (or single file) a module belongs to, two deep: `ui::plan::ladder::step_row` is in
/// `ui::plan`, `domain::route` is `domain::route`, the shell's `ui` is `ui`.
fn folder_of(module: &str) -> String {
    module.split("::").take(2).collect::<Vec<_>>().join("::")
}

/// Which folders each folder uses, from the modules in them.
fn folder_uses() -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (from, to) in uses_by_module() {
        let from = folder_of(&from);
        let to: Vec<String> = to
            .iter()
            .map(|m| folder_of(m))
            .filter(|f| *f != from)
            .collect();
        graph.entry(from).or_default().extend(to);
    }
    graph
}

/// Panics with the loop if following `graph` from any node comes back round to it.
fn assert_no_loop(graph: &BTreeMap<String, BTreeSet<String>>, what: &str) {
    // Depth-first search; reaching a node still on the path is a loop.
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
        what: &str,
    ) {
        if done.contains(node) {
            return;
        }
        if let Some(start) = path.iter().position(|m| m == node) {
            panic!(
                "{what} import each other round a loop: {} -> {node}",
                path[start..].join(" -> ")
            );
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            visit(next, graph, path, done, what);
        }
        path.pop();
        done.insert(node.to_string());
    }
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        visit(node, graph, &mut Vec::new(), &mut done, what);
    }
}

#[test]
fn no_module_imports_round_a_loop() {
    let graph = module_uses();
    assert_no_loop(&graph, "modules");
    assert!(graph.len() > 60, "every module was read");
}

/// The folders of `src/ui/` that are not places: parts shared by places, and the shell's own.
const NOT_PLACES: [&str; 3] = ["ui::widgets", "ui::state", "ui::drafts"];

/// The places a parent goes (`ui/today/`, `ui/calendar/`...): every folder in `src/ui/` but those
/// in [`NOT_PLACES`], so a new place is held by the rules below as soon as it exists.
fn places() -> Vec<String> {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut places: Vec<String> = fs::read_dir(ui)
        .expect("src/ui/ can be read")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.is_dir())
        .map(|p| format!("ui::{}", p.file_name().unwrap().to_string_lossy()))
        .filter(|p| !NOT_PLACES.contains(&p.as_str()))
        .collect();
    places.sort();
    places
}

#[test]
fn places_import_no_other_place() {
    let places = places();
    assert!(places.len() >= 5, "every place was found: {places:?}");
    for (from, to) in uses_by_module() {
        let place = folder_of(&from);
        if !places.contains(&place) {
            continue;
        }
        for used in to {
            let other = folder_of(&used);
            assert!(
                other == place || !places.contains(&other),
                "{from} (in {place}) uses {used} (in {other}): places stand apart; a part both \
                 need goes to ui/widgets/ or the shell, and only the shell wires places together (a \
                 folder of the shell's own belongs in NOT_PLACES)"
            );
        }
    }
}

#[test]
fn no_folder_imports_round_a_loop() {
    let graph = folder_uses();
    assert_no_loop(&graph, "folders");
    for folder in ["domain::diary", "domain::plan", "domain::file", "ui::plan"] {
        assert!(graph.contains_key(folder), "{folder} was read");
    }
}

#[test]
fn recording_a_try_never_moves_a_step_on() {
    for state in [
        StepState::NotStarted,
        StepState::Trying,
        StepState::Paused,
        StepState::Done,
    ] {
        let mut step = Step::new("s1", "Walk to the gate");
        step.state = state;
        step.record_attempt(Attempt {
            id: "t1".into(),
            date: chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(),
            worry_before: Some(8),
            worry_highest: None,
            worry_after: Some(2),
            what_helped: "Music".into(),
        })
        .unwrap();
        assert_eq!(step.state, state, "the parent decides when a step moves on");
    }
}

/// Lines of code that keep a draft other than through a table of named fields.
fn positional_drafts(path: &Path, text: &str) -> Vec<String> {
    let in_drafts = path
        .parent()
        .is_some_and(|p| p.ends_with("src/ui/drafts") || path.ends_with("src/ui/drafts.rs"));
    let mut found = uses(
        text,
        &[
            // A draft as a list of texts, ratings and rows, or a tuple, read back by place.
            "impl Typed",
            "FormText",
            "FormFields {",
            "Draft = (",
            "Draft = [",
            "Draft = Vec<",
        ],
    );
    // Only the named table writes a draft.
    if !in_drafts {
        found.extend(uses(text, &["put_draft("]));
    }
    // A draft is kept only by a `DraftFields` (`fields.keep_draft(…)`), never by a free function
    // that takes any value to serialise.
    found.extend(
        uses(text, &["keep_draft"])
            .into_iter()
            .filter(|l| !l.contains(".keep_draft") && !l.contains("fn keep_draft")),
    );
    if in_drafts {
        found.extend(uses(text, &["Stored<"]));
        for (at, _) in text.match_indices("fn keep_draft") {
            let after = &text[at..];
            let args = after[after.find('(').unwrap_or(0) + 1..].trim_start();
            if !args.starts_with("self") {
                found.push(after.lines().next().unwrap_or_default().to_string());
            }
        }
    }
    found
}

#[test]
fn every_draft_is_kept_by_field_name() {
    for (path, text) in sources("src/ui") {
        let found = positional_drafts(&path, &text);
        assert!(
            found.is_empty(),
            "{} keeps a draft by position, not through a table of named fields (ui::drafts::DraftFields): {found:?}",
            path.display()
        );
    }
}

/// The names a form binds in its table of fields: `.text("name", …)`, `.choice(…)`, `.listed(…)`,
/// the day's times (`format!("times.{}", …)`) and the plan's text tables (`text_of.name`).
fn bound_names(text: &str) -> BTreeSet<String> {
    use small_steps::domain::diary::day_times::DAY_TIMES;
    use small_steps::domain::plan::texts::{ARRANGEMENTS, GOAL, REVIEW_TEXTS};
    let mut names = BTreeSet::new();
    for binder in [".text(", ".choice(", ".listed("] {
        for (at, _) in text.match_indices(binder) {
            let rest = text[at + binder.len()..].trim_start();
            if let Some(quoted) = rest.strip_prefix('"') {
                names.insert(quoted[..quoted.find('"').unwrap_or(0)].to_string());
            }
        }
    }
    if text.contains("format!(\"times.{}\"") {
        names.extend(DAY_TIMES.iter().map(|t| format!("times.{}", t.name)));
    }
    if text.contains("text_of.name") {
        names.extend(GOAL.iter().map(|t| t.name.to_string()));
        names.extend(ARRANGEMENTS.iter().map(|t| t.name.to_string()));
        names.extend(REVIEW_TEXTS.iter().map(|t| t.name.to_string()));
    }
    names
}

fn layout_names(layout: &small_steps::domain::draft_fields::OldLayout, names: &mut Vec<String>) {
    use small_steps::domain::draft_fields::OldLayout::*;
    match layout {
        Name(name) => names.push(name.to_string()),
        List(items) | OneOf(items) => items.iter().for_each(|l| layout_names(l, names)),
        Object(keys) => keys.iter().for_each(|(_, l)| layout_names(l, names)),
    }
}

/// An old, positional draft is read back by the names in `domain::draft_layouts`: each name there
/// must be one its form binds now (a misspelt name would offer typing as text instead of putting
/// it back). The one exception is by design: the goal of an arrangements draft from before the
/// goal had its own card is offered as text.
#[test]
fn old_drafts_are_named_as_their_forms_name_their_fields() {
    use small_steps::domain::draft_layouts as layouts;
    let known = [
        ("DAY", &layouts::DAY),
        ("UNDERSTANDING", &layouts::UNDERSTANDING),
        ("GOAL", &layouts::GOAL),
        ("ARRANGEMENTS", &layouts::ARRANGEMENTS),
        ("LADDER", &layouts::LADDER),
        ("STEP", &layouts::STEP),
        ("ADJUSTMENT", &layouts::ADJUSTMENT),
        ("IN_PLACE", &layouts::IN_PLACE),
        ("TRY", &layouts::TRY),
        ("REVIEW", &layouts::REVIEW),
        ("PACK_HEADER", &layouts::PACK_HEADER),
        ("SUPPORT", &layouts::SUPPORT),
        ("REFERRAL", &layouts::REFERRAL),
        ("SCHOOL_FIGURE", &layouts::SCHOOL_FIGURE),
        ("CHILD", &layouts::CHILD),
        ("CONTACT", &layouts::CONTACT),
    ];
    let mut used = BTreeSet::new();
    for (path, text) in sources("src/ui") {
        let bound = bound_names(&text);
        for (at, _) in text.match_indices("draft_layouts::") {
            let rest = &text[at + "draft_layouts::".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_uppercase() || *c == '_')
                .collect();
            if name.is_empty() {
                continue;
            }
            let (_, layout) = known.iter().find(|(n, _)| *n == name).unwrap_or_else(|| {
                panic!(
                    "{}: draft_layouts::{name} is not listed in this test",
                    path.display()
                )
            });
            used.insert(name.clone());
            let mut names = Vec::new();
            layout_names(layout, &mut names);
            for field in names {
                if (name.as_str(), field.as_str()) == ("ARRANGEMENTS", "goal") {
                    continue;
                }
                assert!(
                    bound.contains(&field),
                    "{}: an old draft's \"{field}\" (draft_layouts::{name}) has no field of that name in the form",
                    path.display()
                );
            }
        }
    }
    let unused: Vec<_> = known
        .iter()
        .filter(|(n, _)| !used.contains(*n))
        .map(|(n, _)| n)
        .collect();
    assert!(
        unused.is_empty(),
        "no form reads the old drafts of {unused:?}"
    );
}

/// Every field of the day form (`DayDraft`) is on screen: some view in `src/ui/today/` other than
/// the draft itself uses it as `draft.<field>`. With the record (`to_record`), the draft's table of
/// names (`fields`) and `from_record` named by the compiler, this names the last file a new day
/// field needs: the form's view.
#[test]
fn every_field_of_the_day_form_is_shown() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let draft = fs::read_to_string(root.join("src/ui/today/day_draft.rs")).expect("day_draft.rs");
    let body = draft
        .split("pub struct DayDraft {")
        .nth(1)
        .and_then(|rest| rest.split('}').next())
        .expect("DayDraft is a struct in day_draft.rs");
    let fields: Vec<&str> = body
        .lines()
        .map(str::trim)
        .filter_map(|l| l.strip_prefix("pub "))
        .filter_map(|l| l.split(':').next())
        .collect();
    assert!(
        fields.contains(&"helped"),
        "the fields were read: {fields:?}"
    );
    let views: Vec<String> = sources("src/ui/today")
        .into_iter()
        .filter(|(p, _)| !p.ends_with("day_draft.rs"))
        .map(|(_, text)| text)
        .collect();
    for field in fields {
        let used = format!("draft.{field}");
        let shown = views.iter().any(|text| {
            text.match_indices(&used).any(|(at, _)| {
                let next = text[at + used.len()..].chars().next().unwrap_or(' ');
                !(next.is_alphanumeric() || next == '_')
            })
        });
        assert!(
            shown,
            "the day form's field `{field}` is not shown: no view in src/ui/today/ uses `{used}`"
        );
    }
}

/// The files of `src/ui/` outside `home` (a file or a folder) whose code (comments left out) holds `mark`, with the
/// lines; and how many files name `widget`, so a rule cannot pass by having nothing to look at.
fn outside_the_widget(home: &str, mark: &str, widget: &str) -> (Vec<String>, usize) {
    let home = Path::new(env!("CARGO_MANIFEST_DIR")).join(home);
    let mut found = Vec::new();
    let mut users = 0;
    for (path, text) in sources("src/ui") {
        if path.starts_with(&home) {
            continue;
        }
        if text.contains(widget) {
            users += 1;
        }
        for line in uses(&text, &[mark]) {
            found.push(format!("{}: {line}", path.display()));
        }
    }
    (found, users)
}

/// One error line: why a form was not saved is shown by `FormError` (`widgets/choose.rs`; a text
/// field's own line is `TextField`'s), so only `widgets/` writes the `field-error` line and every
/// form says it the same way, read out at once.
#[test]
fn errors_use_the_one_error_line() {
    let (found, users) = outside_the_widget("src/ui/widgets", "field-error", "<FormError");
    assert!(
        found.is_empty(),
        "a form writes its own error line; use <FormError error=…/> (ui::widgets::choose): {found:?}"
    );
    assert!(users >= 10, "the forms were read ({users} use FormError)");
}

/// One question dialog: every yes-or-no question before a step that is hard to take back is a
/// `Question` or `RemoveQuestion` (`widgets/confirm.rs`), the one place that writes an
/// `alertdialog`.
#[test]
fn questions_use_the_one_question_dialog() {
    let (found, users) = outside_the_widget("src/ui/widgets/confirm.rs", "alertdialog", "Question");
    assert!(
        found.is_empty(),
        "a screen builds its own question dialog; use Question or RemoveQuestion (ui::widgets::confirm): {found:?}"
    );
    assert!(users >= 6, "the screens were read ({users} ask a question)");
}

/// One guidance box: pointers with their sources are shown by `GuidanceBox`
/// (`widgets/guidance_box.rs`), the one place that writes the `guidance` box.
#[test]
fn guidance_uses_the_one_guidance_box() {
    let (found, users) = outside_the_widget(
        "src/ui/widgets/guidance_box.rs",
        "class=\"guidance",
        "GuidanceBox",
    );
    assert!(
        found.is_empty(),
        "a screen builds its own guidance box; use GuidanceBox (ui::widgets::guidance_box): {found:?}"
    );
    assert!(users >= 2, "the screens were read ({users} show guidance)");
}

/// One plural: a count in words ("1 day", "3 days") comes from `domain::words::plural`, never from
/// a hand-made case for one (`1 => "1 day"`, `if n == 1 { "1 day" }`, `{ "" } else { "s" }`).
#[test]
fn counts_use_the_one_plural() {
    let words = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain/words.rs");
    let mut found = Vec::new();
    let mut users = 0;
    for (path, text) in sources("src") {
        if path == words {
            continue;
        }
        if text.contains("plural(") {
            users += 1;
        }
        for line in uses(&text, &["1 =>", "== 1", "{ \"\" } else { \"s\" }"]) {
            let one_counted = line.contains("\"1 ") || line.contains(", 1 ");
            if one_counted || line.contains("else { \"s\" }") {
                found.push(format!("{}: {line}", path.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "a count in words is made by hand; use domain::words::plural: {found:?}"
    );
    assert!(
        users >= 10,
        "the counts were read ({users} files use plural)"
    );
}

/// Whether `name` matches a `.gitignore` line such as `docs/screens/chart-*.png` (only `*`).
fn glob_matches(pattern: &str, name: &str) -> bool {
    match pattern.split_once('*') {
        None => pattern == name,
        Some((head, tail)) => {
            name.len() >= head.len() + tail.len() && name.starts_with(head) && name.ends_with(tail)
        }
    }
}

/// Every picture `docs/screens/README.md` lists can be seen by a newcomer: it is committed (it
/// is there and `.gitignore` lets it through) or `scripts/docs_screens.sh` makes it (its test in
/// `tests/e2e/docs/screens.shots.js` writes a file of that name). A name with `N` stands for the
/// charts 0 to 5.
#[test]
fn every_picture_listed_is_committed_or_made() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let list = fs::read_to_string(root.join("docs/screens/README.md")).expect("the list");
    let ignore = fs::read_to_string(root.join(".gitignore")).expect(".gitignore");
    let let_through: Vec<&str> = ignore.lines().filter_map(|l| l.strip_prefix('!')).collect();
    let shots = fs::read_to_string(root.join("tests/e2e/docs/screens.shots.js")).expect("shots");
    let script = fs::read_to_string(root.join("scripts/docs_screens.sh")).expect("the script");
    assert!(
        script.contains("tests/e2e/docs/shots.config.js") && shots.contains("${OUT}/${name}"),
        "the script runs the shots, and they write into docs/screens/"
    );
    let mut names = Vec::new();
    for row in list.lines().filter(|l| l.starts_with("| ")) {
        let first = row.split('|').nth(1).unwrap_or_default();
        for word in first.split([' ', ',', '…']) {
            let word = word.trim_matches('`');
            if !word.ends_with(".png") {
                continue;
            }
            if word.contains("-N-") {
                names.extend((0..=5).map(|n| word.replace("-N-", &format!("-{n}-"))));
            } else {
                names.push(word.to_string());
            }
        }
    }
    assert!(names.len() >= 30, "the list was read: {names:?}");
    for name in names {
        let path = format!("docs/screens/{name}");
        let committed =
            root.join(&path).exists() && let_through.iter().any(|p| glob_matches(p, &path));
        let made = shots.contains(&format!("'{name}'"));
        assert!(
            committed || made,
            "docs/screens/README.md lists {name}, but it is neither committed (there and let \
             through by .gitignore) nor made by scripts/docs_screens.sh (tests/e2e/docs/screens.shots.js)"
        );
    }
}

/// Each place declares its own later screens: every `later_screen!` stands in a place's own
/// `later.rs` (`src/ui/<place>/later.rs`), and the machinery in `src/ui/later.rs` names no place.
#[test]
fn each_place_declares_its_own_later_screens() {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let machinery = ui.join("later.rs");
    let places = places();
    let mut declared = 0;
    for (path, text) in sources("src/ui") {
        if path == machinery {
            let named: Vec<&String> = places
                .iter()
                .filter(|p| text.contains(&format!("crate::{p}")))
                .collect();
            assert!(named.is_empty(), "src/ui/later.rs names a place: {named:?}");
            continue;
        }
        let count = uses(&text, &["later_screen!("]).len();
        if count == 0 {
            continue;
        }
        let folder = path.parent().and_then(|p| p.strip_prefix(&ui).ok());
        let place = folder.map(|f| format!("ui::{}", f.display()));
        assert!(
            path.ends_with("later.rs") && place.is_some_and(|p| places.contains(&p)),
            "{} declares a later screen: only a place's own later.rs does",
            path.display()
        );
        declared += count;
    }
    assert!(declared >= 10, "the later screens were read ({declared})");
}

/// The file names `README.md` and `ARCHITECTURE.md` give in backquotes are there: a path from the
/// repository's root (`src/ui/state/save.rs`, `tests/e2e/my_turn.spec.js`) or, as the code map
/// writes them, from `src/` (`ui/today/day_draft.rs`) or `src/domain/` (`file/writer.rs`).
/// Names with a placeholder (`<place>`, `*`) are patterns, not files.
#[test]
fn the_readme_and_architecture_name_files_that_are_there() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let roots = ["", "src/", "src/domain/", "src/ui/", "src/web/"];
    let mut checked = 0;
    for doc in ["README.md", "ARCHITECTURE.md"] {
        let whole = fs::read_to_string(root.join(doc)).expect("the document");
        // Blocks fenced with three backquotes are left out (their backquotes do not pair).
        let text: String = whole.split("```").step_by(2).collect::<Vec<_>>().join(" ");
        for (i, quoted) in text.split('`').enumerate() {
            let name = quoted
                .split(|c: char| c.is_whitespace() || c == ':' || c == '(')
                .next()
                .unwrap_or_default();
            let looks_like_a_file = name.contains('/')
                && name.rsplit('/').next().is_some_and(|last| {
                    [
                        ".rs", ".js", ".mjs", ".sh", ".json", ".md", ".toml", ".css", ".html",
                    ]
                    .iter()
                    .any(|ext| last.ends_with(ext))
                });
            // Inside backquotes only (odd pieces), and not a pattern or a web address.
            if i % 2 == 0
                || !looks_like_a_file
                || name.contains(['<', '*', '…', '{'])
                || name.starts_with("http")
                || name.starts_with('#')
            {
                continue;
            }
            // The group's own settings, which a group writes where it hosts the app.
            if name == "public/group.json" || name.starts_with("dist/") {
                continue;
            }
            checked += 1;
            assert!(
                roots
                    .iter()
                    .any(|r| root.join(format!("{r}{name}")).exists()),
                "{doc} names `{name}`, which is not there (from the root, src/ or src/domain/)"
            );
        }
    }
    assert!(
        checked >= 60,
        "the documents' file names were read ({checked})"
    );
}

/// The app's own words put in small letters (a label inside a sentence: "signs (before school)")
/// use `to_ascii_lowercase`, which needs no table of every alphabet's capitals, so no such table
/// rides in the first part or every later part. That is only right while the app's own words hold
/// no capital beyond A to Z, which this checks (comments left out); a parent's or a child's words
/// (names, what they typed) keep the full `to_lowercase`.
#[test]
fn the_apps_own_words_have_no_capitals_beyond_a_to_z() {
    let mut found = Vec::new();
    for (path, text) in sources("src") {
        for line in uses(&text, &["\""]) {
            if line
                .chars()
                .any(|c| !c.is_ascii() && c.to_lowercase().ne([c]))
            {
                found.push(format!("{}: {line}", path.display()));
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
    // The rule has something to look at: labels are put in small letters the cheap way.
    let cheap = sources("src")
        .iter()
        .filter(|(_, text)| !uses(text, &["label().to_ascii_lowercase()"]).is_empty())
        .count();
    assert!(cheap >= 5, "{cheap}");
}
