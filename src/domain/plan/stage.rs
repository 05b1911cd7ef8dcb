//! The plan's three stages (understanding, the steps, review): their order, titles and the word
//! each has in the address.

/// The three stages of the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanStage {
    Understanding,
    Steps,
    Review,
}

impl PlanStage {
    pub const ALL: [PlanStage; 3] = [
        PlanStage::Understanding,
        PlanStage::Steps,
        PlanStage::Review,
    ];

    /// Its part of the address: `#/plan/steps`.
    pub fn slug(self) -> &'static str {
        match self {
            PlanStage::Understanding => "understanding",
            PlanStage::Steps => "steps",
            PlanStage::Review => "review",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            PlanStage::Understanding => "1. Understanding",
            PlanStage::Steps => "2. The plan",
            PlanStage::Review => "3. Review",
        }
    }
}
