// The card on Today about Safari's 7 days: shown in a Safari tab on an iPhone or iPad, never in the
// Home Screen app or in other browsers; "Not now" is remembered.
import { test, expect } from './fixtures/test.js';
import { expectNoViolations } from './fixtures/axe.js';
import { IPHONE_SAFARI, IPAD_DESKTOP_SAFARI, IPHONE_CHROME, homeScreenApp, fiveTouchPoints, childWith, seedDiary } from './fixtures/iphone.js';

const card = (page) => page.getByRole('region', { name: /Keep your diary safe on this/ });

test.describe('in Safari on an iPhone, in a tab', () => {
  test.use({ userAgent: IPHONE_SAFARI });

  test('the card explains the 7 days and the Home Screen once, and "Not now" is remembered', async ({ page }) => {
    await seedDiary(page, [childWith('c-1', 'Sam', 3)]);
    await expect(card(page)).toBeVisible();
    await expect(card(page)).toContainText('Safari may clear this diary if Small Steps is not opened for a week.');
    await expect(card(page)).toContainText('"Add to Home Screen"');
    await expect(card(page).locator('svg.share-symbol')).toBeVisible();
    await expect(card(page).getByRole('link', { name: 'Move my diary' })).toHaveAttribute('href', '#/backup');
    await expectNoViolations(page, 'Today with the Home Screen card');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoViolations(page, 'Today with the Home Screen card, dark');
    await card(page).screenshot({ path: test.info().outputPath('card-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    await card(page).screenshot({ path: test.info().outputPath('card-light.png') });
    await page.getByRole('button', { name: 'Not now' }).click();
    await expect(card(page)).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(card(page)).toHaveCount(0);
  });

  test('in the Home Screen app the card is gone', async ({ page }) => {
    await page.addInitScript(homeScreenApp);
    await seedDiary(page, [childWith('c-1', 'Sam', 3)]);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(card(page)).toHaveCount(0);
  });
});

test.describe('an iPad asking for desktop sites (it says Macintosh, but has touch)', () => {
  test.use({ userAgent: IPAD_DESKTOP_SAFARI });

  test('is told too, naming the iPad', async ({ page }) => {
    await page.addInitScript(fiveTouchPoints);
    await seedDiary(page, [childWith('c-1', 'Sam', 3)]);
    await expect(page.getByRole('heading', { name: 'Keep your diary safe on this iPad' })).toBeVisible();
  });

  test('a Mac (no touch) is not', async ({ page }) => {
    await seedDiary(page, [childWith('c-1', 'Sam', 3)]);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(card(page)).toHaveCount(0);
  });
});

test.describe('other browsers', () => {
  test.use({ userAgent: IPHONE_CHROME });

  test('Chrome on an iPhone is not shown the card', async ({ page }) => {
    await seedDiary(page, [childWith('c-1', 'Sam', 3)]);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(card(page)).toHaveCount(0);
  });
});

test('desktop Chromium is not shown the card', async ({ page }) => {
  await seedDiary(page, [childWith('c-1', 'Sam', 3)]);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(card(page)).toHaveCount(0);
});
