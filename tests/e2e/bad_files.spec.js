// A parent picks a file that is not a good Small Steps backup. Whatever the file, they get a clear
// message saying what is wrong and where, and the diary on the phone is not touched at all.
import { test, expect } from './fixtures/test.js';
import { BackupPage } from './fixtures/backup_page.js';
import { fileFrom, backupDocument, childWithOneDay } from './fixtures/backup_files.js';

const MB = 1024 * 1024;
const json = (value) => JSON.stringify(value, null, 2);

/** A file just over 9 MB that otherwise looks like a backup. */
function hugeFile() {
  const head = '{"format":"small-steps","version":1,"exported_at":"2026-03-20T18:42:07.512Z","children":[],"padding":"';
  const tail = '"}';
  return Buffer.from(head + 'x'.repeat(9 * MB - head.length - tail.length) + tail, 'utf8');
}

// Page code a hostile or damaged file might carry. If any of it ran, it would set this flag or open a dialog.
const SCRIPT = '<script>window.__smallStepsPwned = 1; alert("pwned")</script>';

// Each bad file, with the title and explanation the app must show in a parent's words
// (src/domain/file/document.rs, ReadError::title and ReadError::explanation), and the technical
// detail (where in the file, which field) folded away behind "More detail" (ReadError::detail).
const NOT_A_BACKUP = 'It is a different kind of file, or it was damaged after it was saved. Choose the backup file Small Steps saved: its name starts with "small-steps".';
const CHANGED = 'Something in it has been changed or damaged since it was saved, so Small Steps cannot bring it in safely. Try another copy of the backup';
const NOT_ALLOWED = 'Small Steps checks every backup before bringing anything in, and one thing in this one is outside what Small Steps ever saves';
const BAD_FILES = [
  {
    what: 'not JSON at all (a letter saved as .json)',
    file: fileFrom('letter.json', 'Dear school,\nSam was ill today.'),
    title: 'This is not a Small Steps backup file',
    explanation: NOT_A_BACKUP,
    detail: 'It could not be read as JSON: the problem is at line 1, column 1.',
  },
  {
    what: 'a backup cut off part way (damaged download)',
    file: fileFrom('cut-off.json', '{\n  "format": "small-steps",\n  "version": 1,\n  "children": [\n    {"id": "c-1", "nickname": "Sa'),
    title: 'This file is cut short',
    explanation: 'It stops part way through, as a file does when a download or a copy did not finish.',
    detail: 'The JSON ends too early, at line 5, column 33.',
  },
  {
    what: 'an empty file',
    file: fileFrom('empty.json', Buffer.alloc(0)),
    title: 'This file is empty',
    explanation: 'There is nothing in it. Choose the backup file Small Steps saved for you.',
    detail: null,
  },
  {
    what: 'a JSON array',
    file: fileFrom('array.json', json([backupDocument([])])),
    title: 'This is not a Small Steps backup file',
    explanation: NOT_A_BACKUP,
    detail: 'It is JSON, but not an object starting with {"format": "small-steps".',
  },
  {
    what: 'another app\'s "format"',
    file: fileFrom('other.json', json({ ...backupDocument([]), format: 'mood-tracker' })),
    title: 'This file is from another app',
    explanation: 'It was saved by something other than Small Steps, so Small Steps cannot bring it in.',
    detail: 'Its "format" field says "mood-tracker", not "small-steps".',
  },
  {
    what: 'no "format" at all',
    file: fileFrom('no-format.json', json({ version: 1, children: [] })),
    title: 'This is not a Small Steps backup file',
    explanation: 'Nothing in it says it was saved by Small Steps.',
    detail: 'It has no "format": "small-steps" field.',
  },
  {
    what: 'a missing version',
    file: fileFrom('no-version.json', json({ format: 'small-steps', exported_at: '2026-03-20T18:42:07.512Z', children: [] })),
    title: 'Part of this backup is missing',
    explanation: 'Every Small Steps backup says which version of the app saved it, and this one does not, so it may have been changed since it was saved.',
    detail: 'Its "version" field is missing or not a whole number from 1 up.',
  },
  {
    what: 'a newer version (99)',
    file: fileFrom('v99.json', json({ ...backupDocument([]), version: 99 })),
    title: 'This backup was made by a newer Small Steps',
    explanation: 'It was saved by a newer Small Steps than the one open here. Reload the page to get the newest app, then try again. Nothing here has changed.',
    detail: 'It is version 99; this copy of the app reads versions up to 3.',
  },
  {
    what: 'a day status the app does not know ("sometimes")',
    file: fileFrom('status.json', json(backupDocument([childWithOneDay({ status: 'sometimes' })]))),
    title: 'Part of this file is not as Small Steps saved it',
    explanation: CHANGED,
    detail: 'At children[0].days[0].status: "sometimes" is not one of the choices Small Steps uses here.',
  },
  {
    what: 'a number where text belongs',
    file: fileFrom('types.json', json(backupDocument([childWithOneDay({}, { nickname: 42 })]))),
    title: 'Part of this file is not as Small Steps saved it',
    explanation: CHANGED,
    detail: 'At children[0].nickname: expected text here, but found the number 42.',
  },
  {
    what: 'words where a number belongs (a worry rated "big")',
    file: fileFrom('rating-words.json', json(backupDocument([childWithOneDay({ worries: [{ category: 'sensory', rating: 'big' }] })]))),
    title: 'Part of this file is not as Small Steps saved it',
    explanation: CHANGED,
    detail: 'At children[0].days[0].worries[0].rating: expected a whole number here, but found string "big".',
  },
  {
    what: 'an impossible date (30 February)',
    file: fileFrom('date.json', json(backupDocument([childWithOneDay({ date: '2025-02-30' })]))),
    title: 'Part of this file is not as Small Steps saved it',
    explanation: CHANGED,
    detail: 'At children[0].days[0].date: this date does not exist (check the day and the month).',
  },
  {
    what: 'two children with the same id',
    file: fileFrom('twins.json', json(backupDocument([
      childWithOneDay({}, { id: 'c-same' }),
      childWithOneDay({}, { id: 'c-same', nickname: 'Kit' }),
    ]))),
    title: 'Some of what is in this file is not allowed',
    explanation: NOT_ALLOWED,
    detail: 'children[1].id: The id "c-same" is used twice; each must be different.',
  },
  {
    what: 'a huge file (over 8 MB)',
    file: fileFrom('huge.json', hugeFile()),
    title: 'This file is too big',
    explanation: /It is 9(\.0)? MB; a Small Steps backup is far smaller \(the most it will read is 8 MB\)\. Check you chose the right file\./,
    detail: null,
  },
  {
    what: 'nesting 100000 levels deep',
    file: fileFrom('deep.json', '['.repeat(100_000)),
    title: 'This is not a Small Steps backup file',
    explanation: NOT_A_BACKUP,
    detail: 'Its contents are nested more than 32 levels deep, which a Small Steps backup never is.',
  },
  {
    what: 'page code (<script>) in a note',
    file: fileFrom('script.json', json(backupDocument([childWithOneDay({ helped: `Quiet room at lunch. ${SCRIPT}` })]))),
    title: 'Some of what is in this file is not allowed',
    explanation: NOT_ALLOWED,
    detail: 'children[0].days[0].helped: This holds web page code (<script>). Please remove that part.',
  },
  {
    what: 'a worry rated 11 out of 10',
    file: fileFrom('rating.json', json(backupDocument([childWithOneDay({ worries: [{ category: 'sensory', words: 'Too loud', rating: 11 }] })]))),
    title: 'Some of what is in this file is not allowed',
    explanation: NOT_ALLOWED,
    detail: 'children[0].days[0].worries[0].rating: A rating is from 0 to 10; this one is 11.',
  },
];

// File-format words a parent should not meet first: they belong behind "More detail".
const JARGON = /JSON|line \d|column|"format"|"version"|field|children\[|nested/;

test.describe('Files that are not good backups', () => {
  let ui;
  let before;
  let dialogs;

  test.beforeEach(async ({ page }) => {
    dialogs = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      await dialog.dismiss();
    });
    ui = new BackupPage(page);
    await ui.startWith('Sam');
    await ui.goto();
    before = await ui.snapshot();
  });

  /** Nothing from the file ran or entered the page, and nothing stored changed. */
  async function expectNothingChanged() {
    expect(await ui.snapshot(), 'localStorage is exactly as it was').toBe(before);
    expect(dialogs, 'no dialog was opened by page code').toEqual([]);
    expect(await ui.page.evaluate(() => window.__smallStepsPwned)).toBeUndefined();
    const scripts = await ui.page.evaluate(() => [...document.querySelectorAll('script')].map((s) => s.textContent));
    expect(scripts.filter((s) => s.includes('pwned')), 'no <script> from the file is in the page').toEqual([]);
    await expect(ui.header).toContainText('Sam');
  }

  for (const bad of BAD_FILES) {
    test(`${bad.what}: says what is wrong in plain words and changes nothing`, async () => {
      await test.step(`chooses ${bad.what}`, () => ui.pick(bad.file));

      const problem = ui.importProblem;
      await expect(problem).toBeVisible();
      await expect(problem.getByRole('heading', { name: bad.title })).toBeVisible();
      await expect(problem).toContainText(bad.explanation);
      await expect(problem).toContainText('Your diary on this phone has not changed.');
      // What a parent reads first (everything but the folded detail) holds no file-format words.
      const firstWords = await problem.evaluate((el) => [...el.children]
        .filter((child) => child.tagName !== 'DETAILS').map((child) => child.textContent).join(' '));
      expect(firstWords).not.toMatch(JARGON);
      const more = ui.moreDetail;
      if (bad.detail === null) {
        await expect(more).toHaveCount(0);
      } else {
        await test.step('opens "More detail"', async () => {
          await expect(more).not.toHaveAttribute('open');
          await expect(more.getByText(bad.detail)).toBeHidden();
          await more.getByText('More detail').click();
        });
        await expect(more.getByText(bad.detail)).toBeVisible();
      }
      await expect(ui.preview).toHaveCount(0);
      await expect(ui.addToWhatIsHere).toHaveCount(0);
      await expectNothingChanged();
    });
  }

  test('a refused file, at 360 px, with its detail open', async ({ page }, testInfo) => {
    await ui.pick(BAD_FILES[0].file);
    await ui.moreDetail.getByText('More detail').click();
    await ui.importProblem.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath('refused-file.png') });
    await expect(ui.moreDetail).toContainText('line 1, column 1');
  });

  test('a message lists problems with one full stop, not two', async () => {
    await test.step('chooses a file with a worry rated 11 out of 10', () => ui.pick(BAD_FILES.find((b) => b.what.startsWith('a worry rated')).file));

    await ui.moreDetail.getByText('More detail').click();
    await expect(ui.moreDetail).toContainText('this one is 11.');
    await expect(ui.moreDetail).not.toContainText('..');
    await expect(ui.importProblem.getByRole('paragraph').first()).not.toContainText('..');
  });

  test('after a bad file, a good one can still be chosen', async () => {
    await test.step('chooses a file that is not JSON', async () => {
      await ui.pick(BAD_FILES[0].file);
      await expect(ui.importProblem).toBeVisible();
    });

    await test.step('chooses a good backup', () => ui.pick(fileFrom('good.json', json(backupDocument([childWithOneDay()])))));

    await expect(ui.importProblem).toHaveCount(0);
    await expect(ui.preview).toContainText('1 child and 1 day record');
    await expect(ui.preview).toContainText('from 2 Sep 2025 to 2 Sep 2025.');
    await expectNothingChanged();
  });

  test('a note that only mentions "javascript:" is ordinary words, and the file is accepted', async () => {
    const helped = 'Her coding club: javascript: games at lunch, away from the noise.';
    await test.step('chooses a backup whose note mentions "javascript:"', async () => {
      await ui.pick(fileFrom('club.json', json(backupDocument([childWithOneDay({ helped })]))));
      await expect(ui.importProblem).toHaveCount(0);
      await expect(ui.preview).toContainText('1 child and 1 day record');
    });
    await test.step('taps "Add to what is here"', () => ui.addToWhatIsHere.click());
    await expect(ui.notice).toContainText('Added from the backup:');
    const stored = await ui.storedDiary();
    expect(stored.children.find((c) => c.nickname === 'Robin').days[0].helped).toBe(helped);
    expect(dialogs).toEqual([]);
  });

  test('a nickname that looks like page code is shown as plain text, never run', async () => {
    const nickname = '<img src=x onerror="window.__smallStepsPwned=2;alert(2)">';
    await test.step('chooses a backup whose child is named in page code', () => ui.pick(fileFrom('odd-name.json', json(backupDocument([childWithOneDay({}, { nickname })])))));

    await expect(ui.preview.getByRole('listitem').locator('strong')).toHaveText(nickname);
    expect(await ui.page.locator('img').count()).toBe(0);
    await expectNothingChanged();
  });
});
