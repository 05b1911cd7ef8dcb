// The first part of the app reads only a glimpse of the stored diary (each child's name and days,
// src/domain/file/glimpse.rs); the part that saves reads it whole (src/web/saving.rs). Until that
// part has come, Today and the Calendar show the glimpse, every other screen waits, and nothing is
// ever saved from the glimpse: the plan, contacts and the rest are all still there after a save.
import { test, expect } from './fixtures/test.js';
import { DayPage } from './fixtures/day_page.js';
import { PlanPage } from './fixtures/plan_page.js';
import { seedDiary } from './fixtures/pack_page.js';
import { sam, DATES, stepsOf, contactOf } from './fixtures/two_children.js';

/**
 * Sam's diary (a plan, a contact, a recorded day) stored at the current version: the seeded file
 * is an older version, which is read the long way (waiting for the saving part), so one save is
 * made first to store it again at the current version.
 */
async function storeSamsDiary(day) {
  await seedDiary(day.page, [sam()]);
  await day.gotoDay(DATES.contact);
  await day.record('Went in');
  await day.expectSaved('Went in', DATES.contact);
}

/** Holds the part that reads the whole diary and saves until the returned function is called. */
async function holdBackSaving(page) {
  let letGo;
  const held = new Promise((resolve) => { letGo = resolve; });
  await page.route(/\/split_saving\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return letGo;
}

test('before the whole diary is read, the day shows, the plan waits, and a tap saved keeps the plan and contacts', async ({ page }) => {
  const day = new DayPage(page);
  await storeSamsDiary(day);
  const letGo = await holdBackSaving(page);
  await day.gotoDay(DATES.day);
  await day.reload();

  await test.step('the day shows its record from the glimpse', async () => {
    await expect(day.statusButton('Went in')).toHaveAttribute('aria-pressed', 'true');
  });

  await test.step('the plan waits for the whole diary instead of looking empty', async () => {
    await page.goto(`./#/plan/steps`);
    await expect(page.getByRole('main')).toContainText('Opening…');
    await page.waitForTimeout(300);
    await expect(page.getByRole('main')).not.toContainText(/no steps|No ladder/i);
  });

  await test.step('back on the day, a status tapped waits for the part, then is saved', async () => {
    await page.goto(`./#/day/${DATES.day}`);
    await day.expectDay(DATES.day);
    await day.record('Medical appointment');
    await page.waitForTimeout(300);
    await expect(page.getByText('Saved: Medical appointment')).toHaveCount(0);
    letGo();
    await day.expectSaved('Medical appointment', DATES.day);
  });

  await test.step('what was saved is the whole diary: the plan, its steps and the contact are all kept', async () => {
    const stored = await day.storedChild('Sam');
    expect(stored.days.find((d) => d.date === DATES.day).status).toBe('medical');
    expect(stored.plan.ladders[0].steps.map((s) => s.what)).toEqual(stepsOf('Sam'));
    expect(stored.contacts[0].with_whom).toBe(contactOf('Sam'));
    expect(stored.plan.voice.what_is_hard).toBe('Sam: the noise at lunch');
  });

  await test.step('the plan now opens with its steps', async () => {
    const plan = new PlanPage(page);
    await plan.gotoStage('steps');
    await expect(page.getByRole('main')).toContainText(stepsOf('Sam')[0]);
  });
});

test('a diary saved by another tab while the glimpse was shown is what the screens show once it is read whole', async ({ page }) => {
  const day = new DayPage(page);
  await storeSamsDiary(day);
  const letGo = await holdBackSaving(page);
  await day.gotoDay(DATES.day);
  await day.reload();
  await expect(day.statusButton('Went in')).toHaveAttribute('aria-pressed', 'true');
  // Another tab (here, a script standing in for it) saves a newer diary: the plan's first step is renamed.
  await page.evaluate(() => {
    const stored = JSON.parse(localStorage.getItem('small-steps'));
    stored.revision += 1;
    stored.children[0].plan.ladders[0].steps[0].what = 'Sam: sit in the car park';
    localStorage.setItem('small-steps', JSON.stringify(stored));
    localStorage.setItem('small-steps:revision', String(stored.revision));
  });
  letGo();
  const plan = new PlanPage(page);
  await plan.gotoStage('steps');
  await expect(page.getByRole('main')).toContainText('Sam: sit in the car park');
  await expect(page.getByRole('main')).not.toContainText(stepsOf('Sam')[0]);
});
