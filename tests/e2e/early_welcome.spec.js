// A new parent on a slow signal, from a link in a support group's chat: the small program that
// comes before the app (src/bin/first_taps.rs) makes the painted welcome's name field and Start
// live (src/web/early_welcome.rs). What is typed, the message about it and a Start tapped there
// are taken up by the app as it opens (src/ui/welcome.rs): nothing lost, nothing said twice, and
// if the app cannot come at all the painted welcome says so.
import { test, expect } from './fixtures/test.js';
import { layoutShifts, watchLayoutShifts } from './fixtures/layout_shifts.js';
import { WelcomePage } from './fixtures/welcome_page.js';
import { expectNoViolations } from './fixtures/axe.js';

// Requests a service worker answers never reach page.route (offline.spec.js covers the worker).
test.use({ serviceWorkers: 'block' });

/** The app's own first part (Leptos, the shell, the welcome); not the small program before it. */
const APP_PART = /\/small-steps-[0-9a-f]+_bg\.wasm$/;

/** Holds the app's part back until the returned function is called (with 'abort' to cut it). */
async function holdBackTheAppPart(page) {
  let letGo;
  const held = new Promise((resolve) => { letGo = resolve; });
  await page.route(APP_PART, async (route) => {
    if ((await held) === 'abort') {
      await route.abort('internetdisconnected');
    } else {
      await route.continue();
    }
  });
  return letGo;
}

const painted = (page) => page.locator('#painted');


/** Where an element is drawn on the page, to the pixel, and its words. */
const seen = (locator) => locator.evaluate((el) => {
  const box = el.getBoundingClientRect();
  return { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height), words: el.textContent };
});
const storedNames = (page) => page.evaluate(() => {
  const text = localStorage.getItem('small-steps');
  return text ? JSON.parse(text).children.map((c) => c.nickname) : null;
});

test('a first visit fetches the small program before the app, and nothing else of it', async ({ page }) => {
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname.split('/').pop()));
  const welcome = new WelcomePage(page);
  await welcome.visit();
  await welcome.start('Sam');
  const program = fetched.findIndex((name) => /^first-taps-[0-9a-f]+_bg\.wasm$/.test(name));
  const app = fetched.findIndex((name) => /^small-steps-[0-9a-f]+_bg\.wasm$/.test(name));
  expect(program).toBeGreaterThan(-1);
  expect(app).toBeGreaterThan(program);
  expect(fetched.filter((name) => /^first-taps-/.test(name))).toHaveLength(2); // its script and its WebAssembly
});

test("before the app has come, the name can be typed and Start tapped: the app's check speaks, and a good Start waits, says so, and opens the diary once the app comes", async ({ page }) => {
  const welcome = new WelcomePage(page);
  const letGo = await holdBackTheAppPart(page);
  await page.goto('./', { waitUntil: 'commit' });
  const field = painted(page).getByLabel("Your child's name or nickname");
  const start = painted(page).getByRole('button', { name: 'Start', exact: true });

  await test.step('the painted welcome comes alive before the app', async () => {
    await expect(field).toBeEnabled();
    await expect(start).toBeEnabled();
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  });

  await test.step("an empty name gets the app's own message, tied to the field", async () => {
    await field.fill('   ');
    await start.click();
    await expect(painted(page).getByText('Please type a name or nickname.')).toBeVisible();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(/Please type a name or nickname\./);
    expect(await storedNames(page)).toBeNull();
  });

  await test.step('a name too long is counted and refused, as the app would', async () => {
    await field.fill('x'.repeat(81));
    await expect(painted(page).getByText('81 of 80 characters')).toBeVisible();
    await start.click();
    await expect(painted(page).getByText('This is 81 characters long; the most is 80. Please shorten it.')).toBeVisible();
  });

  await test.step('Start with a good name waits for the app, and says so', async () => {
    await field.fill('Sam');
    await expect(painted(page).getByText('3 of 80 characters')).toBeVisible();
    await start.click();
    await expect(painted(page).getByRole('status')).toHaveText("Opening Sam's diary…");
    await expect(painted(page).locator('.field-error')).toHaveCount(0);
    await expect(start).toHaveAttribute('aria-disabled', 'true');
    await expectNoViolations(page);
    // A second tap while it waits starts nothing more (Playwright will not tap a button marked
    // disabled unless forced; a parent's thumb would).
    await start.click({ force: true });
    expect(await storedNames(page)).toBeNull();
  });

  await test.step("the app comes: Sam's diary is started, once, and said", async () => {
    letGo();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 15_000 });
    await expect(painted(page)).toHaveCount(0);
    await expect(welcome.notice).toContainText("Welcome. Sam's diary is ready.");
    expect(await storedNames(page)).toEqual(['Sam']);
  });
});

test('typing on the painted welcome when the app takes over: the words, the message and the focus carry on in the app', async ({ page }) => {
  const welcome = new WelcomePage(page);
  await watchLayoutShifts(page);
  const letGo = await holdBackTheAppPart(page);
  await page.goto('./', { waitUntil: 'commit' });
  const field = painted(page).getByLabel("Your child's name or nickname");
  await expect(field).toBeEnabled();
  await painted(page).getByRole('button', { name: 'Start', exact: true }).click();
  await expect(painted(page).getByText('Please type a name or nickname.')).toBeVisible();
  await field.pressSequentially('Sa');
  const places = {
    field: () => welcome.nickname,
    counter: () => page.getByText('2 of 80 characters'),
    message: () => page.locator('.field-error'),
    start: () => welcome.startButton,
  };
  const before = {};
  for (const [name, locator] of Object.entries(places)) before[name] = await seen(locator());

  letGo();
  await expect(painted(page)).toHaveCount(0, { timeout: 15_000 });
  // The same words in the same places, and nothing moved.
  for (const [name, locator] of Object.entries(places)) expect(await seen(locator()), name).toEqual(before[name]);
  expect(await layoutShifts(page)).toEqual([]);
  await expect(welcome.nickname).toHaveValue('Sa');
  await expect(welcome.nickname).toBeFocused();
  await expect(page.getByText('2 of 80 characters')).toBeVisible();
  await expect(welcome.nameProblem).toHaveCount(1);
  await expect(welcome.nickname).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.type('m');
  await expect(welcome.nickname).toHaveValue('Sam');
  await welcome.startButton.click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(welcome.notice).toContainText("Welcome. Sam's diary is ready.");
  expect(await storedNames(page)).toEqual(['Sam']);
});

test.describe('when the app cannot be fetched', () => {
  test.use({
    allowedErrors: {
      'the app is made to fail on purpose, and the browser logs it':
        /^console\.error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED \(at http:\/\/127\.0\.0\.1:\d+\/small-steps\/small-steps-[0-9a-f]+\/small-steps-[0-9a-f]+_bg\.wasm\)$/,
      "the page's start-up script (Trunk's) fails with it":
        /^pageerror: TypeError: Failed to fetch/,
    },
  });

  test('a Start made meanwhile: the painted welcome says the app did not come and the diary is not started yet, and offers Start no more', async ({ page }) => {
    const cut = await holdBackTheAppPart(page);
    await page.goto('./', { waitUntil: 'commit' });
    const field = painted(page).getByLabel("Your child's name or nickname");
    const start = painted(page).getByRole('button', { name: 'Start', exact: true });
    await field.fill('Sam');
    await start.click();
    await expect(painted(page).getByRole('status')).toHaveText("Opening Sam's diary…");
    cut('abort');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Small Steps could not finish opening');
    await expect(alert).toContainText("Your child's diary is not started yet: tap Start again once Small Steps has opened.");
    await expect(start).toBeDisabled();
    await expect(painted(page).getByRole('status')).toHaveCount(0);
    await expect(field).toHaveValue('Sam');
    expect(await storedNames(page)).toBeNull();
    await page.unroute(APP_PART);
    await alert.getByRole('link', { name: 'Reload' }).click();
    await new WelcomePage(page).start('Sam');
    expect(await storedNames(page)).toEqual(['Sam']);
  });
});
