//! Short messages for the reader (a bookmark that could not be saved, storage that could not be read), shown in
//! one polite live region until dismissed (`components::notice_area`).

use leptos::prelude::*;

/// How a notice should look.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// Something to know.
    Info,
    /// Something went wrong.
    Problem,
}

impl Tone {
    /// The CSS class word.
    pub fn as_str(self) -> &'static str {
        match self {
            Tone::Info => "info",
            Tone::Problem => "problem",
        }
    }
}

/// One message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// Identifies it for dismissal.
    pub id: u32,
    /// What to say.
    pub text: String,
    /// How it looks.
    pub tone: Tone,
}

/// The handle views use to show and dismiss notices.
#[derive(Clone, Copy)]
pub struct Notices {
    list: RwSignal<Vec<Notice>>,
    next: StoredValue<u32>,
}

impl Notices {
    /// Shows a message; the same text is never shown twice at once.
    pub fn show(self, text: impl Into<String>, tone: Tone) {
        let text = text.into();
        if self
            .list
            .with_untracked(|l| l.iter().any(|n| n.text == text))
        {
            return;
        }
        let id = self.next.get_value();
        self.next.set_value(id + 1);
        self.list.update(|l| l.push(Notice { id, text, tone }));
    }

    /// Removes a message.
    pub fn dismiss(self, id: u32) {
        self.list.update(|l| l.retain(|n| n.id != id));
    }

    /// The messages on screen (tracked).
    pub fn list(self) -> Vec<Notice> {
        self.list.get()
    }
}

/// Creates the notices handle and puts it in context.
pub fn provide_notices() -> Notices {
    let notices = Notices {
        list: RwSignal::new(Vec::new()),
        next: StoredValue::new(0),
    };
    provide_context(notices);
    notices
}

/// The notices handle from context.
pub fn use_notices() -> Notices {
    expect_context::<Notices>()
}
