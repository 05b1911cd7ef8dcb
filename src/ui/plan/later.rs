//! The Plan's screens (see `ui/later.rs`), each stage and the meeting pack in a file of its own:
//! together with the hub they made one file of 222 KB gzip, over the 120 KB a later part may be.
//! Stage 2's adjustments (the checklist and how each agreed one is going, below the steps) are a
//! file of their own (`plan_adjustments`): with them, the steps' file needed 123 KB beyond the
//! saving part. So is the pack's page (`pack_page`: putting the pack together from the diary and
//! showing it as it prints): with it, the pack's file needed 155 KB beyond the saving part. The
//! top of each screen shows at once, the rest a moment later (all are fetched in the background
//! long before a parent usually opens them).

use leptos::prelude::*;

use crate::domain::meeting_pack::{MeetingPack, PackChoices};
use crate::domain::plan::PlanStage;
use crate::ui::later::{self, later_screen, Fetched};
use crate::ui::plan::adjustments::AdjustmentsChecklist;
use crate::ui::plan::in_place::InPlace;
use crate::ui::plan::{hub, meeting_pack, review, steps, understanding};

later_screen!(
    plan,
    /// The plan's overview.
    fn plan_screen() {
        view! { <hub::PlanHub/> }
    }
);
later_screen!(
    plan_understanding,
    /// Stage 1 of the plan.
    fn understanding_screen() {
        view! { <understanding::Understanding/> }
    }
);
later_screen!(
    plan_steps,
    /// Stage 2 of the plan.
    fn steps_screen() {
        view! { <steps::PlanSteps adjustments/> }
    }
);
later_screen!(
    plan_review,
    /// Stage 3 of the plan.
    fn review_screen() {
        view! { <review::PlanReview/> }
    }
);
later_screen!(
    pack,
    /// The meeting pack.
    fn pack_screen() {
        view! { <meeting_pack::MeetingPackScreen page=pack_page/> }
    }
);

later_screen!(
    plan_adjustments,
    /// Stage 2's adjustments: the checklist, and how each one agreed is going (below the steps).
    fn adjustments_part() {
        view! {
            <AdjustmentsChecklist/>
            <InPlace/>
        }
    }
);
later_screen!(
    pack_page,
    /// The meeting pack for the child `shown` with the parent's `choices`: put together, shown as
    /// its page and handed back in `built`.
    fn pack_page_part(
        shown: String,
        choices: RwSignal<PackChoices>,
        built: RwSignal<Option<MeetingPack>>,
    ) {
        view! { <meeting_pack::PackPage shown choices built/> }
    }
);

/// Stage 2's adjustments, below its steps: they come in their own part, a moment later. (Handed to
/// the screen, which so needs nothing of this file.)
fn adjustments() -> AnyView {
    later::part_when_fetched(adjustments_part).into_any()
}

/// The meeting pack's page, in its own part (handed to the screen, as `adjustments` is).
fn pack_page(
    shown: String,
    choices: RwSignal<PackChoices>,
    built: RwSignal<Option<MeetingPack>>,
) -> AnyView {
    later::part_when_fetched(move || pack_page_part(shown.clone(), choices, built)).into_any()
}

/// The screen for a stage of the plan.
pub async fn stage_screen(stage: PlanStage) -> Fetched {
    match stage {
        PlanStage::Understanding => understanding_screen().await,
        PlanStage::Steps => steps_screen().await,
        PlanStage::Review => review_screen().await,
    }
}

/// Fetches this place's later file ahead of use; one that cannot be fetched now is tried again
/// when its screen is opened.
pub async fn fetch_ahead() {
    #[cfg(feature = "split")]
    {
        let _ = __wasm_split_preload_plan_screen().await;
        let _ = __wasm_split_preload_understanding_screen().await;
        let _ = __wasm_split_preload_steps_screen().await;
        let _ = __wasm_split_preload_adjustments_part().await;
        let _ = __wasm_split_preload_review_screen().await;
        let _ = __wasm_split_preload_pack_screen().await;
        let _ = __wasm_split_preload_pack_page_part().await;
    }
}
