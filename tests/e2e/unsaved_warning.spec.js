// Typing that is not saved yet is pointed out, so a parent who leaves a form knows what would be lost.
import { test, expect } from './fixtures/test.js';
import { KEYS } from './fixtures/app_page.js';
import { ChildrenPage } from './fixtures/children_page.js';
import { CalendarPage } from './fixtures/calendar_page.js';
import { DayPage } from './fixtures/day_page.js';
import { PlanPage } from './fixtures/plan_page.js';

test('the day form says the details are not saved yet, until they are', async ({ page }) => {
  const day = new DayPage(page);
  await day.startWith('Sam');
  const warning = day.main.getByText('Not saved yet: tap “Save this day” to keep these details.');

  await test.step('opens "Add more" on Today', async () => {
    await day.openMore();
    await expect(warning).toHaveCount(0);
  });
  await test.step('types what helped, without saving', async () => {
    await day.helped.fill('A calm walk in with Dad');
    await expect(warning).toBeVisible();
    expect(JSON.stringify(await day.storedDiary())).not.toContain('A calm walk in with Dad');
  });
  await test.step('taps "Went in", then "Save this day"', async () => {
    await day.record('Went in');
    await day.saveButton.click();
    await expect(warning).toHaveCount(0);
    expect(JSON.stringify(await day.storedDiary())).toContain('A calm walk in with Dad');
  });
});

test('stage 1 of the plan says what was typed is not saved yet, until it is', async ({ page }) => {
  const plan = new PlanPage(page);
  await plan.startWith('Sam');
  await plan.gotoStage('understanding');
  const warning = plan.main.getByText('Not saved yet: tap “Save stage 1” to keep what you typed.');
  await expect(warning).toHaveCount(0);

  await test.step('types what is hard about school', async () => {
    await plan.whatIsHard.fill('The noise at lunch');
    await expect(warning).toBeVisible();
  });
  await test.step('taps "Save stage 1"', async () => {
    await plan.saveStage1.click();
    await expect(warning).toHaveCount(0);
    expect(JSON.stringify(await plan.storedDiary())).toContain('The noise at lunch');
  });
});

// Leaving with typing not saved yet asks first (the browser's own question), and "Cancel" stays.
const LEAVE_QUESTION = 'Some of what you typed is not saved yet. Leave without saving it? It stays on this phone as a draft, offered when you come back. (Cancel to stay.)';

test('leaving the day form with typing not saved asks first; staying keeps the typing, leaving drops it', async ({ page }) => {
  const day = new DayPage(page);
  await day.startWith('Sam');
  await test.step('types what helped on Today, without saving', async () => {
    await day.openMore();
    await day.helped.fill('A calm walk in with Dad');
  });
  const address = await page.evaluate(() => location.hash);

  const asked = [];
  await test.step('taps Plan, and answers Cancel to the question', async () => {
    page.once('dialog', (dialog) => { asked.push(dialog.message()); dialog.dismiss(); });
    await day.navLink('Plan').click();
    await expect.poll(() => asked).toEqual([LEAVE_QUESTION]);
    await expect(day.helped).toHaveValue('A calm walk in with Dad');
    await expect(day.mainHeading).toContainText('Today');
    expect(await page.evaluate(() => location.hash), 'the address is put back').toBe(address);
  });

  await test.step('taps "Day after", and answers Cancel again', async () => {
    // The "Day after" link is a move too.
    page.once('dialog', (dialog) => { asked.push(dialog.message()); dialog.dismiss(); });
    await day.dayAfter.click();
    await expect.poll(() => asked.length).toBe(2);
    await expect(day.helped).toHaveValue('A calm walk in with Dad');
  });

  await test.step('taps Plan, and answers OK: the typing is dropped', async () => {
    page.once('dialog', (dialog) => { asked.push(dialog.message()); dialog.accept(); });
    await day.open('Plan');
    expect(asked).toHaveLength(3);
    expect(JSON.stringify(await day.storedDiary())).not.toContain('A calm walk in with Dad');
  });

  await test.step('moves on to Backup and Today: nothing is asked', async () => {
    // The form it left is gone, so moving on from here asks nothing.
    page.on('dialog', (dialog) => { asked.push(dialog.message()); dialog.dismiss(); });
    await day.open('Backup');
    await day.open('Today');
    expect(asked).toHaveLength(3);
  });
});

test('once saved, leaving asks nothing', async ({ page }) => {
  const day = new DayPage(page);
  await day.startWith('Sam');
  await test.step('types what helped, taps "Went in" and "Save this day"', async () => {
    await day.openMore();
    await day.helped.fill('A calm walk in with Dad');
    await day.record('Went in');
    await day.saveButton.click();
  });

  await test.step('taps Calendar: nothing is asked', async () => {
    const asked = [];
    page.on('dialog', (dialog) => { asked.push(dialog.message()); dialog.dismiss(); });
    await day.open('Calendar');
    expect(asked).toEqual([]);
  });
});

test('switching child with stage 1 typing not saved asks first, and staying keeps the same child', async ({ page }) => {
  const children = new ChildrenPage(page);
  const plan = new PlanPage(page);
  await children.startWith('Sam');
  await test.step('adds a second child, Alex', async () => {
    await children.goto();
    await children.addChild('Alex');
    await expect(children.card('Alex')).toBeVisible();
  });
  await plan.gotoStage('understanding');
  const name = await plan.childSwitcher.inputValue();
  await test.step('types what is hard about school, without saving', async () => {
    await plan.whatIsHard.fill('The noise at lunch');
  });

  await test.step('picks the other child, and answers Cancel to the question', async () => {
    const asked = [];
    page.once('dialog', (dialog) => { asked.push(dialog.message()); dialog.dismiss(); });
    const other = await plan.childSwitcher.locator('option:not(:checked)').first().getAttribute('value');
    await plan.childSwitcher.selectOption(other);
    await expect.poll(() => asked).toEqual([LEAVE_QUESTION]);
    await expect(plan.childSwitcher).toHaveValue(name);
    await expect(plan.whatIsHard).toHaveValue('The noise at lunch');
  });
});

test('closing or reloading the page with typing not saved asks first', async ({ page }) => {
  const day = new DayPage(page);
  await day.startWith('Sam');
  await test.step('types what helped, without saving', async () => {
    await day.openMore();
    await day.helped.fill('A calm walk in with Dad');
  });

  await test.step('closes the page, and answers Cancel', async () => {
    const asked = [];
    page.once('dialog', (dialog) => { asked.push(dialog.type()); dialog.dismiss(); });
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => asked).toEqual(['beforeunload']);
    expect(page.isClosed()).toBe(false);
  });
});

test('a contact being written says it is not saved yet, and leaving asks first; once saved, nothing is asked', async ({ page }) => {
  const calendar = new CalendarPage(page);
  await calendar.startWith('Sam');
  await calendar.gotoContacts();
  const form = calendar.contactForm;
  const warning = form.getByText('Not saved yet: tap “Save contact” to keep this contact.');
  await test.step('taps "Add a contact or meeting" and types who with and what was said', async () => {
    await calendar.addContactButton.click();
    await expect(warning).toHaveCount(0);
    await form.getByLabel('With whom').fill('Mrs Patel, SENCO');
    await form.getByLabel('What was said').fill('A quiet room at lunch, from Monday');
    await expect(warning).toBeVisible();
  });

  const asked = [];
  await test.step('taps Plan, and answers Cancel to the question', async () => {
    page.once('dialog', (dialog) => { asked.push(dialog.message()); dialog.dismiss(); });
    await calendar.navLink('Plan').click();
    await expect.poll(() => asked).toEqual([LEAVE_QUESTION]);
    await expect(form.getByLabel('What was said')).toHaveValue('A quiet room at lunch, from Monday');
  });

  await test.step('taps "Save contact", then Plan: nothing more is asked', async () => {
    await form.getByRole('button', { name: 'Save contact' }).click();
    await expect(calendar.notice).toContainText('Contact saved.');
    page.on('dialog', (dialog) => { asked.push(dialog.message()); dialog.dismiss(); });
    await calendar.open('Plan');
    expect(asked).toHaveLength(1);
  });
});

test('a step being written asks before leaving; saving it, or a review, leaves nothing to ask about', async ({ page }) => {
  const plan = new PlanPage(page);
  await plan.startWith('Sam');
  await plan.gotoStage('steps');
  const form = plan.stepForm('Getting in', 'New step');
  await test.step('adds a ladder and starts writing a step', async () => {
    await plan.startStepOnNewLadder('Getting in', { what: 'Drive past school at the weekend' });
    await expect(form.getByText('Not saved yet: tap “Save step” to keep this step.')).toBeVisible();
  });

  const asked = [];
  await test.step('taps Today, and answers Cancel to the question', async () => {
    page.once('dialog', (dialog) => { asked.push(dialog.message()); dialog.dismiss(); });
    await plan.navLink('Today').click();
    await expect.poll(() => asked).toEqual([LEAVE_QUESTION]);
    await expect(form.getByLabel('The step', { exact: true })).toHaveValue('Drive past school at the weekend');
  });
  await test.step('taps "Save step"', async () => {
    await form.getByRole('button', { name: 'Save step' }).click();
    await expect(form).toHaveCount(0);
  });

  await plan.gotoStage('review');
  await test.step('writes a review and saves it', async () => {
    await plan.reviewField('What went well').fill('Two drives past, calm both times');
    await expect(plan.reviewForm.getByText('Not saved yet: tap “Save review” to keep this review.')).toBeVisible();
    await plan.saveReviewButton.click();
    await expect(plan.reviewCards).toHaveCount(1);
    await expect(plan.reviewForm.getByText('Not saved yet')).toHaveCount(0);
  });
  await test.step('taps Today: nothing more is asked', async () => {
    page.on('dialog', (dialog) => { asked.push(dialog.message()); dialog.dismiss(); });
    await plan.open('Today');
    expect(asked).toHaveLength(1);
  });
});

test('typing cleared by hand leaves nothing to ask about: a ladder name and an adjustment of your own', async ({ page }) => {
  const plan = new PlanPage(page);
  await plan.startWith('Sam');
  await plan.gotoStage('steps');
  await test.step('types a ladder name and an adjustment, then clears both', async () => {
    await plan.ladderName.fill('Getting in');
    await plan.ownAdjustment.fill('A quiet place at break');
    await expect(plan.notSavedYet).toHaveCount(2);
    await plan.ladderName.fill('');
    await plan.ownAdjustment.fill('');
    await expect(plan.notSavedYet).toHaveCount(0);
  });
  const asked = [];
  page.on('dialog', (dialog) => { asked.push(dialog.message()); dialog.dismiss(); });
  await test.step('taps Today', async () => {
    await plan.open('Today');
  });
  expect(asked, 'nothing was asked').toEqual([]);
  expect(await plan.keysStartingWith(KEYS.draftPrefix), 'no draft is kept of nothing').toEqual([]);
});
