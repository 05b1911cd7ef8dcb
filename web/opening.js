// Small Steps before its WebAssembly arrives. A plain file, not a script inside index.html, so the
// content policy needs no 'unsafe-inline' (README, "The content policy").
//
// 1. Chooses which painted first screen index.html shows, before anything is drawn: the welcome on
//    a first visit, or the app's frame (header, navigation, Today's heading) for a parent who
//    already has a diary on this phone. It only asks whether the diary's key exists; it never reads
//    the diary itself. The app replaces the painted screen as it starts (src/web/painted.rs).
// 2. Once the app is up, registers the service worker (sw.js), which keeps this version's files so
//    Small Steps opens again with no signal. It starts a little after the app, so it never slows the
//    first screen down. The app asks for the support group's file through sw.js
//    (src/web/group_file.rs), so it is told when there will be no service worker.
// 3. Starts the small program that makes the painted screen live before the app has come
//    (src/bin/first_taps.rs): Today's status buttons for a returning parent, the welcome's name
//    field and Start on a first visit. The app's own start-up script waits for it, at most 3
//    seconds, so on a slow signal it comes first, alone, and the app straight after.
//    scripts/first_taps.sh names its files on this script's tag in index.html.
(() => {
  const root = document.documentElement;
  let returning = false;
  try {
    for (let i = 0; i < localStorage.length; i += 1) {
      if (localStorage.key(i) === 'small-steps') { returning = true; break; }
    }
  } catch (blocked) {
    // Storage switched off: there is no diary to open, and the app will say why.
  }
  root.dataset.visit = returning ? 'returning' : 'first';
  // 3. The small program that makes the painted screen live before the app has come.
  const named = (document.currentScript && document.currentScript.dataset) || {};
  if (named.firstTaps) {
    const at = (path) => new URL(path, document.baseURI).href;
    // Started once the painted screen is drawn, so nothing it fetches holds that first paint back.
    // On a first visit, everything comes over the air and competes with the paint: it waits for
    // the browser's own note that the paint with words in it is on the glass. A returning parent's
    // files come from the phone (the service worker), so it starts once the first frame is drawn
    // (a frame is drawn after the callbacks of its animation frame, so the second one's come after
    // it); so does a browser with no such note. In a tab opened out of sight, with no frames, it
    // starts after half a second. The app's start-up script asks for the app's own script and
    // WebAssembly once the small program has run (scripts/first_taps.sh).
    const painted = new Promise((resolve) => {
      setTimeout(resolve, 500);
      const noted = !returning && window.PerformanceObserver
        && (PerformanceObserver.supportedEntryTypes || []).includes('paint');
      if (!noted) {
        requestAnimationFrame(() => { requestAnimationFrame(resolve); });
        return;
      }
      new PerformanceObserver((list, watcher) => {
        if (list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) {
          watcher.disconnect();
          resolve();
        }
      }).observe({ type: 'paint', buffered: true });
    });
    window.smallStepsPainted = painted;
    // It works on the painted screen, so it runs once the page has been read.
    const read = document.readyState === 'loading'
      ? new Promise((resolve) => { document.addEventListener('DOMContentLoaded', resolve, { once: true }); })
      : Promise.resolve();
    window.smallStepsFirstTaps = painted.then(() => {
      const program = import(at(named.firstTaps));
      const wasm = fetch(at(named.firstTapsWasm));
      wasm.catch(() => {}); // Without the program the app's own screen simply comes: nothing to say.
      return Promise.race([
        Promise.all([program, read])
          .then(([{ default: init }]) => init({ module_or_path: wasm }))
          .catch(() => {}),
        new Promise((resolve) => { setTimeout(resolve, 3000); }),
      ]);
    });
  }
  if (returning) {
    // The navigation place of the address, as src/domain/route.rs reads it (anything else is Today).
    const first = location.hash.replace(/^#\/?/, '').split('/')[0];
    const places = { day: 'calendar', calendar: 'calendar', list: 'calendar', figures: 'calendar',
      contacts: 'calendar', plan: 'plan', pack: 'plan', backup: 'backup', children: 'children' };
    const place = places[first] || 'today';
    root.dataset.place = place;
    // Fills in what the app will show as each element is read, before the browser draws it.
    const now = new Date();
    const weekday = now.toLocaleDateString('en-GB', { weekday: 'long' });
    const date = now.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
    const filled = new Set();
    const fill = () => {
      const heading = document.getElementById('painted-today');
      // The parser may hand over the heading before its words and date line are read: it is
      // filled at a later call, once both are there.
      const words = heading && heading.firstChild;
      const sub = heading && heading.querySelector('.sub');
      if (words && sub && words !== sub && !filled.has(heading)) {
        words.textContent = `Today, ${weekday}`;
        sub.textContent = date;
        filled.add(heading);
      }
      for (const link of document.querySelectorAll('#painted nav a[data-place]')) {
        if (link.dataset.place === place) link.setAttribute('aria-current', 'page');
      }
    };
    const watcher = new MutationObserver(fill);
    watcher.observe(root, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', () => { fill(); watcher.disconnect(); });
  }

  if ('serviceWorker' in navigator) {
    const none = () => {
      window.smallStepsNoServiceWorker = true;
      dispatchEvent(new Event('small-steps-no-service-worker'));
    };
    addEventListener('TrunkApplicationStarted', () => setTimeout(
      () => navigator.serviceWorker.register('./sw.js').then((kept) => kept || none(), none), 1500), { once: true });
  }
})();
