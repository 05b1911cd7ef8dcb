//! Starts the app in the browser: sets the panic hook and mounts the shell.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    small_steps::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Small Steps runs in the browser: see README.md for `scripts/run.sh`.");
}
