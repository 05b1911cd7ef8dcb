// Benchmark (not a test): how soon a phone shows something useful, and how soon a returning parent
// can tap a status.
//  1. Lighthouse (the npm package), mobile profile (its simulated slow 4G and 4x slower CPU), on a
//     first visit to the built app served gzip-compressed: 3 runs, the median of each figure.
//  2. A returning parent (a diary of three school years for two children, the service worker
//     already holding every file), with the CPU slowed 4x: the time from navigation until a status
//     button of the app on Today is there to tap.
// Usage: node bench/first_paint.mjs <base-url> <store.json> [lighthouse-runs] [returning-runs]
// The base URL must be served with gzip (python3 tests/e2e/serve.py PORT DIST --gzip).
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

const [base, storePath, lighthouseRunsArg = '3', returningRunsArg = '7'] = process.argv.slice(2);
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const flags = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

// 1. Lighthouse, a fresh browser each run so nothing is cached.
const audits = [['performance', 'performance score', 1, ''], ['first-contentful-paint', 'First Contentful Paint', 1, ' ms'],
  ['largest-contentful-paint', 'Largest Contentful Paint', 1, ' ms'], ['total-blocking-time', 'Total Blocking Time', 1, ' ms'],
  ['cumulative-layout-shift', 'Cumulative Layout Shift', 1, '']];
const seen = Object.fromEntries(audits.map(([key]) => [key, []]));
for (let run = 0; run < Number(lighthouseRunsArg); run++) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...flags] });
  try {
    const { lhr } = await lighthouse(base, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    seen.performance.push(Math.round(lhr.categories.performance.score * 100));
    for (const [key] of audits.slice(1)) seen[key].push(lhr.audits[key].numericValue);
  } finally {
    await chrome.kill();
  }
}
if (Number(lighthouseRunsArg) > 0) console.log(`\nLighthouse ${Number(lighthouseRunsArg)} runs, mobile profile (slow 4G, 4x slower CPU), first visit; median (all runs)`);
for (const [key, label, , unit] of Number(lighthouseRunsArg) > 0 ? audits : []) {
  const xs = seen[key];
  const show = (x) => (key === 'cumulative-layout-shift' ? x.toFixed(3) : Math.round(x).toString());
  console.log(`${label.padEnd(28)}${(show(median(xs)) + unit).padStart(10)}   (${xs.map(show).join(', ')})`);
}

// 2. A returning parent, service worker warm, CPU 4x slower.
const store = readFileSync(storePath, 'utf8');
const browser = await chromium.launch({ executablePath: chromePath, args: flags });
const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
await context.addInitScript((text) => {
  if (!location.protocol.startsWith('http')) return;
  if (!localStorage.getItem('small-steps')) localStorage.setItem('small-steps', text);
  // The moment a status button is on the page, counted from the navigation's start: the app's
  // own, or one the small program before it draws (a tap there is shown at once and saved by the
  // app: src/bin/first_taps.rs); and the moment the app itself has taken over.
  const seenAt = () => {
    const button = document.querySelector('main fieldset.statuses button:not([disabled])');
    if (button && window.smallStepsTappableAt == null) window.smallStepsTappableAt = performance.now();
    if (button && !document.getElementById('painted') && window.smallStepsAppAt == null) window.smallStepsAppAt = performance.now();
    return button;
  };
  new MutationObserver(seenAt).observe(document, { childList: true, subtree: true });
}, store);
const page = await context.newPage();
const errors = [];
page.on('pageerror', (e) => errors.push(e.message));
await page.goto(`${base}#/today`);
await page.getByRole('button', { name: 'Went in', exact: true }).waitFor();
// The service worker registers after the app is up, then keeps every file of the build.
await page.waitForFunction(async () => {
  const registration = await navigator.serviceWorker.getRegistration();
  if (!registration || registration.active?.state !== 'activated' || !navigator.serviceWorker.controller) return false;
  const names = await caches.keys();
  const kept = names.length ? await (await caches.open(names[0])).keys() : [];
  return kept.some((r) => r.url.endsWith('_bg.wasm')) && kept.some((r) => r.url.endsWith('split_plan.wasm'));
}, null, { polling: 250, timeout: 30_000 });
// Leaving at once may lose the registration in Chromium: the parent stays a while, as in real
// use, then opens the app again until the worker is in charge of a fresh navigation.
for (let tries = 0; ; tries++) {
  await page.waitForTimeout(3000);
  await page.goto('about:blank');
  await page.goto(`${base}#/today`);
  if (await page.evaluate(() => !!navigator.serviceWorker.controller)) break;
  if (tries === 5) throw new Error('the service worker never took charge of a fresh navigation');
}
const cdp = await context.newCDPSession(page);
const tappable = [];
const appTookOver = [];
const painted = [];
const savingCame = [];
for (let run = 0; run < Number(returningRunsArg); run++) {
  await page.goto('about:blank');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(`${base}#/today`);
  await page.waitForFunction(() => window.smallStepsTappableAt != null && window.smallStepsAppAt != null, null, { timeout: 30_000 });
  const [at, app, paint, controlled] = await page.evaluate(() => [window.smallStepsTappableAt, window.smallStepsAppAt,
    performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null, !!navigator.serviceWorker.controller]);
  if (!controlled) throw new Error('the service worker was not in charge of the page');
  tappable.push(at);
  appTookOver.push(app);
  if (paint != null) painted.push(paint);
  // Builds with a saving part of their own mark when it has come: a status tapped before then is
  // shown as chosen at once and saved at that moment.
  const saving = await page.evaluate(() => new Promise((resolve) => {
    const seen = () => performance.getEntriesByName('small-steps:saving-came')[0]?.startTime ?? null;
    const started = performance.now();
    const look = () => (seen() != null || performance.now() - started > 3000 ? resolve(seen()) : setTimeout(look, 50));
    look();
  }));
  if (saving != null) savingCame.push(saving);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
}
await browser.close();
if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
console.log(`\nReturning parent (diary of 2 children over 3 school years), service worker warm, CPU 4x slower; ${tappable.length} runs`);
console.log(`first paint                 ${median(painted).toFixed(0).padStart(7)} ms   (max ${Math.max(...painted).toFixed(0)})`);
const ok = median(tappable) <= 400;
console.log(`a status tappable on Today  ${median(tappable).toFixed(0).padStart(7)} ms   (max ${Math.max(...tappable).toFixed(0)})   budget <= 400${ok ? '' : '   OVER BUDGET'}`);
console.log(`the app itself took over   ${median(appTookOver).toFixed(0).padStart(7)} ms   (max ${Math.max(...appTookOver).toFixed(0)})`);
if (savingCame.length) console.log(`a tap saved at once from    ${median(savingCame).toFixed(0).padStart(7)} ms   (max ${Math.max(...savingCame).toFixed(0)})   (the saving part has come; an earlier tap waits for it)`);
