// A parent types something the day form cannot keep: a "What helped?" note that is too long, times
// in the wrong order, or a date still to come. Each gets a clear message beside the field, what was
// typed stays on screen, and nothing is saved until it is put right (or, for a future date, confirmed).
import { test, expect } from './fixtures/test.js';
import { DayPage } from './fixtures/day_page.js';
import { addDays, firstOfNextMonth, longDate } from './fixtures/dates.js';

/** A parent's long note about what helped, exactly `length` characters with nothing to trim. */
function noteOf(length) {
  const text = 'Miss Hill met her at the gate and they walked in together before the bell. '.repeat(10).slice(0, length);
  const note = text.endsWith(' ') ? `${text.slice(0, -1)}.` : text;
  expect(note.trim()).toHaveLength(length);
  return note;
}

/** The colour the app uses for problems (--problem), as the browser computes it. */
function problemColour(page) {
  return page.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.color = 'var(--problem)';
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  });
}

const colourOf = (locator) => locator.evaluate((el) => getComputedStyle(el).color);

test.describe('Bad input on the day form', () => {
  let ui;
  let today;

  test.beforeEach(async ({ page }) => {
    ui = new DayPage(page);
    await ui.startWith('Sam');
    today = await ui.today();
  });

  /**
   * Typing is kept as a draft once it rests (src/ui/drafts.rs, from a later part of the app): wait
   * until the draft holds `text`, so a "nothing was saved" snapshot is taken after that write.
   */
  async function draftHolds(text) {
    await expect.poll(async () => {
      for (const key of await ui.keysStartingWith('small-steps:draft:')) {
        if ((await ui.stored(key)).includes(text)) return true;
      }
      return false;
    }, { message: 'the typing is kept as a draft' }).toBe(true);
  }

  async function storedDay(iso) {
    const diary = await ui.storedDiary();
    return (diary.children[0].days ?? []).find((d) => d.date === iso);
  }

  test('"What helped?" over 500 characters: a red counter, a message beside it, the text kept, nothing saved', async ({ page }) => {
    const day = addDays(today, -1);
    await test.step('records yesterday as "Went in" and opens "Add more"', async () => {
      await ui.gotoDay(day);
      await ui.record('Went in');
      await ui.expectSaved('Went in', day);
      await ui.openMore();
    });
    const problem = await problemColour(page);

    await test.step('types 500 characters in "What helped?"', async () => {
      await ui.helped.fill(noteOf(500));
      const atLimit = ui.counterOf(ui.helped, '500 of 500 characters');
      await expect(atLimit).toBeVisible();
      expect(await colourOf(atLimit), 'the counter is not red at the limit').not.toBe(problem);
      await expect(ui.helped).not.toHaveAttribute('aria-invalid', 'true');
    });

    const tooLong = noteOf(501);
    await test.step('types 501 characters', async () => {
      await ui.helped.fill(tooLong);
      const over = ui.counterOf(ui.helped, '501 of 500 characters');
      await expect(over).toBeVisible();
      expect(await colourOf(over), 'the counter turns red over the limit').toBe(problem);
      await expect(ui.helped).toHaveAttribute('aria-invalid', 'true');
    });

    await draftHolds(tooLong);
    const before = await ui.snapshot();
    await test.step('taps "Save this day"', async () => {
      await ui.saveButton.click();
    });

    const message = 'This is 501 characters long; the most is 500. Please shorten it.';
    await expect(ui.errorBeside(ui.helped)).toHaveText(`⚠ ${message}`);
    await expect(ui.helped).toHaveAccessibleDescription(new RegExp(message.replace(/[.;]/g, '\\$&')));
    await expect(ui.notice).toContainText(`Not saved yet: ${message} The message is beside the field.`);
    await expect(ui.helped).toHaveValue(tooLong);
    expect(await ui.snapshot(), 'localStorage is exactly as it was').toBe(before);
    expect((await storedDay(day)).helped ?? '').toBe('');

    await test.step('shortens it to 500 characters and taps "Save this day"', async () => {
      // Shortened to the limit, it saves and the message goes.
      await ui.helped.fill(noteOf(500));
      await ui.saveButton.click();
    });
    await expect(ui.notice).toContainText(`Saved: Went in, for ${longDate(day)}.`);
    await expect(ui.errorBeside(ui.helped)).toHaveCount(0);
    expect((await storedDay(day)).helped).toBe(noteOf(500));
  });

  test('a new day with a note too long is not recorded by tapping a status either', async () => {
    const day = addDays(today, -2);
    await test.step('opens a day not recorded yet and types 520 characters in "What helped?"', async () => {
      await ui.gotoDay(day);
      await ui.openMore();
      await ui.helped.fill(noteOf(520));
    });
    await draftHolds(noteOf(520));
    const before = await ui.snapshot();

    await test.step('taps "Save this day" with no status', async () => {
      // No status yet: the form asks for one first.
      await ui.saveButton.click();
      await expect(ui.statusProblem).toHaveText('Choose how the day went first.');
    });

    await test.step('taps "Went in"', async () => {
      await ui.record('Went in');
    });

    await expect(ui.notice).toContainText('Not saved yet: This is 520 characters long; the most is 500.');
    await expect(ui.errorBeside(ui.helped)).toContainText('This is 520 characters long; the most is 500. Please shorten it.');
    await expect(ui.helped).toHaveValue(noteOf(520));
    expect(await ui.snapshot()).toBe(before);
    expect(await storedDay(day)).toBeUndefined();
  });

  test('"Left home" before "Woke up" says the times are out of order, and nothing is saved', async () => {
    const day = addDays(today, -1);
    await test.step('records yesterday as late and opens "Add more"', async () => {
      await ui.gotoDay(day);
      await ui.record('Late, before the register closed');
      await ui.expectSaved('Late, before the register closed', day);
      await ui.openMore();
    });

    await test.step('types "Left home" before "Woke up"', async () => {
      await ui.time('Woke up').fill('08:00');
      await ui.time('Left home').fill('07:30');
    });
    await draftHolds('"07:30"');
    const before = await ui.snapshot();
    await test.step('taps "Save this day"', async () => {
      await ui.saveButton.click();
    });

    const message = 'The times are out of order: woke, left home, arrived, collected should come one after another.';
    await expect(ui.times).toContainText(message);
    await expect(ui.notice).toContainText(`Not saved yet: ${message} The message is beside the field.`);
    await expect(ui.time('Woke up')).toHaveValue('08:00');
    await expect(ui.time('Left home')).toHaveValue('07:30');
    expect(await ui.snapshot()).toBe(before);

    await test.step('puts the times in order and taps "Save this day"', async () => {
      await ui.time('Left home').fill('08:20');
      await ui.time('Arrived at school').fill('09:05');
      await ui.saveButton.click();
    });
    await expect(ui.notice).toContainText(`Saved: Late, before the register closed, for ${longDate(day)}.`);
    await expect(ui.times).not.toContainText(message);
    expect((await storedDay(day)).times).toEqual({ woke: '08:00', left_home: '08:20', arrived: '09:05' });
  });

  test('a date still to come asks first, and saves only after "Yes, save it"', async () => {
    const day = addDays(firstOfNextMonth(today), 9);
    await ui.gotoDay(day);
    const before = await ui.snapshot();

    await test.step('taps "Went in" on a day next month', async () => {
      await ui.record('Went in');
      await expect(ui.futureQuestion).toBeVisible();
      await expect(ui.futureQuestion).toHaveText(/^This date is still to come\. Do you want to save a record for it now\?/);
      expect(await ui.snapshot(), 'nothing is saved while the question is open').toBe(before);
    });

    await test.step('answers No', async () => {
      await ui.noDontSave.click();
      await expect(ui.futureQuestion).toHaveCount(0);
      expect(await ui.snapshot(), '"No" saves nothing').toBe(before);
      expect(await storedDay(day)).toBeUndefined();
    });

    await test.step('taps "Went in" again and answers "Yes, save it"', async () => {
      await ui.record('Went in');
      await expect(ui.futureQuestion).toBeVisible();
      await ui.yesSaveIt.click();
    });

    await expect(ui.futureQuestion).toHaveCount(0);
    await ui.expectSaved('Went in', day);
    expect((await storedDay(day)).status).toBe('attended');
    await test.step('reloads', () => ui.reload());
    await expect(ui.statusButton('Went in')).toHaveAttribute('aria-pressed', 'true');
  });

  test('after "No" to a date still to come, no status is shown as chosen', async () => {
    const day = addDays(firstOfNextMonth(today), 9);
    await ui.gotoDay(day);
    await test.step('taps "Went in" on a day next month, and answers No', async () => {
      await ui.record('Went in');
      await ui.noDontSave.click();
    });

    expect(await storedDay(day)).toBeUndefined();
    await expect(ui.statusButton('Went in')).toHaveAttribute('aria-pressed', 'false', { timeout: 2000 });
  });
});
