//! Starts the app in the browser: sets the panic hook and mounts the shell.

#[cfg(target_arch = "wasm32")]
fn main() {
    std::panic::set_hook(Box::new(|info| {
        // The developer's details go to the console; the parent gets plain words on screen.
        console_error_panic_hook::hook(info);
        small_steps::ui::messages::show_stopped_message();
    }));
    small_steps::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Small Steps runs in the browser: see README.md for `scripts/run.sh`.");
}
