// Starts the small program that draws Today's status buttons before the app has come
// (src/bin/first_taps.rs), for a returning parent only: web/opening.js has already chosen the
// painted screen, and a first visit's welcome has no buttons to draw. Copied beside the program
// by scripts/first_taps.sh, and put before the app's own script in index.html, so it starts first.
if (document.documentElement.dataset.visit === 'returning') {
  import('./first-taps.js')
    .then(({ default: init }) => init({ module_or_path: new URL('./first-taps_bg.wasm', import.meta.url) }))
    // Without it the app's own Today simply comes a moment later: nothing is lost, nothing said.
    .catch(() => {});
}
