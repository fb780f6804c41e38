//! The numbered step list at the top of a wizard (lead import, migration):
//! done steps ticked, the current one marked for assistive technology.

use leptos::prelude::*;

#[component]
pub fn StepList(
    /// Index of the current step.
    #[prop(into)]
    current: Signal<usize>,
    /// The steps' names, in order.
    #[prop(into)]
    labels: Signal<Vec<&'static str>>,
    #[prop(into)] aria_label: Signal<&'static str>,
    testid: &'static str,
) -> impl IntoView {
    view! {
        <ol class="csv-steps" aria-label=move || aria_label.get() data-testid=testid>
            {move || labels.get().into_iter().enumerate().map(|(i, label)| view! {
                <li aria-current=move || (current.get() == i).then_some("step") class:done=move || i < current.get()>
                    <span class="csv-step-no num" aria-hidden="true">
                        {move || if i < current.get() { "✓".to_string() } else { (i + 1).to_string() }}
                    </span>
                    {label}
                </li>
            }).collect_view()}
        </ol>
    }
}
