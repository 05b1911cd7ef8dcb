// Nothing typed is dropped: a worry filled in but not added is saved with the day, and typing not
// saved yet is kept on the phone as a draft, offered when the parent comes back: after a reload,
// after the tab was closed, and after leaving the screen; it goes once saved or thrown away.
import { test, expect } from './fixtures/test.js';
import { DayPage } from './fixtures/day_page.js';
import { PlanPage } from './fixtures/plan_page.js';

const DRAFT_PREFIX = 'small-steps:draft:';

async function openMore(day) {
  await day.moreSummary.click();
  await expect(day.helped).toBeVisible();
}

test('a worry filled in but not added is saved with the day', async ({ page }) => {
  const day = new DayPage(page);
  await day.startWith('Sam');
  await day.record('Went in, very distressed');
  await openMore(day);
  await test.step('fills in a worry without tapping "Add this worry", and what helped', async () => {
    await day.worryAbout.getByRole('button', { name: 'Friends, feeling left out' }).click();
    await day.childsWords.fill('Nobody saved me a seat');
    await day.howBig.selectOption('9');
    await day.helped.fill('A hug at the gate');
  });
  await expect(page.getByText('Not saved yet')).toBeVisible();
  await test.step('taps "Save this day"', async () => {
    await day.saveButton.click();
  });
  await expect(day.notice).toContainText('Saved:');
  const sam = await day.storedChild('Sam');
  expect(sam.days[0].helped).toBe('A hug at the gate');
  expect(sam.days[0].worries).toEqual([{ category: 'friendships', words: 'Nobody saved me a seat', rating: 9 }]);
  // It is now one of the day's worries, and the worry form is empty again.
  await expect(day.worries.getByText('Nobody saved me a seat')).toBeVisible();
  await expect(day.childsWords).toHaveValue('');
  expect(await day.keysStartingWith(DRAFT_PREFIX)).toEqual([]);
});

test('typing survives a reload as a draft, kept only when the parent chooses, gone once saved', async ({ page }) => {
  const day = new DayPage(page);
  await day.startWith('Sam');
  await day.record('Went in');
  await openMore(day);
  await day.helped.fill('Walking in with Priya');
  await expect.poll(() => day.keysStartingWith(DRAFT_PREFIX)).toHaveLength(1);
  const before = await day.stored('small-steps');

  await test.step('reloads the page, saying yes to leaving', async () => {
    page.once('dialog', (dialog) => dialog.accept());
    await page.reload();
    await day.ready();
  });
  const offer = page.getByRole('group', { name: 'Typing not saved' });
  await expect(offer).toContainText('You were writing this on');
  // Nothing went into the diary by itself.
  expect(await day.stored('small-steps')).toBe(before);

  await test.step('keeps the draft', async () => {
    await offer.getByRole('button', { name: 'Keep it' }).click();
  });
  await expect(offer).toHaveCount(0);
  await openMore(day);
  await expect(day.helped).toHaveValue('Walking in with Priya');
  await expect(page.getByText('Not saved yet')).toBeVisible();
  await day.saveButton.click();
  await expect(day.notice).toContainText('Saved:');
  expect((await day.storedChild('Sam')).days[0].helped).toBe('Walking in with Priya');
  await expect.poll(() => day.keysStartingWith(DRAFT_PREFIX)).toEqual([]);
});

test('typing in a tab that is closed is offered in the next one; "Throw it away" removes it', async ({ page, context }) => {
  const plan = new PlanPage(page);
  await plan.startWith('Sam');
  await plan.gotoStage('understanding');
  await page.getByLabel('What is hard about school?').fill('The noise in the corridors');
  await test.step('closes the tab at once (as a phone discarding it would)', async () => {
    await page.close({ runBeforeUnload: false });
  });
  const next = new PlanPage(await context.newPage());
  await next.goto('#/plan/understanding');
  const offer = next.page.getByRole('group', { name: 'Typing not saved' });
  await expect(offer).toContainText('You were writing this on');
  await expect(next.page.getByLabel('What is hard about school?')).toHaveValue('');
  await offer.getByRole('button', { name: 'Throw it away' }).click();
  await expect(offer).toHaveCount(0);
  expect(await next.keysStartingWith(DRAFT_PREFIX)).toEqual([]);
  await next.reload();
  await expect(next.page.getByRole('group', { name: 'Typing not saved' })).toHaveCount(0);
});

test("a draft belongs to its child: Sam's typing is not offered under Alex", async ({ page }) => {
  const plan = new PlanPage(page);
  await plan.startWith('Sam');
  await plan.goto('#/children');
  await page.getByLabel('Name or nickname', { exact: true }).fill('Alex');
  await page.getByRole('button', { name: 'Add child' }).click();
  await plan.showChild('Sam');
  await plan.gotoStage('understanding');
  await page.getByLabel('What is hard about school?').fill('Sam: the noise');
  await expect.poll(() => plan.keysStartingWith(DRAFT_PREFIX)).toHaveLength(1);
  page.once('dialog', (dialog) => dialog.accept());
  await plan.showChild('Alex');
  await expect(page.getByRole('group', { name: 'Typing not saved' })).toHaveCount(0);
  await expect(page.getByLabel('What is hard about school?')).toHaveValue('');
  page.once('dialog', (dialog) => dialog.accept());
  await plan.showChild('Sam');
  await expect(page.getByRole('group', { name: 'Typing not saved' })).toBeVisible();
});

test('a new step being written survives a reload as a draft, and goes once the step is saved', async ({ page }) => {
  const plan = new PlanPage(page);
  await plan.startWith('Sam');
  await plan.gotoStage('steps');
  await plan.addLadder('Getting in');
  await plan.ladder('Getting in').getByRole('button', { name: 'Add a step' }).click();
  const form = plan.stepForm('Getting in', 'New step');
  await plan.fillStepForm(form, { what: 'Walk to the gate with Dad', rating: 4, who: ['Parent'] });
  await expect.poll(() => plan.keysStartingWith(DRAFT_PREFIX)).toHaveLength(1);
  page.once('dialog', (dialog) => dialog.accept());
  await page.reload();
  await plan.ready();
  await plan.ladder('Getting in').getByRole('button', { name: 'Add a step' }).click();
  const offer = form.getByRole('group', { name: 'Typing not saved' });
  await expect(offer).toContainText('You were writing this on');
  await offer.getByRole('button', { name: 'Keep it' }).click();
  await expect(form.getByLabel('The step', { exact: true })).toHaveValue('Walk to the gate with Dad');
  await expect(form.getByLabel(/How hard does it feel/)).toHaveValue('4');
  await form.getByRole('button', { name: 'Save step' }).click();
  await expect(plan.stepButton('Getting in', 'Walk to the gate with Dad', 'Move up')).toBeVisible();
  expect(await plan.keysStartingWith(DRAFT_PREFIX)).toEqual([]);
});
