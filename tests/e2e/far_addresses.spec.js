// Issue 8, break 12: an address far outside any real date ("#/calendar/262142-12", or the Calendar
// link of "#/day/+262142-12-31", the last day chrono can hold) panicked with "NaiveDate + Months out
// of range". Every address must open a screen (the calendar, or Today) with no page error.
import { test, expect } from './fixtures/test.js';
import { DayPage } from './fixtures/day_page.js';

/** The screen shown is the Calendar or Today, and the app still answers a tap. */
async function expectAScreen(ui) {
  await expect(ui.nav).toBeVisible();
  await expect(ui.mainHeading).toHaveText(/^(Calendar|Today)/);
  await ui.open('Today');
  await ui.record('Went in');
  await expect(ui.notice).toContainText('Saved: Went in, for');
}

test('the month address #/calendar/262142-12 opens a screen, with no error', async ({ page }) => {
  const ui = new DayPage(page);
  await ui.startWith('Sam');
  await test.step('opens #/calendar/262142-12', async () => {
    await ui.visit('#/calendar/262142-12');
  });
  await expectAScreen(ui);
});

test('the Calendar link of the day #/day/+262142-12-31 opens a screen, with no error', async ({ page }) => {
  const ui = new DayPage(page);
  await ui.startWith('Sam');
  await test.step('opens #/day/+262142-12-31', async () => {
    await ui.visit('#/day/+262142-12-31');
    await expect(ui.mainHeading).toBeVisible();
  });
  await test.step('taps its Calendar link', async () => {
    await ui.calendarLink.click();
  });
  await expectAScreen(ui);
});
