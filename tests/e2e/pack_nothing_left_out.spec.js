// Nothing left out of the meeting pack without a word (issue 15). A parent whose diary holds eight
// kinds of worry sees the pack count the ones past the first five ("And 3 more, in the diary."),
// ticks the friendship worry felt at 7 out of 10 in, and finds it on the page, in the same order as
// the figures. A school action ticked done in the contacts log reaches the pack as done, with the
// day. Printed, each page carries the child's name and "page 1 of 2", an "Agreed today" box and a
// blank for the next meeting, and no coloured block even with backgrounds printed.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures/test.js';
import { PackPage, robin, robinsDays, seedDiary } from './fixtures/pack_page.js';
import { CalendarPage } from './fixtures/calendar_page.js';
import { longDate } from './fixtures/dates.js';
import { expectNoViolations } from './fixtures/axe.js';

/** "13 Oct 2026", as the pack writes a date in a list. */
function shortDate(iso) {
  return longDate(iso).replace(/ (\w{3})\w* /, ' $1 ');
}

const FRIENDS = 'Friends, feeling left out';
const FRIENDS_WORDS = 'Nobody to sit with at break';

/**
 * Robin with eight kinds of worry: the lunch hall at 8, noise at 7 twice, then toilets, uniform and
 * PE at 7 once, which come before friendships at 7 in the app's list of kinds; then a lesson at 7
 * and the bus at 5. The friendship worry is sixth: the old pack dropped it without a word.
 */
function robinWithEightWorries(today) {
  const child = robin(today);
  child.days[6].worries = [
    { category: 'toilets', words: 'No lock on the door.', rating: 7 },
    { category: 'uniform', words: 'The tie is itchy.', rating: 7 },
  ];
  child.days[8].worries = [
    { category: 'pe_changing', words: 'Changing in front of everyone.', rating: 7 },
    { category: 'friendships', words: FRIENDS_WORDS, rating: 7 },
  ];
  return child;
}

async function open(page, child) {
  const ui = new PackPage(page);
  await page.goto('about:blank');
  const today = await page.evaluate(() => {
    const d = new Date();
    const two = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
  });
  await seedDiary(page, [child(today)]);
  await ui.goto();
  await ui.dates(robinsDays(today)[0], today);
  return { ui, today };
}

/** Prints the page to A4 as "Save as PDF" would (with backgrounds if asked); text per page, and the path. */
async function printToPdf(page, testInfo, name, { background = false } = {}) {
  await page.emulateMedia({ media: 'print' });
  const path = testInfo.outputPath(`${name}.pdf`);
  await page.pdf({ path, format: 'A4', printBackground: background });
  await page.emulateMedia({ media: 'screen' });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)[1]);
  const texts = [];
  for (let n = 1; n <= pages; n += 1) {
    const text = execFileSync('pdftotext', ['-f', String(n), '-l', String(n), path, '-'], { encoding: 'utf8' });
    texts.push(text.replace(/\s+/g, ' '));
  }
  return { pages, texts, path };
}

/**
 * What a PDF page, drawn at 40 dpi, has that it should not: pixels clearly coloured (not black, grey
 * or white), and filled blocks (any 10 x 10 pixel square, about 6 mm, with no white in it: a
 * shaded panel or background, as text and lines never fill one).
 */
function shading(pdf, page, testInfo) {
  const stem = testInfo.outputPath(`shading-${page}`);
  execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '40', '-singlefile', pdf, stem]);
  const ppm = readFileSync(`${stem}.ppm`);
  // P6 header: "P6\n<w> <h>\n255\n", then RGB bytes.
  const header = /^P6\s+(\d+)\s+(\d+)\s+\d+\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  const [width, height] = [Number(header[1]), Number(header[2])];
  const at = header[0].length;
  let coloured = 0;
  // Summed counts of non-white pixels, to test every square at once.
  const sums = new Int32Array((width + 1) * (height + 1));
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = at + 3 * (y * width + x);
      const [r, g, b] = [ppm[i], ppm[i + 1], ppm[i + 2]];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 40) coloured += 1;
      const inked = Math.min(r, g, b) < 245 ? 1 : 0;
      sums[(y + 1) * (width + 1) + x + 1] = inked + sums[y * (width + 1) + x + 1] + sums[(y + 1) * (width + 1) + x] - sums[y * (width + 1) + x];
    }
  }
  const side = 10;
  let filled = 0;
  for (let y = side; y <= height; y += 1) {
    for (let x = side; x <= width; x += 1) {
      const inked = sums[y * (width + 1) + x] - sums[(y - side) * (width + 1) + x]
        - sums[y * (width + 1) + x - side] + sums[(y - side) * (width + 1) + x - side];
      if (inked === side * side) filled += 1;
    }
  }
  return { coloured, filled };
}

test.describe('Nothing left out of the meeting pack', () => {
  test('eight kinds of worry: the five biggest, the rest counted, and the parent can tick the friendship worry in', async ({ page }, testInfo) => {
    const { ui, today } = await open(page, robinWithEightWorries);
    const worries = ui.section('Main worries');
    await test.step('the pack starts with the five biggest worries and counts the other three', async () => {
      await expect(worries.getByRole('listitem')).toHaveCount(5);
      await expect(worries.getByRole('listitem').first()).toContainText('Lunch hall (3 times, up to 8 out of 10)');
      await expect(ui.more('Main worries')).toHaveText('And 3 more, in the diary.');
      await expect(worries).not.toContainText(FRIENDS);
    });

    const ticks = ui.worryKinds.getByRole('checkbox');
    const friends = ui.worryKinds.getByRole('checkbox', { name: `${FRIENDS}: once, up to 7 out of 10` });
    await test.step('"Which worries go in" lists all eight, the five on the page ticked', async () => {
      await expect(ticks).toHaveCount(8);
      await expect(ui.worryKinds.getByRole('checkbox', { checked: true })).toHaveCount(5);
      await expect(friends).not.toBeChecked();
      await expect(ui.worryKinds).toContainText('3 kinds are left out, and counted on the page.');
    });

    await test.step(`ticks "${FRIENDS}" in`, async () => {
      await friends.check();
      await expect(worries).toContainText(`${FRIENDS} (once, up to 7 out of 10): “${FRIENDS_WORDS}” (7)`);
      await expect(worries.getByRole('listitem')).toHaveCount(6);
      await expect(ui.more('Main worries')).toHaveText('And 2 more, in the diary.');
      await ui.worryKinds.scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath('worry-kinds-360.png') });
      await expectNoViolations(page, 'meeting pack with the worries chosen');
    });

    await test.step('printed, the friendship worry and the count are on the page', async () => {
      const { texts } = await printToPdf(page, testInfo, 'eight-worries');
      const all = texts.join(' ');
      expect(all).toContain(FRIENDS_WORDS);
      expect(all).toContain('And 2 more, in the diary.');
    });

    await test.step('the figures list all eight, in the same order as the pack', async () => {
      const calendar = new CalendarPage(page);
      await calendar.gotoFigures();
      await calendar.figuresFor(robinsDays(today)[0], today);
      const rows = calendar.worryTable.locator('tbody th');
      await expect(rows).toHaveCount(8);
      const figuresOrder = await rows.allTextContents();
      await ui.goto();
      await ui.dates(robinsDays(today)[0], today);
      const packOrder = (await ticks.evaluateAll((boxes) => boxes.map((b) => b.parentElement.textContent)))
        .map((words) => words.split(':')[0]);
      expect(packOrder).toEqual(figuresOrder);
      expect(figuresOrder.slice(0, 6)).toEqual(['Lunch hall', 'Noise, light, smells, crowds', 'Toilets', 'Uniform', 'PE and changing', FRIENDS]);
      // One rating is said as it was given.
      await calendar.gotoFigures();
      await calendar.figuresFor(robinsDays(today)[0], today);
      await expect(calendar.rowValue(calendar.worryTable, FRIENDS)).toHaveText('once, 7 out of 10');
    });
  });

  test('a school action ticked done in the contacts log shows in the pack as done, with the day', async ({ page }, testInfo) => {
    const { ui, today } = await open(page, robin);
    const calls = ui.section('Calls and meetings with school');
    await expect(calls).toContainText('Still to do: Send the plan to all staff (Mrs Patel)');
    const calendar = new CalendarPage(page);
    await test.step('ticks "Send the plan to all staff" done in the contacts log', async () => {
      await calendar.gotoContacts();
      const card = calendar.contactCard('Mrs Patel, SENCO');
      const tick = card.getByRole('checkbox', { name: /^Done: Send the plan to all staff/ });
      await tick.check();
      const action = card.getByRole('listitem').filter({ hasText: 'Send the plan to all staff' });
      await expect(action.getByRole('status')).toHaveText('Saved. The meeting pack shows it as done.');
      await expect(action).toContainText(`Done, ticked ${longDate(today)}`);
      await expectNoViolations(page, 'contacts log with a tick confirmed');
      await action.scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath('tick-confirmed-360.png') });
    });
    await test.step('opens the pack again', async () => {
      await ui.goto();
      await ui.dates(robinsDays(today)[0], today);
      const by = shortDate(robinsDays(today)[9]);
      await expect(calls).toContainText(`✓ Done: Send the plan to all staff (Mrs Patel), by ${by} (ticked ${shortDate(today)})`);
      await expect(calls).not.toContainText('Still to do');
    });
  });

  test('printed: the name and "page N of M" on every page, an "Agreed today" box, a blank for the next meeting, nothing coloured', async ({ page }, testInfo) => {
    const { ui } = await open(page, robinWithEightWorries);
    await test.step('fills in the full name for the top of the page', async () => {
      await ui.fillHeader({ fullName: 'Robin Okoro' });
      await expect(ui.headerSaved).toContainText('Saved.');
    });
    await test.step('the preview ends with the box for the meeting', async () => {
      const box = ui.section('Agreed today');
      await expect(box.getByRole('columnheader')).toHaveText(['Who', 'Will do what', 'By when']);
      await expect(box).toContainText('Next meeting:');
    });
    // A phone in the dark scheme, printing with backgrounds: the page must still be plain paper.
    await page.emulateMedia({ colorScheme: 'dark' });
    const { pages, texts, path } = await test.step('prints with backgrounds, from the dark scheme', () =>
      printToPdf(page, testInfo, 'furniture', { background: true }));
    expect(pages).toBeLessThanOrEqual(2);
    for (const [i, text] of texts.entries()) {
      expect(text, `page ${i + 1}`).toContain(`Robin Okoro · page ${i + 1} of ${pages}`);
    }
    const last = texts[pages - 1];
    for (const words of ['Agreed today', 'Who', 'Will do what', 'By when', 'Next meeting:']) expect(last).toContain(words);
    for (let n = 1; n <= pages; n += 1) {
      expect(shading(path, n, testInfo), `page ${n}: no colour, no shaded block`).toEqual({ coloured: 0, filled: 0 });
    }
    execFileSync('pdftoppm', ['-png', '-r', '50', path, testInfo.outputPath('furniture-page')]);
  });
});
