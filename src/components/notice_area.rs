use crate::state::notices::use_notices;
use leptos::prelude::*;

/// The live region that shows the notices, each with a button to dismiss it.
#[component]
pub fn NoticeArea() -> impl IntoView {
    let notices = use_notices();
    view! {
        <div class="notices" role="status" aria-live="polite">
            <For each=move || notices.list() key=|n| n.id let:notice>
                <p class=format!("notice {}", notice.tone.as_str())>
                    <span>{notice.text.clone()}</span>
                    <button type="button" class="dismiss" on:click=move |_| notices.dismiss(notice.id)>
                        "Dismiss"
                    </button>
                </p>
            </For>
        </div>
    }
}
