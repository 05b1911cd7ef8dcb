// The meeting pack: a parent with a plan and two weeks of recorded days previews the summary for a
// school meeting, chooses what goes in, makes "A copy for school", prints it to an A4 PDF, shares it
// and saves the plan as a file that another phone can bring in. A private note never leaves the phone.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures/test.js';
import {
  PackPage, SECTIONS, LADDER, STEPS, SUB_STEP, CHILD_WORDS, PRIVATE_MARKER, SAID_MARKER,
  robin, robinsDays, seedDiary,
} from './fixtures/pack_page.js';
import { PlanPage } from './fixtures/plan_page.js';
import { BackupPage } from './fixtures/backup_page.js';
import { NAV_LABELS } from './fixtures/app_page.js';
import { longDate, addDays } from './fixtures/dates.js';

/** Today on the machine's clock, as the app in the browser will read it. */
async function appToday(page) {
  return page.evaluate(() => {
    const d = new Date();
    const two = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
  });
}

/** Opens Robin's pack for the two recorded weeks up to today. */
async function robinsPack(page) {
  const ui = new PackPage(page);
  await page.goto('about:blank');
  const today = await appToday(page);
  await seedDiary(page, [robin(today)]);
  await ui.goto();
  await ui.dates(robinsDays(today)[0], today);
  await expect(ui.preview.getByRole('heading', { level: 2 })).toHaveText('Robin: a summary for our meeting');
  return { ui, today };
}

test.describe('Meeting pack', () => {
  test('the preview holds what a school meeting needs, and never the private note', async ({ page }) => {
    const { ui, today } = await robinsPack(page);
    const first = robinsDays(today)[0];
    await expect(ui.preview).toContainText(`Year 8, Riverside Academy. ${longDate(first)} to ${longDate(today)}.`);
    expect(await ui.sectionHeadings()).toEqual([...SECTIONS.map(([, heading]) => heading), 'Next review']);

    const attendance = ui.section('Attendance');
    await expect(attendance).toContainText('School days recorded: 10');
    await expect(attendance).toContainText('Sessions attended: 15 of 20 (75%)');
    await expect(attendance).toContainText('Sessions missed: 5 (25%)');
    await expect(attendance).toContainText('Attendance line: Persistent absence (10% or more)');

    await expect(ui.section('Patterns')).toContainText('Tummy ache: 3 times, most often in the morning');

    // Top worries, most frequent first, each with the child's own words
    const worries = ui.section('Main worries').getByRole('listitem');
    await expect(worries.first()).toHaveText('Lunch hall (3 times, felt about 7 out of 10): “Nowhere to sit.”; “Everyone stares at me when I eat.”');
    await expect(worries.nth(1)).toContainText('Noise, light, smells, crowds (2 times');
    await expect(worries.nth(1)).toContainText('“The corridors are so loud.”');

    const helps = ui.section('What helps, and what makes it harder');
    await expect(helps.getByRole('list').first().getByRole('listitem').first()).toHaveText('Met at the side gate by Miss Ahmed.');
    await expect(helps).toContainText('Camera off at first'); // what helped on a try at a step
    await expect(helps).toContainText('Assembly in the big hall.');

    const voice = ui.section("In my child's words");
    await expect(voice).toContainText(`What is hard: ${CHILD_WORDS.hard}`);
    await expect(voice).toContainText(`Three worries: ${CHILD_WORDS.worries.join('; ')}`);
    await expect(voice).toContainText(`Three best things: ${CHILD_WORDS.best.join('; ')}`);
    await expect(voice).toContainText(`My ideal school: ${CHILD_WORDS.ideal}`);

    const plan = ui.section('The plan');
    await expect(plan).toContainText('Our shared goal: Mornings in school, starting in the library, by half term.');
    await expect(plan).toContainText(`Steps: ${LADDER}`);
    const ladder = plan.getByRole('list').first();
    await expect(ladder.locator(':scope > li')).toHaveCount(4);
    for (const [i, step] of STEPS.entries()) await expect(ladder.locator(':scope > li').nth(i)).toContainText(step);
    await expect(ladder.locator(':scope > li').nth(1)).toContainText('(feels 3/10 · Child, School · Tuesday after school · support: Camera off is fine · Trying)');
    await expect(ladder.locator(':scope > li').nth(2).getByRole('listitem')).toHaveText(`${SUB_STEP} (Not started)`);
    await expect(plan).toContainText('Key adult: Miss Ahmed');

    await expect(ui.section('Adjustments').getByRole('listitem')).toHaveText([
      'Being met at the gate (agreed)', 'A safe, quiet place to go (asking for)', 'A time-out or exit card (asking for)',
    ]);
    await expect(ui.section('Our questions and requests').getByRole('listitem')).toHaveText([
      'Can the library open at 8:30?', 'Who can Robin go to at lunch?', 'A quiet place at lunch.', 'A soft start for four weeks.',
    ]);
    await expect(ui.section('Contacts with school')).toContainText(`Meeting with Mrs Patel, SENCO: ${SAID_MARKER}`);
    await expect(ui.section('Contacts with school')).toContainText('Still open: Send the plan to all staff (Mrs Patel)');
    await expect(ui.section('Next review')).toContainText(`We will review the plan on ${longDate(addDays(today, 14))}.`);

    // The day with the private note is counted, but its note is nowhere on the screen.
    expect(await page.locator('body').innerText()).not.toContain(PRIVATE_MARKER);
    await expect(ui.main.getByText('Private notes are never included.')).toBeVisible();
  });

  test('unticked sections leave the preview, and come back when ticked again', async ({ page }) => {
    const { ui } = await robinsPack(page);
    for (const [label, heading] of SECTIONS) {
      await expect(ui.tick(label)).toBeChecked();
      await ui.tick(label).uncheck();
      await expect(ui.section(heading), `${label} unticked`).toHaveCount(0);
    }
    await expect(ui.preview.getByRole('heading', { level: 3 }), 'the next review goes with the plan').toHaveCount(0);
    await expect(ui.preview.getByRole('heading', { level: 2 })).toHaveText('Robin: a summary for our meeting');

    await ui.tick('The plan').check();
    expect(await ui.sectionHeadings()).toEqual(['The plan', 'Next review']);
    await ui.tick('Main worries').check();
    expect(await ui.sectionHeadings()).toEqual(['Main worries', 'The plan', 'Next review']);
  });

  test('"A copy for school" leaves out what was said in calls and meetings, but keeps what is still to do', async ({ page }) => {
    const { ui } = await robinsPack(page);
    const contacts = ui.section('Contacts with school');
    await expect(contacts).toContainText(SAID_MARKER);
    await ui.forSchool.check();
    await expect(contacts).not.toContainText(SAID_MARKER);
    await expect(contacts).toContainText('Meeting with Mrs Patel, SENCO');
    await expect(contacts).toContainText('Still open: Send the plan to all staff (Mrs Patel)');
    expect(await ui.sectionHeadings()).toHaveLength(SECTIONS.length + 1);
    await ui.forSchool.uncheck();
    await expect(contacts).toContainText(SAID_MARKER);
  });

  /** Prints the preview to an A4 PDF as the browser's "Save as PDF" would; returns its text and page count. */
  async function printToPdf(page, testInfo) {
    await page.emulateMedia({ media: 'print' });
    const path = testInfo.outputPath('meeting-pack.pdf');
    await page.pdf({ path, format: 'A4' });
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info, 'an A4 page').toMatch(/^Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)/m);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)[1]);
    expect((text.match(/\f/g) || []).length, 'pdftotext ends each page with a form feed').toBe(pages);
    return { text, oneLine: text.replace(/\s+/g, ' '), pages };
  }

  test('printed to an A4 PDF: the plan and the child\'s words, no navigation or buttons, no private note', async ({ page }, testInfo) => {
    const { ui } = await robinsPack(page);
    // "Print or save as PDF" opens the browser's print dialog.
    await page.evaluate(() => { window.printCalls = 0; window.print = () => { window.printCalls += 1; }; });
    await ui.printButton.click();
    expect(await page.evaluate(() => window.printCalls)).toBe(1);

    const { text, oneLine } = await printToPdf(page, testInfo);
    expect(oneLine).toContain('Robin: a summary for our meeting');
    for (const step of [...STEPS, SUB_STEP]) expect(oneLine).toContain(step);
    expect(oneLine).toContain(CHILD_WORDS.hard);
    expect(oneLine).toContain(CHILD_WORDS.ideal);
    expect(oneLine).toContain('Nowhere to sit.');
    expect(oneLine).toContain('Sessions attended: 15 of 20 (75%)');
    expect(oneLine).toContain('Being met at the gate (agreed)');
    expect(oneLine).not.toContain(PRIVATE_MARKER);
    for (const words of ['Print or save as PDF', 'Share from this phone', 'Save the plan as a file', 'What to include',
      'Dismiss', 'Preview', '1 Understand', 'Private notes are never included']) {
      expect(oneLine, `"${words}" is not printed`).not.toContain(words);
    }
    for (const label of NAV_LABELS) {
      expect(text, `the navigation ("${label}") is not printed`).not.toMatch(new RegExp(`^\\W*${label}\\s*$`, 'm'));
    }
    expect(oneLine).not.toMatch(/\bToday\b/);

    // A copy for school, printed, has no notes of what was said either.
    await page.emulateMedia({ media: 'screen' });
    await ui.forSchool.check();
    const school = await printToPdf(page, testInfo);
    expect(school.oneLine).not.toContain(SAID_MARKER);
    expect(school.oneLine).not.toContain(PRIVATE_MARKER);
    expect(school.oneLine).toContain('Send the plan to all staff');
  });

  test('a realistic pack prints on one or two A4 pages', async ({ page }, testInfo) => {
    await robinsPack(page);
    const { pages } = await printToPdf(page, testInfo);
    expect(pages).toBeLessThanOrEqual(2);
  });

  test('the preview reads naturally: "once" for a single worry, one full stop after a note', async ({ page }) => {
    const { ui } = await robinsPack(page);
    await expect(ui.section('Main worries')).toContainText('Getting to school (once, felt about 5 out of 10)');
    await expect(ui.section('Contacts with school')).not.toContainText('..');
  });

  test('"Share from this phone" on a computer saves a text file with the plan and no private note', async ({ page }, testInfo) => {
    const { ui } = await robinsPack(page);
    const file = await ui.download(ui.shareButton, testInfo);
    expect(file.name).toBe('meeting-pack-robin.txt');
    await expect(ui.notice).toContainText('Saved as "meeting-pack-robin.txt".');
    const text = readFileSync(file.path, 'utf8');
    expect(text).toContain('Meeting pack: Robin');
    expect(text).toContain(`Ladder: ${LADDER}`);
    for (const step of [...STEPS, SUB_STEP]) expect(text).toContain(step);
    expect(text).toContain(CHILD_WORDS.hard);
    expect(text).toContain('Nowhere to sit.');
    expect(text).toContain(SAID_MARKER); // the parent's own copy
    expect(text).not.toContain(PRIVATE_MARKER);

    await ui.forSchool.check();
    const forSchool = readFileSync((await ui.download(ui.shareButton, testInfo)).path, 'utf8');
    expect(forSchool).toContain('Still to do: Send the plan to all staff (Mrs Patel)');
    expect(forSchool).not.toContain(SAID_MARKER);
    expect(forSchool).not.toContain(PRIVATE_MARKER);
  });

  test('the plan saved as a file comes back on another phone that has the same child without a plan', async ({ page, browser }, testInfo) => {
    const { ui, today } = await robinsPack(page);
    const file = await ui.download(ui.planFileButton, testInfo);
    expect(file.name).toBe(`small-steps-plan-robin-${today}.json`);
    await expect(ui.notice).toContainText(`Plan saved as "${file.name}".`);
    const text = readFileSync(file.path, 'utf8');
    expect(text).not.toContain(PRIVATE_MARKER);
    expect(text).not.toContain(SAID_MARKER);
    const doc = JSON.parse(text);
    expect(doc.format).toBe('small-steps');
    expect(doc.version).toBe(1);
    expect(Date.parse(doc.exported_at)).not.toBeNaN();
    expect(doc.children).toHaveLength(1);
    const [child] = doc.children;
    expect(child).toMatchObject({ id: 'child-robin-1', nickname: 'Robin', year_group: 'Year 8', school: 'Riverside Academy' });
    expect(child.days ?? []).toEqual([]);
    expect(child.contacts ?? []).toEqual([]);
    expect(child.plan).toEqual(robin(today).plan);

    // Another phone: Robin's diary is there (with a day of its own) but no plan yet.
    const other = await browser.newContext({ baseURL: testInfo.project.use.baseURL, viewport: { width: 360, height: 740 } });
    const otherPage = await other.newPage();
    const mine = robin(today, { withPlan: false, withDays: false });
    mine.days = [{ date: robinsDays(today)[0], status: 'attended', helped: 'Walked in with a friend.' }];
    await seedDiary(otherPage, [mine]);
    const backup = new BackupPage(otherPage);
    await backup.goto();
    await backup.pick(file.path);
    await expect(backup.preview).toContainText('Robin: 0 days, 0 contacts, a plan');
    await backup.addToWhatIsHere.click();
    await expect(backup.notice).toContainText('Added from the backup');

    const plan = new PlanPage(otherPage);
    await plan.gotoStage('steps');
    await plan.expectStepOrder(LADDER, STEPS);
    await expect(plan.subSteps(LADDER, STEPS[2])).toHaveText([`${SUB_STEP} · Not started`]);
    await plan.gotoStage('understanding');
    await expect(plan.whatIsHard).toHaveValue(CHILD_WORDS.hard);
    await plan.gotoHub();
    await expect(plan.nextReviewLine).toHaveText(`Next review: ${longDate(addDays(today, 14))}.`);
    const stored = await plan.storedDiary();
    expect(stored.children).toHaveLength(1);
    expect(stored.children[0].days.map((d) => d.helped), 'the day already on that phone is kept').toEqual(['Walked in with a friend.']);
    await other.close();
  });

  test('the plan file also starts a diary on a phone with nothing on it yet', async ({ page, browser }, testInfo) => {
    const { ui } = await robinsPack(page);
    const file = await ui.download(ui.planFileButton, testInfo);

    const other = await browser.newContext({ baseURL: testInfo.project.use.baseURL, viewport: { width: 360, height: 740 } });
    const otherPage = await other.newPage();
    const backup = new BackupPage(otherPage);
    await backup.visit();
    await otherPage.getByText('Already have a backup file? Bring it back').click();
    await backup.pick(file.path);
    await expect(backup.preview).toContainText('Robin: 0 days, 0 contacts, a plan');
    await backup.addToWhatIsHere.click();
    await expect(backup.nav).toBeVisible();

    const plan = new PlanPage(otherPage);
    await plan.gotoStage('steps');
    await plan.expectStepOrder(LADDER, STEPS);
    await plan.expectStepOrder('Lunchtime', ['Eat lunch in the library with a friend']);
    await other.close();
  });
});
