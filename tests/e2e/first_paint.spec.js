// Before the WebAssembly arrives, index.html and the style sheet paint a screen that is true for
// whoever opens it (web/opening.js chooses): the welcome on a first visit, the app's frame for a
// parent with a diary on this phone. The app then takes its place without a jump.
import { test, expect } from './fixtures/test.js';
import { layoutShifts, place, watchLayoutShifts } from './fixtures/layout_shifts.js';
import { DayPage } from './fixtures/day_page.js';
import { WelcomePage } from './fixtures/welcome_page.js';

/**
 * The first part of the app's WebAssembly (not the parts fetched later), and the small program that
 * draws Today's buttons before it (src/bin/first_taps.rs; before_app.spec.js lets that one come).
 */
const FIRST_PART = /\/(small-steps|first-taps)-[0-9a-f]+_bg\.wasm$/;

/** Holds the app's WebAssembly back, as a slow phone signal would; resolves `arrived` when let go. */
async function holdBackTheApp(page, ms) {
  await page.route(FIRST_PART, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}



const painted = (page) => page.locator('#painted');

// A browser paints nothing before the page's style sheet has arrived, but a test can look at the
// page as soon as it is parsed: before measuring what is painted, wait for the sheet, as the eye does.
async function styleSheetsArrived(page) {
  await page.waitForFunction(() => document.querySelector('link[rel="stylesheet"]')?.sheet, null, { timeout: 5000 });
}

test.describe('with scripts switched off', () => {
  test.use({ javaScriptEnabled: false });

  test('the painted welcome says what Small Steps needs, and offers nothing that cannot work', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'Small Steps' })).toBeVisible();
    await expect(page.getByText('Everything you write stays on this phone')).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('Small Steps needs JavaScript and WebAssembly');
    await expect(page.getByRole('alert')).toContainText('Switch JavaScript on for this site');
    await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeDisabled();
    await expect(page.getByLabel("Your child's name or nickname")).toBeDisabled();
    // The app's frame and its "opening your diary" are for a parent whose app is on its way.
    await expect(page.getByText('Opening your diary')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  });
});

test('nothing of the app or the small program is asked for before the painted screen is on the glass', async ({ page }) => {
  // Only the page, its style sheet and web/opening.js stand between a phone and the first paint:
  // the app's script and WebAssembly, the list of its parts and the small program are asked for
  // once the browser has noted that paint (web/opening.js), so a weak signal spends nothing else
  // before it.
  const welcome = new WelcomePage(page);
  await welcome.visit();
  const seen = await page.evaluate(() => ({
    painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    files: performance.getEntriesByType('resource')
      .map((entry) => ({ name: entry.name.split('/').pop(), at: entry.startTime }))
      .filter(({ name }) => /^(small-steps-[0-9a-f]+(_bg\.wasm|\.js)|first-taps-[0-9a-f]+(_bg\.wasm|\.js)|__wasm_split\.js)$/.test(name)),
  }));
  expect(seen.painted, 'the browser notes the first paint').toBeGreaterThan(0);
  expect(seen.files.map(({ name }) => name.replace(/-[0-9a-f]+/, '')).sort())
    .toEqual(['__wasm_split.js', 'first-taps.js', 'first-taps_bg.wasm', 'small-steps.js', 'small-steps_bg.wasm']);
  for (const { name, at } of seen.files) expect(at, `${name} asked for after the first paint`).toBeGreaterThanOrEqual(seen.painted);
});

test.describe('with the WebAssembly held back', () => {
  // Requests a service worker answers never reach page.route (offline.spec.js covers the worker).
  test.use({ serviceWorkers: 'block' });

  test('a first visit: the welcome is painted at once, Start is plainly not offered until it works, and the app takes over without a jump', async ({ page }) => {
    const welcome = new WelcomePage(page);
    await watchLayoutShifts(page);
    await holdBackTheApp(page, 3000);
    await page.goto('./', { waitUntil: 'commit' });
    await styleSheetsArrived(page);
    const before = {};
    await test.step('the welcome is there while the app is on its way, with Start and the name field not yet usable', async () => {
      await expect(welcome.heading).toBeVisible({ timeout: 1500 });
      await expect(welcome.privacy).toBeVisible();
      await expect(painted(page)).toBeAttached();
      await expect(welcome.startButton).toBeDisabled();
      await expect(welcome.nickname).toBeDisabled();
      for (const [name, locator] of Object.entries({ heading: welcome.heading, privacy: welcome.privacy, label: page.getByText("Your child's name or nickname"), start: welcome.startButton })) {
        before[name] = { at: await place(locator), text: await locator.textContent() };
      }
    });
    await test.step('the app arrives: the same words in the same places, and Start now works', async () => {
      await expect(painted(page)).toHaveCount(0, { timeout: 15_000 });
      await expect(welcome.startButton).toBeEnabled();
      for (const [name, locator] of Object.entries({ heading: welcome.heading, privacy: welcome.privacy, label: page.getByText("Your child's name or nickname"), start: welcome.startButton })) {
        expect({ at: await place(locator), text: await locator.textContent() }, name).toEqual(before[name]);
      }
      expect(await layoutShifts(page)).toEqual([]);
      await welcome.start('Sam');
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    });
  });

  test("a returning parent: the app's frame is painted with Today's heading, a tap on Calendar waits and then happens, and nothing jumps", async ({ page }) => {
    const day = new DayPage(page);
    await day.startWith('Sam');
    // Opened again (without "Welcome" on the message line), as it opens every morning.
    await day.reload();
    await expect(day.mainHeading).toContainText('Today');
    const appHeading = await day.mainHeading.textContent();
    const appHeadingAt = await place(day.mainHeading);

    await watchLayoutShifts(page);
    await holdBackTheApp(page, 3000);
    await page.goto('./#/today', { waitUntil: 'commit' });
    await page.reload({ waitUntil: 'commit' });
    await styleSheetsArrived(page);
    await test.step("the frame is there at once: the header, the navigation and Today's heading, as the app will show them", async () => {
      await expect(painted(page)).toBeAttached();
      await expect(day.mainHeading).toHaveText(appHeading, { timeout: 1500 });
      expect(await place(day.mainHeading)).toEqual(appHeadingAt);
      await expect(day.navLink('Today')).toHaveAttribute('aria-current', 'page');
      await expect(page.getByRole('button', { name: 'Start' })).toHaveCount(0);
    });
    await test.step('"Opening your diary…" is not shown at first (a fast phone never sees it), then appears', async () => {
      const opening = page.getByText('Opening your diary…');
      expect(await opening.evaluate((el) => Number(getComputedStyle(el).opacity))).toBeLessThan(0.5);
      await expect.poll(() => opening.evaluate((el) => Number(getComputedStyle(el).opacity))).toBe(1);
      await expect(painted(page)).toBeAttached();
    });
    await test.step('taps Calendar before the app is ready: the Calendar opens once it is', async () => {
      await day.navLink('Calendar').click();
      await expect(painted(page)).toHaveCount(0, { timeout: 15_000 });
      await expect(day.mainHeading).toHaveText('Calendar');
      await expect(day.navLink('Calendar')).toHaveAttribute('aria-current', 'page');
    });
    expect(await layoutShifts(page)).toEqual([]);
  });

  test('a status tapped before the part that saves has come is kept, and saved once it comes', async ({ page }) => {
    // Checking and writing the diary is a later part of its own, fetched once the first screen
    // is up (src/web/saving.rs); here it takes 3 seconds to come.
    const day = new DayPage(page);
    await day.startWith('Sam');
    let letGo;
    const held = new Promise((resolve) => { letGo = resolve; });
    await page.route(/\/split_saving\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await day.reload();
    await expect(painted(page)).toHaveCount(0);
    await test.step('taps "Went in" at once: it shows as chosen, and nothing says it is saved yet', async () => {
      await day.record('Went in');
      await expect(day.statusButton('Went in')).toHaveAttribute('aria-pressed', 'true');
      await page.waitForTimeout(500);
      await expect(page.getByText('Saved: Went in')).toHaveCount(0);
      expect(await page.evaluate(() => JSON.parse(localStorage.getItem('small-steps')).children[0].days ?? [])).toEqual([]);
    });
    await test.step('the part comes: the day is saved and the parent is told', async () => {
      letGo();
      await expect(day.notice).toContainText('Saved: Went in, for');
      await day.reload();
      await expect(day.statusButton('Went in')).toHaveAttribute('aria-pressed', 'true');
    });
  });

  test('the keyboard stays where it was: focus on a painted link moves to the same link of the app', async ({ page }) => {
    const day = new DayPage(page);
    await day.startWith('Sam');
    await holdBackTheApp(page, 2000);
    await page.reload({ waitUntil: 'commit' });
    await styleSheetsArrived(page);
    await expect(painted(page)).toBeAttached({ timeout: 1500 });
    await painted(page).getByRole('link', { name: 'Plan' }).focus();
    await expect(painted(page)).toHaveCount(0, { timeout: 15_000 });
    await expect(day.navLink('Plan')).toBeFocused();
    await expect(day.mainHeading).toContainText('Today');
  });
});

test('opened the everyday way, the app replaces the painted screen with no layout shift and no error', async ({ page }) => {
  const day = new DayPage(page);
  await day.startWith('Sam');
  await watchLayoutShifts(page);
  await day.reload();
  await day.record('Went in');
  await expect(day.notice).toContainText('Saved: Went in');
  expect(await layoutShifts(page)).toEqual([]);
});

test("the app's frame, built a turn before its screen, stays out of sight until the painted screen is gone", async ({ page }) => {
  const day = new DayPage(page);
  await day.startWith('Sam');
  // Each element the app puts straight into the page while the painted screen is still there is
  // looked at as it arrives (a MutationObserver runs before the browser can draw anything).
  await page.addInitScript(() => {
    window.seenBehindPainted = [];
    new MutationObserver((changes) => {
      if (!document.getElementById('painted')) return;
      for (const change of changes) {
        for (const added of change.addedNodes) {
          if (added.nodeType !== Node.ELEMENT_NODE || added.parentElement !== document.body) continue;
          if (added.id === 'painted' || added.tagName === 'SCRIPT' || added.tagName === 'NOSCRIPT') continue;
          window.seenBehindPainted.push(`${added.tagName.toLowerCase()}.${added.className}: ${getComputedStyle(added).display}`);
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await day.reload();
  await expect(painted(page)).toHaveCount(0);
  await expect(day.mainHeading).toContainText('Today');
  const seen = await page.evaluate(() => window.seenBehindPainted);
  expect(seen.some((line) => line.startsWith('header.top')), `the frame was built before the screen: ${seen}`).toBe(true);
  expect(seen.filter((line) => !line.endsWith(': none')), 'nothing of the app shows beside the painted screen').toEqual([]);
  await expect(page.locator('header.top')).toBeVisible();
});

test("Today's painted heading handed over before its words are read is filled in once they are, with no error", async ({ page }) => {
  // On a weak signal the browser can show index.html's heading before the rest of it has come.
  // This page runs the same opening.js while the page is still being read (a script below it is
  // held back), and builds the heading in two steps as such a page arrives.
  await page.route('**/painted-in-pieces.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: '<!doctype html><html lang="en"><head><title>x</title><script src="./opening.js"></script></head>'
      + '<body><script src="./held-back.js"></script></body></html>',
  }));
  await page.route('**/held-back.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await route.fulfill({ contentType: 'text/javascript', body: '' });
  });
  await page.addInitScript(() => localStorage.setItem('small-steps', '{}'));
  await page.goto('./painted-in-pieces.html', { waitUntil: 'commit' });
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.visit ?? '')).toBe('returning');
  const heading = await page.evaluate(async () => {
    const later = () => new Promise((resolve) => setTimeout(resolve, 100));
    const h1 = document.createElement('h1');
    h1.id = 'painted-today';
    document.body.prepend(h1);
    await later(); // the heading is there, with nothing in it yet
    const sub = document.createElement('span');
    sub.className = 'sub';
    h1.append('Today', sub);
    await later();
    return { words: h1.firstChild.textContent, date: sub.textContent, parsing: document.readyState };
  });
  expect(heading.parsing, 'the page was still being read').toBe('loading');
  expect(heading.words).toMatch(/^Today, [A-Z][a-z]+day$/);
  expect(heading.date).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
});
