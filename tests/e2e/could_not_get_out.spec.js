// A morning that goes wrong at the door: the parent taps "Couldn't get out of the door" beside
// "Off ill", and it shows in its own words and symbol on Today, the calendar, the list, the figures
// (counted with illness) and the meeting pack. (That the thirteen buttons fit at 320 and 360 px is
// checked in narrow_phone.spec.js.)
import { test, expect } from './fixtures/test.js';
import { DayPage } from './fixtures/day_page.js';
import { CalendarPage } from './fixtures/calendar_page.js';
import { PackPage } from './fixtures/pack_page.js';
import { addDays, longDate, mondayOf } from './fixtures/dates.js';

const STUCK = "Couldn't get out of the door";
const ILL = 'Off ill (body or mind)';

test('a day at the door is recorded in its own words and counted with illness', async ({ page }) => {
  const day = new DayPage(page);
  const calendar = new CalendarPage(page);
  const pack = new PackPage(page);
  await day.startWith('Sam');
  // Last week's Monday and Tuesday, so both are school days in the past.
  const monday = addDays(mondayOf(await day.today()), -7);
  const tuesday = addDays(monday, 1);

  await test.step('the new status sits beside "Off ill", with its own symbol', async () => {
    await day.gotoDay(monday);
    const stuck = day.statusButton(STUCK);
    await expect(stuck).toContainText('↺');
    const [a, b] = [await stuck.boundingBox(), await day.statusButton(ILL).boundingBox()];
    expect(Math.abs(a.y - b.y), 'on the same row as Off ill').toBeLessThan(2);
  });

  await test.step('Monday: one tap records it', async () => {
    await day.record(STUCK);
    await day.expectSaved(STUCK, monday);
    expect((await day.storedChild('Sam')).days[0].status).toBe('could_not_get_out');
  });

  await test.step('Tuesday: off ill', async () => {
    await day.gotoDay(tuesday);
    await day.record(ILL);
    await day.expectSaved(ILL, tuesday);
  });

  await test.step('the calendar shows its symbol and words', async () => {
    await calendar.gotoMonthOf(monday);
    await expect(calendar.cell(monday)).toContainText('↺');
    await expect(calendar.cell(monday)).toHaveAccessibleName(new RegExp(STUCK));
    await calendar.symbolsKey.click();
    await expect(calendar.main.getByRole('listitem').filter({ hasText: STUCK })).toContainText('↺');
  });

  await test.step('the list can be filtered to it', async () => {
    await calendar.gotoList();
    await calendar.filterList({ status: STUCK });
    await expect(calendar.listRows.filter({ hasText: longDate(monday) })).toContainText(STUCK);
    await expect(calendar.listRows.filter({ hasText: longDate(tuesday) })).toHaveCount(0);
  });

  await test.step('the figures count both days as health days', async () => {
    await calendar.gotoFigures();
    await calendar.figuresFor(monday, tuesday);
    await expect(calendar.rowValue(calendar.statusCounts, STUCK)).toHaveText('1');
    // Two days, four sessions, all missed for health reasons: 2 days towards the 15-day mark.
    await expect(calendar.main).toContainText('account for 2 days off school');
  });

  await test.step('the pack names it and counts it with illness', async () => {
    await pack.goto();
    await pack.dates(monday, tuesday);
    const rows = await pack.tableRows('Sessions (morning and afternoon, as on the register) and days');
    expect(rows).toContainEqual(['Missed for health reasons', '4']);
    expect(rows).toContainEqual(['Days tried but could not get out of the door (counted as illness)', '1']);
  });
});
