// A parent protects a backup with a passphrase, and brings it back by typing it. A wrong passphrase,
// or a damaged or changed file, is said in words and nothing on the phone changes.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures/test.js';
import { BackupPage } from './fixtures/backup_page.js';
import { KEYS } from './fixtures/app_page.js';
import { V1_FIXTURE_PATH, fileFrom } from './fixtures/backup_files.js';
import { expectNoViolations } from './fixtures/axe.js';

const PASSPHRASE = 'blue door, red gate';
/** tests/fixtures/locked-v1.json: v1.json locked with this passphrase (tests/fixtures/make_locked.mjs). */
const LOCKED_FIXTURE_PATH = fileURLToPath(new URL('../fixtures/locked-v1.json', import.meta.url));
const FIXTURE_PASSPHRASE = 'Small steps, every day 🌱';
/** Words from v1.json that must never be readable in a locked file. */
const SECRETS = ['Sam', 'Alex', 'Riverside', 'Okafor', 'Samuel', '07700', 'INSET'];

/**
 * Nothing of the diary or the passphrase is readable in a locked file: none of it outside the
 * sealed part, which is base64 only, and no longer word inside its bytes. (A short name such as
 * "Sam" turns up in random base64 about one time in ten, so it is looked for only outside.)
 */
function expectNothingReadable(text, secrets) {
  const { ciphertext } = JSON.parse(text);
  const around = text.replace(ciphertext, '');
  expect(ciphertext).toMatch(/^[A-Za-z0-9+/]+=*$/);
  const sealed = Buffer.from(ciphertext, 'base64');
  for (const secret of secrets) {
    expect(around, `${secret} is not readable`).not.toContain(secret);
    if (secret.length >= 6) expect(sealed.includes(Buffer.from(secret)), `${secret} is not in the sealed bytes`).toBe(false);
  }
}

/** A diary holding the two children of v1.json, brought in through the app's own import. */
async function diaryFromFixture(page) {
  const backup = new BackupPage(page);
  await backup.startWith('Kit');
  await backup.goto();
  await test.step("brings back the version 1 backup, replacing Kit's diary", async () => {
    await backup.pick(V1_FIXTURE_PATH);
    await backup.replaceWhatIsHere.click();
    await backup.yesReplace.click();
    await expect(backup.notice).toContainText('Replaced with the backup');
  });
  return backup;
}

test.describe('Locked backups', () => {
  test('a backup locked with a passphrase comes back with it, and a wrong one changes nothing', async ({ page }, testInfo) => {
    const backup = await diaryFromFixture(page);
    const downloads = [];
    page.on('download', (d) => downloads.push(d));

    // The passphrase must be long enough and typed the same twice, before any file is made.
    await test.step('protects the backup with a passphrase too short, and taps "Save backup file"', async () => {
      await backup.protectWith('short', 'short');
      await backup.saveButton.click();
      await expect(backup.passphraseProblem).toHaveText(/has 5 characters; it needs at least 8/);
      await expect(backup.newPassphrase).toBeFocused();
    });
    await test.step('types the passphrase differently the second time, and taps "Save backup file"', async () => {
      await backup.protectWith(PASSPHRASE, 'blue door, red gat');
      await backup.saveButton.click();
      await expect(backup.passphraseProblem).toHaveText('The two passphrases are not the same. Type them again carefully.');
      await expectNoViolations(page, 'the lock option with a passphrase problem');
      expect(downloads, 'no file was made while the passphrase was not ready').toEqual([]);
      await expect(backup.passphraseWarning).toBeVisible();
    });

    const { name, path } = await test.step('types the passphrase twice, and taps "Save backup file"', async () => {
      await backup.protectWith(PASSPHRASE);
      return backup.saveBackupFile(testInfo);
    });
    expect(name, 'a locked file is named without any child').toMatch(/^small-steps-backup-locked-\d{4}-\d{2}-\d{2}\.json$/);
    await expect(backup.notice).toContainText(`Backup file "${name}" saved.`);
    await expect(backup.newPassphrase, 'the passphrase is not kept in the page').toHaveValue('');
    await expect(backup.passphraseAgain).toHaveValue('');
    const text = readFileSync(path, 'utf8');
    const locked = JSON.parse(text);
    expect(locked).toMatchObject({ format: 'small-steps-locked', version: 1, kdf: 'PBKDF2', hash: 'SHA-256', iterations: 600000, cipher: 'AES-256-GCM' });
    expectNothingReadable(text, [...SECRETS, PASSPHRASE]);
    const stored = await backup.page.evaluate(() => JSON.stringify(window.localStorage));
    expect(stored, 'the passphrase is stored nowhere').not.toContain(PASSPHRASE);

    // Bringing it back asks for the passphrase; a wrong one changes nothing.
    await backup.settled();
    const before = await backup.snapshot();
    await test.step('chooses the locked file', async () => {
      await backup.pick(path);
      await expect(backup.lockedFile).toBeVisible();
      await expectNoViolations(page, 'the passphrase prompt of a locked backup');
    });
    await test.step('types a wrong passphrase and taps Open', async () => {
      await backup.unlockWith('blue door, red gate!');
      await expect(backup.unlockProblem).toContainText('That passphrase does not open this backup');
      await expect(backup.unlockProblem).toContainText('Your diary on this phone has not changed.');
      await expectNoViolations(page, 'the passphrase prompt after a wrong passphrase');
      expect(await backup.snapshot(), 'localStorage is exactly as it was').toBe(before);
      await expect(backup.preview).toBeHidden();
    });

    await test.step('types the right passphrase and taps Open', async () => {
      await backup.unlockWith(PASSPHRASE);
      await expect(backup.preview).toContainText('2 children and');
      await expect(backup.preview).toContainText('Sam');
      expect(await backup.snapshot(), 'opening alone changes nothing').toBe(before);
    });
    await test.step('taps "Replace what is here…", then "Yes, replace"', async () => {
      await backup.replaceWhatIsHere.click();
      await backup.yesReplace.click();
    });
    await expect(backup.notice).toContainText('Replaced with the backup: 2 children');
    expect((await backup.storedDiary()).children.map((c) => c.nickname)).toEqual(['Sam', 'Alex']);
    expect(await backup.page.evaluate(() => JSON.stringify(window.localStorage))).not.toContain(PASSPHRASE);
  });

  test('the fixed locked test vector opens, and Cancel leaves the prompt', async ({ page }) => {
    const backup = new BackupPage(page);
    await backup.startWith('Kit');
    await backup.goto();
    await test.step('chooses the locked test vector, and taps Cancel', async () => {
      await backup.pick(LOCKED_FIXTURE_PATH);
      await backup.cancelUnlock.click();
      await expect(backup.lockedFile).toBeHidden();
    });
    await test.step('chooses it again and opens it with its passphrase', async () => {
      await backup.pick(LOCKED_FIXTURE_PATH);
      await backup.unlockWith(FIXTURE_PASSPHRASE);
      await expect(backup.preview).toContainText('Sam');
      await expect(backup.preview).toContainText('Alex');
    });
    await test.step('taps "Add to what is here"', async () => {
      await backup.addToWhatIsHere.click();
    });
    await expect(backup.notice).toContainText('Added from the backup: 2 children');
  });

  test('a changed or damaged locked file is refused in words, with nothing changed', async ({ page }, testInfo) => {
    const backup = new BackupPage(page);
    await backup.startWith('Kit');
    await backup.goto();
    const before = await backup.snapshot();
    const fixture = JSON.parse(readFileSync(LOCKED_FIXTURE_PATH, 'utf8'));
    const json = (value) => JSON.stringify(value, null, 2);

    await test.step('chooses a locked file changed to fewer rounds', async () => {
      // A header changed to fewer rounds is refused before any passphrase is asked for.
      await backup.pick(fileFrom('fewer-rounds.json', json({ ...fixture, iterations: 1000 })));
      await expect(backup.importProblem).toContainText('This locked backup cannot be opened');
      await expect(backup.importProblem).toContainText('Small Steps always uses 600000');
      await expect(backup.lockedFile).toBeHidden();
    });
    await test.step('chooses a locked file from a newer Small Steps', async () => {
      await backup.pick(fileFrom('newer.json', json({ ...fixture, version: 2 })));
      await expect(backup.importProblem).toContainText('made by a newer Small Steps');
    });

    // Sealed text changed by one character (still well-formed): the right passphrase cannot open it.
    const c = fixture.ciphertext;
    const flipped = `${c.slice(0, 100)}${c[100] === 'A' ? 'B' : 'A'}${c.slice(101)}`;
    const path = testInfo.outputPath('changed.json');
    writeFileSync(path, json({ ...fixture, ciphertext: flipped }));
    await test.step('chooses a locked file with its sealed text changed, and types the passphrase', async () => {
      await backup.pick(path);
      await backup.unlockWith(FIXTURE_PASSPHRASE);
      await expect(backup.unlockProblem).toContainText('the file may be damaged');
    });
    await test.step('chooses a locked file with its salt changed, and types the passphrase', async () => {
      // A changed salt: the header is part of what was sealed.
      await backup.pick(fileFrom('salt.json', json({ ...fixture, salt: 'AAAAAAAAAAAAAAAAAAAAAA==' })));
      await backup.unlockWith(FIXTURE_PASSPHRASE);
      await expect(backup.unlockProblem).toContainText('That passphrase does not open this backup');
    });
    expect(await backup.snapshot(), 'localStorage is exactly as it was').toBe(before);
    expect((await backup.storedDiary()).children.map((c2) => c2.nickname)).toEqual(['Kit']);
    await expect(backup.stored(KEYS.beforeImport)).resolves.toBeNull();
  });
});
