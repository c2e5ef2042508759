use crate::state::connectivity::{apply_update, use_connectivity};
use leptos::prelude::*;

/// The offline indicator and the offer to reload into a new release.
#[component]
pub fn ConnectivityStatus() -> impl IntoView {
    let connectivity = use_connectivity();
    view! {
        <Show when=move || !connectivity.online()>
            <p class="offline-badge" role="status" title="No network: everything here keeps working from this device.">
                <span class="dot" aria-hidden="true"></span>
                "Offline"
                <span class="visually-hidden">": everything here keeps working from this device."</span>
            </p>
        </Show>
        <Show when=move || connectivity.update_ready()>
            <div class="update-offer" role="status">
                <span>"A new version of this reference is ready."</span>
                <button type="button" class="button" on:click=move |_| apply_update()>
                    "Reload"
                </button>
            </div>
        </Show>
    }
}
