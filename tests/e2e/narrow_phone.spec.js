// The narrowest phones still in use are 320 px wide: no screen may need sideways scrolling there.
import { test, expect } from './fixtures/test.js';
import { BackupPage } from './fixtures/backup_page.js';
import { CalendarPage } from './fixtures/calendar_page.js';
import { ChildrenPage } from './fixtures/children_page.js';
import { DayPage } from './fixtures/day_page.js';
import { PackPage } from './fixtures/pack_page.js';
import { PlanPage } from './fixtures/plan_page.js';

test.use({ viewport: { width: 320, height: 640 } });

test('at 320 px wide, every screen fits without sideways scrolling', async ({ page }) => {
  const day = new DayPage(page);
  await day.startWith('Sam');
  const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await test.step('opens "Add more" on Today', async () => {
    await day.openMore();
    expect(await sideways(), 'Today with its details open').toBe(0);
  });
  // Each screen, with something only that screen shows, so the check runs once it is drawn.
  const calendar = new CalendarPage(page);
  const plan = new PlanPage(page);
  const pack = new PackPage(page);
  const backup = new BackupPage(page);
  const children = new ChildrenPage(page);
  const { main } = calendar;
  const today = await day.today();
  for (const [screen, open, mark] of [
    ['the calendar', () => calendar.gotoMonthOf(today), calendar.grid],
    ['the list of days', () => calendar.gotoList(), calendar.statusFilter],
    ['the figures', () => calendar.gotoFigures(), main.getByRole('heading', { name: 'Figures', exact: true })],
    ['the contacts', () => calendar.gotoContacts(), main.getByRole('heading', { name: 'Contacts and meetings' })],
    ['the plan', () => plan.gotoHub(), plan.packLink],
    ['stage 1 of the plan', () => plan.gotoStage('understanding'), main.getByRole('heading', { name: '1. Understanding' })],
    ['stage 2 of the plan', () => plan.gotoStage('steps'), main.getByRole('heading', { name: '2. The plan' })],
    ['stage 3 of the plan', () => plan.gotoStage('review'), main.getByRole('heading', { name: '3. Review' })],
    ['the meeting pack', () => pack.goto(), main.getByRole('heading', { name: 'Meeting pack', exact: true })],
    ['Backup', () => backup.goto(), main.getByRole('heading', { name: 'Days as a spreadsheet' })],
    ['Children', () => children.goto(), main.getByRole('heading', { name: 'Children', exact: true })],
  ]) {
    await test.step(`opens ${screen}`, async () => {
      await open();
      await expect(mark).toBeVisible();
      expect(await sideways(), screen).toBe(0);
    });
  }
});

// Thirteen day statuses since "Couldn't get out of the door" came: two columns still fit, no
// button's words spill out, and the odd one out at the end (No school) takes the whole row.
for (const width of [320, 360]) {
  test(`at ${width} px the thirteen status buttons on Today fit, words whole`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    const day = new DayPage(page);
    await day.startWith('Sam');
    const buttons = day.statuses.getByRole('button');
    await expect(buttons).toHaveCount(13);
    // No button's words spill out of it, and the page never scrolls sideways.
    const spilling = await buttons.evaluateAll((all) => all
      .filter((b) => b.scrollWidth > b.clientWidth + 1)
      .map((b) => b.textContent));
    expect(spilling).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    // The odd one out at the end takes the whole row.
    const last = await buttons.last().boundingBox();
    const grid = await day.statuses.locator('.status-grid').boundingBox();
    expect(Math.round(last.width)).toBe(Math.round(grid.width));
  });
}
