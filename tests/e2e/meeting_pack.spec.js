// The meeting pack: a parent with a plan and two weeks of recorded days previews the summary for a
// school meeting, fills in the details for the top of the page, chooses what goes in (what was said
// in calls and meetings only when chosen), prints it to an A4 PDF, shares it and saves the plan as a
// file that another phone can bring in. A private note never leaves the phone. The benchmark diary's
// latest term prints on two A4 pages at most, with the child's own words on page 1, the weekly and
// weekday charts and the questions from the diary.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures/test.js';
import {
  PackPage, SECTIONS, LADDER, STEPS, SUB_STEP, CHILD_WORDS, PRIVATE_MARKER, SAID_MARKER,
  robin, robinsDays, seedDiary,
} from './fixtures/pack_page.js';
import { PlanPage } from './fixtures/plan_page.js';
import { BackupPage } from './fixtures/backup_page.js';
import { WelcomePage } from './fixtures/welcome_page.js';
import { NAV_LABELS } from './fixtures/app_page.js';
import { longDate, addDays } from './fixtures/dates.js';
import { expectNoViolations } from './fixtures/axe.js';

/** Today on the machine's clock, as the app in the browser will read it. */
async function appToday(page) {
  return page.evaluate(() => {
    const d = new Date();
    const two = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
  });
}

/** "13 Oct 2026", as the pack writes a date in a list. */
function shortDate(iso) {
  return longDate(iso).replace(/ (\w{3})\w* /, ' $1 ');
}

/** Monday to Friday from `from` to `to`, both included ("YYYY-MM-DD"). */
function weekdaysBetween(from, to) {
  let count = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const day = new Date(`${d}T12:00:00Z`).getUTCDay();
    if (day !== 0 && day !== 6) count += 1;
  }
  return count;
}

/** The first day of the (calendar-approximated) school term a date falls in, as the app counts terms. */
function termStart(iso) {
  const [year, month] = iso.split('-').map(Number);
  const start = month >= 9 ? 9 : month >= 4 ? 4 : 1;
  return `${year}-${String(start).padStart(2, '0')}-01`;
}

/** Opens Robin's pack for the two recorded weeks up to today. */
async function robinsPack(page) {
  const ui = new PackPage(page);
  await page.goto('about:blank');
  const today = await appToday(page);
  await seedDiary(page, [robin(today)]);
  await test.step("opens Robin's meeting pack for the two recorded weeks", async () => {
    await ui.goto();
    await ui.dates(robinsDays(today)[0], today);
    await expect(ui.preview.getByRole('heading', { level: 2 })).toHaveText('Robin: a summary for our meeting');
  });
  return { ui, today };
}

/** Prints the page to an A4 PDF as the browser's "Save as PDF" would; returns its text, page count and path. */
async function printToPdf(page, testInfo, name = 'meeting-pack') {
  await page.emulateMedia({ media: 'print' });
  const path = testInfo.outputPath(`${name}.pdf`);
  await page.pdf({ path, format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  expect(info, 'an A4 page').toMatch(/^Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)/m);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)[1]);
  expect((text.match(/\f/g) || []).length, 'pdftotext ends each page with a form feed').toBe(pages);
  const pageOne = execFileSync('pdftotext', ['-f', '1', '-l', '1', path, '-'], { encoding: 'utf8' });
  return { text, oneLine: text.replace(/\s+/g, ' '), pageOne: pageOne.replace(/\s+/g, ' '), pages, path };
}

/** The benchmark diary (scripts/bench.sh), one child: three school years of made-up days and a plan. */
function benchmarkDiary() {
  const cargo = existsSync(join(homedir(), '.cargo/bin/cargo')) ? join(homedir(), '.cargo/bin/cargo') : 'cargo';
  const json = execFileSync(cargo, ['run', '--quiet', '--example', 'make_diary', '--', '--children', '1', '--years', '3'],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(json);
}

test.describe('Meeting pack', () => {
  test('the preview holds what a school meeting needs, and never the private note', async ({ page }) => {
    const { ui, today } = await robinsPack(page);
    const d = robinsDays(today);
    await test.step('who, which dates, and how many school days have a record', async () => {
      await expect(ui.preview).toContainText('Year group: Year 8');
      await expect(ui.preview).toContainText('School: Riverside Academy');
      await expect(ui.preview).toContainText(
        `Dates: ${longDate(d[0])} to ${longDate(today)}. 10 of ${weekdaysBetween(d[0], today)} school days recorded`);
      expect(await ui.sectionHeadings()).toEqual(SECTIONS.map(([, heading]) => heading));
    });

    await test.step('the child\'s words come first', async () => {
      const voice = ui.section("In my child's words");
      await expect(voice).toContainText(`What is hard: ${CHILD_WORDS.hard}`);
      await expect(voice).toContainText(`Three worries: ${CHILD_WORDS.worries.join('; ')}`);
      await expect(voice).toContainText(`Three best things: ${CHILD_WORDS.best.join('; ')}`);
      await expect(voice).toContainText(`My ideal school: ${CHILD_WORDS.ideal}`);
    });

    await test.step('attendance as a small table, and the line in neutral words', async () => {
      expect(await ui.tableRows('Sessions (morning and afternoon, as on the register) and days')).toEqual([
        ['Sessions possible', '20', ''],
        ['Sessions attended', '15', '75%'],
        ['Sessions missed', '5', '25%'],
        ['Missed for health reasons', '4', '20%'],
        ['Days late', '1', ''],
        ['Days partly missed (lessons, left early, reduced timetable)', '2', ''],
      ]);
      const attendance = ui.section('Attendance');
      await expect(attendance).toContainText('Missing 1 in 10 sessions is what schools call persistent absence (DfE); the recorded sessions reach that line.');
      await expect(attendance).not.toContainText('You can');
      await expect(ui.forParent).toContainText('You can ask the SENCO for a meeting to agree a support plan');
    });

    await test.step('the worst worries first, in the child\'s words', async () => {
      const worries = ui.section('Main worries').getByRole('listitem');
      await expect(worries).toHaveText([
        'Lunch hall (3 times, up to 8 out of 10): “Everyone stares at me when I eat.” (8), “Nowhere to sit.” (7)',
        'Noise, light, smells, crowds (2 times, up to 7 out of 10): “The corridors are so loud.” (7), “Assembly was too loud.” (6)',
        'A teacher or lesson (once, up to 7 out of 10): “Reading out loud in English.” (7)',
        'Getting to school (once, up to 5 out of 10): “The bus is packed.” (5)',
      ]);
    });

    await test.step('what helped on the days, most often first; what helped on a try stays with its step', async () => {
      const helps = ui.section('What helps, and what makes it harder');
      await expect(helps.getByRole('list').first().getByRole('listitem')).toHaveText([
        'Met at the side gate by Miss Ahmed (3 times)', 'Music in the car (2 times)']);
      await expect(helps).not.toContainText('Camera off at first');
      await expect(helps).toContainText('Assembly in the big hall.');
      await expect(ui.section('Patterns')).toContainText('Tummy ache: 3 times, most often in the morning');
    });

    await test.step('the plan as it stands: each step\'s state and tries, the latest review, the parent\'s view, the professionals', async () => {
      const plan = ui.section('The plan as it stands');
      await expect(plan).toContainText('Our shared goal: Mornings in school, starting in the library, by half term.');
      await expect(plan).toContainText('What we see at home: Mornings are hardest; tummy aches start on Sunday evening.');
      await expect(plan).toContainText('Professionals involved: Dr Rao (CAMHS clinician)');
      await expect(plan).toContainText(`Steps, easiest first: ${LADDER}`);
      const ladder = plan.getByRole('list').first();
      const steps = ladder.locator(':scope > li');
      await expect(steps).toHaveCount(4);
      for (const [i, step] of STEPS.entries()) await expect(steps.nth(i)).toContainText(step);
      await expect(steps.nth(0)).toContainText('(Done · how hard: 2 out of 10 · Parent · Saturday morning · support: Favourite music)');
      await expect(steps.nth(1)).toContainText('(Trying · how hard: 3 out of 10 · Child, School · Tuesday after school · support: Camera off is fine)');
      // Each number says what it is, and what helped on the try is beside it.
      await expect(steps.nth(1)).toContainText(
        `1 try. ${shortDate(d[1])}: worry 6 before, 4 after, out of 10; what helped: Camera off at first`);
      await expect(plan).not.toContainText('(out of 10)');
      await expect(steps.nth(2).getByRole('listitem')).toHaveText(`${SUB_STEP} (Not started · how hard: 3 out of 10)`);
      await expect(plan).toContainText(`Latest review (${shortDate(d[4])}): Went well: Two video calls. Next: Walk to the gate.`);
      await expect(plan).toContainText('Key adult: Miss Ahmed');
      await expect(plan).toContainText(`Next review: ${longDate(addDays(today, 14))}`);
    });

    await test.step('one list of requests, each once, and the questions', async () => {
      await expect(ui.section('Our requests and questions').getByRole('listitem')).toHaveText([
        'Being met at the gate (already agreed)', 'A safe, quiet place to go', 'A time-out or exit card',
        'A quiet place at lunch.', 'A soft start for four weeks.',
        'Can the library open at 8:30?', 'Who can Robin go to at lunch?',
      ]);
    });

    await test.step('calls and meetings without what was said; the private note nowhere', async () => {
      const calls = ui.section('Calls and meetings with school');
      await expect(calls).toContainText('Meeting with Mrs Patel, SENCO');
      await expect(calls).toContainText('Still to do: Send the plan to all staff (Mrs Patel)');
      await expect(ui.includeSaid).not.toBeChecked();
      expect(await page.locator('body').innerText()).not.toContain(SAID_MARKER);
      expect(await page.locator('body').innerText()).not.toContain(PRIVATE_MARKER);
      await expect(ui.main.getByText('Private notes on a day are never included.')).toBeVisible();
    });
  });

  test('the dates start on the first day recorded this term', async ({ page }) => {
    const ui = new PackPage(page);
    await page.goto('about:blank');
    const today = await appToday(page);
    await seedDiary(page, [robin(today)]);
    await test.step("opens Robin's meeting pack", () => ui.goto());
    const firstThisTerm = robinsDays(today).find((day) => day >= termStart(today)) ?? termStart(today);
    await expect(ui.from).toHaveValue(firstThisTerm);
    await expect(ui.to).toHaveValue(today);
  });

  test('unticked sections leave the preview, and come back when ticked again', async ({ page }) => {
    const { ui } = await robinsPack(page);
    for (const [label, heading] of SECTIONS) {
      await test.step(`unticks "${label}"`, async () => {
        await expect(ui.tick(label)).toBeChecked();
        await ui.tick(label).uncheck();
        await expect(ui.section(heading), `${label} unticked`).toHaveCount(0);
      });
    }
    expect(await ui.sectionHeadings()).toEqual([]);
    // The box for the meeting itself stays, blank, whatever is chosen.
    await expect(ui.preview.getByRole('heading', { level: 3 })).toHaveText(['Agreed today']);
    await expect(ui.preview.getByRole('heading', { level: 2 })).toHaveText('Robin: a summary for our meeting');

    await test.step('ticks "The plan" again', async () => {
      await ui.tick('The plan').check();
      expect(await ui.sectionHeadings()).toEqual(['The plan as it stands']);
    });
    await test.step('ticks "Main worries" again', async () => {
      await ui.tick('Main worries').check();
      expect(await ui.sectionHeadings()).toEqual(['Main worries', 'The plan as it stands']);
    });
  });

  test('the first questions from the diary go in ticked, and any the parent unticks leaves the page, counted', async ({ page }) => {
    const { ui } = await robinsPack(page);
    const questions = ui.section('Questions from the diary');
    const ticks = ui.questionTicks.getByRole('checkbox');
    const count = await ticks.count();
    expect(count, 'Robin\'s two weeks point to at least one question').toBeGreaterThan(0);
    // The first three start ticked (so the pack stays short); any others are counted.
    for (let i = 0; i < count; i += 1) {
      if (i < 3) await expect(ticks.nth(i)).toBeChecked();
      else await expect(ticks.nth(i)).not.toBeChecked();
    }
    await expect(questions.getByRole('listitem')).toHaveCount(Math.min(count, 3));
    // Each question says its counts and asks; none concludes.
    for (const text of await questions.getByRole('listitem').allTextContents()) expect(text).toMatch(/^.*\d.*: .*\?$/);
    const first = (await questions.getByRole('listitem').first().textContent()).trim();
    await test.step(`unticks "${first}"`, async () => {
      await ui.questionTicks.getByRole('checkbox', { name: first }).uncheck();
      await expect(questions).not.toContainText(first);
      await expect(ui.more('Questions from the diary')).toHaveText(`And ${Math.max(count - 3, 0) + 1} more, in the diary.`);
    });
    await test.step('the screen passes axe with a question unticked', async () => {
      await expectNoViolations(page, 'meeting pack with a question unticked');
    });
    await test.step('ticks it again', async () => {
      await ui.questionTicks.getByRole('checkbox', { name: first }).check();
      await expect(questions).toContainText(first);
      await expect(ui.more('Questions from the diary')).toHaveCount(count > 3 ? 1 : 0);
    });
  });

  test('"Include what was said in calls and meetings" adds the notes of each call, and only then', async ({ page }) => {
    const { ui } = await robinsPack(page);
    const calls = ui.section('Calls and meetings with school');
    await expect(calls).not.toContainText(SAID_MARKER);
    await test.step('ticks "Include what was said in calls and meetings"', async () => {
      await ui.includeSaid.check();
      await expect(calls).toContainText(`Said: ${SAID_MARKER}`);
      await expect(calls).toContainText('Still to do: Send the plan to all staff (Mrs Patel)');
      expect(await ui.sectionHeadings()).toHaveLength(SECTIONS.length);
    });
    await test.step('unticks it', async () => {
      await ui.includeSaid.uncheck();
      await expect(calls).not.toContainText(SAID_MARKER);
    });
  });

  test('the details for the top of the page are optional, saved once and shown on every pack', async ({ page }) => {
    const { ui } = await robinsPack(page);
    await test.step('fills in the full name, date of birth and contact, and saves them', async () => {
      await ui.fillHeader({ fullName: 'Robin Okoro', dateOfBirth: '2013-03-04', parentContact: 'Ade Okoro, 07700 900123' });
      await expect(ui.headerSaved).toHaveText('Saved. These details are at the top of every pack for this child.');
      await expect(ui.preview).toContainText('Full name: Robin Okoro');
      await expect(ui.preview).toContainText('Date of birth: 4 March 2013');
      await expect(ui.preview).toContainText("Parent's contact: Ade Okoro, 07700 900123");
    });

    await test.step('reloads: the details are still there', async () => {
      await ui.reload();
      await expect(ui.preview).toContainText('Full name: Robin Okoro');
    });
    await test.step('empties every detail and saves', async () => {
      // Emptied again: nothing is required, and the header just leaves those parts out.
      await ui.fillHeader({ fullName: '', yearGroup: '', school: '', dateOfBirth: '', parentContact: '' });
      await expect(ui.headerSaved).toContainText('Saved.');
      await expect(ui.preview.locator('.about')).toHaveCount(0);
    });
    const stored = await ui.storedChild('Robin');
    expect(Object.keys(stored)).not.toContain('full_name');
    expect(stored.year_group, 'an emptied year group is not kept').toBeUndefined();
  });

  test('printed to an A4 PDF: the plan and the child\'s words, no navigation, buttons or advice, no private note', async ({ page }, testInfo) => {
    const { ui } = await robinsPack(page);
    // "Print or save as PDF" opens the browser's print dialog.
    await page.evaluate(() => { window.printCalls = 0; window.print = () => { window.printCalls += 1; }; });
    await test.step('taps "Print or save as PDF"', async () => {
      await ui.printButton.click();
      expect(await page.evaluate(() => window.printCalls)).toBe(1);
    });

    const { text, oneLine, pages, pageOne } = await test.step('saves the page as an A4 PDF', () => printToPdf(page, testInfo));
    expect(pages).toBeLessThanOrEqual(2);
    expect(pageOne).toContain(CHILD_WORDS.hard);
    expect(oneLine).toContain('Robin: a summary for our meeting');
    for (const step of [...STEPS, SUB_STEP]) expect(oneLine).toContain(step);
    expect(oneLine).toContain(CHILD_WORDS.ideal);
    expect(oneLine).toContain('Nowhere to sit.');
    for (const cell of ['Sessions attended', '75%', 'Missed for health reasons']) expect(oneLine).toContain(cell);
    expect(oneLine).toContain('Being met at the gate (already agreed)');
    expect(oneLine).not.toContain(PRIVATE_MARKER);
    expect(oneLine).not.toContain(SAID_MARKER);
    for (const words of ['Print or save as PDF', 'Share from this phone', 'Save the pack as a text file', 'This browser cannot share', 'What to include',
      'Dismiss', 'Preview', '1 Understand', 'Private notes on a day', 'For you, not on the page', 'You can ask',
      'About your child, for the top of the page']) {
      expect(oneLine, `"${words}" is not printed`).not.toContain(words);
    }
    for (const label of NAV_LABELS) {
      expect(text, `the navigation ("${label}") is not printed`).not.toMatch(new RegExp(`^\\W*${label}\\s*$`, 'm'));
    }
    expect(oneLine).not.toMatch(/\bToday\b/);
  });

  test('the benchmark diary\'s latest term prints on two A4 pages at most, with the child\'s words on page 1', async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const diary = benchmarkDiary();
    const [child] = diary.children;
    const last = child.days[child.days.length - 1].date;
    const first = child.days.find((day) => day.date >= termStart(last)).date;
    // Everything a SENCO asked for filled in as well (issue 15, items 12-16): the school's own
    // figure, the child's support and referrals, adjustments in place and how they are going, and
    // mornings the child could not get out of the door.
    child.school_figures = [
      { id: 'f-1', from: first, to: addDays(first, 40), percent: '88.5', where_from: 'Letter from school' },
      { id: 'f-2', from: first, to: last, percent: '86.1', where_from: 'Parent portal' },
    ];
    child.support = {
      level: 'school',
      diagnosis: 'Autism (diagnosed 2024, community paediatrician)',
      awaiting_assessment: 'ADHD: on the waiting list since January 2026',
      referrals: [
        { id: 'r-1', to: 'camhs', made_on: addDays(first, -200), stage: 'waiting', stage_since: addDays(first, -150), note: 'The letter says about nine months.' },
        { id: 'r-2', to: 'educational_psychologist', made_on: addDays(first, 10), stage: 'asked' },
        { id: 'r-3', to: 'gp', made_on: addDays(first, 5), stage: 'seen', stage_since: addDays(first, 12) },
      ],
    };
    const agreed = child.plan.adjustments.filter((a) => a.agreed);
    agreed.forEach((a, i) => Object.assign(a, {
      in_place_since: addDays(first, -30 + i),
      how_it_is_going: ['helping', 'helping_a_little', 'too_soon_to_say', 'not_helping'][i % 4],
      going_note: i === 0 ? 'Calmer mornings since the key adult meets Sam at the gate.' : undefined,
    }));
    const couldNot = child.days.filter((day) => day.date >= first && day.status === 'absent_ill').slice(0, 2);
    for (const day of couldNot) day.status = 'could_not_get_out';
    expect(couldNot).toHaveLength(2);
    const ui = new PackPage(page);
    await test.step('the pack opens on the latest term with a record, from its first recorded day', async () => {
      await seedDiary(page, diary.children);
      await ui.goto();
      await expect(ui.from).toHaveValue(first);
      await expect(ui.to).toHaveValue(last);
      await expect(ui.preview).toContainText(/\d+ of \d+ school days recorded/);
    });
    await test.step('a phone-sized look at the screen', async () => {
      await page.screenshot({ path: testInfo.outputPath('pack-screen-360.png'), fullPage: true });
    });
    await test.step('printed: two A4 pages at most, the child\'s words on page 1, the name and page on each', async () => {
      const { pages, pageOne, path, oneLine } = await printToPdf(page, testInfo, 'benchmark-term');
      expect(pages).toBeLessThanOrEqual(2);
      expect(pageOne).toContain(child.plan.voice.what_is_hard);
      expect(pageOne).toContain("In my child's words");
      expect(oneLine).not.toContain('You can ask');
      for (let n = 1; n <= pages; n += 1) {
        const text = execFileSync('pdftotext', ['-f', String(n), '-l', String(n), path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
        expect(text, `page ${n}`).toContain(`${child.full_name ?? child.nickname} · page ${n} of ${pages}`);
      }
      for (const words of ['Parent portal', '86.1%', 'CAMHS', 'Waiting for an assessment', 'Calmer mornings since the key adult',
        'could not get out of the door']) {
        expect(oneLine, `"${words}" is in the printed pack`).toContain(words);
      }
      // The weekly attendance and weekday charts are printed with their words and numbers, and
      // the questions the records point to (issue 19).
      for (const words of ['Attendance week by week', 'Dashed lines at 90% and 50%', 'Missed and partly missed, by weekday',
        'Most missed sessions fell on', 'Questions from the diary']) {
        expect(oneLine, `"${words}" is in the printed pack`).toContain(words);
      }
      // Shortened lists say how many more the diary holds; the box for the meeting is at the end.
      expect(oneLine).toMatch(/And \d+ more, in the diary\./);
      for (const words of ['Agreed today', 'Will do what', 'Next meeting:']) expect(oneLine).toContain(words);
      // The charts are drawn as lines and shapes in the PDF (vector, crisp at any size), not as pictures.
      const images = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' }).trim().split('\n').slice(2);
      expect(images, 'no picture in the PDF: the charts are vector drawings').toEqual([]);
      execFileSync('pdftoppm', ['-png', '-r', '60', path, testInfo.outputPath('benchmark-page')]);
      if (process.env.SCREENS === '1') {
        for (let n = 1; n <= pages; n += 1) {
          execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(n), '-l', String(n), '-singlefile', path, `docs/screens/pack-page-${n}`]);
        }
      }
    });
  });

  test('the preview reads naturally: "once" for a single worry, one full stop after a note', async ({ page }) => {
    const { ui } = await robinsPack(page);
    await expect(ui.section('Main worries')).toContainText('Getting to school (once, up to 5 out of 10)');
    await test.step('ticks "Include what was said in calls and meetings"', async () => {
      await ui.includeSaid.check();
      await expect(ui.section('Calls and meetings with school')).not.toContainText('..');
    });
  });

  test('on a computer with no share sheet, the pack says so and saves a text file with the plan and no private note', async ({ page }, testInfo) => {
    const { ui } = await robinsPack(page);
    await expect(ui.shareButton).toHaveText('Save the pack as a text file');
    await expect(ui.noShareSheet).toBeVisible();
    const file = await test.step('taps "Save the pack as a text file"', () => ui.saveFile(ui.shareButton, testInfo));
    expect(file.name).toBe('meeting-pack-robin.txt');
    await expect(ui.notice).toContainText('The meeting pack "meeting-pack-robin.txt" is saved in your downloads.');
    const text = readFileSync(file.path, 'utf8');
    expect(text).toContain('Robin: a summary for our meeting');
    expect(text).toContain(`Steps, easiest first: ${LADDER}:`);
    for (const step of [...STEPS, SUB_STEP]) expect(text).toContain(step);
    expect(text).toContain(CHILD_WORDS.hard);
    expect(text).toContain('Nowhere to sit.');
    expect(text).toContain('- Sessions attended: 15 (75%)');
    expect(text).toContain('Still to do: Send the plan to all staff (Mrs Patel)');
    expect(text).not.toContain(SAID_MARKER);
    expect(text).not.toContain(PRIVATE_MARKER);
    expect(text).not.toContain('You can ask');
    expect(text.match(/Being met at the gate/gi)).toHaveLength(1);

    await test.step('ticks "Include what was said…" and shares again', async () => {
      await ui.includeSaid.check();
      const withSaid = readFileSync((await ui.saveFile(ui.shareButton, testInfo)).path, 'utf8');
      expect(withSaid).toContain(`Said: ${SAID_MARKER}`);
      expect(withSaid).not.toContain(PRIVATE_MARKER);
    });
  });

  test('the pack screen passes axe, with and without what was said', async ({ page }) => {
    const { ui } = await robinsPack(page);
    await test.step('opens the details for the top of the page, and "Getting ready for the meeting"', async () => {
      await ui.headerToggle.click();
      await ui.gettingReady.click();
      await expectNoViolations(page, 'meeting pack');
    });
    await test.step('ticks "Include what was said in calls and meetings"', async () => {
      await ui.includeSaid.check();
      await expectNoViolations(page, 'meeting pack with what was said');
    });
  });

  test('the plan saved as a file comes back on another phone that has the same child without a plan', async ({ page, browser }, testInfo) => {
    const { today } = await robinsPack(page);
    const here = new BackupPage(page);
    const file = await test.step('on Backup, taps "Save the plan as a file"', async () => {
      await here.goto();
      return here.saveFile(here.planFileButton, testInfo);
    });
    expect(file.name).toBe(`small-steps-plan-robin-${today}.json`);
    await expect(here.planFileSaid).toContainText(`The plan "${file.name}" is saved in your downloads.`);
    const text = readFileSync(file.path, 'utf8');
    expect(text).not.toContain(PRIVATE_MARKER);
    expect(text).not.toContain(SAID_MARKER);
    const doc = JSON.parse(text);
    expect(doc.format).toBe('small-steps');
    expect(doc.version).toBe(3);
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
    await test.step('on the other phone, adds the plan file on Backup', async () => {
      await backup.goto();
      await backup.pick(file.path);
      await expect(backup.preview).toContainText('Robin: 0 days, 0 contacts, a plan');
      await backup.addToWhatIsHere.click();
      await expect(backup.notice).toContainText('Added from the backup');
    });

    const plan = new PlanPage(otherPage);
    await test.step('on the other phone, opens the plan: steps, stage 1 and the next review', async () => {
      await plan.gotoStage('steps');
      await plan.expectStepOrder(LADDER, STEPS);
      await expect(plan.subSteps(LADDER, STEPS[2])).toHaveText([`${SUB_STEP} · Not started`]);
      await plan.gotoStage('understanding');
      await expect(plan.whatIsHard).toHaveValue(CHILD_WORDS.hard);
      await plan.gotoHub();
      await expect(plan.nextReviewLine).toHaveText(`Next review: ${longDate(addDays(today, 14))}.`);
    });
    const stored = await plan.storedDiary();
    expect(stored.children).toHaveLength(1);
    expect(stored.children[0].days.map((d) => d.helped), 'the day already on that phone is kept').toEqual(['Walked in with a friend.']);
    await other.close();
  });

  test('the plan file also starts a diary on a phone with nothing on it yet', async ({ page, browser }, testInfo) => {
    await robinsPack(page);
    const here = new BackupPage(page);
    const file = await test.step('on Backup, taps "Save the plan as a file"', async () => {
      await here.goto();
      return here.saveFile(here.planFileButton, testInfo);
    });

    const other = await browser.newContext({ baseURL: testInfo.project.use.baseURL, viewport: { width: 360, height: 740 } });
    const otherPage = await other.newPage();
    const backup = new BackupPage(otherPage);
    const welcome = new WelcomePage(otherPage);
    await test.step('on a phone with nothing on it, brings the plan file back from the welcome screen', async () => {
      await welcome.visit();
      await welcome.bringBack.click();
      await backup.pick(file.path);
      await expect(backup.preview).toContainText('Robin: 0 days, 0 contacts, a plan');
      await backup.addToWhatIsHere.click();
      await expect(backup.nav).toBeVisible();
    });

    const plan = new PlanPage(otherPage);
    await test.step('opens stage 2 of the plan there', async () => {
      await plan.gotoStage('steps');
      await plan.expectStepOrder(LADDER, STEPS);
      await plan.expectStepOrder('Lunchtime', ['Eat lunch in the library with a friend']);
    });
    await other.close();
  });
});
