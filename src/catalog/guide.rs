//! The guide and the comparison pages as the app reads them: a guide node by its URL word or index, the
//! comparisons a code is part of, and their titles and links' words.

use super::data::{comparisons, guide};
use super::lookup::code;
use super::shape::{Comparison, Outcome, Step};

/// A place in the guide: a question, or an outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Node {
    /// A question with its answers.
    Step(&'static Step),
    /// Where the answers end.
    Outcome(&'static Outcome),
}

impl Node {
    /// Its URL word.
    pub fn id(self) -> &'static str {
        match self {
            Node::Step(s) => &s.id,
            Node::Outcome(o) => &o.id,
        }
    }

    /// The page title: the question, or "Return 503 Service Unavailable".
    pub fn title(self) -> String {
        match self {
            Node::Step(s) => s.question.to_string(),
            Node::Outcome(o) => format!(
                "Return {}",
                code(o.code).map_or_else(|| o.code.to_string(), |c| c.heading())
            ),
        }
    }
}

/// Every node, questions first, each with its index (its screen's number).
pub fn nodes() -> impl Iterator<Item = (u16, Node)> {
    let steps = guide().steps.iter().map(Node::Step);
    let outcomes = guide().outcomes.iter().map(Node::Outcome);
    steps
        .chain(outcomes)
        .enumerate()
        .map(|(i, n)| (i as u16, n))
}

/// The node with this index.
pub fn node(index: u16) -> Option<Node> {
    nodes().nth(usize::from(index)).map(|(_, n)| n)
}

/// The index of the node with this URL word.
pub fn node_index(id: &str) -> Option<u16> {
    nodes().find(|(_, n)| n.id() == id).map(|(i, _)| i)
}

/// The index of the first question.
pub fn start() -> u16 {
    node_index(&guide().start).unwrap_or(0)
}

/// The comparison pages a code is on.
pub fn comparisons_with(code: u16) -> impl Iterator<Item = (u16, &'static Comparison)> {
    comparisons()
        .iter()
        .enumerate()
        .filter(move |(_, c)| c.codes.contains(&code))
        .map(|(i, c)| (i as u16, c))
}

/// The comparison pages of an outcome: those with its code and one of its alternatives.
pub fn comparisons_for(outcome: &Outcome) -> Vec<(u16, &'static Comparison)> {
    comparisons_with(outcome.code)
        .filter(|(_, c)| {
            outcome
                .alternatives
                .iter()
                .any(|a| c.codes.contains(&a.code))
        })
        .collect()
}

/// The index of the comparison with this URL word (`401-403`).
pub fn comparison_index(slug: &str) -> Option<u16> {
    comparisons()
        .iter()
        .position(|c| c.slug() == slug)
        .map(|i| i as u16)
}

impl Comparison {
    /// Its URL word: the codes joined by hyphens, `302-303-307`.
    pub fn slug(&self) -> String {
        let codes: Vec<String> = self.codes.iter().map(u16::to_string).collect();
        codes.join("-")
    }

    /// "401 Unauthorized vs 403 Forbidden".
    pub fn title(&self) -> String {
        let names: Vec<String> = self
            .codes
            .iter()
            .map(|n| {
                code(*n).map_or_else(|| n.to_string(), |c| format!("{} {}", n, c.primary().name))
            })
            .collect();
        names.join(" vs ")
    }

    /// "401 vs 403", for links.
    pub fn short_title(&self) -> String {
        let codes: Vec<String> = self.codes.iter().map(u16::to_string).collect();
        codes.join(" vs ")
    }
}
