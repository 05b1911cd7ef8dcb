// Benchmark (not a test): how long locking a backup with a passphrase and opening it again take in
// the real app, in headless Chromium at 360x740, with the benchmark diary (three school years for two
// children). Reads the app's own timings (performance.measure "small-steps:lock" and
// "small-steps:unlock": key from the passphrase by PBKDF2-SHA256 with 600,000 rounds, then AES-256-GCM)
// and the time a parent waits, from pressing the button to the file or the preview.
// Usage: node bench/lock.mjs <base-url> <store.json> [runs]   (scripts/bench.sh runs it)
import { chromium } from 'playwright-core';
import { readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [base, storePath, runsArg = '5'] = process.argv.slice(2);
const runs = Number(runsArg);
const store = readFileSync(storePath, 'utf8');
const PASSPHRASE = 'blue door, red gate';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const context = await browser.newContext({ viewport: { width: 360, height: 740 }, acceptDownloads: true });
await context.addInitScript((text) => {
  if (!localStorage.getItem('small-steps')) localStorage.setItem('small-steps', text);
}, store);
const page = await context.newPage();
const errors = [];
page.on('pageerror', (e) => errors.push(e.message));
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
await page.goto(`${base}#/backup`);
await page.getByRole('main').getByRole('heading', { level: 1, name: 'Backup' }).waitFor();

const lastMeasure = (name) => page.evaluate((n) => {
  const all = performance.getEntriesByName(n, 'measure');
  return all.length ? all[all.length - 1].duration : null;
}, name);
const results = { lock: [], lockWait: [], unlock: [], unlockWait: [] };
let lockedPath;
await page.getByLabel('Protect this backup with a passphrase').check();
for (let i = 0; i < runs; i += 1) {
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Type it again').fill(PASSPHRASE);
  const downloading = page.waitForEvent('download');
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Save backup file' }).click();
  const download = await downloading;
  results.lockWait.push(Date.now() - t0);
  results.lock.push(await lastMeasure('small-steps:lock'));
  lockedPath = join(tmpdir(), `small-steps-bench-locked-${i}.json`);
  await download.saveAs(lockedPath);
}
for (let i = 0; i < runs; i += 1) {
  await page.getByLabel('Choose a backup file').setInputFiles(lockedPath);
  await page.getByLabel('Passphrase for this backup').fill(PASSPHRASE);
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByRole('heading', { name: 'This backup holds' }).waitFor();
  results.unlockWait.push(Date.now() - t0);
  results.unlock.push(await lastMeasure('small-steps:unlock'));
  await page.getByRole('button', { name: 'Cancel' }).last().click();
}
await browser.close();

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const plain = JSON.parse(store);
console.log(`\nLocked backups: ${plain.children.length} children, ${plain.children.reduce((n, c) => n + c.days.length, 0)} day records; stored diary ${(store.length / 1024).toFixed(0)} KB, locked backup file ${(statSync(lockedPath).size / 1024).toFixed(0)} KB; ${runs} runs, times in ms`);
console.log('what                                         median     min     max');
for (const [key, label] of [['lock', 'lock (key + AES-GCM, small-steps:lock)'], ['lockWait', '  pressing Save until the download'],
  ['unlock', 'open (key + AES-GCM, small-steps:unlock)'], ['unlockWait', '  pressing Open until the preview']]) {
  const xs = results[key];
  console.log(`${label.padEnd(44)}${median(xs).toFixed(1).padStart(7)}${Math.min(...xs).toFixed(1).padStart(8)}${Math.max(...xs).toFixed(1).padStart(8)}`);
}
if (errors.length) {
  console.error(`page errors: ${errors.join(' | ')}`);
  process.exit(1);
}
