// A returning parent on a slow signal: a small program of its own (src/bin/first_taps.rs, no Leptos)
// draws Today's status buttons into the painted screen before the app itself has come
// (src/web/early_today.rs). A tap there shows as chosen at once and is saved when the app
// comes, never lost and never silently dropped; the app then takes over without a jump.
import { test, expect } from './fixtures/test.js';
import { layoutShifts, place, watchLayoutShifts } from './fixtures/layout_shifts.js';
import { ChildrenPage } from './fixtures/children_page.js';
import { DayPage } from './fixtures/day_page.js';
import { expectNoViolations } from './fixtures/axe.js';

// Requests a service worker answers never reach page.route (offline.spec.js covers the worker).
test.use({ serviceWorkers: 'block' });

/** The app's own first part (Leptos, the shell, Today); not the small program before it. */
const APP_PART = /\/small-steps-[0-9a-f]+_bg\.wasm$/;

/** Holds the app's part back until the returned function is called. */
async function holdBackTheAppPart(page) {
  let letGo;
  const held = new Promise((resolve) => { letGo = resolve; });
  await page.route(APP_PART, async (route) => {
    await held;
    await route.continue();
  });
  return letGo;
}



const storedDays = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('small-steps'))
  .children.map((c) => [c.nickname, (c.days ?? []).map((d) => d.status)]));

const painted = (page) => page.locator('#painted');

test("a status tapped before the app has come shows chosen at once, and the app saves it as it opens, with nothing moving", async ({ page, browserName }) => {
  const day = new DayPage(page);
  await day.startWith('Sam');
  await watchLayoutShifts(page);
  const letGo = await holdBackTheAppPart(page);
  await page.reload({ waitUntil: 'commit' });
  const wentIn = day.statusButton('Went in');
  const before = {};
  await test.step("Today's buttons are there before the app, for Sam, with nothing chosen yet", async () => {
    await expect(painted(page).getByRole('button', { name: 'Went in', exact: true })).toBeVisible();
    await expect(painted(page).locator('header')).toContainText('Sam');
    await expect(wentIn).toHaveAttribute('aria-pressed', 'false');
    await expect(day.statuses.getByRole('button')).toHaveCount(13);
    await expect(page.getByText('Opening your diary…')).toHaveCount(0);
    before.wentIn = await place(wentIn);
    before.ill = await place(day.statusButton('Off ill (body or mind)'));
    before.heading = await place(day.mainHeading);
    await expectNoViolations(page);
  });
  await test.step('taps "Went in": chosen at once, and not stored until the app has come', async () => {
    await wentIn.click();
    await expect(wentIn).toHaveAttribute('aria-pressed', 'true');
    await expect(wentIn).toContainText('✓ chosen');
    await expect(painted(page)).toBeAttached();
    expect(await storedDays(page)).toEqual([['Sam', []]]);
  });
  await test.step('the app comes: the same buttons in the same places, the tap saved and said', async () => {
    letGo();
    await expect(painted(page)).toHaveCount(0, { timeout: 15_000 });
    await expect(day.notice).toContainText('Saved: Went in, for');
    await expect(wentIn).toHaveAttribute('aria-pressed', 'true');
    expect(await place(wentIn)).toEqual(before.wentIn);
    expect(await place(day.statusButton('Off ill (body or mind)'))).toEqual(before.ill);
    expect(await place(day.mainHeading)).toEqual(before.heading);
    // A tapped button keeps the keyboard where it was (WebKit does not focus a tapped button).
    if (browserName !== 'webkit') await expect(wentIn).toBeFocused();
    expect(await storedDays(page)).toEqual([['Sam', ['attended']]]);
    expect(await layoutShifts(page)).toEqual([]);
  });
});

test('a status tapped before the app, then the Calendar tapped: the app opens the Calendar, saves the tap with the day kept, and says so', async ({ page }) => {
  const day = new DayPage(page);
  await day.startWith('Sam');
  await day.record('Late, before the register closed');
  await expect(day.notice).toContainText('Saved: Late, before the register closed');
  const letGo = await holdBackTheAppPart(page);
  await page.reload({ waitUntil: 'commit' });
  const ill = day.statusButton('Off ill (body or mind)');
  await expect(painted(page).getByRole('button', { name: 'Off ill (body or mind)', exact: true })).toBeVisible();
  await expect(day.statusButton('Late, before the register closed')).toHaveAttribute('aria-pressed', 'true');
  await ill.click();
  await expect(ill).toHaveAttribute('aria-pressed', 'true');
  await expect(day.statusButton('Late, before the register closed')).toHaveAttribute('aria-pressed', 'false');
  await day.navLink('Calendar').click();
  letGo();
  await expect(painted(page)).toHaveCount(0, { timeout: 15_000 });
  await expect(day.mainHeading).toHaveText('Calendar');
  await expect(day.notice).toContainText('Saved: Off ill (body or mind), for');
  await expect(day.notice).toContainText("In Sam's diary.");
  expect(await storedDays(page)).toEqual([['Sam', ['absent_ill']]]);
  await day.open('Today');
  await expect(ill).toHaveAttribute('aria-pressed', 'true');
});

test("with two children, Today before the app is the diary of the child shown last, and the tap goes to that child's diary", async ({ page }) => {
  const day = new DayPage(page);
  await day.startWith('Sam');
  const children = new ChildrenPage(page);
  await day.open('Children');
  await children.addChild('Alex');
  await expect(children.card('Alex')).toBeVisible();
  await day.showChild('Alex');
  await day.open('Today');
  const letGo = await holdBackTheAppPart(page);
  await page.reload({ waitUntil: 'commit' });
  const switcher = painted(page).getByRole('combobox', { name: 'Showing the diary of' });
  await expect(switcher).toBeVisible();
  await expect(switcher).toHaveValue(await page.evaluate(() => localStorage.getItem('small-steps:child')));
  await expect(switcher.locator('option:checked')).toHaveText('Alex');
  // Another child is offered once the app has come, never half way.
  await expect(switcher).toBeDisabled();
  await day.statusButton('Went in, very distressed').click();
  letGo();
  await expect(painted(page)).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByRole('banner').getByRole('combobox')).toBeEnabled();
  await expect(day.statusButton('Went in, very distressed')).toHaveAttribute('aria-pressed', 'true');
  await expect(day.notice).toContainText("In Alex's diary.");
  expect(await storedDays(page)).toEqual([['Sam', []], ['Alex', ['attended_distressed']]]);
});

test.describe('when the app cannot be fetched', () => {
  test.use({
    allowedErrors: {
      'the app is made to fail on purpose, and the browser logs it (its fetch, and its preload)':
        /^console\.error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED \(at http:\/\/127\.0\.0\.1:\d+\/small-steps\/small-steps-[0-9a-f]+\/small-steps-[0-9a-f]+_bg\.wasm\)$/,
      "the page's start-up script (Trunk's) fails with it":
        /^pageerror: TypeError: Failed to fetch/,
    },
  });

  test('the painted screen says so in words, and that the tap made meanwhile is not saved yet', async ({ page }) => {
    const day = new DayPage(page);
    await day.startWith('Sam');
    let cut;
    const cutNow = new Promise((resolve) => { cut = resolve; });
    await page.route(APP_PART, async (route) => {
      await cutNow;
      await route.abort('internetdisconnected');
    });
    await page.reload({ waitUntil: 'commit' });
    await day.statusButton('Went in').click();
    cut();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Small Steps could not finish opening');
    await expect(alert).toContainText('Everything saved before is safe on this phone');
    await expect(alert).toContainText('The status you tapped is not saved yet');
    await expect(alert.getByRole('link', { name: 'Reload' })).toBeVisible();
    expect(await storedDays(page)).toEqual([['Sam', []]]);
    await page.unroute(APP_PART);
    await alert.getByRole('link', { name: 'Reload' }).click();
    await day.ready();
    await expect(day.statusButton('Went in')).toHaveAttribute('aria-pressed', 'false');
  });
});
