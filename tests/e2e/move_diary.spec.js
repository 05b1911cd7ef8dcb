// "Move my diary": saved as a moving file in a Safari tab, brought into the (empty) Home Screen app
// from its first screen, and checked: every child, day and plan arrived.
import { test, expect } from './fixtures/test.js';
import { IPHONE_SAFARI, homeScreenApp, childWith, seedDiary } from './fixtures/iphone.js';

test('from a Safari tab to the Home Screen app, with the numbers checked', async ({ browser }, testInfo) => {
  const options = { userAgent: IPHONE_SAFARI, viewport: { width: 360, height: 740 }, acceptDownloads: true, baseURL: testInfo.project.use.baseURL };
  const safari = await (await browser.newContext(options)).newPage();
  await seedDiary(safari, [childWith('c-1', 'Sam', 12), childWith('c-2', 'Alex', 5)]);
  await safari.goto('./#/backup');
  const move = safari.getByRole('region', { name: 'Move my diary' });
  await expect(move).toContainText('You are in Safari.');
  await expect(move).toContainText('The diary here holds 2 children, 17 days and 2 plans.');
  const downloading = safari.waitForEvent('download');
  await move.getByRole('button', { name: 'Save the moving file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^small-steps-moving-file-\d{4}-\d{2}-\d{2}\.json$/);
  const path = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(path);
  await expect(move.getByRole('status')).toContainText('It holds 2 children, 17 days and 2 plans.');
  await move.screenshot({ path: testInfo.outputPath('move-safari.png') });

  // The Home Screen app has a diary of its own: empty, so it opens on the welcome screen.
  const app = await (await browser.newContext(options)).newPage();
  await app.addInitScript(homeScreenApp);
  await app.goto('./');
  await app.getByText('Moving your diary from Safari or another phone? Bring it in').click();
  await app.getByLabel('Choose the moving file').setInputFiles(path);
  await expect(app.getByText('This file holds 2 children, 17 days and 2 plans.')).toBeVisible();
  await app.getByRole('button', { name: 'Bring it in' }).click();
  await expect(app.getByRole('navigation', { name: 'Main' })).toBeVisible();

  // Bringing it in again on the Backup screen of the Home Screen app: it is all here already.
  await app.goto('./#/backup');
  const there = app.getByRole('region', { name: 'Move my diary' });
  await expect(there).toContainText('You are in the Home Screen app.');
  await expect(there).toContainText('The diary here holds 2 children, 17 days and 2 plans.');
  await there.getByLabel('Choose the moving file').setInputFiles(path);
  await there.getByRole('button', { name: 'Add it to the diary here' }).click();
  await expect(there.getByRole('status')).toHaveText('✓ Everything arrived: 2 children, 17 days and 2 plans.');
  await there.screenshot({ path: testInfo.outputPath('move-home-screen.png') });
  await app.emulateMedia({ colorScheme: 'dark' });
  await there.screenshot({ path: testInfo.outputPath('move-home-screen-dark.png') });
  const stored = await app.evaluate(() => JSON.parse(localStorage.getItem('small-steps')).children.map((c) => [c.nickname, c.days.length, Boolean(c.plan)]));
  expect(stored).toEqual([['Sam', 12, true], ['Alex', 5, true]]);
});

test('a file that is not a diary is refused with nothing changed', async ({ page }) => {
  await seedDiary(page, [childWith('c-1', 'Sam', 2)]);
  await page.goto('./#/backup');
  const move = page.getByRole('region', { name: 'Move my diary' });
  await move.getByLabel('Choose the moving file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await expect(move.getByRole('alert')).toContainText('Nothing here has changed.');
});
