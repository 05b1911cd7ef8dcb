//! The rules of the code's shape, checked on every run: the domain holds no browser code, the layers
//! only look down (ui over web over domain), no two modules import each other round a loop, only
//! the files in `src/web/storage/` touch localStorage, a save has one home (`src/ui/state/`), the
//! screens call the browser only through `src/web/`, and the app never moves a step on by itself.
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
/// (no `window()`, no `Reflect`, no closures handed to the browser) and add no listeners on the
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

/// Which modules each module uses (`crate::a::b::Item` counts as module `a::b`), leaving out a
/// module's own parents and children: a folder and what is in it are one unit.
fn module_uses() -> BTreeMap<String, BTreeSet<String>> {
    let files = sources("src");
    let modules: BTreeSet<String> = files.iter().map(|(p, _)| module_of(p)).collect();
    let related = |a: &str, b: &str| {
        a == b || a.starts_with(&format!("{b}::")) || b.starts_with(&format!("{a}::"))
    };
    let mut graph = BTreeMap::new();
    for (path, text) in &files {
        let from = module_of(path);
        let mut to = BTreeSet::new();
        for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
            for (at, _) in line.match_indices("crate::") {
                let words: Vec<&str> = line[at + "crate::".len()..]
                    .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                    .next()
                    .unwrap_or("")
                    .split("::")
                    .collect();
                // The longest run of words that names a module.
                let used = (1..=words.len())
                    .rev()
                    .map(|n| words[..n].join("::"))
                    .find(|m| modules.contains(m));
                if let Some(used) = used.filter(|m| !related(&from, m)) {
                    to.insert(used);
                }
            }
        }
        graph.insert(from, to);
    }
    graph
}

#[test]
fn no_module_imports_round_a_loop() {
    let graph = module_uses();
    // Depth-first search; reaching a module still on the path is a loop.
    fn visit(
        module: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) {
        if done.contains(module) {
            return;
        }
        if let Some(start) = path.iter().position(|m| m == module) {
            panic!(
                "modules import each other round a loop: {} -> {module}",
                path[start..].join(" -> ")
            );
        }
        path.push(module.to_string());
        for next in graph.get(module).into_iter().flatten() {
            visit(next, graph, path, done);
        }
        path.pop();
        done.insert(module.to_string());
    }
    let mut done = BTreeSet::new();
    for module in graph.keys() {
        visit(module, &graph, &mut Vec::new(), &mut done);
    }
    assert!(graph.len() > 60, "every module was read");
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
