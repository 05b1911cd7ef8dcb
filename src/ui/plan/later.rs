//! The Plan's screens (see `ui/later.rs`), each stage and the meeting pack in a file of its own:
//! together with the hub they made one file of 222 KB gzip, over the 120 KB a later part may be.

use leptos::prelude::*;

use crate::domain::plan::PlanStage;
use crate::ui::later::{later_screen, Fetched};
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
        view! { <steps::PlanSteps/> }
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
        view! { <meeting_pack::MeetingPackScreen/> }
    }
);

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
        let _ = __wasm_split_preload_review_screen().await;
        let _ = __wasm_split_preload_pack_screen().await;
    }
}
