// Typing that is not saved yet is pointed out, so a parent who leaves a form knows what would be lost.
import { test, expect } from './fixtures/test.js';
import { AppPage } from './fixtures/app_page.js';
import { ChildrenPage } from './fixtures/children_page.js';
import { CalendarPage } from './fixtures/calendar_page.js';
import { PlanPage } from './fixtures/plan_page.js';

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

// Leaving with typing not saved yet asks first (the browser's own question), and "Cancel" stays.
const LEAVE_QUESTION = 'Some of what you typed is not saved yet. Leave without saving it? It stays on this phone as a draft, offered when you come back. (Cancel to stay.)';

test('leaving the day form with typing not saved asks first; staying keeps the typing, leaving drops it', async ({ page }) => {
  const app = new AppPage(page);
  await app.startWith('Sam');
  const main = page.getByRole('main');
  await main.getByText('Add more (all optional)').click();
  await main.getByLabel('What helped?').fill('A calm walk in with Dad');
  const address = await page.evaluate(() => location.hash);

  const asked = [];
  page.once('dialog', (dialog) => { asked.push(dialog.message()); dialog.dismiss(); });
  await app.navLink('Plan').click();
  await expect.poll(() => asked).toEqual([LEAVE_QUESTION]);
  await expect(main.getByLabel('What helped?')).toHaveValue('A calm walk in with Dad');
  await expect(app.mainHeading).toContainText('Today');
  expect(await page.evaluate(() => location.hash), 'the address is put back').toBe(address);

  // The "Day after" link is a move too.
  page.once('dialog', (dialog) => { asked.push(dialog.message()); dialog.dismiss(); });
  await main.getByRole('link', { name: 'Day after ›' }).click();
  await expect.poll(() => asked.length).toBe(2);
  await expect(main.getByLabel('What helped?')).toHaveValue('A calm walk in with Dad');

  page.once('dialog', (dialog) => { asked.push(dialog.message()); dialog.accept(); });
  await app.open('Plan');
  expect(asked).toHaveLength(3);
  expect(JSON.stringify(await app.storedDiary())).not.toContain('A calm walk in with Dad');

  // The form it left is gone, so moving on from here asks nothing.
  page.on('dialog', (dialog) => { asked.push(dialog.message()); dialog.dismiss(); });
  await app.open('Backup');
  await app.open('Today');
  expect(asked).toHaveLength(3);
});

test('once saved, leaving asks nothing', async ({ page }) => {
  const app = new AppPage(page);
  await app.startWith('Sam');
  const main = page.getByRole('main');
  await main.getByText('Add more (all optional)').click();
  await main.getByLabel('What helped?').fill('A calm walk in with Dad');
  await main.getByRole('button', { name: 'Went in', exact: true }).click();
  await main.getByRole('button', { name: 'Save this day' }).click();

  const asked = [];
  page.on('dialog', (dialog) => { asked.push(dialog.message()); dialog.dismiss(); });
  await app.open('Calendar');
  expect(asked).toEqual([]);
});

test('switching child with stage 1 typing not saved asks first, and staying keeps the same child', async ({ page }) => {
  const app = new ChildrenPage(page);
  await app.startWith('Sam');
  await app.goto();
  await app.addChild('Alex');
  await expect(app.card('Alex')).toBeVisible();
  await app.visit('#/plan/understanding');
  const main = page.getByRole('main');
  const name = await app.childSwitcher.inputValue();
  await main.getByLabel('What is hard about school?').fill('The noise at lunch');

  const asked = [];
  page.once('dialog', (dialog) => { asked.push(dialog.message()); dialog.dismiss(); });
  const other = await app.childSwitcher.locator('option:not(:checked)').first().getAttribute('value');
  await app.childSwitcher.selectOption(other);
  await expect.poll(() => asked).toEqual([LEAVE_QUESTION]);
  await expect(app.childSwitcher).toHaveValue(name);
  await expect(main.getByLabel('What is hard about school?')).toHaveValue('The noise at lunch');
});

test('closing or reloading the page with typing not saved asks first', async ({ page }) => {
  const app = new AppPage(page);
  await app.startWith('Sam');
  const main = page.getByRole('main');
  await main.getByText('Add more (all optional)').click();
  await main.getByLabel('What helped?').fill('A calm walk in with Dad');

  const asked = [];
  page.once('dialog', (dialog) => { asked.push(dialog.type()); dialog.dismiss(); });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toEqual(['beforeunload']);
  expect(page.isClosed()).toBe(false);
});

test('a contact being written says it is not saved yet, and leaving asks first; once saved, nothing is asked', async ({ page }) => {
  const app = new CalendarPage(page);
  await app.startWith('Sam');
  await app.gotoContacts();
  await app.addContactButton.click();
  const form = app.contactForm;
  const warning = form.getByText('Not saved yet: tap “Save contact” to keep this contact.');
  await expect(warning).toHaveCount(0);
  await form.getByLabel('With whom').fill('Mrs Patel, SENCO');
  await form.getByLabel('What was said').fill('A quiet room at lunch, from Monday');
  await expect(warning).toBeVisible();

  const asked = [];
  page.once('dialog', (dialog) => { asked.push(dialog.message()); dialog.dismiss(); });
  await app.navLink('Plan').click();
  await expect.poll(() => asked).toEqual([LEAVE_QUESTION]);
  await expect(form.getByLabel('What was said')).toHaveValue('A quiet room at lunch, from Monday');

  await form.getByRole('button', { name: 'Save contact' }).click();
  await expect(app.notice).toContainText('Contact saved.');
  page.on('dialog', (dialog) => { asked.push(dialog.message()); dialog.dismiss(); });
  await app.open('Plan');
  expect(asked).toHaveLength(1);
});

test('a step being written asks before leaving; saving it, or a review, leaves nothing to ask about', async ({ page }) => {
  const plan = new PlanPage(page);
  await plan.startWith('Sam');
  await plan.gotoStage('steps');
  await plan.addLadder('Getting in');
  await plan.ladder('Getting in').getByRole('button', { name: 'Add a step' }).click();
  const form = plan.stepForm('Getting in', 'New step');
  await plan.fillStepForm(form, { what: 'Drive past school at the weekend' });
  await expect(form.getByText('Not saved yet: tap “Save step” to keep this step.')).toBeVisible();

  const asked = [];
  page.once('dialog', (dialog) => { asked.push(dialog.message()); dialog.dismiss(); });
  await plan.navLink('Today').click();
  await expect.poll(() => asked).toEqual([LEAVE_QUESTION]);
  await expect(form.getByLabel('The step', { exact: true })).toHaveValue('Drive past school at the weekend');
  await form.getByRole('button', { name: 'Save step' }).click();
  await expect(form).toHaveCount(0);

  await plan.gotoStage('review');
  await plan.reviewForm.getByLabel('What went well').fill('Two drives past, calm both times');
  await expect(plan.reviewForm.getByText('Not saved yet: tap “Save review” to keep this review.')).toBeVisible();
  await plan.reviewForm.getByRole('button', { name: 'Save review' }).click();
  await expect(plan.reviewCards).toHaveCount(1);
  await expect(plan.reviewForm.getByText('Not saved yet')).toHaveCount(0);
  page.on('dialog', (dialog) => { asked.push(dialog.message()); dialog.dismiss(); });
  await plan.open('Today');
  expect(asked).toHaveLength(1);
});
