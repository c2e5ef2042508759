//! Tests find themselves: every file of the three test crates is part of its crate, so a new test file either
//! runs in CI or fails here, never compiles and sits unused.

use std::fs;
use std::path::Path;

/// The modules a `main.rs` or `mod.rs` declares.
fn declared(file: &Path) -> Vec<String> {
    fs::read_to_string(file)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter_map(|l| {
            let l = l.strip_prefix("pub ").unwrap_or(l);
            l.strip_prefix("mod ")?
                .strip_suffix(';')
                .map(str::to_string)
        })
        .collect()
}

fn check(dir: &Path, root: &str, missing: &mut Vec<String>) {
    let declared = declared(&dir.join(root));
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            if path.join("mod.rs").exists() {
                if !declared.contains(&name) {
                    missing.push(format!("{} is not declared in {root}", path.display()));
                }
                check(&path, "mod.rs", missing);
            }
        } else if path.extension().is_some_and(|x| x == "rs")
            && name != "main"
            && name != "mod"
            && !declared.contains(&name)
        {
            missing.push(format!(
                "{} is not declared in {}",
                path.display(),
                dir.join(root).display()
            ));
        }
    }
}

#[test]
fn every_file_of_each_test_crate_is_one_of_its_modules() {
    let mut missing = Vec::new();
    for krate in ["native", "browser", "e2e"] {
        let dir = Path::new("tests").join(krate);
        assert!(dir.join("main.rs").exists(), "tests/{krate}/main.rs");
        check(&dir, "main.rs", &mut missing);
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn there_are_exactly_three_test_crates() {
    let mut crates: Vec<String> = fs::read_dir("tests")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("main.rs").exists() || p.extension().is_some_and(|x| x == "rs"))
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    crates.sort();
    assert_eq!(crates, ["browser", "e2e", "native"]);
}
