// A parent saves a backup file, loses the browser's data, and brings the diary back from the file.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures/test.js';
import { BackupPage } from './fixtures/backup_page.js';
import { ChildrenPage } from './fixtures/children_page.js';
import { WelcomePage } from './fixtures/welcome_page.js';
import { KEYS } from './fixtures/app_page.js';
import { V1_FIXTURE_PATH, v1Fixture, shortDate, fileFrom, backupDocument, childWithOneDay } from './fixtures/backup_files.js';

/** Starts a diary for Sam, adds Alex, and returns the stored diary. */
async function samAndAlex(page) {
  const children = new ChildrenPage(page);
  await children.startWith('Sam');
  await test.step('adds a second child, Alex', async () => {
    await children.goto();
    await children.addChild('Alex');
    await expect(children.card('Alex')).toBeVisible();
  });
  return children.storedDiary();
}

/** Saves a backup of everyone and checks the file is a version 1 Small Steps backup. */
async function saveAndCheckBackup(backup, testInfo, expectedChildren) {
  const { name, path } = await test.step('taps "Save backup file"', () => backup.saveBackupFile(testInfo));
  expect(name).toMatch(/^small-steps-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(readFileSync(path, 'utf8'));
  expect(file.format).toBe('small-steps');
  expect(file.version).toBe(3);
  expect(Date.parse(file.exported_at)).not.toBeNaN();
  expect(file.children.map((c) => ({ id: c.id, nickname: c.nickname }))).toEqual(
    expectedChildren.map((c) => ({ id: c.id, nickname: c.nickname })),
  );
  await expect(backup.notice).toContainText(`Backup file "${name}" saved.`);
  await expect(backup.lastBackup('today.')).toBeVisible();
  return path;
}

async function clearSiteData(page) {
  const welcome = new WelcomePage(page);
  await test.step("loses the browser's data, and opens Small Steps again", async () => {
    await page.evaluate(() => window.localStorage.clear());
    await welcome.reload();
    await expect(welcome.heading).toBeVisible();
  });
  return welcome;
}

test.describe('Backup round trip', () => {
  test('on a phone whose data was cleared, the welcome screen brings a backup file back', async ({ page }, testInfo) => {
    const before = await samAndAlex(page);
    const backup = new BackupPage(page);
    await backup.goto();
    const file = await saveAndCheckBackup(backup, testInfo, before.children);

    const welcome = await clearSiteData(page);
    expect(await welcome.stored(KEYS.diary)).toBeNull();

    // A parent on a new or wiped phone has nothing to add yet: the backup must be reachable from here,
    // folded away under a question so it does not crowd out starting afresh.
    await test.step('taps "Already have a backup file? Bring it back"', async () => {
      await expect(welcome.bringBack).toBeVisible();
      await expect(backup.chooseFile).toBeHidden();
      await welcome.bringBack.click();
      await expect(backup.chooseFile, 'the welcome screen offers "Choose a backup file"').toBeVisible();
    });
    await test.step('chooses the backup file and taps "Add to what is here"', async () => {
      await backup.pick(file);
      await expect(backup.preview).toContainText('2 children and 0 day records, no days recorded.');
      await backup.addToWhatIsHere.click();
      await expect(backup.nav).toBeVisible();
    });
    await test.step('reloads: both children are there', async () => {
      await backup.reload();
      expect(await backup.storedNicknames()).toEqual(['Sam', 'Alex']);
    });
  });

  test('a saved backup file is added back with "Add to what is here" and survives a reload', async ({ page }, testInfo) => {
    const before = await samAndAlex(page);
    const backup = new BackupPage(page);
    await backup.goto();
    const file = await saveAndCheckBackup(backup, testInfo, before.children);

    const welcome = await clearSiteData(page);
    await test.step('starts a new diary for Jo', async () => {
      // This parent starts a new diary first, then adds the backup to it from the Backup screen.
      await welcome.start('Jo');
    });
    await backup.goto();
    await test.step('chooses the backup file', async () => {
      await backup.pick(file);
      await expect(backup.preview).toBeVisible();
      await expect(backup.preview).toContainText('2 children and 0 day records, no days recorded.');
      await expect(backup.preview.getByRole('listitem')).toHaveText(['Sam: 0 days, 0 contacts', 'Alex: 0 days, 0 contacts']);
      // Nothing has changed yet: only Jo is stored.
      expect(await backup.storedNicknames()).toEqual(['Jo']);
    });

    await test.step('taps "Add to what is here"', async () => {
      await backup.addToWhatIsHere.click();
      await expect(backup.notice).toContainText('Added from the backup: 2 children, 0 days, 0 contacts.');
      await expect(backup.preview).toHaveCount(0);
    });
    await backup.reload();
    const after = await backup.storedDiary();
    expect(after.children.map((c) => c.nickname)).toEqual(['Jo', 'Sam', 'Alex']);
    expect(after.children.slice(1).map((c) => c.id)).toEqual(before.children.map((c) => c.id));
    await expect(backup.childSwitcher.getByRole('option')).toHaveText(['Jo', 'Sam', 'Alex']);
  });

  test('a backup of one child holds only that child', async ({ page }, testInfo) => {
    const before = await samAndAlex(page);
    const backup = new BackupPage(page);
    await backup.goto();

    const { name, path } = await test.step('picks "Only Alex" and taps "Save backup file"', async () => {
      await backup.whatToInclude.selectOption({ label: 'Only Alex' });
      return backup.saveBackupFile(testInfo);
    });

    expect(name).toMatch(/^small-steps-backup-alex-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(readFileSync(path, 'utf8'));
    expect(file.children).toEqual([before.children.find((c) => c.nickname === 'Alex')]);
  });

  test('a version 1 backup shows what it holds before anything changes', async ({ page }) => {
    const backup = new BackupPage(page);
    await backup.startWith('Jo');
    await backup.goto();
    const fixture = v1Fixture();
    const dates = fixture.children.flatMap((c) => c.days.map((d) => d.date)).sort();
    const before = await backup.snapshot();

    await test.step('chooses the version 1 backup file', async () => {
      await backup.pick(V1_FIXTURE_PATH);
      await expect(backup.preview).toContainText(
        `2 children and ${dates.length} day records, from ${shortDate(dates[0])} to ${shortDate(dates.at(-1))}.`,
      );
      await expect(backup.preview.getByRole('listitem')).toHaveText(
        fixture.children.map((c) => `${c.nickname}: ${c.days.length} days, ${c.contacts.length} contacts, a plan`),
      );
      expect(await backup.snapshot()).toBe(before);
    });

    await test.step('taps Cancel', async () => {
      await backup.cancelImport.click();
      await expect(backup.preview).toHaveCount(0);
      expect(await backup.snapshot()).toBe(before);
    });
  });

  test('Replace asks first, keeps a copy of what was here, and shows it under "Copies kept safe"', async ({ page }) => {
    const backup = new BackupPage(page);
    await backup.startWith('Jo');
    await backup.goto();
    await expect(backup.keptSafe).toHaveCount(0);
    const joDiary = await backup.stored(KEYS.diary);

    await test.step('chooses a backup file, taps "Replace what is here…", then Cancel', async () => {
      await backup.pick(V1_FIXTURE_PATH);
      await backup.replaceWhatIsHere.click();
      await expect(backup.replaceConfirmation).toBeVisible();
      await expect(backup.replaceConfirmation).toContainText('A copy of what is here now is kept first');
      // Cancelling the confirmation leaves everything as it was.
      await backup.replaceConfirmation.getByRole('button', { name: 'Cancel' }).click();
      await expect(backup.replaceConfirmation).toHaveCount(0);
      expect(await backup.stored(KEYS.diary)).toBe(joDiary);
      expect(await backup.stored(KEYS.beforeImport)).toBeNull();
    });

    await test.step('chooses it again, taps "Replace what is here…", then "Yes, replace"', async () => {
      await backup.pick(V1_FIXTURE_PATH);
      await backup.replaceWhatIsHere.click();
      await backup.yesReplace.click();
    });

    await expect(backup.notice).toContainText('Replaced with the backup: 2 children, 15 days.');
    await expect(backup.notice).toContainText('A copy of your diary from before is kept under "Copies kept safe".');
    expect(await backup.storedNicknames()).toEqual(['Sam', 'Alex']);
    expect(await backup.stored(KEYS.beforeImport)).toBe(joDiary);
    await expect(backup.header).not.toContainText('Jo');
    await expect(backup.childSwitcher.locator('option:checked')).toHaveText('Sam');

    // The notice points to "Copies kept safe", so it is on this screen now, not only after a reload.
    await expect(backup.keptSafe, '"Copies kept safe" appears straight after the import').toBeVisible();
    await expect(backup.keptSafe).toContainText('Diary as it was before the last import');

    await test.step('reloads: the copy is still kept safe', async () => {
      await backup.reload();
      await expect(backup.keptSafe).toBeVisible();
      await expect(backup.keptSafe).toContainText('Diary as it was before the last import');
    });
    await test.step('saves the copy as a file: it is what was here before', async () => {
      const copy = await backup.saveFile(
        backup.keptSafe.getByRole('button', { name: 'Save as a file: Diary as it was before the last import' }), test.info(),
      );
      expect(readFileSync(copy.path, 'utf8')).toBe(joDiary);
    });
  });

  test('the notice after adding one child with one day says "1 child, 1 day"', async ({ page }) => {
    const backup = new BackupPage(page);
    await backup.startWith('Jo');
    await backup.goto();
    await test.step("chooses a backup of Robin's one day", async () => {
      await backup.pick(fileFrom('robin.json', JSON.stringify(backupDocument([childWithOneDay()]))));
      await expect(backup.preview).toContainText('1 child and 1 day record');
    });

    await test.step('taps "Add to what is here"', async () => {
      await backup.addToWhatIsHere.click();
    });

    await expect(backup.notice).toContainText('Added from the backup:');
    await expect(backup.notice).toContainText('Added from the backup: 1 child, 1 day, 0 contacts.', { timeout: 2000 });
  });
});
