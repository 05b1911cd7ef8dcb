//! Which guidance goes with which screen of the plan (the texts and their sources live in the domain).

use crate::domain::guidance::{guidance_for, Stage as GuidanceStage};
use crate::ui::route::Stage;

/// The guidance for a stage as (text, source) pairs.
pub fn for_stage(stage: Stage) -> Vec<(&'static str, &'static str)> {
    let stage = match stage {
        Stage::Understanding => GuidanceStage::Understanding,
        Stage::Steps => GuidanceStage::Plan,
        Stage::Review => GuidanceStage::Review,
    };
    pack_or(stage)
}

/// The guidance for the meeting pack.
pub fn for_pack() -> Vec<(&'static str, &'static str)> {
    pack_or(GuidanceStage::MeetingPack)
}

fn pack_or(stage: GuidanceStage) -> Vec<(&'static str, &'static str)> {
    guidance_for(stage).map(|g| (g.text, g.source)).collect()
}
