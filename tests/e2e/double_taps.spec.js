// Issue 8, break 13: a hurried double tap on "Save this try" or "Save review" recorded two (the
// second one empty), and "Save review" with nothing typed saved an empty review. Each save button
// acts once per tap, and a try or review with nothing in it is refused with words saying what to
// fill in. Taps here are at full speed, with no waiting between them.
import { test, expect } from './fixtures/test.js';
import { PlanPage } from './fixtures/plan_page.js';
import { seedDiary } from './fixtures/pack_page.js';
import { sam, ladderOf, stepsOf, reviewTextOf } from './fixtures/two_children.js';

const STEP_LABEL = `${ladderOf('Sam')}: ${stepsOf('Sam')[0]}`;

/** The tries stored for Sam's first step, and Sam's stored reviews. */
async function storedTries(plan) {
  const child = await plan.storedChild('Sam');
  return child.plan.ladders[0].steps[0].attempts ?? [];
}
async function storedReviews(plan) {
  return (await plan.storedChild('Sam')).plan.reviews ?? [];
}

/** Words saying what to fill in: under the form, or on the app's line for what just happened. */
function toldWhatToFillIn(plan, form) {
  return form.getByRole('alert').or(plan.page.locator('.notice.problem')).filter({ hasText: /\S/ }).first();
}

test.beforeEach(async ({ page }) => {
  await seedDiary(page, [sam()]);
});

test('a double tap on "Save this try" records one try', async ({ page }) => {
  const plan = new PlanPage(page);
  await plan.gotoStage('review');
  const before = await storedTries(plan);

  await test.step('fills in a try', async () => {
    await plan.tryStep.selectOption({ label: STEP_LABEL });
    await plan.tryForm.getByLabel('Worry expected before (0-10)').selectOption('7');
    await plan.tryForm.getByLabel('Worry felt after (0-10)').selectOption('3');
    await plan.tryHelped.fill('Sam: a friend came too');
  });
  await test.step('double taps "Save this try"', async () => {
    await plan.saveTryButton.click({ clickCount: 2, delay: 0 });
  });

  await expect(plan.notice).toContainText('Try recorded in');
  await expect(plan.tryHelped).toHaveValue('');
  const after = await storedTries(plan);
  expect(after.map((t) => t.what_helped ?? ''), 'one try, the one typed').toEqual([...before.map((t) => t.what_helped ?? ''), 'Sam: a friend came too']);
  await test.step('reloads', () => plan.reload());
  expect(await storedTries(plan)).toHaveLength(before.length + 1);
});

test('two taps on "Save this try", the second before the first is done, record one try', async ({ page }) => {
  const plan = new PlanPage(page);
  await plan.gotoStage('review');
  const before = await storedTries(plan);

  await test.step('fills in a try', async () => {
    await plan.tryStep.selectOption({ label: STEP_LABEL });
    await plan.tryHelped.fill('Sam: went at a quiet time');
  });
  await test.step('taps "Save this try" twice without waiting', async () => {
    await Promise.all([plan.saveTryButton.click(), plan.saveTryButton.click()]);
  });

  await expect(plan.notice).toContainText('Try recorded in');
  expect(await storedTries(plan)).toHaveLength(before.length + 1);
});

test('"Save this try" with nothing filled in saves nothing and says what to fill in', async ({ page }) => {
  const plan = new PlanPage(page);
  await plan.gotoStage('review');

  await test.step('chooses the step, fills in nothing else, and taps "Save this try"', async () => {
    await plan.tryStep.selectOption({ label: STEP_LABEL });
    await plan.saveTryButton.click();
  });
  await expect(toldWhatToFillIn(plan, plan.tryForm)).toBeVisible();
  await expect(page.getByText('Try recorded in')).toHaveCount(0);
  expect(await plan.storedChild('Sam'), "Sam's stored record is as it was").toEqual(sam());

  await test.step('taps "Save this try" with no step chosen either', async () => {
    await plan.tryStep.selectOption('');
    await plan.saveTryButton.click();
  });
  await expect(plan.tryProblem).toHaveText('Choose which step was tried.');
  expect(await plan.storedChild('Sam')).toEqual(sam());
});

test('a double tap on "Save review" records one review', async ({ page }) => {
  const plan = new PlanPage(page);
  await plan.gotoStage('review');
  const before = await storedReviews(plan);

  await test.step('writes what went well', async () => {
    await plan.reviewField('What went well').fill('Sam: three calm mornings');
  });
  await test.step('double taps "Save review"', async () => {
    await plan.saveReviewButton.click({ clickCount: 2, delay: 0 });
  });

  await expect(plan.notice).toContainText('Review saved in');
  await expect(plan.reviewField('What went well')).toHaveValue('');
  const after = await storedReviews(plan);
  expect(after.map((r) => r.went_well ?? '').sort(), 'one review, the one typed')
    .toEqual([reviewTextOf('Sam'), 'Sam: three calm mornings'].sort());
  await expect(plan.reviewCards).toHaveCount(before.length + 1);
});

test('two taps on "Save review", the second before the first is done, record one review', async ({ page }) => {
  const plan = new PlanPage(page);
  await plan.gotoStage('review');
  const before = await storedReviews(plan);

  await test.step('writes what was hard', async () => {
    await plan.reviewField('What was hard').fill('Sam: the bus was late');
  });
  await test.step('taps "Save review" twice without waiting', async () => {
    await Promise.all([plan.saveReviewButton.click(), plan.saveReviewButton.click()]);
  });

  await expect(plan.notice).toContainText('Review saved in');
  expect(await storedReviews(plan)).toHaveLength(before.length + 1);
  await expect(plan.reviewCards).toHaveCount(before.length + 1);
});

test('"Save review" with nothing typed saves nothing and says what to fill in', async ({ page }) => {
  const plan = new PlanPage(page);
  await plan.gotoStage('review');
  const cards = await plan.reviewCards.count();

  await test.step('taps "Save review" with nothing typed', async () => {
    await plan.saveReviewButton.click();
  });
  await expect(toldWhatToFillIn(plan, plan.reviewForm)).toBeVisible();
  await expect(page.getByText('Review saved in')).toHaveCount(0);
  await expect(plan.reviewCards).toHaveCount(cards);
  expect(await plan.storedChild('Sam'), "Sam's stored record is as it was").toEqual(sam());
});
