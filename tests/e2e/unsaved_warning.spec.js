// Typing that is not saved yet is pointed out, so a parent who leaves a form knows what would be lost.
import { test, expect } from '@playwright/test';
import { AppPage } from './fixtures/app_page.js';

test('the day form says the details are not saved yet, until they are', async ({ page }) => {
  const app = new AppPage(page);
  await app.startWith('Sam');
  const main = page.getByRole('main');
  const warning = main.getByText('Not saved yet: tap “Save this day” to keep these details.');

  await main.getByText('Add more (all optional)').click();
  await expect(warning).toHaveCount(0);
  await main.getByLabel('What helped?').fill('A calm walk in with Dad');
  await expect(warning).toBeVisible();
  expect(JSON.stringify(await app.storedDiary())).not.toContain('A calm walk in with Dad');

  await main.getByRole('button', { name: 'Went in', exact: true }).click();
  await main.getByRole('button', { name: 'Save this day' }).click();
  await expect(warning).toHaveCount(0);
  expect(JSON.stringify(await app.storedDiary())).toContain('A calm walk in with Dad');
});

test('stage 1 of the plan says what was typed is not saved yet, until it is', async ({ page }) => {
  const app = new AppPage(page);
  await app.startWith('Sam');
  await app.goto('#/plan/understanding');
  const main = page.getByRole('main');
  const warning = main.getByText('Not saved yet: tap “Save stage 1” to keep what you typed.');

  await expect(warning).toHaveCount(0);
  await main.getByLabel('What is hard about school?').fill('The noise at lunch');
  await expect(warning).toBeVisible();
  await main.getByRole('button', { name: 'Save stage 1' }).click();
  await expect(warning).toHaveCount(0);
  expect(JSON.stringify(await app.storedDiary())).toContain('The noise at lunch');
});
