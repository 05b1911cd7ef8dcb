// The narrowest phones still in use are 320 px wide: no screen may need sideways scrolling there.
import { test, expect } from './fixtures/test.js';
import { DayPage } from './fixtures/day_page.js';

test.use({ viewport: { width: 320, height: 640 } });

test('at 320 px wide, every screen fits without sideways scrolling', async ({ page }) => {
  const day = new DayPage(page);
  await day.startWith('Sam');
  await day.openMore();
  const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await sideways(), 'Today with its details open').toBe(0);
  // Each screen, with something only that screen shows, so the check runs once it is drawn.
  const main = page.getByRole('main');
  for (const [hash, mark] of [
    ['#/calendar', main.getByRole('grid', { name: 'Days of the month' })],
    ['#/list', main.getByLabel('How the day went')],
    ['#/figures', main.getByRole('heading', { name: 'Figures', exact: true })],
    ['#/contacts', main.getByRole('heading', { name: 'Contacts and meetings' })],
    ['#/plan', main.getByRole('link', { name: /Meeting pack/ })],
    ['#/plan/understanding', main.getByRole('heading', { name: '1. Understanding' })],
    ['#/plan/steps', main.getByRole('heading', { name: '2. The plan' })],
    ['#/plan/review', main.getByRole('heading', { name: '3. Review' })],
    ['#/pack', main.getByRole('heading', { name: 'Meeting pack', exact: true })],
    ['#/backup', main.getByRole('heading', { name: 'Days as a spreadsheet' })],
    ['#/children', main.getByRole('heading', { name: 'Children', exact: true })],
  ]) {
    await page.evaluate((h) => { location.hash = h; }, hash);
    await expect(mark).toBeVisible();
    expect(await sideways(), hash).toBe(0);
  }
});
