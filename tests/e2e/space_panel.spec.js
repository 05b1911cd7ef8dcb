// "Space on this phone" on Backup: where the diary lives, persistence, space against the assumed
// limit, last backup, drafts, copies; the warning from 70% of the limit.
import { test, expect } from './fixtures/test.js';
import { expectNoViolations } from './fixtures/axe.js';
import { BackupPage } from './fixtures/backup_page.js';
import { KEYS } from './fixtures/app_page.js';
import { IPHONE_SAFARI, childWith, seedDiary } from './fixtures/iphone.js';
import { fillStorage, freeRoom } from './fixtures/storage.js';

test.use({ userAgent: IPHONE_SAFARI });

test('the figures of a small diary, with no warning', async ({ page }, testInfo) => {
  const backup = new BackupPage(page);
  await seedDiary(page, [childWith('c-1', 'Sam', 20)]);
  await backup.setStored(KEYS.lastBackup, '2026-01-05');
  await backup.setStored('small-steps:draft:day:c-1:2026-01-06', '2026-01-06T08:00:00Z {"helped":"a walk"}');
  const panel = backup.spacePanel;
  await test.step('opens Backup and reads "Space on this phone"', async () => {
    await backup.goto();
    await expect(panel).toContainText('In Safari on this iPhone.');
    await expect(panel).toContainText('Not promised: this browser may clear it when space runs low');
    await expect(panel).toContainText(/Small Steps uses \d+ KB of about 10\.0 MB \(0%\)/);
    await expect(panel).toContainText('5 January 2026');
    await expect(panel).toContainText("1 form's typing is kept");
    await expect(panel).toContainText(/The browser gives this whole site up to .* the figures above assume that./);
    await expect(backup.spaceWarning).toHaveCount(0);
    await expectNoViolations(page, 'Backup with the space panel');
    await panel.screenshot({ path: testInfo.outputPath('panel-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await panel.screenshot({ path: testInfo.outputPath('panel-dark.png') });
  });
});

test('close to the limit: the warning says how full, and what to do', async ({ page }, testInfo) => {
  const backup = new BackupPage(page);
  await seedDiary(page, [childWith('c-1', 'Sam', 20)]);
  // A copy kept safe takes most of the room, as after a few imports of a long diary.
  await backup.setStored(KEYS.beforeImport, 'x'.repeat(3_600_000));
  await fillStorage(page);
  await freeRoom(page, 1_000_000);
  const panel = backup.spacePanel;
  const warning = backup.spaceWarning;
  await test.step('opens Backup and reads the warning', async () => {
    await backup.goto();
    await expect(warning).toContainText(/Space is running out: (7\d|8\d)% of the room this browser gives Small Steps is used\./);
    await expect(warning).toContainText('Save a backup file now, then remove copies kept safe');
    await expect(panel).toContainText(/copies kept safe 7\.2 MB/);
    await expect(panel.getByRole('list', { name: 'Copies kept safe' })).toContainText('Diary as it was before the last import');
    await expectNoViolations(page, 'Backup with the space warning');
    await panel.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: testInfo.outputPath('space-warning-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await panel.screenshot({ path: testInfo.outputPath('space-warning-dark.png') });
  });
  await test.step('removes the copy kept safe: the warning goes', async () => {
    // Removing the copy frees the room, and the warning goes.
    await panel.getByRole('button', { name: 'Remove: Diary as it was before the last import' }).click();
    await backup.yesRemoveIt.click();
    await expect(warning).toHaveCount(0);
  });
});
