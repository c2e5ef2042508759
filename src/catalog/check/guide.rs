//! The guide is a tree of questions that always ends on a code, and the comparison pages compare codes the
//! catalog has: every answer leads somewhere, every step and outcome can be reached from the start, no path
//! goes round in a circle, and every code named is one the catalog explains.

use super::super::files::{DataError, Parsed};
use super::super::shape::{Comparison, Guide};
use super::context::Ctx;
use super::vocabulary::is_id;
use std::collections::{BTreeMap, BTreeSet};

/// The most and fewest answers a question may have.
pub const ANSWERS: std::ops::RangeInclusive<usize> = 2..=6;

const GUIDE: &str = "data/guide.json";
const COMPARISONS: &str = "data/comparisons.json";

/// Checks the guide and the comparison pages.
pub fn check(parsed: &Parsed, errors: &mut Vec<DataError>) {
    let codes: BTreeSet<u16> = parsed.entries.iter().map(|e| e.value.code).collect();
    if let Some(guide) = &parsed.guide {
        check_guide(guide, &codes, errors);
    }
    check_comparisons(&parsed.comparisons, &codes, errors);
}

/// What an id names.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Node {
    Step(usize),
    Outcome,
}

fn check_guide(guide: &Guide, codes: &BTreeSet<u16>, errors: &mut Vec<DataError>) {
    let mut nodes: BTreeMap<&str, Node> = BTreeMap::new();
    for (kind, ids) in [
        (
            "step",
            guide
                .steps
                .iter()
                .map(|s| s.id.as_ref())
                .collect::<Vec<_>>(),
        ),
        (
            "outcome",
            guide.outcomes.iter().map(|o| o.id.as_ref()).collect(),
        ),
    ] {
        for (i, id) in ids.into_iter().enumerate() {
            let mut ctx = Ctx::new(GUIDE, format!("{kind} `{id}`"), errors);
            if !is_id(id) {
                ctx.error("id", "must be lowercase words joined by hyphens");
            }
            let node = if kind == "step" {
                Node::Step(i)
            } else {
                Node::Outcome
            };
            if nodes.insert(id, node).is_some() {
                ctx.error("id", "names a second step or outcome");
            }
        }
    }
    let mut ctx = Ctx::new(GUIDE, "?", errors);
    ctx.all_texts(guide);
    if !matches!(nodes.get(guide.start.as_ref()), Some(Node::Step(_))) {
        ctx.error("start", format!("`{}` is not a step", guide.start));
    }
    for step in guide.steps.iter() {
        let mut ctx = Ctx::new(GUIDE, format!("step `{}`", step.id), errors);
        if !ANSWERS.contains(&step.answers.len()) {
            ctx.error(
                "answers",
                format!(
                    "has {} answers; a question has {} to {}",
                    step.answers.len(),
                    ANSWERS.start(),
                    ANSWERS.end()
                ),
            );
        }
        for (i, a) in step.answers.iter().enumerate() {
            if !nodes.contains_key(a.next.as_ref()) {
                ctx.error(
                    &format!("answers[{i}].next"),
                    format!("`{}` is neither a step nor an outcome", a.next),
                );
            }
        }
    }
    for o in guide.outcomes.iter() {
        let mut ctx = Ctx::new(GUIDE, format!("outcome `{}`", o.id), errors);
        if !codes.contains(&o.code) {
            ctx.error("code", format!("{} has no entry in the catalog", o.code));
        }
        for (i, alt) in o.alternatives.iter().enumerate() {
            if !codes.contains(&alt.code) {
                ctx.error(
                    &format!("alternatives[{i}].code"),
                    format!("{} has no entry in the catalog", alt.code),
                );
            }
            if alt.code == o.code {
                ctx.error(
                    &format!("alternatives[{i}].code"),
                    "is the outcome's own code",
                );
            }
        }
    }
    // Walk from the start: what is never reached is a dead branch, and a step met again on the way down is a
    // circle a reader could go round forever.
    let mut reached: BTreeSet<&str> = BTreeSet::new();
    let mut on_path: Vec<&str> = Vec::new();
    fn walk<'a>(
        id: &'a str,
        guide: &'a Guide,
        nodes: &BTreeMap<&'a str, Node>,
        reached: &mut BTreeSet<&'a str>,
        on_path: &mut Vec<&'a str>,
        ctx: &mut Ctx,
    ) {
        if let Some(at) = on_path.iter().position(|p| *p == id) {
            let mut circle: Vec<&str> = on_path[at..].to_vec();
            circle.push(id);
            ctx.error(
                "steps",
                format!("the answers go round in a circle: {}", circle.join(" → ")),
            );
            return;
        }
        if !reached.insert(id) {
            return;
        }
        if let Some(Node::Step(i)) = nodes.get(id) {
            on_path.push(id);
            for a in guide.steps[*i].answers.iter() {
                if nodes.contains_key(a.next.as_ref()) {
                    walk(&a.next, guide, nodes, reached, on_path, ctx);
                }
            }
            on_path.pop();
        }
    }
    let mut ctx = Ctx::new(GUIDE, "?", errors);
    if nodes.contains_key(guide.start.as_ref()) {
        walk(
            &guide.start,
            guide,
            &nodes,
            &mut reached,
            &mut on_path,
            &mut ctx,
        );
    }
    for id in nodes.keys() {
        if !reached.contains(id) {
            let mut ctx = Ctx::new(GUIDE, format!("`{id}`"), errors);
            ctx.error("id", "cannot be reached from the start");
        }
    }
}

fn check_comparisons(pages: &[Comparison], codes: &BTreeSet<u16>, errors: &mut Vec<DataError>) {
    let mut slugs = BTreeSet::new();
    for (i, page) in pages.iter().enumerate() {
        let slug = page
            .codes
            .iter()
            .map(u16::to_string)
            .collect::<Vec<_>>()
            .join("-");
        let mut ctx = Ctx::new(COMPARISONS, format!("[{i}] {slug}"), errors);
        ctx.all_texts(page);
        if page.codes.len() < 2 {
            ctx.error("codes", "compares at least two codes");
        }
        if !page.codes.windows(2).all(|w| w[0] < w[1]) {
            ctx.error("codes", "must be in ascending order, each once");
        }
        for c in page.codes.iter() {
            if !codes.contains(c) {
                ctx.error("codes", format!("{c} has no entry in the catalog"));
            }
        }
        if !slugs.insert(slug.clone()) {
            ctx.error("codes", "compares the same codes as an earlier page");
        }
        for (r, row) in page.rows.iter().enumerate() {
            if row.values.len() != page.codes.len() {
                ctx.error(
                    &format!("rows[{r}].values"),
                    format!(
                        "has {} values for {} codes",
                        row.values.len(),
                        page.codes.len()
                    ),
                );
            }
        }
        let chosen: Vec<u16> = page.choose.iter().map(|c| c.code).collect();
        if chosen != page.codes.to_vec() {
            ctx.error(
                "choose",
                "says when to use each code once, in the order of `codes`",
            );
        }
        for (x, ex) in page.examples.iter().enumerate() {
            if !page.codes.contains(&ex.code) {
                ctx.error(
                    &format!("examples[{x}].code"),
                    format!("{} is not one of the codes compared", ex.code),
                );
            }
        }
        if page.rows.is_empty() || page.examples.is_empty() {
            ctx.error(
                "rows",
                "a comparison needs the facts that differ and real examples",
            );
        }
    }
}
