//! Which guidance goes with which screen of the plan (the texts and their sources live in the domain).

use crate::domain::plan::guidance::{guidance_for, GuidanceFor};
use crate::domain::plan::PlanStage;

/// The guidance for a stage as (text, source) pairs.
pub fn for_stage(stage: PlanStage) -> Vec<(&'static str, &'static str)> {
    let stage = match stage {
        PlanStage::Understanding => GuidanceFor::Understanding,
        PlanStage::Steps => GuidanceFor::Steps,
        PlanStage::Review => GuidanceFor::Review,
    };
    pack_or(stage)
}

/// The guidance for the meeting pack.
pub fn for_pack() -> Vec<(&'static str, &'static str)> {
    pack_or(GuidanceFor::MeetingPack)
}

fn pack_or(stage: GuidanceFor) -> Vec<(&'static str, &'static str)> {
    guidance_for(stage).map(|g| (g.text, g.source)).collect()
}
