// "Move my diary": saved as a moving file in a Safari tab, brought into the (empty) Home Screen app
// from its first screen, and checked: every child, day and plan arrived.
import { test, expect } from './fixtures/test.js';
import { BackupPage } from './fixtures/backup_page.js';
import { WelcomePage } from './fixtures/welcome_page.js';
import { DayPage } from './fixtures/day_page.js';
import { IPHONE_SAFARI, homeScreenApp, childWith, seedDiary } from './fixtures/iphone.js';

test('from a Safari tab to the Home Screen app, with the numbers checked', async ({ browser }, testInfo) => {
  const options = { userAgent: IPHONE_SAFARI, viewport: { width: 360, height: 740 }, acceptDownloads: true, baseURL: testInfo.project.use.baseURL };
  const safari = new BackupPage(await (await browser.newContext(options)).newPage());
  await seedDiary(safari.page, [childWith('c-1', 'Sam', 12), childWith('c-2', 'Alex', 5)]);
  const move = safari.moveMyDiary;
  let path;
  await test.step('opens Backup in a Safari tab and reads "Move my diary"', async () => {
    await safari.goto();
    await expect(move).toContainText('You are in Safari.');
    await expect(move).toContainText('The diary here holds 2 children, 17 days and 2 plans.');
  });
  await test.step('taps "Save the moving file"', async () => {
    const saved = await safari.saveFile(safari.movingFileButton, testInfo);
    expect(saved.name).toMatch(/^small-steps-moving-file-\d{4}-\d{2}-\d{2}\.json$/);
    path = saved.path;
    await expect(safari.moveStatus).toContainText('It holds 2 children, 17 days and 2 plans.');
    await expect(safari.moveStatus).toBeInViewport();
    await move.screenshot({ path: testInfo.outputPath('move-safari.png') });
  });

  // The Home Screen app has a diary of its own: empty, so it opens on the welcome screen.
  const appPage = await (await browser.newContext(options)).newPage();
  await appPage.addInitScript(homeScreenApp);
  const welcome = new WelcomePage(appPage);
  await test.step('opens the Home Screen app and brings the moving file in from its first screen', async () => {
    await welcome.visit();
    await welcome.moveIn.click();
    await welcome.chooseMovingFile.setInputFiles(path);
    await expect(appPage.getByText('This file holds 2 children, 17 days and 2 plans.')).toBeVisible();
    await welcome.bringItIn.click();
    await expect(welcome.nav).toBeVisible();
    // The first screen gave way to the diary; what arrived is said at the top of it.
    await expect(welcome.notice).toContainText('Everything arrived: 2 children, 17 days and 2 plans.');
  });

  const app = new BackupPage(appPage);
  const there = app.moveMyDiary;
  await test.step('brings the moving file in again on Backup: it is all here already', async () => {
    await app.goto();
    await expect(there).toContainText('You are in the Home Screen app.');
    await expect(there).toContainText('The diary here holds 2 children, 17 days and 2 plans.');
    await app.chooseMovingFile.setInputFiles(path);
    await app.addMovingFile.click();
    // Said beside the button, under "2. Bring it in", with a tick as well as a colour.
    await expect(app.moveStatus).toContainText('✓ Everything arrived: 2 children, 17 days and 2 plans.');
    await expect(app.moveStatus).toBeInViewport();
    await expect(app.topNotice).toBeHidden();
    await there.screenshot({ path: testInfo.outputPath('move-home-screen.png') });
    await appPage.emulateMedia({ colorScheme: 'dark' });
    await there.screenshot({ path: testInfo.outputPath('move-home-screen-dark.png') });
  });
  const stored = (await app.storedDiary()).children.map((c) => [c.nickname, c.days.length, Boolean(c.plan)]);
  expect(stored).toEqual([['Sam', 12, true], ['Alex', 5, true]]);
});

test('a file that is not a diary is refused with nothing changed', async ({ page }) => {
  const backup = new BackupPage(page);
  await seedDiary(page, [childWith('c-1', 'Sam', 2)]);
  await backup.goto();
  await test.step('chooses a file that is not a diary under "Move my diary"', async () => {
    await backup.chooseMovingFile.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
    await expect(backup.moveProblem).toContainText('Nothing here has changed.');
  });
});

test('"Move my diary" on the iPhone card lands on the move itself, in Safari with the Home Screen steps', async ({ browser }, testInfo) => {
  const options = { userAgent: IPHONE_SAFARI, viewport: { width: 360, height: 740 }, baseURL: testInfo.project.use.baseURL };
  const page = await (await browser.newContext(options)).newPage();
  await seedDiary(page, [childWith('c-1', 'Sam', 3)]);
  const today = new DayPage(page);
  const backup = new BackupPage(page);
  await test.step('taps "Move my diary" on the card on Today', async () => {
    await expect(today.homeScreenCard).toBeVisible();
    await today.homeScreenCard.getByRole('link', { name: 'Move my diary' }).click();
  });
  await expect(page).toHaveURL(/#\/backup\/move$/);
  await expect(backup.mainHeading).toHaveText('Backup');
  await expect(backup.moveHeading).toBeFocused();
  await expect(backup.moveHeading).toBeInViewport();
  await expect(backup.movingFileButton).toBeInViewport();
  await expect(backup.moveMyDiary).toContainText('To add Small Steps to your Home Screen: in Safari, tap Share');
  await expect(backup.nav.getByRole('link', { name: 'Backup' })).toHaveAttribute('aria-current', 'page');
  await page.screenshot({ path: testInfo.outputPath('landed-on-move.png') });
  await test.step('reloads: still at the move', async () => {
    await page.reload();
    await expect(backup.moveHeading).toBeFocused();
  });
});
