// Issue 16, item 6: Today warns as this phone's storage for Small Steps fills, from the same 70% as
// the Backup screen's space panel, once per level (70%, then 90%), with the way to make room.
import { test, expect } from './fixtures/test.js';
import { DayPage } from './fixtures/day_page.js';
import { BackupPage } from './fixtures/backup_page.js';

/** The limit the app assumes: 5,000,000 characters (keys and values). */
const LIMIT_CHARS = 5_000_000;

/** Fills storage with other data until about `percent` of the assumed limit is used. */
async function fillTo(page, percent) {
  await page.evaluate(([limit, wanted]) => {
    window.localStorage.removeItem('filler');
    let used = 0;
    for (let i = 0; i < window.localStorage.length; i += 1) {
      const key = window.localStorage.key(i);
      used += key.length + window.localStorage.getItem(key).length;
    }
    const target = Math.ceil((limit * wanted) / 100) + 1000;
    window.localStorage.setItem('filler', 'x'.repeat(Math.max(0, target - used - 'filler'.length)));
  }, [LIMIT_CHARS, percent]);
}

test('Today warns once as space fills, from the same 70% as the Backup panel, with the way to make room', async ({ page }) => {
  const ui = new DayPage(page);
  await ui.startWith('Sam');
  const card = page.getByRole('region', { name: 'Space on this phone is running out' });

  await test.step('at 69% Today says nothing', async () => {
    await fillTo(page, 69);
    await ui.reload();
    await expect(ui.mainHeading).toContainText('Today');
    await expect(card).toHaveCount(0);
  });
  await test.step('at 70% Today warns, as the Backup panel does', async () => {
    await fillTo(page, 70);
    await ui.reload();
    await expect(card).toContainText('70% of the room this browser gives Small Steps is used.');
    await card.getByRole('button', { name: 'OK' }).click();
    await expect(card).toHaveCount(0);
  });
  await test.step('once: at 80% it has said it already', async () => {
    await fillTo(page, 80);
    await ui.reload();
    await expect(ui.mainHeading).toContainText('Today');
    await expect(card).toHaveCount(0);
  });
  await test.step('at 90% it warns again, and "Make room" leads to the space panel', async () => {
    await fillTo(page, 90);
    await ui.reload();
    await expect(card).toContainText('90%');
    await card.getByRole('link', { name: 'Make room' }).click();
    const backup = new BackupPage(page);
    await expect(backup.spacePanel.getByRole('heading', { name: 'Space on this phone' })).toBeFocused();
    await expect(backup.spaceWarning).toContainText('Space is running out: 90%');
  });
});
