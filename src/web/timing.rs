//! Named timings (performance.measure) so the benchmark can read how long real work took in the app.

/// Runs `work` and records how long it took under `name` in the browser's performance timeline.
pub fn measure<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let start = start(name);
    let result = work();
    finish(name, start);
    result
}

/// Marks the start of a timing called `name`.
pub fn start(name: &str) -> Option<String> {
    let performance = web_sys::window()?.performance()?;
    let mark = format!("{name}:start");
    performance.mark(&mark).ok()?;
    Some(mark)
}

/// Records the timing `name` from its start mark until now.
pub fn finish(name: &str, start: Option<String>) {
    if let (Some(performance), Some(mark)) =
        (web_sys::window().and_then(|w| w.performance()), start)
    {
        let _ = performance.measure_with_start_mark(name, &mark);
    }
}

/// Marks a moment called `name` (the benchmark reads when the saving part came).
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}
