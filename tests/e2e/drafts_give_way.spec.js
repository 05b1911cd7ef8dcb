// Issue 16, item 3: a draft never costs a real save. With storage full to the last character, a
// save of the diary comes first: drafts give way, the oldest first and no more than needed, and the
// parent is told; where even that is not enough the drafts are put back, and the refusal counts
// drafts among what takes the space. The Backup screen's space panel can remove drafts.
import { test, expect } from './fixtures/test.js';
import { KEYS } from './fixtures/app_page.js';
import { DayPage } from './fixtures/day_page.js';
import { BackupPage } from './fixtures/backup_page.js';
import { fillStorage } from './fixtures/storage.js';

/** A draft as the app keeps it: when it was written, then the form's fields. */
function draftText(writtenAt, words) {
  return JSON.stringify({ written: writtenAt, value: [[words], [], []] });
}

/** Keeps drafts of `size` characters of typing, written a week, a day and an hour ago (oldest first). */
async function keepOldDrafts(ui, size) {
  const now = Date.now();
  const drafts = [
    [`${KEYS.draftPrefix}stage-understanding:sam:plan`, now - 7 * 24 * 3600_000],
    [`${KEYS.draftPrefix}contacts:sam:new`, now - 24 * 3600_000],
    [`${KEYS.draftPrefix}stage-steps:sam:plan`, now - 3600_000],
  ];
  for (const [key, at] of drafts) {
    await ui.setStored(key, draftText(at, 'w'.repeat(size)));
  }
  return drafts.map(([key]) => key);
}

test('a save with storage full goes through: the oldest draft gives way, and the parent is told', async ({ page }) => {
  const ui = new DayPage(page);
  await ui.startWith('Sam');
  const today = await ui.today();
  const [oldest, ...newer] = await keepOldDrafts(ui, 2_000);
  await fillStorage(page);

  await test.step('taps "Went in" with storage full', async () => {
    await ui.record('Went in');
    await ui.expectSaved('Went in', today);
  });
  const told = page.getByRole('alert').filter({ hasText: 'Older drafts made room for your change' });
  await expect(told).toContainText('1 draft of typing that was never saved (the oldest first) was removed');
  const stored = await ui.storedDiary();
  expect(stored.children[0].days.map((d) => [d.date, d.status])).toEqual([[today, 'attended']]);
  // Only the oldest went: the room it freed was enough.
  expect(await ui.stored(oldest)).toBeNull();
  for (const key of newer) expect(await ui.stored(key)).not.toBeNull();
});

test('when even every draft would not make room, the drafts stay and the refusal counts them', async ({ page }) => {
  const ui = new DayPage(page);
  await ui.startWith('Sam');
  const drafts = await keepOldDrafts(ui, 1);
  await fillStorage(page);
  const before = await ui.snapshot();

  await test.step('taps "Went in": tiny drafts free too little for the day', async () => {
    await ui.openMore();
    await ui.helped.fill('A long morning, '.repeat(25));
    await ui.record('Went in');
  });
  await expect(ui.notice).toContainText('full');
  await expect(ui.notice).toContainText('drafts of typing not saved 1 KB');
  await expect(ui.statusButton('Went in')).toHaveAttribute('aria-pressed', 'false');
  for (const key of drafts) expect(await ui.stored(key)).not.toBeNull();
  expect(await ui.snapshot()).toBe(before);
});

test("the Backup screen's space panel removes drafts, after a question", async ({ page }) => {
  const ui = new BackupPage(page);
  await ui.startWith('Sam');
  const drafts = await keepOldDrafts(ui, 20_000);
  await ui.goto();
  const panel = ui.spacePanel;
  await expect(panel).toContainText('3 forms\' typing is kept until saved or thrown away.');
  await expect(panel).toContainText(/drafts 1\d\d KB/);
  await test.step('asks to remove the drafts, and says yes', async () => {
    await panel.getByRole('button', { name: /^Remove drafts \(\d+ KB\)$/ }).click();
    const question = panel.getByRole('alertdialog');
    await expect(question).toContainText('Remove 3 drafts?');
    await question.getByRole('button', { name: 'Yes, remove them' }).click();
  });
  await expect(ui.notice).toContainText('Removed 3 drafts.');
  await expect(panel.getByRole('button', { name: /^Remove drafts/ })).toHaveCount(0);
  for (const key of drafts) expect(await ui.stored(key)).toBeNull();
});
