// Starts the small program that draws Today's status buttons before the app has come
// (src/bin/first_taps.rs), for a returning parent only: web/opening.js has already chosen the
// painted screen, and a first visit's welcome has no buttons to draw. Copied beside the program
// by scripts/first_taps.sh, which puts it before the app's own script in index.html and makes
// that script wait for `smallStepsFirstTaps` before fetching the app: on a slow signal the small
// program comes first, alone, and the app straight after. Never longer than 3 seconds: without
// the program the app's own Today simply comes, with nothing lost and nothing to say.
window.smallStepsFirstTaps = document.documentElement.dataset.visit === 'returning'
  ? Promise.race([
    import('./first-taps.js')
      .then(({ default: init }) => init({ module_or_path: new URL('./first-taps_bg.wasm', import.meta.url) }))
      .catch(() => {}),
    new Promise((resolve) => { setTimeout(resolve, 3000); }),
  ])
  : Promise.resolve();
