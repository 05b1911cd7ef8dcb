// Benchmark (not a test): times opening, saving, exporting and importing in the real app, in
// headless Chromium, with a generated store of three school years for two children.
// Usage: node bench/bench.mjs <base-url> <store.json> [runs]
import { chromium } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const [base, storePath, runsArg = '9', distDir = 'dist'] = process.argv.slice(2);
const runs = Number(runsArg);
const store = readFileSync(storePath, 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});

const measure = (page, name) => page.evaluate((n) => {
  const entries = performance.getEntriesByName(n, 'measure');
  return entries.length ? entries[entries.length - 1].duration : null;
}, name);

const results = { firstOpen: [], firstLoad: [], open: [], load: [], openFromNavigation: [], openCalendar: [], openFigures: [],
  save: [], saveCheck: [], saveSerialise: [], saveWrite: [], export: [], import: [] };
// The app's own work to open: reading the diary, then its two turns of building (the frame, then
// the screen with the hand-over: src/ui/mod.rs, start), without the moments between the turns,
// when the phone is free for anything else; and when it ended.
const openTime = async (page) => page.evaluate(() => {
  const last = (name) => performance.getEntriesByName(name, 'measure').at(-1);
  const [load, frame, screen] = ['small-steps:load', 'small-steps:open', 'small-steps:open:screen'].map(last);
  if (!frame) return [null, null];
  // Builds before the turns measured all of it, reading included, as small-steps:open alone.
  if (!screen) return [frame.duration, frame.startTime + frame.duration];
  return [(load?.duration ?? 0) + frame.duration + screen.duration, screen.startTime + screen.duration];
});
// The app is up once the screen painted before it (index.html's #painted, in builds that have one) is gone.
const appUp = (page) => page.locator('#painted').waitFor({ state: 'detached' });
const openToday = async (page) => {
  await page.goto(`${base}#/today`);
  await appUp(page);
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  return openTime(page);
};
// What a phone downloads to show the first screen: the files the page asked for before the first
// screen could be used (the page itself, and every resource whose fetch started by then, from the
// browser's resource timing), gzip -9 of each. For a returning parent that is the moment Today's
// status buttons are on the page, live: the app's own, or those a small program of their own draws
// before the app has come (src/bin/first_taps.rs; a tap there is shown at once and saved by the app);
// for a new parent, the welcome's Start button once it works. The files asked for until the app
// itself has taken over (the painted screen gone) are counted too. Parts the app fetches once
// its first screen is up are counted with the later parts below.
const firstScreenSeen = () => {
  const seen = () => {
    const now = performance.now();
    if (window.smallStepsFirstScreenAt == null
      && document.querySelector('main fieldset.statuses button, main.welcome form button[type=submit]:not([disabled])')) {
      window.smallStepsFirstScreenAt = now;
    }
    if (window.smallStepsAppAt == null && !document.getElementById('painted') && document.querySelector('main')) {
      window.smallStepsAppAt = now;
    }
  };
  // The welcome's Start is made live by taking its `disabled` away: watched too.
  new MutationObserver(seen).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
};
const filesUntil = (page, mark) => page.evaluate((name) => {
  const at = window[name];
  if (at == null) throw new Error(`${name} was never seen`);
  const base = new URL(document.baseURI).pathname;
  const paths = [location.pathname, ...performance.getEntriesByType('resource')
    .filter((e) => e.startTime <= at).map((e) => new URL(e.name).pathname)];
  return paths.filter((p) => p.startsWith(base)).map((p) => decodeURIComponent(p.slice(base.length)) || 'index.html');
}, mark);
const firstScreenFiles = (page) => filesUntil(page, 'smallStepsFirstScreenAt');
const gzipOf = (path) => gzipSync(readFileSync(join(distDir, path)), { level: 9 }).length;
const basePath = new URL(base).pathname;
// A request for a file the site does not have (public/group.json, until a group adds it) costs nothing.
const fetchedBytes = (paths) => paths.filter((p) => existsSync(join(distDir, p))).reduce((sum, p) => sum + gzipOf(p), 0);
const bytes = {};
{
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  let paths = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith(basePath)) paths.push(decodeURIComponent(path.slice(basePath.length)) || 'index.html');
  });
  const take = () => { const p = paths; paths = []; return p; };
  await context.addInitScript(firstScreenSeen);
  await page.goto(base);
  await appUp(page);
  await page.getByRole('button', { name: 'Start', exact: true }).waitFor();
  bytes.firstVisit = await firstScreenFiles(page);
  bytes.firstVisitApp = await filesUntil(page, 'smallStepsAppAt');
  take();
  await page.evaluate((text) => localStorage.setItem('small-steps', text), store);
  const everyday = await browser.newContext({ viewport: { width: 360, height: 740 } });
  await context.close();
  const day = await everyday.newPage();
  day.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith(basePath)) paths.push(decodeURIComponent(path.slice(basePath.length)) || 'index.html');
  });
  await everyday.addInitScript((text) => {
    if (!localStorage.getItem('small-steps')) localStorage.setItem('small-steps', text);
  }, store);
  await everyday.addInitScript(firstScreenSeen);
  await day.goto(`${base}#/today`);
  await appUp(day);
  await day.getByRole('navigation', { name: 'Main' }).waitFor();
  await day.getByRole('button', { name: 'Went in', exact: true }).waitFor();
  bytes.today = await firstScreenFiles(day);
  bytes.todayApp = await filesUntil(day, 'smallStepsAppAt');
  // What was asked for since (the parts fetched once the first screen is up) counts with the
  // next screen opened.
  take();
  for (const [label, heading] of [['Calendar', 'Calendar'], ['Plan', 'Plan'], ['Backup', 'Backup'], ['Children', 'Children']]) {
    await day.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true }).click();
    await day.getByRole('main').getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
    bytes[label] = take();
  }
  await everyday.close();
}
console.log('\nDownloaded by a phone (gzip -9 bytes of the files the app requested)');
const firstLoad = fetchedBytes(bytes.today);
for (const [key, label] of [['today', 'first load, opening Today with a diary'], ['todayApp', '  until the app itself has taken over'],
  ['firstVisit', 'first load, first visit (welcome)'], ['firstVisitApp', '  until the app itself has taken over'],
  ['Calendar', '  then opening the Calendar'], ['Plan', '  then opening the Plan'], ['Backup', '  then opening Backup'],
  ['Children', '  then opening Children']]) {
  console.log(`${label.padEnd(42)}${String(fetchedBytes(bytes[key])).padStart(8)}   ${bytes[key].length} files`);
}
// What each first load holds, file by file (gzip -9 bytes).
for (const [key, label] of [['today', 'opening Today with a diary'], ['firstVisit', 'a first visit']]) {
  const files = [...new Set(bytes[key])].filter((p) => existsSync(join(distDir, p)));
  console.log(`  the first load, ${label}: ${files.map((p) => `${p.split('/').pop()} ${gzipOf(p)}`).join(', ')}`);
}
console.log(`first-load budget: ${firstLoad} <= 102400 ${firstLoad <= 102400 ? 'ok' : 'OVER BUDGET'}`);

// Each later part with the shared pieces it needs, as __wasm_split.js lists them: all of them, and
// those the saving part has not already brought (every screen waits for the saving part, which is
// fetched the moment the first screen is up, so that is what opening the screen then costs).
const [folder] = bytes.today.filter((p) => p.endsWith('_bg.wasm')).map((p) => p.split('/')[0]);
const loader = readFileSync(join(distDir, folder, '__wasm_split.js'), 'utf8');
const fileOf = {};
for (const m of loader.matchAll(/const __(chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([\w.]+)"/g)) fileOf[m[1]] = m[2];
// The small pieces travel together in one file (scripts/small_pieces.sh), fetched once.
for (const m of loader.matchAll(/const __(chunk_\d+) = makeLoad\(\(\) => \{\s*const src = smallPiece\(/g)) fileOf[m[1]] = 'small_pieces.wasm';
const partFiles = {};
for (const m of loader.matchAll(/__wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([\w.]+)"[\s\S]*?, \[([^\]]*)\]\)\);/g)) {
  const pieces = m[3].split(',').map((d) => d.trim().replace(/^__/, '')).filter(Boolean);
  if (pieces.some((d) => !fileOf[d])) throw new Error(`bench.mjs: __wasm_split.js names a piece of ${m[1]} it cannot find`);
  partFiles[m[1]] = [...new Set([m[2], ...pieces.map((d) => fileOf[d])])];
}
const isSaving = (name) => /^saving(_|$)/.test(name);
const savingFiles = new Set(Object.entries(partFiles).find(([name]) => isSaving(name))?.[1] ?? []);
const inFolder = (files) => files.map((f) => `${folder}/${f}`);
console.log('later parts, each with the shared pieces it needs (gzip -9 bytes): all of them, and beyond the saving part');
let laterOver = 0;
for (const [name, files] of Object.entries(partFiles)) {
  const beyond = fetchedBytes(inFolder(files.filter((f) => !savingFiles.has(f))));
  if (!isSaving(name) && beyond > 120 * 1024) laterOver += 1;
  console.log(`  ${name.padEnd(40)}${String(fetchedBytes(inFolder(files))).padStart(8)}${String(beyond).padStart(8)}   ${files.length} files`);
}
console.log(`later parts over 120 KB beyond the saving part: ${laterOver}`);

// The timings are of the app's own work, so the service worker (which only changes where files
// come from, and fills its cache in the background on a first visit) is left out of them.
for (let run = 0; run < runs; run++) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, acceptDownloads: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The store is put in place before the app starts, as if the parent had used it for three years.
  await context.addInitScript((text) => {
    if (location.protocol.startsWith('http') && !localStorage.getItem('small-steps')) localStorage.setItem('small-steps', text);
  }, store);

  // A first visit in a fresh browser profile: the WebAssembly is compiled for the first time.
  results.firstOpen.push((await openToday(page))[0]);
  results.firstLoad.push(await measure(page, 'small-steps:load'));
  await page.goto('about:blank');
  await page.waitForTimeout(300); // let the browser finish optimising and caching the compiled code

  // The everyday case: opening the app again, as a parent does each morning.
  const [open, fromNavigation] = await openToday(page);
  results.open.push(open);
  results.openFromNavigation.push(fromNavigation);
  results.load.push(await measure(page, 'small-steps:load'));

  // Save a day: one tap on a status writes the whole diary, as every change does.
  const status = run % 2 ? 'Went in, very distressed' : 'Late, before the register closed';
  await page.getByRole('button', { name: status }).click();
  await page.getByText(`Saved: ${status}`).waitFor();
  results.save.push(await measure(page, 'small-steps:save'));
  results.saveCheck.push(await measure(page, 'small-steps:save:check'));
  results.saveSerialise.push(await measure(page, 'small-steps:save:serialise'));
  results.saveWrite.push(await measure(page, 'small-steps:save:write'));

  // Open straight onto the Calendar (a fresh page load).
  await page.goto('about:blank');
  await page.goto(`${base}#/calendar`);
  await appUp(page);
  await page.getByRole('grid', { name: 'Days of the month' }).waitFor();
  results.openCalendar.push((await openTime(page))[0]);

  // Open the figures with their charts from the Calendar, once to fetch its part, then timed:
  // from the change of address until the first chart is on the page (a MutationObserver sees it
  // as soon as it is added), so the time is the app's own work, not the network's.
  const openFigures = () => page.evaluate(() => new Promise((resolve) => {
    const start = performance.now();
    const seen = () => document.querySelector('figure.chart');
    const observer = new MutationObserver(() => {
      if (seen()) { observer.disconnect(); resolve(performance.now() - start); }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    location.hash = '#/figures';
  }));
  await openFigures();
  await page.evaluate(() => { location.hash = '#/calendar'; });
  await page.getByRole('grid', { name: 'Days of the month' }).waitFor();
  results.openFigures.push(await openFigures());

  // Export everything.
  await page.goto(`${base}#/backup`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save backup file' }).click();
  await download;
  results.export.push(await measure(page, 'small-steps:export'));

  // Import the same three years: read, check, migrate and preview.
  await page.getByLabel('Choose a backup file').setInputFiles(storePath);
  await page.getByText('This backup holds').waitFor();
  results.import.push(await measure(page, 'small-steps:import'));

  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  await context.close();
}
await browser.close();

const budgets = { open: 30, openCalendar: 30, openFigures: 30, save: 5, export: 30, import: 60 };
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const doc = JSON.parse(store);
const days = doc.children.reduce((n, c) => n + (c.days || []).length, 0);
console.log(`\nStore: ${doc.children.length} children, ${days} day records, ${(store.length / 1024).toFixed(0)} KB of JSON; ${runs} runs (fresh tab each), times in ms`);
console.log('what                             median     max   budget');
let over = 0;
for (const [key, label] of [
  ['firstOpen', 'first visit: open Today'], ['firstLoad', '  of which: read + check store'],
  ['open', 'open Today (everyday)'], ['load', '  of which: read + check store'],
  ['openFromNavigation', 'open Today, from navigation'], ['openCalendar', 'open the Calendar'], ['openFigures', 'open the figures with charts'],
  ['save', 'save a day'], ['saveCheck', '  of which: check'], ['saveSerialise', '  of which: write JSON'],
  ['saveWrite', '  of which: localStorage'], ['export', 'export everything'], ['import', 'import with validation']]) {
  const xs = results[key];
  if (xs.some((x) => x == null)) throw new Error(`no timing recorded for ${key}`);
  const budget = budgets[key];
  const ok = budget == null || median(xs) <= budget;
  if (!ok) over++;
  console.log(`${label.padEnd(33)}${median(xs).toFixed(1).padStart(6)}${Math.max(...xs).toFixed(1).padStart(8)}${(budget ? `<= ${budget}` : '-').padStart(9)}${ok ? '' : '   OVER BUDGET'}`);
}
process.exitCode = over || firstLoad > 102400 ? 1 : 0;
