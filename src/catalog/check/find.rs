//! What finds a code from whatever a reader has in hand holds together: every pattern is valid and is shown to
//! work on a real line of its format, every constant names a code the catalog has, and the vendors' own
//! numbers (IIS sub-statuses, Cloudflare's 1xxx errors) point at codes with entries.

use super::super::files::{DataError, Located, Parsed};
use super::super::pattern::{Found, Pattern};
use super::super::shape::{ConstantState, StatusBasis};
use super::context::Ctx;
use std::collections::{BTreeMap, BTreeSet};

/// Checks the formats, the entries' messages, the constants and the vendors' numbers.
pub fn check(parsed: &Parsed, errors: &mut Vec<DataError>) {
    let codes: BTreeSet<u16> = parsed.entries.iter().map(|e| e.value.code).collect();
    let cloudflare: BTreeMap<u16, Option<u16>> = parsed
        .cloudflare
        .iter()
        .map(|c| (c.error, c.status))
        .collect();
    // The status a match reads: the first status found, else the one a Cloudflare number comes with.
    let status_of = |found: &Found| {
        found.statuses.iter().find_map(|s| s.code).or_else(|| {
            found
                .cloudflare
                .and_then(|n| cloudflare.get(&n).copied().flatten())
        })
    };

    for (i, format) in parsed.formats.iter().enumerate() {
        let mut ctx = Ctx::new(
            "data/formats.json",
            format!("format `{}`", format.id),
            errors,
        );
        ctx.all_texts(format);
        let mut patterns = Vec::new();
        for (p, text) in format.patterns.iter().enumerate() {
            match Pattern::parse(text) {
                Ok(pattern) if pattern.has_status() => patterns.push(Some(pattern)),
                Ok(_) => {
                    ctx.error(
                        &format!("patterns[{p}]"),
                        "has no `{status}`, `{sub}` or `{cf}` to read",
                    );
                    patterns.push(None);
                }
                Err(e) => {
                    ctx.error(&format!("patterns[{p}]"), e.to_string());
                    patterns.push(None);
                }
            }
        }
        let mut used = vec![false; patterns.len()];
        for (x, example) in format.examples.iter().enumerate() {
            let hit = patterns
                .iter()
                .enumerate()
                .find_map(|(p, pattern)| pattern.as_ref()?.find(&example.text).map(|f| (p, f)));
            match hit {
                None => ctx.error(
                    &format!("examples[{x}]"),
                    "no pattern of the format finds it",
                ),
                Some((p, found)) => {
                    used[p] = true;
                    if status_of(&found) != Some(example.status) {
                        ctx.error(
                            &format!("examples[{x}]"),
                            format!("reads {:?}, not {}", status_of(&found), example.status),
                        );
                    }
                }
            }
        }
        for (p, used) in used.iter().enumerate() {
            if !used && patterns[p].is_some() {
                ctx.error(
                    &format!("patterns[{p}]"),
                    "finds none of the format's examples: add a real line it finds",
                );
            }
        }
        if format.examples.is_empty() {
            ctx.error("examples", "needs real lines of the format");
        }
        if parsed.formats[..i].iter().any(|f| f.id == format.id) {
            ctx.error("id", "names a second format");
        }
    }

    for Located { path, value: e } in &parsed.entries {
        let mut ctx = Ctx::new(path, e.key(), errors);
        for (m, message) in e.messages.iter().enumerate() {
            let pattern = match Pattern::parse(&message.pattern) {
                Ok(p) => p,
                Err(err) => {
                    ctx.error(&format!("messages[{m}].pattern"), err.to_string());
                    continue;
                }
            };
            if message.examples.is_empty() {
                ctx.error(
                    &format!("messages[{m}].examples"),
                    "needs real lines with the message",
                );
            }
            for (x, example) in message.examples.iter().enumerate() {
                if pattern.find(example).is_none() {
                    ctx.error(
                        &format!("messages[{m}].examples[{x}]"),
                        "the pattern does not find it",
                    );
                }
            }
            for (a, code) in message.also.iter().enumerate() {
                if !codes.contains(code) {
                    ctx.error(
                        &format!("messages[{m}].also[{a}]"),
                        format!("{code} has no entry in the catalog"),
                    );
                }
            }
        }
    }

    for eco in &parsed.ecosystems {
        let mut ctx = Ctx::new(
            "data/constants.json",
            format!("ecosystem `{}`", eco.id),
            errors,
        );
        let names: BTreeSet<&str> = eco.constants.iter().map(|c| c.name.as_ref()).collect();
        if names.len() != eco.constants.len() {
            ctx.error("constants", "names a constant twice");
        }
        for (i, c) in eco.constants.iter().enumerate() {
            if !codes.contains(&c.code) {
                ctx.error(
                    &format!("constants[{i}].code"),
                    format!("{} has no entry in the catalog", c.code),
                );
            }
            if !eco.qualifiers.is_empty()
                && !eco
                    .qualifiers
                    .iter()
                    .any(|q| c.name.starts_with(q.as_ref()))
            {
                ctx.error(
                    &format!("constants[{i}].name"),
                    format!("`{}` starts with none of the qualifiers", c.name),
                );
            }
            match (&c.r#use, c.state) {
                (Some(replacement), _) => {
                    let live = eco.constants.iter().find(|o| o.name == *replacement);
                    if live.is_none_or(|o| o.code != c.code) {
                        ctx.error(
                            &format!("constants[{i}].use"),
                            format!(
                                "`{replacement}` is not a constant of this ecosystem for {}",
                                c.code
                            ),
                        );
                    }
                }
                (None, ConstantState::Alias) => ctx.error(
                    &format!("constants[{i}].use"),
                    "an alias names the constant it stands for",
                ),
                _ => {}
            }
        }
    }

    let mut ctx = Ctx::new("data/iis.json", "?", errors);
    let mut seen = BTreeSet::new();
    for (i, s) in parsed.iis.iter().enumerate() {
        if !codes.contains(&s.code) {
            ctx.error(
                &format!("[{i}].code"),
                format!("{} has no entry in the catalog", s.code),
            );
        }
        if !seen.insert((s.code, s.sub, s.context.clone())) {
            ctx.error(
                &format!("[{i}]"),
                format!("{}.{} is listed twice", s.code, s.sub),
            );
        }
    }
    ctx.all_texts(&parsed.iis);

    let mut ctx = Ctx::new("data/cloudflare.json", "?", errors);
    for (i, c) in parsed.cloudflare.iter().enumerate() {
        if !(1000..=1999).contains(&c.error) {
            ctx.error(
                &format!("[{i}].error"),
                "a Cloudflare error number is 1000 to 1999",
            );
        }
        match (c.status, c.status_basis) {
            (None, StatusBasis::Unknown) => {}
            (None, _) => ctx.error(
                &format!("[{i}].status"),
                "a status that is stated or usual is named",
            ),
            (Some(_), StatusBasis::Unknown) => ctx.error(
                &format!("[{i}].status_basis"),
                "is unknown, but a status is named",
            ),
            (Some(code), _) if !codes.contains(&code) => ctx.error(
                &format!("[{i}].status"),
                format!("{code} has no entry in the catalog"),
            ),
            _ => {}
        }
    }
    ctx.all_texts(&parsed.cloudflare);
}
