// On the Backup screen every confirmation sits by the button pressed, in view, as the forms' do:
// a parent at "Save backup file" (or any other card's button) sees the tick where they are looking,
// not at the top of a long screen.
import { test, expect } from './fixtures/test.js';
import { BackupPage } from './fixtures/backup_page.js';
import { fileFrom, backupDocument, childWithOneDay } from './fixtures/backup_files.js';
import { childWith, seedDiary } from './fixtures/iphone.js';

test('each Backup card says how it went beside its own button', async ({ page }, testInfo) => {
  const ui = new BackupPage(page);
  await seedDiary(page, [childWith('c-1', 'Sam', 4), childWith('c-2', 'Alex', 2)]);
  await ui.goto();

  /** The line beside the button says `words`, is in view, and nothing is said at the top. */
  async function saidBeside(said, words) {
    await expect(said).toContainText(words);
    await expect(said).toContainText('✓');
    await expect(said).toBeInViewport();
    await expect(ui.topNotice).toBeHidden();
  }

  await test.step('taps "Save backup file"', async () => {
    const saved = await ui.saveBackupFile(testInfo);
    await saidBeside(ui.exportSaid, `Backup file "${saved.name}" saved.`);
  });
  await test.step('taps "Save the plan as a file"', async () => {
    const saved = await ui.saveFile(ui.planFileButton, testInfo);
    await saidBeside(ui.planFileSaid, `The plan "${saved.name}" is saved in your downloads.`);
    await expect(ui.exportSaid).toBeHidden();
  });
  await test.step('taps "Save spreadsheet file"', async () => {
    const saved = await ui.saveFile(ui.spreadsheetButton, testInfo);
    await saidBeside(ui.spreadsheetSaid, `The spreadsheet file "${saved.name}" is saved in your downloads.`);
  });
  await test.step('a spreadsheet with its dates the wrong way round is refused beside the button', async () => {
    await ui.from.fill('2025-09-10');
    await ui.to.fill('2025-09-01');
    await ui.spreadsheetButton.click();
    await expect(ui.spreadsheetSaid).toContainText('⚠');
    await expect(ui.spreadsheetSaid).toContainText('Not saved: the first day is after the last day.');
    await expect(ui.spreadsheetSaid).toBeInViewport();
    await expect(ui.topNotice).toBeHidden();
  });
  await test.step('brings a backup back: "Added from the backup" under the file chooser', async () => {
    await ui.pick(fileFrom('robin.json', JSON.stringify(backupDocument([childWithOneDay()]))));
    await ui.addToWhatIsHere.click();
    await saidBeside(ui.importSaid, 'Added from the backup: 1 child, 1 day');
  });
  await test.step('removes the copy kept before that: "Copy removed." in the space card', async () => {
    await ui.keptSafe.getByRole('button', { name: /^Remove:/ }).first().click();
    await ui.yesRemoveIt.click();
    await saidBeside(ui.spaceSaid, 'Copy removed.');
  });
  await page.screenshot({ path: testInfo.outputPath('backup-confirmation.png') });
});
