// A parent records a hard school week on their phone (360x740): two ordinary days, a late one, a day
// off ill with two worries and a sign, a holiday fortnight marked in one go, and a day changed later.
// Then they look at the calendar, the figures for that week and the list, and find it all again after
// a reload. They also keep a note of a meeting and tick off what the school agreed to do.
import { test, expect } from './fixtures/test.js';
import { DayPage } from './fixtures/day_page.js';
import { CalendarPage } from './fixtures/calendar_page.js';
import { addDays, longDate, mondayOf, monthTitle } from './fixtures/dates.js';

const NO_SCHOOL = 'No school (weekend, holiday, INSET)';
const SENSORY = 'Noise, light, smells, crowds';
const LUNCH_HALL = 'Lunch hall';

/** The week recorded: Monday to Friday, three weeks before this one, so every day is in the past. */
function weekOf(today) {
  const mon = addDays(mondayOf(today), -21);
  return {
    mon,
    tue: addDays(mon, 1),
    wed: addDays(mon, 2),
    thu: addDays(mon, 3),
    fri: addDays(mon, 4),
    sat: addDays(mon, 5),
    nextMon: addDays(mon, 7),
    nextFri: addDays(mon, 11),
  };
}

/** The stored record for a date, as the app saved it in localStorage. */
async function storedDay(ui, iso) {
  const diary = await ui.storedDiary();
  return (diary.children[0].days ?? []).find((d) => d.date === iso);
}

test.describe('A week in the tracker', () => {
  test('record a week, mark a holiday, change a day, and see it in the calendar, figures and list', async ({ page }) => {
    test.setTimeout(120_000);
    expect(page.viewportSize()).toEqual({ width: 360, height: 740 });
    const day = new DayPage(page);
    const calendar = new CalendarPage(page);
    await day.startWith('Sam');
    const w = weekOf(await day.today());

    await test.step('Monday, "Went in", by tapping the day in the month grid', async () => {
      await day.open('Calendar');
      // Back to the month the week is in, one month at a time, as a parent would.
      for (let i = 0; i < 3 && (await calendar.monthTitle.textContent()) !== monthTitle(w.mon); i += 1) {
        await calendar.previousMonth.click();
      }
      await expect(calendar.monthTitle).toHaveText(monthTitle(w.mon));
      await expect(calendar.cell(w.mon)).toHaveAccessibleName(`${longDate(w.mon)}: nothing recorded`);

      await calendar.cell(w.mon).click();

      await day.expectDay(w.mon);
      await expect(day.statusButton('Went in')).toHaveAttribute('aria-pressed', 'false');
      await day.record('Went in');
      await day.expectSaved('Went in', w.mon);
      expect((await storedDay(day, w.mon)).status).toBe('attended');
    });

    await test.step('Tuesday, late before the register closed, via "Day after"', async () => {
      await day.dayAfter.click();
      await day.expectDay(w.tue);
      await day.record('Late, before the register closed');
      await day.expectSaved('Late, before the register closed', w.tue);
    });

    await test.step('Wednesday, off ill, with two worries and a sign, then "Save this day"', async () => {
      await day.calendarLink.click();
      await expect(calendar.monthTitle).toHaveText(monthTitle(w.tue));
      await calendar.cell(w.wed).click();
      await day.expectDay(w.wed);

      await day.record('Off ill (body or mind)');
      await day.expectSaved('Off ill (body or mind)', w.wed);

      await day.openMore();
      await day.addWorry({ about: SENSORY, words: 'The hall is too loud, everyone shouts', howBig: 7 });
      await expect(day.addedWorries()).toHaveText([`${SENSORY}: “The hall is too loud, everyone shouts”, 7 out of 10Remove`]);
      // The small form is empty again for the next worry.
      await expect(day.childsWords).toHaveValue('');
      await expect(day.addWorryButton).toBeDisabled();
      await day.addWorry({ about: LUNCH_HALL, words: "I don't know where to sit", howBig: 4 });
      await expect(day.addedWorries()).toHaveCount(2);
      await expect(day.addedWorries().nth(1)).toContainText(`${LUNCH_HALL}: “I don't know where to sit”, 4 out of 10`);

      await day.addSign({ when: 'Morning', sign: 'Tummy ache' });
      await expect(day.signs).toContainText('Noted: Tummy ache (morning)');

      // Nothing from "Add more" is kept until it is saved.
      expect((await storedDay(day, w.wed)).worries ?? []).toEqual([]);
      await day.saveButton.click();

      await expect(day.notice).toContainText(`Saved: Off ill (body or mind), for ${longDate(w.wed)}.`);
      const wed = await storedDay(day, w.wed);
      expect(wed.status).toBe('absent_ill');
      expect(wed.worries).toEqual([
        { category: 'sensory', words: 'The hall is too loud, everyone shouts', rating: 7 },
        { category: 'lunch_hall', words: "I don't know where to sit", rating: 4 },
      ]);
      expect(wed.signs).toEqual([{ kind: 'stomach_ache', when: 'morning' }]);
    });

    await test.step('Thursday, "Went in", opened by its address', async () => {
      await day.gotoDay(w.thu);
      await day.record('Went in');
      await day.expectSaved('Went in', w.thu);
    });

    await test.step('Friday, "Went in", from the month grid', async () => {
      await calendar.gotoMonthOf(w.fri);
      await calendar.cell(w.fri).click();
      await day.expectDay(w.fri);
      await day.record('Went in');
      await day.expectSaved('Went in', w.fri);
    });

    await test.step('a holiday, Friday to the next Friday, marked in one go; Friday keeps its record', async () => {
      await calendar.gotoMonthOf(w.fri);
      await calendar.markHolidays(w.fri, w.nextFri);

      // Friday to the next Friday is 8 days; Friday was already recorded, so 7 are added.
      await expect(calendar.notice).toContainText(
        `Marked 7 days as no school, ${longDate(w.fri)} to ${longDate(w.nextFri)}. Days already recorded were left as they were.`,
      );
      await expect(calendar.cell(w.fri)).toHaveAccessibleName(`${longDate(w.fri)}: Went in`);
      await expect(calendar.cell(w.sat)).toHaveAccessibleName(`${longDate(w.sat)}: ${NO_SCHOOL}`);
      expect((await storedDay(calendar, w.fri)).status).toBe('attended');
      for (let d = 1; d <= 7; d += 1) {
        expect((await storedDay(calendar, addDays(w.fri, d))).status, addDays(w.fri, d)).toBe('no_school');
      }
      expect(await storedDay(calendar, addDays(w.nextFri, 1))).toBeUndefined();
    });

    await test.step('Thursday changed later from the list: Sam was collected early', async () => {
      await calendar.view('List').click();
      await expect(calendar.listCount).toHaveText('12 days.');
      await calendar.listRows.filter({ hasText: longDate(w.thu) }).getByRole('link').click();

      await day.expectDay(w.thu);
      await expect(day.statusButton('Went in')).toHaveAttribute('aria-pressed', 'true');
      await day.record('Left or collected early');

      await day.expectSaved('Left or collected early', w.thu);
      await expect(day.statusButton('Went in')).toHaveAttribute('aria-pressed', 'false');
      expect((await storedDay(day, w.thu)).status).toBe('left_early');
    });

    const expectCalendarWeek = async () => {
      await calendar.gotoMonthOf(w.mon);
      // Each day says its status in words, and shows a symbol (never colour alone).
      const expected = [
        [w.mon, 'Went in', '✓'],
        [w.tue, 'Late, before the register closed', '◔'],
        [w.wed, 'Off ill (body or mind), 2 worries', '✚'],
        [w.thu, 'Left or collected early', '◓'],
        [w.fri, 'Went in', '✓'],
      ];
      for (const [iso, words, symbol] of expected) {
        const cell = calendar.cell(iso);
        await expect(cell).toHaveAccessibleName(`${longDate(iso)}: ${words}`);
        await expect(cell).toContainText(symbol);
        await expect(cell).toHaveAttribute('href', `#/day/${iso}`);
      }
      // The day with worries carries a dot as well; the others do not.
      await expect(calendar.cell(w.wed)).toContainText('•');
      await expect(calendar.cell(w.tue)).not.toContainText('•');
      await calendar.gotoMonthOf(w.nextMon);
      await expect(calendar.cell(w.nextMon)).toHaveAccessibleName(`${longDate(w.nextMon)}: ${NO_SCHOOL}`);
      await expect(calendar.cell(w.nextMon)).toContainText('–');
    };

    await test.step('the calendar shows each day with a symbol and says it in words', expectCalendarWeek);

    // The figures for Monday to Friday, worked out by hand from the rules in src/domain/figures/mod.rs
    // (two sessions a day; morning, afternoon):
    //   Mon  Went in                            present, present
    //   Tue  Late, before the register closed   present, present    (a late day)
    //   Wed  Off ill (body or mind)             missed,  missed     (both health-related)
    //   Thu  Left or collected early            present, missed     (a partial day; not health)
    //   Fri  Went in                            present, present
    // Possible 10, present 7, missed 3: attendance 7/10 = 70%; missed 3/10 = 30%, at least 10% and
    // under 50%, so persistent absence. Health: 2 sessions = 1 day of the 15-day mark.
    // Late days 1, partial days 1, days recorded 5. By weekday, missed of possible: Mon 0 of 2 (0%),
    // Tue 0 of 2 (0%), Wed 2 of 2 (100%), Thu 1 of 2 (50%), Fri 0 of 2 (0%). Worries: one about
    // noise (7 out of 10) and one about the lunch hall (4 out of 10), equal counts in category order.
    // Widening the dates to the next Friday adds 7 no-school days: no possible sessions, so every
    // figure stays the same except days recorded (12) and the no-school count (7).
    await test.step('the figures for that week, counted as a school register would', async () => {
      await calendar.view('Figures').click();
      await expect(calendar.from).toBeVisible();
      await calendar.figuresFor(w.mon, w.fri);

      const attendance = calendar.figuresCard('Attendance');
      await expect(attendance.getByText('70%', { exact: true })).toBeVisible();
      await expect(attendance).toContainText(
        'Your child was there for 7 of the 10 sessions they could have been in school for (70%).',
      );
      const line = calendar.figuresCard('Persistent absence (10% or more)');
      await expect(line).toBeVisible();
      await expect(line).toContainText('Missing 1 in 10 sessions or more is what schools call persistent absence, and these dates reach that line.');
      const health = calendar.figuresCard('Health: 1 day of the 15-day mark');
      await expect(health).toBeVisible();
      await expect(health).toContainText('account for 1 day off school in these dates.');

      await expect(calendar.rowValue(calendar.statusCounts, 'Went in')).toHaveText('2');
      await expect(calendar.rowValue(calendar.statusCounts, 'Late, before the register closed')).toHaveText('1');
      await expect(calendar.rowValue(calendar.statusCounts, 'Off ill (body or mind)')).toHaveText('1');
      await expect(calendar.rowValue(calendar.statusCounts, 'Left or collected early')).toHaveText('1');
      await expect(calendar.statusCounts.getByRole('row')).toHaveCount(5); // the header and four statuses
      await expect(calendar.figuresCard('Days by how they went')).toContainText('Late: 1 · Partial days: 1 · Days recorded: 5');

      const weekday = calendar.weekdayTable;
      await expect(calendar.rowValue(weekday, 'Monday')).toHaveText('0 of 2 (0%)');
      await expect(calendar.rowValue(weekday, 'Tuesday')).toHaveText('0 of 2 (0%)');
      await expect(calendar.rowValue(weekday, 'Wednesday')).toHaveText('2 of 2 (100%)');
      await expect(calendar.rowValue(weekday, 'Thursday')).toHaveText('1 of 2 (50%)');
      await expect(calendar.rowValue(weekday, 'Friday')).toHaveText('0 of 2 (0%)');

      // A single rating is said as it was given, never "about 7 out of 10".
      await expect(calendar.rowValue(calendar.worryTable, SENSORY)).toHaveText('once, 7 out of 10');
      await expect(calendar.rowValue(calendar.worryTable, LUNCH_HALL)).toHaveText('once, 4 out of 10');

      // The holiday adds no possible sessions.
      await calendar.figuresFor(w.mon, w.nextFri);
      await expect(calendar.figuresCard('Days by how they went')).toContainText('Late: 1 · Partial days: 1 · Days recorded: 12');
      await expect(calendar.rowValue(calendar.statusCounts, NO_SCHOOL)).toHaveText('7');
      await expect(attendance).toContainText('Your child was there for 7 of the 10 sessions');
      await expect(calendar.figuresCard('Persistent absence (10% or more)')).toBeVisible();
      await expect(calendar.figuresCard('Health: 1 day of the 15-day mark')).toBeVisible();
    });

    const expectListFilters = async () => {
      await calendar.gotoList();
      // Each row starts with the status symbol, then the date.
      const dates = (isos) => isos.map((iso) => new RegExp(`^\\D?${longDate(iso)}`));

      await calendar.filterList({ status: 'Off ill (body or mind)' });
      await expect(calendar.listCount).toHaveText('1 day.');
      await expect(calendar.listRows).toHaveText(dates([w.wed]));
      await expect(calendar.listRows).toContainText([`Worries: ${SENSORY}, ${LUNCH_HALL}`]);

      // Newest first; Thursday is no longer "Went in".
      await calendar.filterList({ status: 'Went in' });
      await expect(calendar.listCount).toHaveText('2 days.');
      await expect(calendar.listRows).toHaveText(dates([w.fri, w.mon]));

      await calendar.filterList({ status: NO_SCHOOL });
      await expect(calendar.listCount).toHaveText('7 days.');

      await calendar.filterList({ worry: LUNCH_HALL });
      await expect(calendar.listCount).toHaveText('1 day.');
      await expect(calendar.listRows).toHaveText(dates([w.wed]));

      await calendar.filterList({ worry: 'Toilets' });
      await expect(calendar.listCount).toHaveText('No days match.');
      await expect(calendar.listRows).toHaveCount(0);

      await calendar.filterList({ status: 'Went in', worry: SENSORY });
      await expect(calendar.listCount).toHaveText('No days match.');

      await calendar.filterList({ status: 'Off ill (body or mind)', worry: SENSORY });
      await expect(calendar.listRows).toHaveText(dates([w.wed]));

      await calendar.filterList({});
      await expect(calendar.listCount).toHaveText('12 days.');
    };

    await test.step('the list filters by status and by worry', expectListFilters);

    await test.step('after a reload everything is still there', async () => {
      const before = await calendar.storedDiary();
      await calendar.reload();
      expect(await calendar.storedDiary()).toEqual(before);
      await expectListFilters();
      await expectCalendarWeek();

      await day.gotoDay(w.wed);
      await expect(day.statusButton('Off ill (body or mind)')).toHaveAttribute('aria-pressed', 'true');
      // A day with worries opens with its details showing.
      await expect(day.saveButton).toBeVisible();
      await expect(day.addedWorries()).toHaveCount(2);
      await expect(day.addedWorries().first()).toContainText(`${SENSORY}: “The hall is too loud, everyone shouts”, 7 out of 10`);
      await expect(day.signs).toContainText('Noted: Tummy ache (morning)');
    });
  });

  test('a meeting with an action now overdue is flagged, and ticking it done clears the flag for good', async ({ page }) => {
    const calendar = new CalendarPage(page);
    await calendar.startWith('Sam');
    const today = await calendar.today();
    const yesterday = addDays(today, -1);
    const nextWeek = addDays(today, 7);

    await calendar.gotoContacts();
    await expect(calendar.main.getByRole('heading', { name: 'Contacts and meetings' })).toBeVisible();
    await test.step('adds a meeting with Mrs Patel, one action due yesterday and one next week', async () => {
      await calendar.addContact({
        when: addDays(today, -8),
        withWhom: 'Mrs Patel, SENCO',
        how: 'Meeting',
        said: 'Agreed a quiet place to eat lunch and a later start on Mondays.',
        actions: [
          { what: 'Send the draft support plan', who: 'Mrs Patel', by: yesterday },
          { what: 'Book a review meeting', who: 'Mr Jones', by: nextWeek },
        ],
      });
    });

    await expect(calendar.notice).toContainText('Contact saved.');
    const card = calendar.contactCard('Mrs Patel, SENCO');
    await expect(card.getByRole('heading', { level: 3 })).toHaveText(`${longDate(addDays(today, -8))} · Meeting`);
    await expect(card).toContainText('Agreed a quiet place to eat lunch and a later start on Mondays.');
    const sendPlan = card.getByRole('listitem').filter({ hasText: 'Send the draft support plan' });
    const bookReview = card.getByRole('listitem').filter({ hasText: 'Book a review meeting' });
    const sendPlanDone = card.getByRole('checkbox', { name: `Done: Send the draft support plan (Mrs Patel) by ${longDate(yesterday)}` });
    await expect(sendPlan).toContainText('Overdue');
    await expect(bookReview).not.toContainText('Overdue');
    await expect(sendPlanDone).not.toBeChecked();

    await test.step('ticks "Send the draft support plan" as done', async () => {
      await sendPlanDone.check();
    });
    // The tick says what it did, beside it, and keeps the keyboard's place.
    await expect(sendPlan.getByRole('status')).toHaveText('Saved. The meeting pack shows it as done.');
    await expect(sendPlan).toContainText(`Done, ticked ${longDate(today)}`);
    await expect(sendPlanDone).toBeFocused();

    await expect(sendPlan).not.toContainText('Overdue');
    await expect(sendPlanDone).toBeChecked();
    const stored = await calendar.storedDiary();
    expect(stored.children[0].contacts[0].actions.map((a) => [a.what, a.done, a.done_on])).toEqual([
      ['Send the draft support plan', true, today],
      ['Book a review meeting', false, undefined],
    ]);

    await test.step('reloads: the flag stays cleared', async () => {
      await calendar.reload();
      await expect(calendar.contactCard('Mrs Patel, SENCO')).toBeVisible();
      await expect(sendPlanDone).toBeChecked();
      await expect(sendPlan).not.toContainText('Overdue');
      await expect(card.getByText('Overdue')).toHaveCount(0);
    });
  });
});
