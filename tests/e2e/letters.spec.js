// Letters and emails from the diary: today's absence message written in two taps from Today and
// copied; the EHC request built with the evidence ticked; the dates for the calendar downloaded as
// an .ics whose text holds the review date; the calm fines line on the figures screen leading to
// the register letter; and axe clean on every letter screen at 360 and 320 px, light and dark.
// A private note never reaches a letter.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures/test.js';
import { CHILD_WORDS, PRIVATE_MARKER, robin, seedDiary } from './fixtures/pack_page.js';
import { LettersPage, LETTER_KINDS } from './fixtures/letters_page.js';
import { DayPage } from './fixtures/day_page.js';
import { CalendarPage } from './fixtures/calendar_page.js';
import { addDays } from './fixtures/dates.js';
import { expectNoViolations } from './fixtures/axe.js';

/** Today on the machine's clock, as the app in the browser will read it. */
async function appToday(page) {
  return page.evaluate(() => {
    const d = new Date();
    const two = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
  });
}

/** Robin, off ill today with a tummy ache and a private note. */
async function robinOffToday(page) {
  await page.goto('about:blank');
  const today = await appToday(page);
  const child = robin(today);
  child.days.push({
    date: today, status: 'absent_ill', signs: [{ kind: 'stomach_ache', when: 'morning' }],
    private_note: `${PRIVATE_MARKER}: a hard night for all of us.`,
  });
  await seedDiary(page, [child]);
  return { today, child };
}

test("today's absence message in two taps from Today, copied as it reads", async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await robinOffToday(page);
  const day = new DayPage(page);
  await day.gotoToday();
  const letters = new LettersPage(page);
  await test.step('tap 1: "Write to school about today" opens the message, filled in', async () => {
    await page.getByRole('link', { name: 'Write to school about today' }).click();
    await expect(letters.mainHeading).toHaveText('Telling school about an absence');
    await expect(letters.text).toHaveValue(/Robin is too unwell to attend school today\. Signs I noticed: tummy ache\./);
  });
  await test.step('tap 2: "Copy the letter" puts the words on the clipboard, and says so', async () => {
    await letters.copyButton.click();
    await expect(letters.notice).toContainText('The letter is copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Dear [...],');
    expect(copied).toContain('Robin is too unwell to attend school today.');
    expect(copied).toContain('Please record this as authorised absence for illness (code I).');
    expect(copied).toContain('Parent of Robin');
    expect(copied).not.toContain(PRIVATE_MARKER);
    expect(copied).not.toMatch(/refus/i);
  });
  await test.step('a word changed by the parent is what gets copied', async () => {
    await letters.text.fill('Dear Mrs Patel,\n\nRobin is unwell today.');
    await letters.copyButton.click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe('Dear Mrs Patel,\n\nRobin is unwell today.');
  });
});

test('the EHC needs assessment request holds the evidence ticked, and only that', async ({ page }) => {
  const { today } = await robinOffToday(page);
  const letters = new LettersPage(page);
  await letters.gotoKind('needs-assessment');
  await letters.from.fill(addDays(today, -30));
  await letters.to.fill(today);
  await expect(letters.text).toHaveValue(/section 36\(1\) of the Children and Families Act 2014/);
  await expect(letters.text).toHaveValue(/Attendance\nFrom .* my diary shows Robin present for \d+ of \d+ possible sessions/);
  await expect(letters.text).toHaveValue(/Dr Rao, CAMHS clinician/);
  await expect(letters.text).toHaveValue(new RegExp(`What is hard: “${CHILD_WORDS.hard.replace(/[.()]/g, '\\$&')}”`));
  await test.step("unticking the child's words and the professionals leaves them out", async () => {
    await letters.evidenceTick("My child's own words").uncheck();
    await letters.evidenceTick('Professionals involved and referrals').uncheck();
    await expect(letters.text).not.toHaveValue(/What is hard/);
    await expect(letters.text).not.toHaveValue(/Dr Rao/);
    await expect(letters.text).toHaveValue(/What has been tried, and for how long/);
  });
  await test.step('ticking them again puts them back', async () => {
    await letters.evidenceTick("My child's own words").check();
    await expect(letters.text).toHaveValue(/What is hard/);
  });
  await expect(letters.text).not.toHaveValue(new RegExp(PRIVATE_MARKER));
});

test('the kind of school, chosen once, is still chosen when the letter is opened again', async ({ page }) => {
  await robinOffToday(page);
  const letters = new LettersPage(page);
  await letters.gotoKind('attendance-record');
  const maintained = letters.schoolKind('A council (maintained) school');
  await expect(maintained).not.toBeChecked();
  await expect(letters.text).toHaveValue(/I am making a subject access request for Robin's attendance record/);
  await maintained.check();
  await expect(letters.text).toHaveValue(/as part of Robin's educational record, which I understand a maintained school provides within 15 school days\./);
  await test.step('back to the list and in again: still chosen, still asked as the educational record', async () => {
    await letters.goto();
    await letters.gotoKind('attendance-record');
    await expect(letters.schoolKind('A council (maintained) school')).toBeChecked();
    await expect(letters.text).toHaveValue(/within 15 school days/);
  });
  await test.step('after a reload too: it is kept with the child, not the page', async () => {
    await page.reload();
    await letters.gotoKind('attendance-record');
    await expect(letters.schoolKind('A council (maintained) school')).toBeChecked();
    await expect(letters.text).not.toHaveValue(/subject access/);
    const stored = await letters.storedDiary();
    expect(stored.children[0].support.school_kind).toBe('maintained');
  });
});

test("the EHC request puts first, dated, what the child said school may see, and nothing kept just for home", async ({ page }) => {
  await page.goto('about:blank');
  const today = await appToday(page);
  const child = robin(today);
  const said = addDays(today, -5);
  child.own_words = {
    houses: [
      { id: 'h-1', house: 'worries', words: 'Assembly, everyone looks at me', share: 'ok_to_share', said_on: said },
      { id: 'h-2', house: 'worries', words: 'That Mum will be sad if I stay home', share: 'just_for_home', said_on: said },
      { id: 'h-3', house: 'dreams', words: 'To be a vet one day', share: 'just_for_home', said_on: said },
    ],
    ideal_school: [
      { id: 'i-1', prompt: 'classroom', words: 'Small, with beanbags', share: 'ok_to_share', said_on: said },
      { id: 'i-2', prompt: 'too_much', words: 'A card to go out', share: 'just_for_home', said_on: said },
    ],
  };
  await seedDiary(page, [child]);
  const letters = new LettersPage(page);
  await letters.gotoKind('needs-assessment');
  const [y, m, d] = said.split('-').map(Number);
  const saidWords = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  await expect(letters.text).toHaveValue(new RegExp(`In Robin's own words\n- A worry: “Assembly, everyone looks at me” \\(said on ${saidWords}\\)\n- My ideal school: the room: “Small, with beanbags” \\(said on ${saidWords}\\)\n- What is hard:`));
  const text = await letters.text.inputValue();
  for (const home of ['That Mum will be sad', 'To be a vet', 'A card to go out']) {
    expect(text, home).not.toContain(home);
  }
  await test.step("unticking the child's words takes out theirs too", async () => {
    await letters.evidenceTick("My child's own words").uncheck();
    await expect(letters.text).not.toHaveValue(/Assembly, everyone looks at me/);
  });
});

test('England or Wales is asked once, where it matters, and can be changed', async ({ page }) => {
  await robinOffToday(page);
  const letters = new LettersPage(page);
  await letters.gotoKind('absence');
  await expect(letters.nationQuestion('Robin'), 'the absence message is the same in both').toHaveCount(0);
  await letters.goto();
  await expect(letters.kindLink('Asking the council for an EHC needs assessment')).toBeVisible();
  await test.step('the list asks, until the parent says Wales', async () => {
    await letters.nationQuestion('Robin').getByRole('button', { name: 'Wales' }).click();
    await expect(letters.notice).toContainText('Kept: the school is in Wales.');
    await expect(letters.nationQuestion('Robin')).toHaveCount(0);
    await expect(letters.main).toContainText('Rules for a school in Wales.');
    await expect(letters.kindLink('Asking whether my child has additional learning needs')).toBeVisible();
    await expect(letters.kindLink('Education while my child cannot attend (section 19A)')).toBeVisible();
  });
  await test.step('after a reload it is not asked again; the codes are Wales\'s', async () => {
    await page.reload();
    await letters.gotoCodes();
    await expect(letters.nationQuestion('Robin')).toHaveCount(0);
    await expect(letters.main).toContainText("These are Wales's register codes");
    await expect(letters.main.getByRole('rowheader', { name: 'C2', exact: true })).toHaveCount(0);
  });
  await test.step('"Change" asks again, and England brings back its letters and codes', async () => {
    await letters.main.getByRole('button', { name: 'Change' }).click();
    await letters.nationQuestion('Robin').getByRole('button', { name: 'England' }).click();
    await expect(letters.main).toContainText("These are England's register codes");
    await expect(letters.main.getByRole('rowheader', { name: 'C2', exact: true })).toHaveCount(1);
    await letters.goto();
    await expect(letters.kindLink('Asking the council for an EHC needs assessment')).toBeVisible();
    const stored = await letters.storedDiary();
    expect(stored.children[0].nation ?? 'england').toBe('england');
    expect(stored.children[0].nation_answered).toBe(true);
  });
});

test('the calendar file downloads with the review date in its text, the name only when ticked', async ({ page }) => {
  const { today } = await robinOffToday(page);
  const review = addDays(today, 14);
  const letters = new LettersPage(page);
  await letters.goto();
  const grab = async (button, name) => {
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe(name);
    return readFileSync(await download.path(), 'utf8');
  };
  const reviewRow = letters.dates.getByRole('listitem').filter({ hasText: 'Support plan review' });
  await test.step('one date: the review, as its own file', async () => {
    const text = await grab(reviewRow.getByRole('button', { name: 'Add to calendar' }), `small-steps-${review}.ics`);
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain(`DTSTART;VALUE=DATE:${review.replaceAll('-', '')}\r\n`);
    expect(text).toContain('SUMMARY:Support plan review\r\n');
    expect(text).not.toContain('Robin');
    expect(text).not.toContain(PRIVATE_MARKER);
    await expect(letters.notice).toContainText(`small-steps-${review}.ics`);
  });
  await test.step('a meeting added here joins it, and "Add all" gives both, named when ticked', async () => {
    await letters.dates.getByLabel('Day of the meeting').fill(addDays(today, 3));
    await letters.dates.getByLabel('What it is').fill('Meeting with the SENCO, room 4; bring the diary');
    await letters.dates.getByRole('button', { name: 'Add this meeting' }).click();
    await letters.nameInEvents.check();
    const text = await grab(letters.dates.getByRole('button', { name: 'Add all 2 upcoming dates' }), 'small-steps-dates.ics');
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text).toContain('SUMMARY:Meeting with the SENCO\\, room 4\\; bring the diary (Robin)\r\n');
    expect(text).toContain('SUMMARY:Support plan review (Robin)\r\n');
  });
});

test('the figures say calmly how many unauthorised sessions there are, and lead to the register letter', async ({ page }) => {
  await page.goto('about:blank');
  const today = await appToday(page);
  const child = robin(today);
  // Two days off ill that school coded O: 4 sessions, well below 10.
  child.days[2].school_code = 'O';
  child.days[5].school_code = 'O';
  await seedDiary(page, [child]);
  const calendar = new CalendarPage(page);
  await calendar.gotoFigures();
  const line = page.locator('.fines-line');
  await expect(line).toContainText('4 sessions of unauthorised absence (codes G, N, O, U)');
  await expect(line).toContainText('This is a count, not a prediction.');
  await line.getByRole('link', { name: 'Ask school to correct a code' }).click();
  const letters = new LettersPage(page);
  await expect(letters.mainHeading).toHaveText('Asking school to correct the register');
  await letters.from.fill(addDays(today, -30));
  await expect(letters.text).toHaveValue(/the register shows O; my record says “Off ill \(body or mind\)”; please record I \(illness\)\./);
});

test('every letter screen passes axe at 360 and 320 px wide, light and dark', async ({ page }) => {
  test.setTimeout(180_000);
  await robinOffToday(page);
  const letters = new LettersPage(page);
  const screens = [['#/letters', 'Letters and emails'], ['#/letters/codes', 'What the codes mean'],
    ...LETTER_KINDS.map(([slug, heading]) => [`#/letters/${slug}`, heading])];
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    for (const width of [360, 320]) {
      await page.setViewportSize({ width, height: 740 });
      for (const [hash, heading] of screens) {
        await letters.visit(hash);
        await expect(letters.mainHeading).toHaveText(heading);
        await expectNoViolations(page, `${hash} at ${width} px, ${colorScheme}`);
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(wide, `${hash} fits ${width} px`).toBeLessThanOrEqual(width);
      }
    }
  }
});
