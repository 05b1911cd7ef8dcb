// The card on Today about Safari's 7 days: shown in a Safari tab on an iPhone or iPad, never in the
// Home Screen app or in other browsers; "Not now" is remembered.
import { test, expect } from './fixtures/test.js';
import { expectNoViolations } from './fixtures/axe.js';
import { DayPage } from './fixtures/day_page.js';
import { IPHONE_SAFARI, IPAD_DESKTOP_SAFARI, IPHONE_CHROME, homeScreenApp, fiveTouchPoints, childWith, seedDiary } from './fixtures/iphone.js';

/** Opens Small Steps on Today, with Sam's diary kept from earlier visits. */
async function openSamsDiary(page) {
  const today = new DayPage(page);
  await test.step("opens Small Steps, with Sam's diary kept from earlier visits", async () => {
    await seedDiary(page, [childWith('c-1', 'Sam', 3)]);
  });
  return today;
}

test.describe('in Safari on an iPhone, in a tab', () => {
  test.use({ userAgent: IPHONE_SAFARI });

  test('the card explains the 7 days and the Home Screen once, and "Not now" is remembered', async ({ page }) => {
    const today = await openSamsDiary(page);
    const card = today.homeScreenCard;
    await test.step('reads the card on Today', async () => {
      await expect(card).toBeVisible();
      await expect(card).toContainText('Safari may clear this diary if Small Steps is not opened for a week.');
      await expect(card).toContainText('"Add to Home Screen"');
      await expect(card.locator('svg.share-symbol')).toBeVisible();
      await expect(card.getByRole('link', { name: 'Move my diary' })).toHaveAttribute('href', '#/backup/move');
      await expectNoViolations(page, 'Today with the Home Screen card');
    });
    await test.step('reads it in the dark colour scheme', async () => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectNoViolations(page, 'Today with the Home Screen card, dark');
      await card.screenshot({ path: test.info().outputPath('card-dark.png') });
      await page.emulateMedia({ colorScheme: 'light' });
      await card.screenshot({ path: test.info().outputPath('card-light.png') });
    });
    await test.step('taps "Not now": told where the steps are kept', async () => {
      await today.notNow.click();
      await expect(card).toHaveCount(0);
      const said = today.main.getByRole('status').and(page.locator('.notice-area'));
      await expect(said).toContainText('The steps for the Home Screen are on the Backup screen, under "Move my diary", whenever you want them.');
      await expect(said).toBeInViewport();
    });
    await test.step('opens Small Steps again: the card stays away', async () => {
      await today.reload();
      await expect(today.nav).toBeVisible();
      await expect(card).toHaveCount(0);
    });
  });

  test('in the Home Screen app the card is gone', async ({ page }) => {
    await page.addInitScript(homeScreenApp);
    const today = await openSamsDiary(page);
    await expect(today.nav).toBeVisible();
    await expect(today.homeScreenCard).toHaveCount(0);
  });
});

test.describe('an iPad asking for desktop sites (it says Macintosh, but has touch)', () => {
  test.use({ userAgent: IPAD_DESKTOP_SAFARI });

  test('is told too, naming the iPad', async ({ page }) => {
    await page.addInitScript(fiveTouchPoints);
    const today = await openSamsDiary(page);
    await expect(today.homeScreenCard.getByRole('heading', { name: 'Keep your diary safe on this iPad' })).toBeVisible();
  });

  test('a Mac (no touch) is not', async ({ page }) => {
    const today = await openSamsDiary(page);
    await expect(today.nav).toBeVisible();
    await expect(today.homeScreenCard).toHaveCount(0);
  });
});

test.describe('other browsers', () => {
  test.use({ userAgent: IPHONE_CHROME });

  test('Chrome on an iPhone is not shown the card', async ({ page }) => {
    const today = await openSamsDiary(page);
    await expect(today.nav).toBeVisible();
    await expect(today.homeScreenCard).toHaveCount(0);
  });
});

test('desktop Chromium is not shown the card', async ({ page }) => {
  const today = await openSamsDiary(page);
  await expect(today.nav).toBeVisible();
  await expect(today.homeScreenCard).toHaveCount(0);
});
