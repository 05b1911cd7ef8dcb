// Everyday trust on the day and plan forms: every save is confirmed beside the button pressed, naming
// the child and the day; the chosen status is marked in words; a day's record can be removed and put
// back (the question names the child and the day); focus stays where the parent was; nothing focused hides under the bottom navigation; a try
// at a step not started yet offers (never forces) to mark it as trying.
import { test, expect } from './fixtures/test.js';
import { AppPage } from './fixtures/app_page.js';
import { DayPage } from './fixtures/day_page.js';
import { PlanPage } from './fixtures/plan_page.js';
import { seedDiary } from './fixtures/pack_page.js';
import { ChildrenPage } from './fixtures/children_page.js';
import { CalendarPage } from './fixtures/calendar_page.js';
import { sam, ladderOf, stepsOf } from './fixtures/two_children.js';
import { longDate, weekdayName } from './fixtures/dates.js';

/** The status line that directly follows an element: where a confirmation beside it appears. */
function lineAfter(locator) {
  return locator.locator('xpath=following-sibling::*[@role="status"][1]');
}

async function navTop(page) {
  return (await new AppPage(page).nav.boundingBox()).y;
}

test('"Save this day" is confirmed beside the button, naming the child and the day, in view', async ({ page }) => {
  const day = new DayPage(page);
  await day.startWith('Sam');
  const today = await day.today();
  await day.record('Went in');
  await test.step('the tap on a status is confirmed under the status buttons', async () => {
    await expect(lineAfter(day.statuses)).toContainText("Saved: Went in, for");
    await expect(lineAfter(day.statuses)).toContainText("In Sam's diary.");
  });
  await expect(day.statusButton('Went in')).toContainText('✓ chosen');
  await expect(day.statusButton('Off-site provision')).not.toContainText('chosen');

  await day.moreSummary.click();
  await day.harder.fill('A supply teacher in maths');
  await test.step('taps "Save this day" at the foot of the details', async () => {
    await day.saveButton.click();
  });
  const beside = lineAfter(day.saveButton);
  await expect(beside).toContainText(`Saved: Went in, for`);
  await expect(beside).toContainText("In Sam's diary.");
  await expect(beside).toBeInViewport();
  // Said once, where the parent is: not repeated at the top.
  await expect(lineAfter(day.statuses)).toHaveText('');
  expect((await day.storedChild('Sam')).days.find((d) => d.date === today).harder).toBe('A supply teacher in maths');
});

test("a day's record can be removed after a question, and put back with Undo", async ({ page }) => {
  const day = new DayPage(page);
  await day.startWith('Sam');
  await day.record('Off ill (body or mind)');
  await expect(day.notice).toContainText('Saved:');
  const today = await day.today();
  await test.step('asks first, naming the child and the day; "Keep it" keeps it', async () => {
    await day.removeRecordButton.click();
    await expect(day.removeQuestion).toContainText(
      `Remove Sam's record for ${weekdayName(today)} ${longDate(today)}? You can undo it while this screen is open.`,
    );
    await day.keepIt.click();
    expect((await day.storedChild('Sam')).days).toHaveLength(1);
  });
  await test.step('"Yes, remove it" removes it from the diary and from the screen', async () => {
    await day.removeRecordButton.click();
    await day.yesRemoveIt.click();
  });
  await expect(day.main.getByText(/Removed the record for .* \(Off ill \(body or mind\)\)/)).toBeVisible();
  expect((await day.storedChild('Sam')).days || []).toHaveLength(0);
  await expect(day.statusButton('Off ill (body or mind)')).toHaveAttribute('aria-pressed', 'false');
  await expect(day.notSavedYet).toHaveCount(0);
  await expect(day.undoButton).toBeFocused();
  await test.step('Undo puts it back', async () => {
    await day.undoButton.click();
  });
  await expect(day.main.getByText('Put back.')).toBeVisible();
  await expect(day.statusButton('Off ill (body or mind)')).toHaveAttribute('aria-pressed', 'true');
  expect((await day.storedChild('Sam')).days[0].status).toBe('absent_ill');
});

test('after "Add this worry" focus stays on the worry just added; a focused Save is never under the navigation', async ({ page }) => {
  const day = new DayPage(page);
  await day.startWith('Sam');
  await day.record('Went in');
  await day.moreSummary.click();
  await day.childsWords.fill('The corridor is too loud');
  await day.addWorryButton.click();
  await expect(day.worries.getByRole('button', { name: /Remove worry/ })).toBeFocused();

  await test.step('tabs through the whole form: nothing focused is hidden by the navigation', async () => {
    const top = await navTop(page);
    for (let i = 0; i < 60; i += 1) {
      await page.keyboard.press('Tab');
      const box = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el.closest('nav.tabs') || el === document.body) return null;
        const r = el.getBoundingClientRect();
        return { bottom: r.bottom, top: r.top, name: el.textContent.trim().slice(0, 30) || el.id };
      });
      if (box) expect(box.bottom, `"${box.name}" is hidden under the navigation`).toBeLessThanOrEqual(top + 1);
    }
  });
  await day.saveButton.focus();
  const saveBox = await day.saveButton.boundingBox();
  expect(saveBox.y + saveBox.height).toBeLessThanOrEqual(await navTop(page));
});

test('a try at a step not started yet offers to mark it as trying, and only does so when asked', async ({ page }) => {
  await seedDiary(page, [sam()]);
  const plan = new PlanPage(page);
  await plan.gotoStage('review');
  const [, notStarted] = stepsOf('Sam');
  await plan.tryStep.selectOption({ label: `Sam: getting in: ${notStarted}` });
  await plan.tryHelped.fill('Dad walked with me');
  await plan.saveTryButton.click();
  const offer = plan.markTryingOffer;
  await expect(offer).toContainText(`“${notStarted}” is still marked Not started.`);
  const stepOf = async () => (await plan.storedChild('Sam')).plan.ladders[0].steps[1];
  expect((await stepOf()).state).toBe('not_started');
  await plan.markTryingYes.click();
  await expect(offer).toHaveCount(0);
  expect((await stepOf()).state).toBe('trying');
  expect((await stepOf()).attempts).toHaveLength(1);
});

test('saves on the plan, the Children screen and the calendar are confirmed beside the button, naming the child, said once', async ({ page }) => {
  await seedDiary(page, [sam()]);
  const plan = new PlanPage(page);
  const ladder = ladderOf('Sam');
  const [first] = stepsOf('Sam');
  await plan.gotoStage('steps');

  await test.step('adds a step to a ladder', async () => {
    await plan.addStep(ladder, { what: 'Sam: sit in the car park', rating: 3 });
  });
  const ladderLine = plan.ladder(ladder).getByRole('status');
  await expect(ladderLine).toHaveText(/Step added\. Saved in Sam's plan\./);
  await expect(ladderLine).toBeInViewport();
  await expect(plan.addStepButton(ladder)).toBeFocused();
  await expect(plan.notice, 'said once, not also at the top').toHaveCount(1);

  await test.step('changes a step', async () => {
    await plan.changeStep(ladder, first, { state: 'Done' });
  });
  const stepLine = plan.step(ladder, first).getByRole('status');
  await expect(stepLine).toHaveText(/Step saved\. Saved in Sam's plan\./);
  await expect(stepLine).toBeInViewport();
  await expect(plan.stepButton(ladder, first, 'Change')).toBeFocused();
  await expect(plan.notice).toHaveCount(1);

  await test.step('breaks a step into a smaller one', async () => {
    await plan.addSmallerStep(ladder, first, { what: 'Sam: open the car door' });
  });
  await expect(stepLine).toHaveText(/Smaller step added\. Saved in Sam's plan\./);

  await test.step('adds a ladder', async () => {
    await plan.addLadder('Sam: lunchtime');
  });
  await expect(lineAfter(plan.addLadderButton)).toContainText("Ladder added to Sam's plan.");
  await expect(lineAfter(plan.addLadderButton)).toBeInViewport();

  await test.step('adds an adjustment of their own, then types it again', async () => {
    await plan.addOwn('A quiet place at break');
    await expect(lineAfter(plan.addOwnAdjustment)).toContainText("Added “A quiet place at break” to Sam's list of adjustments to ask for.");
    await plan.agreed('A quiet place at break').check();
    await plan.ownAdjustment.fill('a quiet place at BREAK');
    await plan.addOwnAdjustment.click();
  });
  await expect(lineAfter(plan.addOwnAdjustment)).toContainText('“A quiet place at break” is already on the list.');
  await expect(plan.ownAdjustment, 'the typing stays for the parent to change').toHaveValue('a quiet place at BREAK');
  const adjustments = (await plan.storedChild('Sam')).plan.adjustments;
  expect(adjustments.filter((a) => a.what.toLowerCase() === 'a quiet place at break')).toEqual([{ what: 'A quiet place at break', agreed: true }]);
  await test.step('will agree to leave the repeated typing behind when asked', async () => {
    page.once('dialog', (dialog) => dialog.accept());
  });

  const calendar = new CalendarPage(page);
  await test.step('marks a week of holiday on the calendar', async () => {
    await calendar.gotoMonthOf('2025-10-20');
    await calendar.markHolidays('2025-10-20', '2025-10-24');
  });
  await expect(lineAfter(calendar.markNoSchool)).toContainText("Marked 5 days as no school");
  await expect(lineAfter(calendar.markNoSchool)).toContainText("Saved in Sam's diary.");

  const children = new ChildrenPage(page);
  await test.step('adds a child', async () => {
    await children.goto();
    await children.addChild('Alex');
  });
  await expect(lineAfter(children.addButton)).toContainText('Added Alex. Their diary is shown now.');
  await expect(children.addButton, 'the parent stays where they were').toBeFocused();
  await expect(lineAfter(children.addButton)).toBeInViewport();
  await test.step('renames Sam', async () => {
    await children.startRenaming('Sam');
    await children.renameField('Sam').fill('Sammy');
    await children.saveNameButton('Sam').click();
  });
  await expect(children.card('Sammy').getByRole('status')).toContainText('Renamed to Sammy.');
  await expect(children.card('Sammy').getByRole('button', { name: 'Rename' })).toBeFocused();
  await expect(children.notice).toHaveCount(1);
});
