//! The source files form a strict hierarchy: no two files import each other, directly or through others, and
//! each layer uses only the layers before it (catalog → routes → state → components → pages → app → postbuild).
//! Read from the source itself, so a new import that breaks the order fails here with the files it joins.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The layers, first to last, by top-level module; a file may use its own layer and those before it.
const LAYERS: [&[&str]; 7] = [
    &["catalog", "assets"],
    &["routes", "shortcuts", "replay"],
    &["state"],
    &["components"],
    &["pages"],
    &["app", "start"],
    &["postbuild"],
];

/// A module path: `["catalog", "search"]`; the crate root is `[]`.
type Module = Vec<String>;

fn modules(dir: &Path, prefix: &[String], out: &mut BTreeMap<Module, PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            if name == "bin" && prefix.is_empty() {
                continue; // binaries use the library from outside
            }
            let mut m = prefix.to_vec();
            m.push(name.clone());
            if path.join("mod.rs").exists() {
                out.insert(m.clone(), path.join("mod.rs"));
            }
            modules(&path, &m, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            match name.as_str() {
                "mod" => {}
                "lib" | "main" if prefix.is_empty() => {
                    out.insert(Vec::new(), path);
                }
                _ => {
                    let mut m = prefix.to_vec();
                    m.push(name);
                    out.insert(m, path);
                }
            }
        }
    }
}

/// The source without comments and string literals (so that docs and text never count as imports).
fn code_only(source: &str) -> String {
    let b = source.as_bytes();
    let mut out = String::with_capacity(source.len());
    let mut i = 0;
    while i < b.len() {
        if b[i..].starts_with(b"//") {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if b[i..].starts_with(b"/*") {
            i += 2;
            while i + 1 < b.len() && !b[i..].starts_with(b"*/") {
                i += 1;
            }
            i += 2;
        } else if b[i] == b'r'
            && (b.get(i + 1) == Some(&b'"') || b.get(i + 1) == Some(&b'#'))
            && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_'))
        {
            let hashes = b[i + 1..].iter().take_while(|c| **c == b'#').count();
            if b.get(i + 1 + hashes) != Some(&b'"') {
                out.push('r');
                i += 1;
                continue;
            }
            let close: Vec<u8> = std::iter::once(b'"')
                .chain(std::iter::repeat_n(b'#', hashes))
                .collect();
            i += 2 + hashes;
            while i < b.len() && !b[i..].starts_with(&close) {
                i += 1;
            }
            i += close.len();
            out.push_str("\"\"");
        } else if b[i] == b'"' {
            i += 1;
            while i < b.len() && b[i] != b'"' {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
        } else {
            out.push(b[i] as char);
            i += 1;
        }
    }
    out
}

/// Every path the code names: `use` trees expanded (`use a::{b, c::d}` gives `a::b` and `a::c::d`), and paths
/// written in the code that start with `crate`, `super` or `self`.
fn paths(code: &str) -> Vec<Vec<String>> {
    fn expand(tree: &str, prefix: &str, out: &mut Vec<String>) {
        let tree = tree.trim();
        if let Some(open) = tree.find('{') {
            let head = format!("{prefix}{}", &tree[..open]);
            let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
            let mut depth = 0;
            let mut start = 0;
            for (i, c) in inner.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        expand(&inner[start..i], &head, out);
                        start = i + 1;
                    }
                    _ => {}
                }
            }
            expand(&inner[start..], &head, out);
        } else if !tree.is_empty() {
            let tree = tree.split(" as ").next().unwrap_or(tree);
            out.push(format!("{prefix}{tree}"));
        }
    }
    let mut found = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let before = rest[..at].chars().last();
        let after = &rest[at + 4..];
        rest = after;
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        if let Some(end) = after.find(';') {
            let mut trees = Vec::new();
            expand(&after[..end], "", &mut trees);
            found.extend(trees);
        }
    }
    let tokens: Vec<&str> = code
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
        .map(|t| t.trim_end_matches(':'))
        .filter(|t| t.starts_with("crate::") || t.starts_with("super::") || t.starts_with("self::"))
        .collect();
    found.extend(tokens.iter().map(|t| t.to_string()));
    found
        .into_iter()
        .map(|p| {
            p.split("::")
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty() && s != "*")
                .collect()
        })
        .collect()
}

/// The file a path leads to from the module `from`: `super` is its parent, `self` itself, and a relative path
/// (`use child::…`) starts at one of its own submodules. Paths into inline modules (`mod worker { … }`) may
/// climb one level too far and reach the crate root, which declares modules only and never counts.
fn resolve(path: &[String], from: &Module, known: &BTreeMap<Module, PathBuf>) -> Option<Module> {
    let (start, rest): (Module, &[String]) = match path.first().map(String::as_str) {
        Some("crate") => (Vec::new(), &path[1..]),
        Some("self") => (from.clone(), &path[1..]),
        Some("super") => {
            let ups = path.iter().take_while(|s| *s == "super").count();
            let keep = from.len().checked_sub(ups)?;
            (from[..keep].to_vec(), &path[ups..])
        }
        Some(first) => {
            let mut child = from.clone();
            child.push(first.to_string());
            if !known.contains_key(&child) {
                return None; // an external crate: `use leptos::…`
            }
            (from.clone(), path)
        }
        None => return None,
    };
    walk(start, rest, known).filter(|m| !m.is_empty())
}

fn walk(mut at: Module, rest: &[String], known: &BTreeMap<Module, PathBuf>) -> Option<Module> {
    for segment in rest {
        let mut next = at.clone();
        next.push(segment.clone());
        if known.contains_key(&next) {
            at = next;
        } else {
            break;
        }
    }
    Some(at)
}

fn graph() -> (
    BTreeMap<Module, PathBuf>,
    BTreeMap<Module, BTreeSet<Module>>,
) {
    let mut known = BTreeMap::new();
    modules(Path::new("src"), &[], &mut known);
    let mut edges: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for (module, file) in &known {
        let code = code_only(&fs::read_to_string(file).unwrap());
        let deps = edges.entry(module.clone()).or_default();
        for p in paths(&code) {
            if let Some(target) = resolve(&p, module, &known) {
                if &target != module {
                    deps.insert(target);
                }
            }
        }
    }
    (known, edges)
}

fn name(m: &Module) -> String {
    if m.is_empty() {
        "lib.rs".into()
    } else {
        m.join("::")
    }
}

#[test]
fn no_two_source_files_import_each_other_directly_or_through_others() {
    let (_, edges) = graph();
    // Depth-first search for a cycle, reporting the files on it.
    fn visit(
        m: &Module,
        edges: &BTreeMap<Module, BTreeSet<Module>>,
        stack: &mut Vec<Module>,
        done: &mut BTreeSet<Module>,
    ) -> Option<Vec<Module>> {
        if let Some(at) = stack.iter().position(|s| s == m) {
            let mut cycle = stack[at..].to_vec();
            cycle.push(m.clone());
            return Some(cycle);
        }
        if done.contains(m) {
            return None;
        }
        stack.push(m.clone());
        for next in edges.get(m).into_iter().flatten() {
            if let Some(c) = visit(next, edges, stack, done) {
                return Some(c);
            }
        }
        stack.pop();
        done.insert(m.clone());
        None
    }
    let mut done = BTreeSet::new();
    for m in edges.keys() {
        if let Some(cycle) = visit(m, &edges, &mut Vec::new(), &mut done) {
            let names: Vec<String> = cycle.iter().map(name).collect();
            panic!("these files import each other: {}", names.join(" → "));
        }
    }
}

#[test]
fn each_layer_uses_only_the_layers_before_it() {
    let (_, edges) = graph();
    let layer = |m: &Module| {
        m.first()
            .map(|top| {
                LAYERS
                    .iter()
                    .position(|l| l.contains(&top.as_str()))
                    .unwrap_or(LAYERS.len())
            })
            .unwrap_or(LAYERS.len())
    };
    let mut wrong = Vec::new();
    for (from, deps) in &edges {
        for to in deps {
            if !from.is_empty() && layer(to) > layer(from) {
                wrong.push(format!("{} uses {}", name(from), name(to)));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the order of the layers:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_checker_sees_imports_of_every_kind() {
    let code = code_only(
        "use super::{a, b::{c, d as e}};\n// use crate::hidden;\nlet s = \"crate::in_text\";\nlet r = r#\"crate::raw\"#;\nfn f() { crate::x::y(); }",
    );
    let found: Vec<String> = paths(&code).iter().map(|p| p.join("::")).collect();
    assert_eq!(
        found,
        ["super::a", "super::b::c", "super::b::d", "crate::x::y"]
    );
    let (known, edges) = graph();
    assert!(known.contains_key(&vec!["catalog".to_string(), "search".to_string()]));
    let search = &edges[&vec!["catalog".to_string(), "search".to_string()]];
    assert!(
        search.contains(&vec!["catalog".to_string(), "lookup".to_string()]),
        "{search:?}"
    );
}
