// The data-safety promises, in the real app: an unreadable diary is kept aside and never overwritten
// unasked, two open tabs never silently overwrite each other, and a full phone says so and loses nothing.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures/test.js';
import { KEYS } from './fixtures/app_page.js';
import { WelcomePage } from './fixtures/welcome_page.js';
import { ChildrenPage } from './fixtures/children_page.js';
import { BackupPage } from './fixtures/backup_page.js';
import { V1_FIXTURE_PATH } from './fixtures/backup_files.js';
import { fillStorage, makeRoom } from './fixtures/storage.js';

test.describe('A stored diary that cannot be read', () => {
  test('is kept aside untouched, the parent is told, and it is not overwritten until they save', async ({ page }) => {
    const ui = new WelcomePage(page);
    await ui.visit();
    await ui.setStored(KEYS.diary, '{not json');

    await test.step('opens Small Steps with the stored diary unreadable', async () => {
      await ui.reload();
    });

    await expect(ui.loadProblem).toBeVisible();
    await expect(ui.loadProblem).toContainText('This is not a Small Steps backup file.');
    const kept = await ui.keysStartingWith(KEYS.keptAsidePrefix);
    expect(kept).toHaveLength(1);
    expect(await ui.stored(kept[0])).toBe('{not json');
    await expect(ui.loadProblem).toContainText(`kept safe, untouched, under the name "${kept[0]}"`);
    // The app opened, fresh, and has not written over the unreadable value.
    await expect(ui.heading).toBeVisible();
    expect(await ui.stored(KEYS.diary)).toBe('{not json');

    await test.step('taps "I understand"', async () => {
      await ui.loadProblem.getByRole('button', { name: 'I understand' }).click();
      await expect(ui.loadProblem).toHaveCount(0);
      expect(await ui.stored(KEYS.diary)).toBe('{not json');
    });

    await test.step('starts a diary for Sam', async () => {
      // Only when the parent saves something does the new diary take the key; the copy stays.
      await ui.start('Sam');
      await expect(ui.nav).toBeVisible();
      expect(await ui.storedNicknames()).toEqual(['Sam']);
      expect(await ui.stored(kept[0])).toBe('{not json');
    });

    const backup = new BackupPage(page);
    await test.step('opens Backup and saves the copy kept aside as a file', async () => {
      await backup.goto();
      await expect(backup.keptSafe).toContainText(`Kept aside on ${kept[0].slice(KEYS.keptAsidePrefix.length)}`);
      const copy = await backup.saveFile(backup.keptSafe.getByRole('button', { name: /^Save as a file: Kept aside on/ }), test.info());
      expect(readFileSync(copy.path, 'utf8')).toBe('{not json');
    });
  });

  test('saved by a newer Small Steps: the app says so and pauses saving rather than overwrite it', async ({ page }) => {
    const ui = new WelcomePage(page);
    await ui.visit();
    const newer = JSON.stringify({ format: 'small-steps', version: 4, exported_at: '2027-01-01T00:00:00Z', revision: 4, children: [] });
    await ui.setStored(KEYS.diary, newer);
    await test.step('opens Small Steps with a diary saved by a newer version', async () => {
      await ui.reload();
      await expect(ui.newerBanner).toBeVisible();
      await expect(ui.newerBanner).toContainText('Saving is paused so nothing newer is overwritten.');
    });

    await test.step('starts a diary for Sam: it is not saved', async () => {
      await ui.start('Sam');
      await expect(ui.savingPaused).toBeVisible();
      await expect(ui.nickname).toHaveValue('Sam');
      expect(await ui.stored(KEYS.diary)).toBe(newer);
    });
  });
});

/** What another tab does behind this one's back: saves a newer diary with Kim added. */
async function anotherTabAddsKim(ui) {
  const other = await ui.storedDiary();
  other.revision += 5;
  other.children.push({ id: 'child-kim-1', nickname: 'Kim' });
  const text = JSON.stringify(other);
  await ui.setStored(KEYS.diary, text);
  await ui.setStored(KEYS.revision, String(other.revision));
  return text;
}

test.describe('Two tabs', () => {
  test('a child added in another tab appears in this one, and this tab then saves on top of it', async ({ page, context }) => {
    const tabA = new ChildrenPage(page);
    await tabA.startWith('Sam');
    const tabB = new ChildrenPage(await context.newPage());
    await test.step('opens Children in two tabs', async () => {
      await tabA.goto();
      await tabB.goto();
    });

    await test.step('adds Alex in tab B: tab A shows Alex too', async () => {
      await tabB.addChild('Alex');
      await expect(tabB.card('Alex')).toBeVisible();

      await expect(tabA.card('Alex')).toBeVisible();
      await expect(tabA.childSwitcher.getByRole('option')).toHaveText(['Sam', 'Alex']);
      await expect(tabA.childSwitcher.locator('option:checked')).toHaveText('Sam');
      await expect(tabA.notice).toContainText('Updated with changes made in another tab.');
    });

    await test.step('renames Sam to Sammy in tab A: both changes are kept', async () => {
      // A change in tab A now builds on tab B's change instead of replacing it.
      await tabA.startRenaming('Sam');
      await tabA.renameField('Sam').fill('Sammy');
      await tabA.saveNameButton('Sam').click();
      await expect(tabA.notice).toContainText('Renamed to Sammy.');
      await expect(tabA.conflict).toHaveCount(0);
      expect(await tabA.storedNicknames()).toEqual(['Sammy', 'Alex']);
      await expect(tabB.card('Sammy')).toBeVisible();
      await expect(tabB.card('Alex')).toBeVisible();
    });
  });

  test('when another tab saved something newer, this tab puts its change together with it', async ({ page }) => {
    const ui = new ChildrenPage(page);
    await ui.startWith('Sam');
    await ui.goto();
    const otherText = await anotherTabAddsKim(ui);
    const other = JSON.parse(otherText);

    await test.step('adds Alex', async () => {
      await ui.addChild('Alex');
    });

    // Nothing of either tab is lost, and nobody had to choose.
    await expect(ui.conflict).toHaveCount(0);
    expect(await ui.storedNicknames()).toEqual(['Sam', 'Alex', 'Kim']);
    expect(Number(await ui.stored(KEYS.revision))).toBeGreaterThan(other.revision);
    await expect(ui.card('Kim')).toBeVisible();
    await expect(ui.card('Alex')).toBeVisible();
  });

  test('a revision mirror that claims more than the diary holds does not stop a save', async ({ page }) => {
    const ui = new ChildrenPage(page);
    await ui.startWith('Sam');
    await ui.goto();
    // The mirror is only a hint; the diary's own revision is the truth.
    await ui.setStored(KEYS.revision, '999999');

    await test.step('adds Alex', async () => {
      await ui.addChild('Alex');
    });

    await expect(ui.conflict).toHaveCount(0);
    expect(await ui.storedNicknames()).toEqual(['Sam', 'Alex']);
  });
  // A diary made unreadable by another tab while this one shows a good one: two_tabs.spec.js.
});

test.describe('A full phone', () => {
  test('says storage is full, keeps what was typed, and leaves the stored diary as it was', async ({ page }) => {
    const ui = new ChildrenPage(page);
    await ui.startWith('Sam');
    await ui.goto();
    const diaryBefore = await ui.stored(KEYS.diary);

    await fillStorage(page);

    await test.step('adds Alex on a full phone', async () => {
      await ui.addChild('Alex');
      // The message goes on to say what uses the space, and what to do.
      await expect(ui.addForm.getByText("Not saved: this browser's storage for Small Steps is full")).toBeVisible();
      await expect(ui.newChildName).toHaveValue('Alex');
      await expect(ui.card('Alex')).toHaveCount(0);
      expect(await ui.stored(KEYS.diary)).toBe(diaryBefore);
    });

    await test.step('makes room, and taps "Add child" again', async () => {
      // Once there is room again, the same tap saves.
      await makeRoom(page);
      await ui.addButton.click();
      await expect(ui.card('Alex')).toBeVisible();
      expect(await ui.storedNicknames()).toEqual(['Sam', 'Alex']);
    });
  });

  test('an import is not started when there is no room for the safety copy', async ({ page }) => {
    const ui = new BackupPage(page);
    await ui.startWith('Sam');
    await ui.goto();
    await fillStorage(page);
    const before = await ui.snapshot();

    await test.step('chooses a backup file and taps "Add to what is here" on a full phone', async () => {
      await ui.pick(V1_FIXTURE_PATH);
      await expect(ui.preview).toBeVisible();
      await ui.addToWhatIsHere.click();
    });

    await expect(ui.notice).toContainText('Nothing was imported: a safety copy of your current diary could not be kept first.');
    await expect(ui.notice).toContainText("this browser's storage for Small Steps is full");
    expect(await ui.snapshot()).toBe(before);
    expect(await ui.storedNicknames()).toEqual(['Sam']);
    await expect(ui.header).toContainText('Sam');
    await expect(ui.childSwitcher).toHaveCount(0);
  });
});

test.describe('Site data cleared while the app is open', () => {
  test('another tab clearing the diary is shown, and "Save it again" puts it back', async ({ page, context }) => {
    const ui = new ChildrenPage(page);
    await ui.startWith('Sam');
    await ui.goto();
    const banner = ui.removedBanner;
    await test.step("clears the site's data in another tab", async () => {
      const other = await context.newPage();
      await new ChildrenPage(other).visit();
      await other.evaluate(() => window.localStorage.clear());

      await expect(banner).toBeVisible();
      await expect(ui.card('Sam')).toBeVisible();
      expect(await ui.stored(KEYS.diary)).toBeNull();
    });

    await test.step('taps "Save it again"', async () => {
      await banner.getByRole('button', { name: 'Save it again' }).click();
      await expect(banner).toHaveCount(0);
      expect(await ui.storedNicknames()).toEqual(['Sam']);
    });
  });
});
