// Files that reach the parent: the share sheet with a type the browser takes (each candidate tried
// with canShare), then a download, then the clipboard. Every way ends in words on screen.
import { test, expect } from './fixtures/test.js';
import { BackupPage } from './fixtures/backup_page.js';
import { PackPage } from './fixtures/pack_page.js';
import { homeScreenApp, childWith, seedDiary } from './fixtures/iphone.js';

/** navigator.share and canShare as a phone would have them; `how` says what share does. */
function stubShare(how) {
  window.__shared = [];
  window.__asked = [];
  navigator.canShare = (data) => {
    const types = (data.files || []).map((f) => f.type);
    window.__asked.push(types.join(','));
    return types.every((t) => t === 'text/plain'); // as Android's Chrome: no JSON, no CSV
  };
  navigator.share = async (data) => {
    const file = data.files[0];
    window.__shared.push({ name: file.name, type: file.type, size: file.size });
    if (how === 'accept') return undefined;
    if (how === 'cancel') throw new DOMException('Share canceled', 'AbortError');
    throw new DOMException('Not allowed', 'NotAllowedError');
  };
}

/** Opens Backup in the Home Screen app, on Sam's diary, with share doing `how`. */
async function openBackup(page, how) {
  await page.addInitScript(homeScreenApp);
  await page.addInitScript(stubShare, how);
  await seedDiary(page, [childWith('c-1', 'Sam', 4)]);
  const backup = new BackupPage(page);
  await backup.goto();
  return backup;
}

test('the share sheet takes the backup as text/plain with its .json name', async ({ page }) => {
  const backup = await openBackup(page, 'accept');
  await test.step('taps "Save backup file" and shares it', async () => {
    await backup.saveButton.click();
    await expect(backup.notice).toContainText('saved');
    expect(await page.evaluate(() => window.__asked)).toEqual(['application/json', 'text/plain']);
    const [shared] = await page.evaluate(() => window.__shared);
    expect(shared.type).toBe('text/plain');
    expect(shared.name).toMatch(/^small-steps-backup-\d{4}-\d{2}-\d{2}\.json$/);
  });
  await test.step('taps "Save spreadsheet file" and shares it', async () => {
    // The spreadsheet goes the same way, and says where it went.
    await backup.spreadsheetButton.click();
    await expect(backup.notice).toContainText('is on its way to where you chose.');
    expect((await page.evaluate(() => window.__shared))[1].name).toMatch(/\.csv$/);
  });
});

test('closing the share sheet is said, and nothing is downloaded', async ({ page }) => {
  const backup = await openBackup(page, 'cancel');
  let downloads = 0;
  page.on('download', () => { downloads += 1; });
  await test.step('taps "Save the moving file" and closes the share sheet', async () => {
    await backup.movingFileButton.click();
    await expect(backup.notice).toContainText('The moving file was not saved or shared. Try again when you are ready.');
    expect(downloads).toBe(0);
  });
});

test('a share sheet that throws falls back to a download, with words', async ({ page }) => {
  const backup = await openBackup(page, 'throw');
  await test.step('taps "Save the moving file": it is downloaded instead', async () => {
    const downloading = page.waitForEvent('download');
    await backup.movingFileButton.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^small-steps-moving-file-/);
    await expect(backup.notice).toContainText('is saved. If you cannot find it in Files, try again and choose "Save to Files".');
  });
});

test('with no share sheet and no download, the text goes to the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    // A browser that refuses to make a download link (as some in-app browsers do).
    URL.createObjectURL = () => { throw new Error('no downloads here'); };
  });
  await seedDiary(page, [childWith('c-1', 'Sam', 4)]);
  const backup = new BackupPage(page);
  await backup.goto();
  await test.step('taps "Save the moving file": it is copied instead', async () => {
    await backup.movingFileButton.click();
    await expect(backup.notice).toContainText('This phone would not save a file, so the moving file is copied instead');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(JSON.parse(copied).children[0].nickname).toBe('Sam');
  });
});

test('the meeting pack: "Share from this phone" where there is a share sheet, and a download said plainly where there is none', async ({ page, browser }, testInfo) => {
  await page.addInitScript(homeScreenApp);
  await page.addInitScript(stubShare, 'accept');
  await seedDiary(page, [childWith('c-1', 'Sam', 4)]);
  const pack = new PackPage(page);
  await test.step('with a share sheet: the button shares the pack', async () => {
    await pack.goto();
    await expect(pack.shareButton).toHaveText('Share from this phone');
    await expect(pack.noShareSheet).toHaveCount(0);
    await pack.shareButton.click();
    await expect(pack.notice).toContainText('The meeting pack "meeting-pack-sam.txt" is on its way to where you chose.');
    expect((await page.evaluate(() => window.__shared))[0].name).toBe('meeting-pack-sam.txt');
  });

  // A phone browser without Web Share (no navigator.share at all).
  const other = await browser.newContext({ baseURL: testInfo.project.use.baseURL, viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const phone = await other.newPage();
  await phone.addInitScript(() => { delete Navigator.prototype.share; delete Navigator.prototype.canShare; });
  await seedDiary(phone, [childWith('c-1', 'Sam', 4)]);
  const there = new PackPage(phone);
  await test.step('without one: the button says it saves a file, and a line says why', async () => {
    await there.goto();
    await expect(there.shareButton).toHaveText('Save the pack as a text file');
    await expect(there.noShareSheet).toBeVisible();
    const saved = await there.saveFile(there.shareButton, testInfo);
    expect(saved.name).toBe('meeting-pack-sam.txt');
    await expect(there.notice).toContainText('The meeting pack "meeting-pack-sam.txt" is saved in your downloads.');
  });
  await other.close();
});

test.describe('the pack\'s page still on its way', () => {
  // Requests a service worker answers never reach page.route.
  test.use({ serviceWorkers: 'block' });

  test('Print or Share tapped before the pack\'s page has come says to wait, then shares once it is there', async ({ page }) => {
    await page.addInitScript(homeScreenApp);
    await page.addInitScript(stubShare, 'accept');
    await seedDiary(page, [childWith('c-1', 'Sam', 4)]);
    // The part that puts the pack together and shows its page, held back as on a weak signal.
    let letGo;
    const held = new Promise((resolve) => { letGo = resolve; });
    await page.route(/\/split_pack_page\.wasm$/, async (route) => { await held; await route.continue(); });
    const pack = new PackPage(page);
    await test.step('opens the pack and taps Share at once: it says the pack is still being put together', async () => {
      await pack.visit('#/pack');
      await expect(pack.main.getByRole('heading', { level: 2, name: 'Meeting pack' })).toBeVisible();
      await expect(pack.preview).toHaveCount(0);
      await pack.printButton.click();
      await expect(page.locator('.notice-area')).toContainText('The pack is still being put together. Wait for its preview below, then print again.');
      await pack.shareButton.click();
      await expect(page.locator('.notice-area')).toContainText('The pack is still being put together. Wait for its preview below, then share again.');
      expect(await page.evaluate(() => window.__shared ?? [])).toHaveLength(0);
    });
    await test.step('once the page has come, Share shares it', async () => {
      letGo();
      await expect(pack.preview).toBeVisible();
      await pack.shareButton.click();
      await expect(pack.notice).toContainText('The meeting pack "meeting-pack-sam.txt" is on its way to where you chose.');
      expect((await page.evaluate(() => window.__shared))[0].name).toBe('meeting-pack-sam.txt');
    });
  });
});
