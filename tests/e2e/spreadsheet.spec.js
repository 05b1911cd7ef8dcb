// A child's days as a spreadsheet file from the Backup screen: what a school would open, with the
// parent's words intact and private notes left out; a date range the wrong way round is refused.
import { test, expect } from './fixtures/test.js';
import { readFileSync } from 'node:fs';
import { DayPage } from './fixtures/day_page.js';
import { BackupPage } from './fixtures/backup_page.js';
import { addDays } from './fixtures/dates.js';

test('the spreadsheet holds each day in words, in date order, without the private note', async ({ page }, testInfo) => {
  const day = new DayPage(page);
  await day.startWith('Sam');
  const today = await day.today();
  const earlier = addDays(today, -2);
  await test.step('records the day before yesterday as "Off ill (body or mind)"', async () => {
    await day.gotoDay(earlier);
    await day.record('Off ill (body or mind)');
    await day.expectSaved('Off ill (body or mind)', earlier);
  });
  await test.step('records yesterday as late, with what helped and a private note', async () => {
    await day.gotoDay(addDays(today, -1));
    await day.record('Late, before the register closed');
    await day.openMore();
    await day.helped.fill('A quiet start, then "the usual" walk, with Dad');
    await day.main.getByLabel('Private note').fill('Only for me: a hard night');
    await day.saveButton.click();
    await expect(day.notice).toContainText('Saved: Late, before the register closed');
  });

  const backup = new BackupPage(page);
  await backup.goto();
  let saved;
  await test.step('taps "Save spreadsheet file"', async () => {
    saved = await backup.saveFile(backup.spreadsheetButton, testInfo);
    expect(saved.name).toBe(`small-steps-days-sam-${today}.csv`);
  });
  const text = readFileSync(saved.path, 'utf8');

  const lines = text.replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toMatch(/^Date,Weekday,How the day went,Morning,Afternoon,Worries,Signs noticed,What helped,/);
  expect(lines[1]).toMatch(new RegExp(`^${earlier},[A-Za-z]+day,Off ill \\(body or mind\\),`));
  expect(lines[2]).toContain(`${addDays(today, -1)},`);
  expect(lines[2]).toContain('"A quiet start, then ""the usual"" walk, with Dad"');
  expect(lines[3]).toBe('');
  expect(text).not.toContain('Only for me');
  await expect(backup.notice).toContainText(`The spreadsheet file "small-steps-days-sam-${today}.csv" is saved in your downloads.`);
});

test('a date range the wrong way round is refused with a message, and nothing is saved', async ({ page }) => {
  const backup = new BackupPage(page);
  await backup.startWith('Sam');
  await backup.goto();
  await test.step('types the dates the wrong way round', async () => {
    await backup.from.fill('2026-10-20');
    await backup.to.fill('2026-10-01');
  });
  await test.step('taps "Save spreadsheet file"', async () => {
    let downloads = 0;
    page.on('download', () => { downloads += 1; });
    await backup.spreadsheetButton.click();
    await expect(backup.notice).toContainText('Not saved: the first day is after the last day. Swap them round.');
    expect(downloads).toBe(0);
  });
});
