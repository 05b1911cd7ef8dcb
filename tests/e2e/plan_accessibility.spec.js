// The Plan screens and the meeting pack, filled in as a parent would have them, checked with axe-core
// against WCAG 2.1 A and AA in light and dark colour schemes: the hub, each stage, the step forms,
// the confirmations before removing a step or a review, the undo lines, the stalled-step hint and the
// pack preview (also with what was said in calls and meetings).
import { test, expect } from './fixtures/test.js';
import { expectNoViolations } from './fixtures/axe.js';
import { PlanPage } from './fixtures/plan_page.js';
import { PackPage, LADDER, STEPS, robin, robinsDays, seedDiary } from './fixtures/pack_page.js';
import { addDays, longDate } from './fixtures/dates.js';




/** Robin's diary and plan, with a second review so the stalled-step hint shows on stage 3. */
async function robinWithTwoReviews(page) {
  await page.goto('about:blank');
  const today = await page.evaluate(() => {
    const d = new Date();
    const two = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
  });
  const child = robin(today);
  child.plan.reviews.push({ id: 'review-2', date: addDays(today, -1), went_well: 'Camera on for a minute.', next_review: addDays(today, 14) });
  await seedDiary(page, [child]);
  return today;
}

for (const colorScheme of ['light', 'dark']) {
  test.describe(`Plan accessibility in the ${colorScheme} colour scheme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme });
    });

    test('the Plan hub, empty and with a plan', async ({ page }) => {
      const ui = new PlanPage(page);
      await ui.startWith('Sam');
      await test.step('opens the Plan with nothing written', async () => {
        await ui.gotoHub();
        await expect(ui.nextReviewLine).toHaveText('No review date set yet.');
        await expectNoViolations(page, 'Plan hub, empty');
      });

      await test.step("opens the Plan with Robin's plan", async () => {
        await page.evaluate(() => window.localStorage.clear());
        await robinWithTwoReviews(page);
        await ui.gotoHub();
        await expect(ui.stageCard('review')).toContainText('2 reviews');
        await expectNoViolations(page, 'Plan hub with a plan');
      });
    });

    test('stage 1 filled in', async ({ page }) => {
      await robinWithTwoReviews(page);
      const ui = new PlanPage(page);
      await test.step('opens stage 1', async () => {
        await ui.gotoStage('understanding');
        await expect(ui.whatIsHard).not.toHaveValue('');
        await expect(ui.tried.getByRole('listitem')).toHaveCount(1);
        await expectNoViolations(page, 'stage 1 with content');
      });

      await test.step('types far too much and taps "Save stage 1"', async () => {
        await ui.whatIsHard.fill('x'.repeat(4001));
        await ui.saveStage1.click();
        await expect(ui.formError).toBeVisible();
        await expectNoViolations(page, 'stage 1 with a refused save');
      });
    });

    test('stage 2 with ladders, a step form, the remove confirmation and the undo line', async ({ page }) => {
      await robinWithTwoReviews(page);
      const ui = new PlanPage(page);
      await test.step('opens stage 2', async () => {
        await ui.gotoStage('steps');
        await ui.expectStepOrder(LADDER, STEPS);
        await expect(ui.adjustment('Being met at the gate')).toBeChecked();
        await expectNoViolations(page, 'stage 2 with content');
      });

      await test.step('taps "Add a step", then "Save step" with nothing typed, then Cancel', async () => {
        await ui.addStepButton(LADDER).click();
        const form = ui.stepForm(LADDER, 'New step');
        await form.getByRole('button', { name: 'Save step' }).click();
        await expect(form.getByRole('alert')).toHaveText('Say what the step is.');
        await expectNoViolations(page, 'new step form with an error');
        await form.getByRole('button', { name: 'Cancel' }).click();
      });

      await test.step('taps Change on a step, then Cancel', async () => {
        await ui.stepButton(LADDER, STEPS[1], 'Change').click();
        await expect(ui.stepForm(LADDER, 'Change this step')).toBeVisible();
        await expectNoViolations(page, 'change step form');
        await ui.stepForm(LADDER, 'Change this step').getByRole('button', { name: 'Cancel' }).click();
      });

      await test.step('taps Remove on a step', async () => {
        await ui.stepButton(LADDER, STEPS[3], 'Remove').click();
        await expect(ui.removeStepQuestion(LADDER)).toBeVisible();
        await expectNoViolations(page, 'remove step confirmation');
      });

      await test.step('taps "Yes, remove"', async () => {
        await ui.removeStepQuestion(LADDER).getByRole('button', { name: 'Yes, remove' }).click();
        await expect(ui.undoLine).toBeVisible();
        await expectNoViolations(page, 'stage 2 with the undo line');
      });
    });

    test('stage 3 with reviews, the stalled-step hint, the remove confirmation and the undo line', async ({ page }) => {
      const today = await robinWithTwoReviews(page);
      const ui = new PlanPage(page);
      await test.step('opens stage 3', async () => {
        await ui.gotoStage('review');
        await expect(ui.reviewCards).toHaveCount(2);
        await expect(ui.stalledHints.first()).toBeVisible();
        await expectNoViolations(page, 'stage 3 with content');
      });

      await test.step('taps "Save this try" with no step chosen', async () => {
        await ui.saveTryButton.click();
        await expect(ui.tryProblem).toHaveText('Choose which step was tried.');
        await expectNoViolations(page, 'record a try with an error');
      });

      const latest = longDate(addDays(today, -1));
      await test.step('taps Remove on the latest review', async () => {
        await ui.reviewRemoveButton(latest).click();
        await expect(ui.removeReviewQuestion()).toBeVisible();
        await expectNoViolations(page, 'remove review confirmation');
      });

      await test.step('taps "Yes, remove"', async () => {
        await ui.removeReviewQuestion().getByRole('button', { name: 'Yes, remove' }).click();
        await expect(ui.undoLine).toBeVisible();
        await expectNoViolations(page, 'stage 3 with the undo line');
      });
    });

    test('the meeting pack, and with what was said in calls and meetings', async ({ page }) => {
      const today = await robinWithTwoReviews(page);
      const ui = new PackPage(page);
      await test.step('opens the meeting pack for the last weeks, and "Getting ready for the meeting"', async () => {
        await ui.goto();
        await ui.dates(robinsDays(today)[0], today);
        await expect(ui.section('Calls and meetings with school')).toBeVisible();
        await ui.gettingReady.click();
        await expectNoViolations(page, 'meeting pack');
      });

      await test.step('includes what was said, and leaves out Patterns', async () => {
        await ui.includeSaid.check();
        await ui.tick('Patterns').uncheck();
        await expect(ui.section('Patterns')).toHaveCount(0);
        await expectNoViolations(page, 'meeting pack with what was said');
      });
    });
  });
}

test.describe('Plan with the keyboard', () => {
  /** What has the keyboard focus: its tag and its accessible label or words. */
  const focused = (page) => page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el.tagName, name: el.getAttribute('aria-label') || (el.textContent || '').trim() };
  });

  test('a step moved with its arrow keeps the focus on that step\'s arrow, so pressing again moves it again', async ({ page }) => {
    await robinWithTwoReviews(page);
    const ui = new PlanPage(page);
    await ui.gotoStage('steps');
    await test.step("presses Enter on a step's Move down", async () => {
      await ui.stepButton(LADDER, STEPS[1], 'Move down').focus();
      await page.keyboard.press('Enter');
      await ui.expectStepOrder(LADDER, [STEPS[0], STEPS[2], STEPS[1], STEPS[3]]);
      await expect.poll(() => focused(page)).toEqual({ tag: 'BUTTON', name: `Move down: ${STEPS[1]}` });
    });
    await test.step('presses Enter again: the step is at the bottom', async () => {
      await page.keyboard.press('Enter');
      await ui.expectStepOrder(LADDER, [STEPS[0], STEPS[2], STEPS[3], STEPS[1]]);
      // At the bottom its "Move down" is disabled; the focus stays with the step.
      await expect.poll(() => focused(page)).toEqual({ tag: 'BUTTON', name: `Move up: ${STEPS[1]}` });
    });
    await test.step('presses Enter again: the step moves up', async () => {
      await page.keyboard.press('Enter');
      await ui.expectStepOrder(LADDER, [STEPS[0], STEPS[2], STEPS[1], STEPS[3]]);
    });
  });

  test('removing a step with the keyboard: focus goes to Undo, and Undo brings it back to the step', async ({ page }) => {
    await robinWithTwoReviews(page);
    const ui = new PlanPage(page);
    await ui.gotoStage('steps');
    await test.step("presses Enter on a step's Remove", async () => {
      await ui.stepButton(LADDER, STEPS[3], 'Remove').focus();
      await page.keyboard.press('Enter');
      await expect(ui.removeStepQuestion(LADDER)).toBeVisible();
      await expect.poll(() => focused(page), 'focus with the confirmation open').not.toEqual(expect.objectContaining({ tag: 'BODY' }));
    });
    await test.step('presses Enter on "Yes, remove"', async () => {
      await ui.removeStepQuestion(LADDER).getByRole('button', { name: 'Yes, remove' }).focus();
      await page.keyboard.press('Enter');
      await expect(ui.undoLine).toBeVisible();
      await expect(ui.undoButton).toBeFocused();
    });
    await test.step('presses Enter on Undo', async () => {
      await page.keyboard.press('Enter');
      await ui.expectStepOrder(LADDER, STEPS);
      await expect.poll(() => focused(page), 'focus after Undo').not.toEqual(expect.objectContaining({ tag: 'BODY' }));
      expect((await focused(page)).name).toContain(STEPS[3]);
    });
  });

  test('removing a review with the keyboard never drops the focus back to the top of the page', async ({ page }) => {
    const today = await robinWithTwoReviews(page);
    const ui = new PlanPage(page);
    await ui.gotoStage('review');
    const latest = longDate(addDays(today, -1));
    await test.step("presses Enter on the latest review's Remove", async () => {
      await ui.reviewRemoveButton(latest).focus();
      await page.keyboard.press('Enter');
      await expect(ui.removeReviewQuestion()).toBeVisible();
      await expect.poll(() => focused(page), 'focus with the confirmation open').not.toEqual(expect.objectContaining({ tag: 'BODY' }));
    });
    await test.step('presses Enter on "Yes, remove"', async () => {
      await ui.removeReviewQuestion().getByRole('button', { name: 'Yes, remove' }).focus();
      await page.keyboard.press('Enter');
      await expect(ui.undoLine).toBeVisible();
      await expect(ui.undoButton).toBeFocused();
    });
    await test.step('presses Enter on Undo', async () => {
      await page.keyboard.press('Enter');
      await expect(ui.reviewCards).toHaveCount(2);
      await expect(ui.reviewRemoveButton(latest)).toBeFocused();
    });
  });

  test('each "Agreed" tick says which adjustment it belongs to', async ({ page }) => {
    await robinWithTwoReviews(page);
    const ui = new PlanPage(page);
    await test.step('opens stage 2', async () => {
      await ui.gotoStage('steps');
      await expect(ui.adjustments.getByRole('checkbox', { name: /^Agreed/ })).toHaveCount(3);
      await expect(ui.agreed('Being met at the gate')).toBeChecked();
      await expect(ui.agreed('A safe, quiet place to go')).not.toBeChecked();
    });
  });
});
