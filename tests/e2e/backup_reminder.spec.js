// The diary lives only in this browser, so Today reminds the parent to save a backup once days are
// recorded and none has been saved (or the last is a month old). "Not now" hides it for a week.
import { test, expect } from './fixtures/test.js';
import { DayPage } from './fixtures/day_page.js';
import { BackupPage } from './fixtures/backup_page.js';
import { addDays } from './fixtures/dates.js';
import { expectNoViolations } from './fixtures/axe.js';

const REMINDER_NOT_NOW = 'small-steps:backup-reminder-not-now';
const LAST_BACKUP = 'small-steps:last-backup';

async function recordDays(day, count) {
  await test.step(`records the last ${count} days as "Went in"`, async () => {
    const today = await day.today();
    for (let back = 1; back <= count; back += 1) {
      const iso = addDays(today, -back);
      await day.gotoDay(iso);
      await day.record('Went in');
      await day.expectSaved('Went in', iso);
    }
  });
}

test('after five days with no backup, Today reminds; "Not now" hides it for a week, across reloads', async ({ page }) => {
  const day = new DayPage(page);
  await day.startWith('Sam');
  await recordDays(day, 4);
  await test.step('opens Today: no reminder yet', async () => {
    await day.gotoToday();
    await expect(day.backupReminder).toHaveCount(0);
  });

  await recordDays(day, 5); // the fifth day is new; the others are changed, not added
  const reminder = day.backupReminder;
  await test.step('opens Today: the reminder is there', async () => {
    await day.gotoToday();
    await expect(reminder).toContainText('5 days are recorded, and there is no backup yet.');
    await expectNoViolations(page, 'Today with the backup reminder');
  });

  await test.step('taps "Not now"', async () => {
    await reminder.getByRole('button', { name: 'Not now' }).click();
    await expect(reminder).toHaveCount(0);
    expect(await day.stored(REMINDER_NOT_NOW)).toBe(addDays(await day.today(), 7));
  });
  await test.step('reloads: the reminder stays away', async () => {
    await day.reload();
    await expect(day.mainHeading).toContainText('Today');
    await expect(reminder).toHaveCount(0);
  });

  await test.step('opens Small Steps a week later: it may show again', async () => {
    // A week later it may show again.
    await day.setStored(REMINDER_NOT_NOW, await day.today());
    await day.reload();
    await expect(reminder).toBeVisible();
  });
});

test('a month after the last backup it reminds again, and saving a backup quiets it', async ({ page }, testInfo) => {
  const day = new DayPage(page);
  await day.startWith('Sam');
  await recordDays(day, 1);
  await day.setStored(LAST_BACKUP, addDays(await day.today(), -31));
  const reminder = day.backupReminder;
  await test.step('opens Today a month after the last backup', async () => {
    await day.gotoToday();
    await expect(reminder).toContainText('The last backup was 31 days ago.');
  });

  await test.step('taps "Save a backup" in the reminder, and saves a backup file', async () => {
    await reminder.getByRole('link', { name: 'Save a backup' }).click();
    const backup = new BackupPage(page);
    await expect(backup.mainHeading).toHaveText('Backup');
    await backup.saveBackupFile(testInfo);
    expect(await day.stored(LAST_BACKUP)).toBe(await day.today());
  });
  await test.step('opens Today: no reminder', async () => {
    await day.gotoToday();
    await expect(reminder).toHaveCount(0);
  });
});
