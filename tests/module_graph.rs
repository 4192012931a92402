//! The module graph has no loops and no upward imports: the core is a house of floors, words
//! and money at the bottom, the engine in the middle, studies and charts above it, the
//! WebAssembly surface on top, and every `crate::` path in `src/` points down a floor.
//!
//! What is read: every `crate::…` and `super::…` path in the code of `src/` (comments and
//! string literals left out), resolved to the longest module it names. Two rules:
//! - between the top-level modules, every path runs to a lower floor of [`FLOORS`] (so
//!   there is no loop either), and a module missing from the floors fails the test;
//! - between the files of one folder, no loop (the folder's `mod.rs` is its face: it may
//!   hold what its files share and re-export what they make, so it is left out of this one).
//!
//! Not for: the binaries (`src/bin`, which use the library as any user would).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// The top-level modules, bottom floor first. A module may use only modules of the floors
/// below its own.
const FLOORS: &[&[&str]] = &[
    &["words", "money"],
    &["random", "csv"],
    &["behaviour"],
    &["scenario"],
    &["calendar", "economics"],
    &["rules", "population"],
    &["member"],
    &["engine"],
    &["metrics", "explain"],
    &["study", "export", "fit"],
    &["chart"],
    &["digest"],
    &["web"],
];

type Module = Vec<String>;

/// Every source file of the library with the module it holds (`src/a/b.rs` and
/// `src/a/b/mod.rs` are `a::b`; `src/lib.rs` is the root).
fn library_files() -> BTreeMap<Module, String> {
    fn walk(dir: &Path, files: &mut BTreeMap<Module, String>) {
        for entry in fs::read_dir(dir).expect("src is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                if !path.ends_with("bin") {
                    walk(&path, files);
                }
            } else if path.extension().is_some_and(|e| e == "rs") {
                let relative = path.strip_prefix("src").expect("under src");
                let mut module: Module = relative
                    .with_extension("")
                    .iter()
                    .map(|part| part.to_string_lossy().into_owned())
                    .collect();
                if module
                    .last()
                    .is_some_and(|last| last == "mod" || last == "lib")
                {
                    module.pop();
                }
                let text = fs::read_to_string(&path).expect("a source file is readable");
                files.insert(module, text);
            }
        }
    }
    let mut files = BTreeMap::new();
    walk(Path::new("src"), &mut files);
    files
}

/// The code of a source file without its comments, string literals and character literals.
fn code_only(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                i += 1;
            }
            i += 2;
        } else if c == 'r'
            && (next == Some('"') || next == Some('#'))
            && !is_ident(out.chars().last())
        {
            // A raw string: r"…", r#"…"#.
            let mut hashes = 0;
            let mut j = i + 1;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            while j < chars.len()
                && !(chars[j] == '"' && (1..=hashes).all(|k| chars.get(j + k) == Some(&'#')))
            {
                j += 1;
            }
            j += 1 + hashes;
            out.push_str("\"\"");
            i = j;
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == '\'' {
            // A character literal ('x', '\n', '\u{1F600}') or a lifetime ('a).
            if next == Some('\\') {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if chars.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                out.push(c);
                i += 1;
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn is_ident(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || c == '_')
}
/// The paths that start at `crate` or `super` in `code`, as segments from the crate's
/// root (`super` resolved against `module`, the file's own module: `super` of `a::b` is `a`
/// whether the file is `a/b.rs` or `a/b/mod.rs`). A group `a::{b, c::d}` gives `a::b` and
/// `a::c::d`.
fn paths_in(code: &str, module: &Module) -> Vec<Module> {
    let mut found = Vec::new();
    let bytes = code.as_bytes();
    let mut i = 0;
    while i < code.len() {
        let rest = &code[i..];
        let starts = ["crate::", "super::"]
            .into_iter()
            .find(|start| rest.starts_with(start));
        let boundary = i == 0 || !is_ident(code[..i].chars().last());
        let Some(start) = starts.filter(|_| boundary) else {
            i += rest.chars().next().map_or(1, char::len_utf8);
            continue;
        };
        let mut base: Module = if start == "crate::" {
            Vec::new()
        } else {
            module[..module.len().saturating_sub(1)].to_vec()
        };
        let mut j = i + start.len();
        let mut segments = Vec::new();
        loop {
            let word_end = code[j..]
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .map_or(code.len(), |k| j + k);
            let word = &code[j..word_end];
            if word == "super" {
                base.pop();
            } else if !word.is_empty() {
                segments.push(word.to_string());
            }
            j = word_end;
            if code[j..].starts_with("::") {
                j += 2;
                if bytes.get(j) == Some(&b'{') {
                    let close = matching_brace(code, j);
                    for item in split_top_level(&code[j + 1..close]) {
                        let mut path = base.clone();
                        path.extend(segments.iter().cloned());
                        path.extend(
                            item.split("::")
                                .map(|s| s.trim().trim_start_matches('{').to_string())
                                .take_while(|s| {
                                    !s.is_empty()
                                        && s.chars().all(|c| c.is_alphanumeric() || c == '_')
                                }),
                        );
                        found.push(path);
                    }
                    j = close;
                    break;
                }
            } else {
                break;
            }
        }
        let mut path = base;
        path.extend(segments);
        found.push(path);
        i = j.max(i + 1);
    }
    found
}

fn matching_brace(code: &str, open: usize) -> usize {
    let mut depth = 0;
    for (k, c) in code[open..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return open + k;
                }
            }
            _ => {}
        }
    }
    code.len()
}

fn split_top_level(group: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let (mut depth, mut from) = (0, 0);
    for (k, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&group[from..k]);
                from = k + 1;
            }
            _ => {}
        }
    }
    items.push(&group[from..]);
    items
}

/// The longest module of `modules` that `path` names (`crate::a::b::Thing` names `a::b`).
fn module_named(path: &[String], modules: &BTreeSet<Module>) -> Option<Module> {
    (1..=path.len())
        .rev()
        .map(|n| path[..n].to_vec())
        .find(|prefix| modules.contains(prefix))
}

/// Each module's imports of other modules, as `(from, to)` pairs.
fn imports() -> BTreeSet<(Module, Module)> {
    let files = library_files();
    let modules: BTreeSet<Module> = files.keys().cloned().collect();
    let mut edges = BTreeSet::new();
    for (module, text) in &files {
        for path in paths_in(&code_only(text), module) {
            if let Some(to) = module_named(&path, &modules) {
                if &to != module && !to.is_empty() {
                    edges.insert((module.clone(), to));
                }
            }
        }
    }
    edges
}

fn floor_of(module: &str) -> Option<usize> {
    FLOORS.iter().position(|floor| floor.contains(&module))
}

/// A loop among `edges` if there is one, as the modules along it.
fn a_loop(edges: &BTreeSet<(Module, Module)>) -> Option<Vec<Module>> {
    let mut next: BTreeMap<&Module, Vec<&Module>> = BTreeMap::new();
    for (from, to) in edges {
        next.entry(from).or_default().push(to);
    }
    fn visit<'m>(
        at: &'m Module,
        next: &BTreeMap<&'m Module, Vec<&'m Module>>,
        trail: &mut Vec<&'m Module>,
        done: &mut BTreeSet<&'m Module>,
    ) -> Option<Vec<Module>> {
        if let Some(k) = trail.iter().position(|m| *m == at) {
            return Some(trail[k..].iter().map(|m| (*m).clone()).collect());
        }
        if !done.insert(at) {
            return None;
        }
        trail.push(at);
        for to in next.get(at).into_iter().flatten() {
            if let Some(found) = visit(to, next, trail, done) {
                return Some(found);
            }
        }
        trail.pop();
        None
    }
    let mut done = BTreeSet::new();
    next.keys()
        .find_map(|start| visit(start, &next, &mut Vec::new(), &mut done))
}

#[test]
fn every_top_level_module_imports_only_from_the_floors_below_it() {
    let edges = imports();
    let mut upward = Vec::new();
    let mut unplaced = BTreeSet::new();
    for (from, to) in &edges {
        let (a, b) = (&from[0], &to[0]);
        if a == b {
            continue;
        }
        match (floor_of(a), floor_of(b)) {
            (Some(fa), Some(fb)) if fb < fa => {}
            (Some(_), Some(_)) => upward.push(format!("{} -> {}", from.join("::"), to.join("::"))),
            (None, _) => drop(unplaced.insert(a.clone())),
            (_, None) => drop(unplaced.insert(b.clone())),
        }
    }
    assert!(
        unplaced.is_empty(),
        "modules on no floor of FLOORS: {unplaced:?}"
    );
    assert!(
        upward.is_empty(),
        "imports that run up or across a floor:\n{}",
        upward.join("\n")
    );
    assert!(
        edges.len() > 100,
        "the reader found the imports ({} of them)",
        edges.len()
    );
}

#[test]
fn the_files_of_a_folder_import_each_other_without_a_loop() {
    let files = library_files();
    let faces: BTreeSet<Module> = files
        .keys()
        .filter(|m| {
            files
                .keys()
                .any(|c| c.len() == m.len() + 1 && c.starts_with(m))
        })
        .cloned()
        .collect();
    let siblings: BTreeSet<(Module, Module)> = imports()
        .into_iter()
        .filter(|(from, to)| {
            from.len() == to.len()
                && from[..from.len() - 1] == to[..to.len() - 1]
                && !faces.contains(from)
                && !faces.contains(to)
        })
        .collect();
    assert!(
        siblings.len() > 20,
        "the reader found the files' imports ({})",
        siblings.len()
    );
    if let Some(found) = a_loop(&siblings) {
        let names: Vec<String> = found.iter().map(|m| m.join("::")).collect();
        panic!(
            "files that import each other in a loop: {}",
            names.join(" -> ")
        );
    }
}

#[test]
fn the_reader_sees_a_loop_and_an_upward_import_where_there_is_one() {
    let module = |s: &str| s.split("::").map(str::to_string).collect::<Module>();
    let code = code_only(
        "use crate::a::{b::C, d};\n// use crate::z;\nlet s = \"crate::y\";\nlet c = '\"'; super::e::f();",
    );
    let found = paths_in(&code, &module("x::g"));
    assert!(found.contains(&module("a::b::C")), "{found:?}");
    assert!(found.contains(&module("a::d")), "{found:?}");
    assert!(found.contains(&module("x::e::f")), "{found:?}");
    assert!(
        !found.iter().any(|p| p[0] == "z" || p[0] == "y"),
        "{found:?}"
    );
    let edges: BTreeSet<(Module, Module)> = [("a", "b"), ("b", "c"), ("c", "a")]
        .into_iter()
        .map(|(f, t)| (module(f), module(t)))
        .collect();
    assert_eq!(a_loop(&edges).map(|l| l.len()), Some(3));
    assert_eq!(floor_of("words"), Some(0));
    assert!(floor_of("engine") < floor_of("metrics"));
}
