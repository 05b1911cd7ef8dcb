// The app is cut into parts: the first load carries the shell and Today, and the other screens are
// fetched the first time they are opened. These journeys check that cut, and what a parent sees
// when a screen cannot be fetched (no signal, or the site changed meanwhile).
import { test, expect } from './fixtures/test.js';
import { KEYS } from './fixtures/app_page.js';
import { DayPage } from './fixtures/day_page.js';
import { WelcomePage } from './fixtures/welcome_page.js';
import { expectNoViolations } from './fixtures/axe.js';

// Requests a service worker answers never reach page.route, so these journeys run without one
// (offline.spec.js covers the service worker).
test.use({
  serviceWorkers: 'block',
  allowedErrors: {
    // cutTheSignal makes each later part fail to arrive, on purpose: the browser logs every part it
    // could not fetch, and the split loader (__wasm_split.js, written by wasm-split-cli) logs the
    // failed fetch it then reports to the app, which shows "Try again" (the fetch of a part's own
    // file, or of the small pieces it shares: scripts/small_pieces.sh).
    'the browser logs each later part the cut signal stopped':
      /^console\.error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED \(at http:\/\/127\.0\.0\.1:\d+\/small-steps\/small-steps-[0-9a-f]+\/(split_[a-z_]+|chunk_\d+|small_pieces)\.wasm\)$/,
    'the split loader logs the fetch the cut signal stopped':
      /^console\.error: TypeError: Failed to fetch at (smallPiece \()?http:\/\/127\.0\.0\.1:\d+\/small-steps\/small-steps-[0-9a-f]+\/__wasm_split\.js:\d+:\d+/,
  },
});

/** The parts of the app fetched only when a screen other than Today is opened. */
const LATER_PART = /\/(split_[a-z_]+|chunk_\d+|small_pieces)\.wasm$/;

/** Makes every later part fail to arrive, as on a phone that has lost its signal. */
async function cutTheSignal(page) {
  await page.route(LATER_PART, (route) => route.abort('internetdisconnected'));
}

async function storedEverything(page) {
  return page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
}

test('a first visit fetches no screen but the welcome while the parent reads it; the screens follow Start', async ({ page }) => {
  const welcome = new WelcomePage(page);
  const screens = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (/\/split_[a-z_]+\.wasm$/.test(path) && !path.endsWith('/split_saving.wasm')) screens.push(path);
  });
  await welcome.visit();
  // The screens would follow a second after the first screen if they were fetched ahead here.
  await page.waitForTimeout(2500);
  expect(screens, 'no screen fetched ahead on the welcome').toEqual([]);
  await welcome.start('Sam');
  await expect.poll(() => screens.some((path) => path.endsWith('/split_plan.wasm')), { message: 'the plan follows Start' }).toBe(true);
});

test('opening Today fetches only the first part; the rest follows in the background, and then opens with no signal', async ({ page }) => {
  const welcome = new WelcomePage(page);
  const day = new DayPage(page);
  await test.step('opens Small Steps for the first time and starts a diary for Sam', async () => {
    await welcome.visit();
    await welcome.start('Sam');
  });

  const fetched = [];
  const arrived = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  page.on('requestfinished', (request) => arrived.push(new URL(request.url()).pathname));
  await test.step('opens Small Steps again: Today comes from the early buttons and the first part alone', async () => {
    // The first visit's own parts, fetched in the background a second after Start, are done with.
    await expect.poll(() => arrived.some((path) => path.endsWith('/split_my_turn.wasm'))).toBe(true);
    fetched.length = 0;
    arrived.length = 0;
    await day.reload();
    await expect(day.statusButton('Went in')).toBeVisible();
    // The small program that draws Today's buttons early comes first (src/bin/first_taps.rs);
    // once Today is up the part that saves follows at once (src/web/saving.rs); nothing else.
    const wasm = fetched.filter((path) => path.endsWith('.wasm') && !/\/(split_saving|chunk_\d+|small_pieces)\.wasm$/.test(path));
    expect(wasm.map((path) => path.split('/').pop()), 'only the early buttons and the first part on opening Today').toEqual([
      expect.stringMatching(/^first-taps-[0-9a-f]+_bg\.wasm$/),
      expect.stringMatching(/^small-steps-[0-9a-f]+_bg\.wasm$/),
    ]);
  });

  await test.step('reads Today while the other screens arrive', async () => {
    // Once Today is up, the other screens are fetched while the parent reads it.
    for (const part of ['split_saving', 'split_month', 'split_day_list', 'split_figures', 'split_contacts', 'split_plan', 'split_plan_understanding', 'split_plan_steps', 'split_plan_adjustments', 'split_plan_review', 'split_pack', 'split_pack_page', 'split_settings', 'split_children', 'split_my_turn']) {
      await expect.poll(() => arrived.some((path) => path.endsWith(`/${part}.wasm`)), { message: part }).toBe(true);
    }
    // The many small pieces the parts share come together in one file, asked for once
    // (scripts/small_pieces.sh); only the bigger pieces have files of their own.
    expect(fetched.filter((path) => path.endsWith('/small_pieces.wasm')), 'the small pieces, once').toHaveLength(1);
    const pieces = fetched.filter((path) => /\/chunk_\d+\.wasm$/.test(path));
    expect(pieces.length, `pieces with files of their own: ${pieces.length}`).toBeLessThan(100);
  });
  await test.step('loses the signal, and taps Plan, Backup, Children and Calendar', async () => {
    await cutTheSignal(page);
    await day.open('Plan');
    await day.open('Backup');
    await day.open('Children');
    await day.open('Calendar');
  });
});

test('a screen that cannot be fetched says so, keeps the diary, and opens on "Try again"', async ({ page }) => {
  const welcome = new WelcomePage(page);
  const day = new DayPage(page);
  await test.step('starts a diary for Sam and taps "Went in"', async () => {
    await welcome.visit();
    await welcome.start('Sam');
    await day.record('Went in');
    await expect(day.notice).toContainText('Saved: Went in, for');
  });
  await test.step('opens Small Steps again with no signal', async () => {
    // No signal from before the app opens, so the background fetch fails too.
    await cutTheSignal(page);
    await day.reload();
  });
  const before = await storedEverything(page);

  const problem = day.screenProblem;
  await test.step('taps Plan: the screen cannot be opened', async () => {
    await day.navLink('Plan').click();
    await expect(problem).toBeVisible();
    await expect(problem).toContainText('Everything you have saved is still on this phone.');
    expect(await storedEverything(page)).toBe(before);
  });

  await test.step('taps Today: the day is there as saved', async () => {
    // Today is part of the first load, so it still opens, with the day as saved.
    await day.open('Today');
    await expect(day.statusButton('Went in')).toHaveAttribute('aria-pressed', 'true');
  });

  await test.step('taps Plan again, gets a signal, and taps "Try again"', async () => {
    // The signal comes back: "Try again" opens the screen without a reload.
    await day.navLink('Plan').click();
    await expect(problem).toBeVisible();
    await page.unroute(LATER_PART);
    await problem.getByRole('button', { name: 'Try again' }).click();
    await expect(day.mainHeading).toHaveText('Plan');
    await expect(problem).toHaveCount(0);
    expect(await storedEverything(page)).toBe(before);
  });
});

test('with no signal on a first visit, the welcome screen works, and bringing a backup back says what to do', async ({ page }) => {
  const welcome = new WelcomePage(page);
  const problem = welcome.partProblem;
  await test.step('opens Small Steps for the first time, with no signal', async () => {
    await cutTheSignal(page);
    await welcome.visit();
    await expect(welcome.startButton).toBeVisible();
  });

  await test.step('taps "Already have a backup file? Bring it back"', async () => {
    await welcome.bringBack.click();
    await expect(problem).toBeVisible();
    expect(await page.evaluate((key) => localStorage.getItem(key), KEYS.diary)).toBeNull();
  });

  await test.step('gets a signal, and taps "Try again"', async () => {
    await page.unroute(LATER_PART);
    await problem.getByRole('button', { name: 'Try again' }).click();
    await expect(welcome.chooseFile).toBeAttached();
    await expect(problem).toHaveCount(0);
  });
});

test("a day's details that cannot be fetched say so inside the form, and arrive on \"Try again\"", async ({ page }) => {
  const welcome = new WelcomePage(page);
  const day = new DayPage(page);
  await test.step('starts a diary for Sam, and opens Small Steps again with no signal', async () => {
    await welcome.visit();
    await welcome.start('Sam');
    await cutTheSignal(page);
    await day.reload();
  });

  const problem = day.main.getByRole('alert').filter({ hasText: 'Small Steps needs to fetch this part from the website' });
  await test.step('taps "Add more": the details cannot be fetched', async () => {
    await day.moreSummary.click();
    await expect(problem).toBeVisible();
    // Inside a screen, the message adds no heading of its own.
    await expect(problem.getByRole('heading')).toHaveCount(0);
    await expectNoViolations(page, "day's details that could not be fetched");
  });
  await test.step('taps "Went in": it says plainly that it is not saved yet, and why', async () => {
    // Saving is a later part too (src/web/saving.rs), and it could not be fetched either.
    await day.record('Went in');
    await expect(day.notice).toContainText('Not saved yet: the part of Small Steps that saves could not be fetched');
    await expect(day.statusButton('Went in')).toHaveAttribute('aria-pressed', 'false');
    expect((await day.storedChild('Sam')).days ?? []).toEqual([]);
  });

  await test.step('gets a signal, taps "Went in" again: the day is recorded', async () => {
    await page.unroute(LATER_PART);
    await day.record('Went in');
    await expect(day.notice).toContainText('Saved: Went in, for');
  });

  await test.step('taps "Try again", types what helped and saves', async () => {
    await problem.getByRole('button', { name: 'Try again' }).click();
    await day.helped.fill('Walking in with a friend');
    await day.saveButton.click();
    expect(JSON.stringify(await day.storedDiary())).toContain('Walking in with a friend');
  });
});

test('a hurried parent moves on before a slow part arrives: nothing is lost, no error, and each screen opens once it comes', async ({ page }) => {
  const welcome = new WelcomePage(page);
  const day = new DayPage(page);
  await test.step('starts a diary for Sam', async () => {
    await welcome.visit();
    await welcome.start('Sam');
  });
  let letThrough;
  const arrived = new Promise((resolve) => { letThrough = resolve; });
  await test.step('opens Small Steps again on a slow signal: every later part is held back', async () => {
    await page.route(LATER_PART, async (route) => {
      await arrived;
      await route.continue();
    });
    await day.reload();
  });
  await test.step('taps Plan, Backup and Calendar without waiting, then Today', async () => {
    await day.navLink('Plan').click();
    await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Opening…' })).toBeVisible();
    await day.navLink('Backup').click();
    await day.navLink('Calendar').click();
    await day.navLink('Today').click();
    await expect(day.mainHeading).toContainText('Today');
  });
  await test.step('opens "Add more" and taps "Went in" while the parts are still on their way', async () => {
    await day.moreSummary.click();
    await day.statusButton('Went in').click();
    await expect(day.statusButton('Went in')).toHaveAttribute('aria-pressed', 'true');
  });
  await test.step('the parts arrive: the tap is saved and the details show, on Today', async () => {
    letThrough();
    await expect(day.notice).toContainText('Saved: Went in, for');
    await expect(day.saveButton).toBeVisible();
    await expect(day.mainHeading).toContainText('Today');
    expect((await day.storedChild('Sam')).days.map((d) => d.status)).toEqual(['attended']);
  });
  await test.step('Plan and Backup then open at once', async () => {
    await day.open('Plan');
    await day.open('Backup');
  });
});
