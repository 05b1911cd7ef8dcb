// Benchmark (not a test): times opening, saving, exporting and importing in the real app, in
// headless Chromium, with a generated store of three school years for two children.
// Usage: node bench/bench.mjs <base-url> <store.json> [runs]
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

const [base, storePath, runsArg = '9'] = process.argv.slice(2);
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

const results = { firstOpen: [], firstLoad: [], open: [], load: [], openFromNavigation: [], openCalendar: [],
  save: [], saveCheck: [], saveSerialise: [], saveWrite: [], export: [], import: [] };
const openTime = async (page) => page.evaluate(() => {
  const m = performance.getEntriesByName('small-steps:open', 'measure')[0];
  return m ? [m.duration, m.startTime + m.duration] : [null, null];
});
const openToday = async (page) => {
  await page.goto(`${base}#/today`);
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  return openTime(page);
};
for (let run = 0; run < runs; run++) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, acceptDownloads: true });
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
  await page.getByRole('grid', { name: 'Days of the month' }).waitFor();
  results.openCalendar.push((await openTime(page))[0]);

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

const budgets = { open: 30, openCalendar: 30, save: 5, export: 30, import: 60 };
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const doc = JSON.parse(store);
const days = doc.children.reduce((n, c) => n + (c.days || []).length, 0);
console.log(`\nStore: ${doc.children.length} children, ${days} day records, ${(store.length / 1024).toFixed(0)} KB of JSON; ${runs} runs (fresh tab each), times in ms`);
console.log('what                             median     max   budget');
let over = 0;
for (const [key, label] of [
  ['firstOpen', 'first visit: open Today'], ['firstLoad', '  of which: read + check store'],
  ['open', 'open Today (everyday)'], ['load', '  of which: read + check store'],
  ['openFromNavigation', 'open Today, from navigation'], ['openCalendar', 'open the Calendar'],
  ['save', 'save a day'], ['saveCheck', '  of which: check'], ['saveSerialise', '  of which: write JSON'],
  ['saveWrite', '  of which: localStorage'], ['export', 'export everything'], ['import', 'import with validation']]) {
  const xs = results[key];
  if (xs.some((x) => x == null)) throw new Error(`no timing recorded for ${key}`);
  const budget = budgets[key];
  const ok = budget == null || median(xs) <= budget;
  if (!ok) over++;
  console.log(`${label.padEnd(33)}${median(xs).toFixed(1).padStart(6)}${Math.max(...xs).toFixed(1).padStart(8)}${(budget ? `<= ${budget}` : '-').padStart(9)}${ok ? '' : '   OVER BUDGET'}`);
}
process.exitCode = over ? 1 : 0;
