// A day's private note is "never printed", but a plain backup file can be read by anyone who opens
// it. The Backup screen says plainly what a backup holds; when the days chosen have private notes,
// it offers the passphrase first and lets the parent leave the notes out of a plain file.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures/test.js';
import { BackupPage } from './fixtures/backup_page.js';
import { DayPage } from './fixtures/day_page.js';
import { expectNoViolations } from './fixtures/axe.js';
import { childWith, seedDiary } from './fixtures/iphone.js';

const NOTE_ONE = 'Shouted at her this morning; I feel awful';
const NOTE_TWO = 'Dad and I argued about school again';

/** Sam with 4 days, two of them with a private note; Alex with 2 days and none. */
function diaryWithNotes() {
  const sam = childWith('c-1', 'Sam', 4);
  sam.days[0].private_note = NOTE_ONE;
  sam.days[2].private_note = NOTE_TWO;
  return [sam, childWith('c-2', 'Alex', 2)];
}

test('a backup says what it holds, offers the passphrase first, and can leave private notes out', async ({ page }, testInfo) => {
  const ui = new BackupPage(page);
  await seedDiary(page, diaryWithNotes());
  await ui.goto();
  const card = ui.exportCard;
  const choice = ui.privateNotesChoice;

  await test.step('reads what a backup holds, and the choice for the private notes', async () => {
    await expect(card).toContainText('A backup file holds everything in the diary for who you include: every day with its private note');
    await expect(card).toContainText('Anyone who opens the file can read it, unless you protect it with a passphrase.');
    await expect(choice).toContainText('2 days have a private note. To keep them private in the file, protect it with a passphrase (above).');
    // The passphrase is offered first: its tick box comes before the choice.
    const order = await card.evaluate((el) => {
      const lock = el.querySelector('.lock-option');
      const notes = el.querySelector('fieldset.private-notes');
      return Boolean(lock.compareDocumentPosition(notes) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(order, 'the passphrase comes before the private-notes choice').toBe(true);
    await expect(ui.keepNotes).toBeChecked();
    await choice.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath('backup-private-notes.png') });
    await expectNoViolations(page, 'Backup with the private-notes choice');
  });

  await test.step('leaves the private notes out and saves: none of their words are in the file', async () => {
    await ui.leaveNotesOut.check();
    const saved = await ui.saveBackupFile(testInfo);
    const text = readFileSync(saved.path, 'utf8');
    expect(text).not.toContain(NOTE_ONE);
    expect(text).not.toContain(NOTE_TWO);
    expect(text).not.toContain('private_note');
    const doc = JSON.parse(text);
    expect(doc.children.map((c) => c.days.length)).toEqual([4, 2]);
    await expect(ui.exportSaid).toContainText('Private notes were left out of it; they are still on this phone.');
  });

  await test.step('the notes are still on this phone', async () => {
    const stored = await ui.storedChild('Sam');
    expect(stored.days.map((d) => d.private_note ?? '')).toEqual([NOTE_ONE, '', NOTE_TWO, '']);
  });

  await test.step('keeps them and saves: the file holds both, and says anyone can read them', async () => {
    await ui.keepNotes.check();
    const saved = await ui.saveBackupFile(testInfo);
    const text = readFileSync(saved.path, 'utf8');
    expect(text).toContain(NOTE_ONE);
    expect(text).toContain(NOTE_TWO);
    await expect(ui.exportSaid).toContainText('It holds the private notes of 2 days: anyone who opens it can read them.');
  });

  await test.step('ticks the passphrase: the notes go in locked, and the choice steps aside', async () => {
    await ui.protectWithPassphrase.check();
    await expect(choice).toHaveCount(0);
    await expect(card).toContainText('The private notes of 2 days go in the file, locked with the passphrase.');
    await ui.protectWithPassphrase.uncheck();
  });

  await test.step('chooses "Only Alex", who has no private notes: no choice to make', async () => {
    await ui.whatToInclude.selectOption({ label: 'Only Alex' });
    await expect(choice).toHaveCount(0);
    await ui.whatToInclude.selectOption({ label: 'Only Sam' });
    await expect(choice).toContainText('2 days have a private note.');
  });
});

test("the day's private note says a backup holds it", async ({ page }) => {
  const day = new DayPage(page);
  await seedDiary(page, [childWith('c-1', 'Sam', 1)]);
  await day.gotoToday();
  await day.moreSummary.click();
  const note = day.main.getByLabel('Private note');
  await expect(note).toBeVisible();
  const hint = await note.evaluate((el) => (el.getAttribute('aria-describedby') || '').split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
  expect(hint).toContain('A backup file holds it, unless you protect the backup with a passphrase or leave private notes out');
  expect(hint).not.toContain('Only on this phone');
});
