// A parent drafts a stepped plan through its three stages on a phone (360x740): the child's words and
// what has been tried; the goal, a ladder of steps put in order (arrows, ratings, dragging), a step
// broken down, removed and put back, adjustments; then tries, reviews and the stalled-step hint.
// Everything survives a reload, and the Plan hub sums it up with the next review date.
import { test, expect } from './fixtures/test.js';
import { PlanPage } from './fixtures/plan_page.js';
import { addDays, longDate } from './fixtures/dates.js';

const UNDERSTANDING = {
  hard: 'The noise in the corridors. Being told off for being late.',
  good: 'Art with Mr Jones, and seeing Priya.',
  worries: ['Getting lost between lessons', 'Being asked to read out loud', 'Lunch hall crowds'],
  best: ['Art', 'The library', 'Feeding the school rabbit'],
  ideal: 'Small and quiet, with a place to go when it gets too much.',
  parentView: 'Mornings are hardest. Tummy aches start on Sunday evening.',
  strengths: 'Drawing, Lego, kind to younger children.',
  trusted: 'Miss Ahmed (form tutor), Grandma.',
  tried: [{ what: 'Part-time timetable in October', how: 'Managed mornings for two weeks' }],
  professionals: [{ name: 'Dr Rao', role: 'CAMHS clinician', contact: '01632 960123' }],
};

const LADDER = 'Getting into school';
// Added in this (muddled) order, with the child's ratings.
const WALK = { what: 'Walk to the gate with Mum', rating: 5, who: ['Child', 'Parent'], whenWhere: 'Monday, 8:40, side gate', support: 'Miss Ahmed meets us' };
const DRIVE = { what: 'Drive past school at the weekend', rating: 2, who: ['Parent'], whenWhere: 'Saturday morning', support: 'Favourite music in the car' };
const LIBRARY = { what: 'Go into the library for 20 minutes', rating: 7, who: ['Child', 'School'], whenWhere: 'Wednesday, period 1', support: 'Quiet table by the window' };
const CALL = { what: 'Video call with Miss Ahmed', rating: 3, who: ['Child', 'School'], whenWhere: 'Tuesday after school', support: 'Camera off is fine' };
const SUB = { what: 'Walk to the end of the road', rating: 3 };

const OWN_ADJUSTMENT = 'Lunch in the library with a friend';
const GOAL = 'Mornings in school, in the library first, by February half term.';
const TEXTS = {
  'Key adult': 'Miss Ahmed',
  'Contact arrangements': 'A short email every Friday.',
  'How small successes will be celebrated': 'A trip to the art shop.',
  'What happens on a bad day': 'Go home at break, no questions, try again tomorrow.',
  'Your questions for the school': 'Can the library open at 8:30?',
  'What you are asking for': 'A quiet place at lunch.',
};

test.use({ viewport: { width: 360, height: 740 } });

test('a parent drafts a plan through all three stages, and it survives reloads', async ({ page }) => {
  test.setTimeout(120_000);
  const ui = new PlanPage(page);
  await ui.startWith('Sam');
  const today = await ui.today();

  // ---- The hub before anything is written ----
  await test.step('opens the Plan: nothing written yet', async () => {
    await ui.gotoHub();
    await expect(ui.stageCard('understanding')).toContainText('Not started yet');
    await expect(ui.stageCard('steps')).toContainText('No steps yet');
    await expect(ui.stageCard('review')).toContainText('No reviews yet');
    await expect(ui.nextReviewLine).toHaveText('No review date set yet.');
  });

  // ---- Stage 1: understanding ----
  await test.step("taps stage 1 and fills in the child's words and what has been tried, then saves", async () => {
    await ui.stageCard('understanding').click();
    await expect(ui.stageHeading.first()).toHaveText('1. Understanding');
    await ui.fillUnderstanding(UNDERSTANDING);
    await ui.saveStage1.click();
    await expect(ui.notice).toContainText('Saved stage 1, understanding.');
  });

  await test.step('reloads: stage 1 is as saved', async () => {
    await ui.reload();
    await expect(ui.stageHeading.first()).toHaveText('1. Understanding');
    await expect(ui.whatIsHard).toHaveValue(UNDERSTANDING.hard);
    await expect(ui.whatIsGood).toHaveValue(UNDERSTANDING.good);
    for (const [i, w] of UNDERSTANDING.worries.entries()) await expect(ui.worries.nth(i)).toHaveValue(w);
    for (const [i, b] of UNDERSTANDING.best.entries()) await expect(ui.bestThings.nth(i)).toHaveValue(b);
    await expect(ui.idealSchool).toHaveValue(UNDERSTANDING.ideal);
    await expect(ui.parentView).toHaveValue(UNDERSTANDING.parentView);
    await expect(ui.strengths).toHaveValue(UNDERSTANDING.strengths);
    await expect(ui.trusted).toHaveValue(UNDERSTANDING.trusted);
    await expect(ui.tried.getByRole('listitem')).toHaveText(['Part-time timetable in October · Managed mornings for two weeksRemove']);
    await expect(ui.professionals.getByRole('listitem')).toHaveText(['Dr Rao · CAMHS clinician · 01632 960123Remove']);
  });

  // ---- Stage 2: goal and arrangements ----
  await test.step('taps "2 Steps": the shared goal comes first, before the ladders; writes it and saves', async () => {
    await ui.stageTab('steps').click();
    await expect(ui.stageHeading.first()).toHaveText('2. The plan');
    const place = await ui.goal.evaluate((goal) => [...document.querySelectorAll('main input, main textarea')].indexOf(goal));
    expect(place, 'the goal is the first box of stage 2').toBe(0);
    await ui.goal.fill(GOAL);
    await ui.saveGoal.click();
    await expect(ui.notice).toContainText("Saved the shared goal. In Sam's plan.");
  });
  await test.step('writes the arrangements at the foot of stage 2, then saves', async () => {
    for (const [label, value] of Object.entries(TEXTS)) await ui.text(label).fill(value);
    await ui.saveTexts.click();
    await expect(ui.notice).toContainText('Saved the arrangements.');
  });

  // ---- A ladder of four steps, each with a rating, who, when and where, and support ----
  await test.step('adds a ladder of four steps', async () => {
    await ui.addLadder(LADDER);
    for (const s of [WALK, DRIVE, LIBRARY, CALL]) await ui.addStep(LADDER, s);
    await ui.expectStepOrder(LADDER, [WALK.what, DRIVE.what, LIBRARY.what, CALL.what]);
    await expect(ui.stepDetails(LADDER, WALK.what)).toHaveText(
      'feels 5/10 · Child, Parent · Monday, 8:40, side gate · support: Miss Ahmed meets us · Not started',
    );
    // The top step cannot go up, the bottom one cannot go down.
    await expect(ui.stepButton(LADDER, WALK.what, 'Move up')).toBeDisabled();
    await expect(ui.stepButton(LADDER, CALL.what, 'Move down')).toBeDisabled();
  });

  // Arrows
  await test.step('moves steps with the arrows', async () => {
    await ui.move(LADDER, WALK.what, 'down');
    await ui.expectStepOrder(LADDER, [DRIVE.what, WALK.what, LIBRARY.what, CALL.what]);
    await ui.move(LADDER, CALL.what, 'up');
    await ui.expectStepOrder(LADDER, [DRIVE.what, WALK.what, CALL.what, LIBRARY.what]);
  });

  // The child's ratings, easiest first
  await test.step('moves the library step up twice, then taps "Order by ratings"', async () => {
    await ui.move(LADDER, LIBRARY.what, 'up');
    await ui.move(LADDER, LIBRARY.what, 'up');
    await ui.expectStepOrder(LADDER, [DRIVE.what, LIBRARY.what, WALK.what, CALL.what]);
    await ui.ladder(LADDER).getByRole('button', { name: 'Order by ratings' }).click();
    await expect(ui.notice).toContainText("Steps put in order of your child's ratings, easiest first.");
    await ui.expectStepOrder(LADDER, [DRIVE.what, CALL.what, WALK.what, LIBRARY.what]);
  });

  // Dragging: the hardest step up onto the second, then back down onto the last
  await test.step('drags the hardest step up, then back down', async () => {
    await ui.drag(LADDER, LIBRARY.what, CALL.what);
    await ui.expectStepOrder(LADDER, [DRIVE.what, LIBRARY.what, CALL.what, WALK.what]);
    await ui.drag(LADDER, LIBRARY.what, WALK.what);
    await ui.expectStepOrder(LADDER, [DRIVE.what, CALL.what, WALK.what, LIBRARY.what]);
  });

  // A step too big for now, broken into a smaller step
  await test.step('breaks a step into a smaller step', async () => {
    await ui.addSmallerStep(LADDER, WALK.what, SUB);
    await expect(ui.notice).toContainText('Smaller step added.');
    await expect(ui.subSteps(LADDER, WALK.what)).toHaveText([`${SUB.what} · Not started`]);
  });

  // Where steps have got to
  await test.step('says where two steps have got to', async () => {
    await ui.changeStep(LADDER, DRIVE.what, { state: 'Done' });
    await expect(ui.notice).toContainText('Step saved.');
    await expect(ui.stepDetails(LADDER, DRIVE.what)).toContainText('· Done');
    await ui.changeStep(LADDER, CALL.what, { state: 'Trying' });
    await expect(ui.stepDetails(LADDER, CALL.what)).toHaveText(
      'feels 3/10 · Child, School · Tuesday after school · support: Camera off is fine · Trying',
    );
  });

  // Remove a step in the middle (after a confirmation), then undo puts it back in its place
  await test.step('removes a step, then taps Undo', async () => {
    await ui.removeStep(LADDER, CALL.what);
    await ui.expectStepOrder(LADDER, [DRIVE.what, WALK.what, LIBRARY.what]);
    await ui.undoButton.click();
    await expect(ui.notice).toContainText('Put back.');
    await expect(ui.undoLine).toHaveCount(0);
    await ui.expectStepOrder(LADDER, [DRIVE.what, CALL.what, WALK.what, LIBRARY.what]);
    await expect(ui.stepDetails(LADDER, CALL.what)).toContainText('· Trying');
  });

  // "Keep" leaves the step alone
  await test.step('taps Remove on a step, then Keep', async () => {
    await ui.stepButton(LADDER, LIBRARY.what, 'Remove').click();
    await ui.removeStepQuestion(LADDER).getByRole('button', { name: 'Keep' }).click();
    await expect(ui.removeStepQuestion(LADDER)).toHaveCount(0);
    await ui.expectStepOrder(LADDER, [DRIVE.what, CALL.what, WALK.what, LIBRARY.what]);
  });

  // A second ladder, removed and put back in its place
  await test.step('adds two more ladders, removes one and taps Undo, removes the other', async () => {
    await ui.addLadder('Lunchtime');
    await ui.addStep('Lunchtime', { what: 'Eat lunch in the library', rating: 4 });
    await ui.addLadder('Being in class');
    expect(await ui.ladderTitles()).toEqual([LADDER, 'Lunchtime', 'Being in class']);
    await ui.removeLadder('Lunchtime');
    expect(await ui.ladderTitles()).toEqual([LADDER, 'Being in class']);
    await ui.undoButton.click();
    await expect(ui.ladder('Lunchtime')).toBeVisible();
    expect(await ui.ladderTitles()).toEqual([LADDER, 'Lunchtime', 'Being in class']);
    await ui.expectStepOrder('Lunchtime', ['Eat lunch in the library']);
    await ui.removeLadder('Being in class');
  });

  // Adjustments: two asked for, one agreed, and one of the parent's own
  await test.step('asks for adjustments, one agreed, and adds one of their own', async () => {
    await ui.askFor('A safe, quiet place to go');
    await ui.askFor('Being met at the gate');
    await ui.agreed('Being met at the gate').check();
    await expect(ui.agreed('Being met at the gate')).toBeChecked();
    await ui.addOwn(OWN_ADJUSTMENT);
  });

  // ---- Reload: all of stage 2 is still there ----
  await test.step('reloads: all of stage 2 is still there', async () => {
    await ui.reload();
    await expect(ui.stageHeading.first()).toHaveText('2. The plan');
    expect(await ui.ladderTitles()).toEqual([LADDER, 'Lunchtime']);
    await ui.expectStepOrder(LADDER, [DRIVE.what, CALL.what, WALK.what, LIBRARY.what]);
    await expect(ui.stepDetails(LADDER, DRIVE.what)).toHaveText(
      'feels 2/10 · Parent · Saturday morning · support: Favourite music in the car · Done',
    );
    await expect(ui.stepDetails(LADDER, CALL.what)).toContainText('· Trying');
    await expect(ui.stepDetails(LADDER, LIBRARY.what)).toHaveText(
      'feels 7/10 · Child, School · Wednesday, period 1 · support: Quiet table by the window · Not started',
    );
    await expect(ui.subSteps(LADDER, WALK.what)).toHaveText([`${SUB.what} · Not started`]);
    await expect(ui.adjustment('A safe, quiet place to go')).toBeChecked();
    await expect(ui.agreed('A safe, quiet place to go')).not.toBeChecked();
    await expect(ui.adjustment('Being met at the gate')).toBeChecked();
    await expect(ui.agreed('Being met at the gate')).toBeChecked();
    await expect(ui.adjustment(OWN_ADJUSTMENT)).toBeChecked();
    await expect(ui.adjustment('Breakfast club')).not.toBeChecked();
    await expect(ui.goal).toHaveValue(GOAL);
    for (const [label, value] of Object.entries(TEXTS)) await expect(ui.text(label)).toHaveValue(value);
  });

  // ---- Stage 3: tries and reviews ----
  const callOption = `${LADDER}: ${CALL.what}`;
  await test.step('taps "3 Review"', async () => {
    await ui.stageTab('review').click();
    await expect(ui.stageHeading.first()).toHaveText('3. Review');
    await expect(ui.tryStep.getByRole('option')).toHaveText([
      'Choose a step',
      `${LADDER}: ${DRIVE.what}`,
      callOption,
      `${LADDER}: ${WALK.what}`,
      `${LADDER}: ${WALK.what} › ${SUB.what}`,
      `${LADDER}: ${LIBRARY.what}`,
      'Lunchtime: Eat lunch in the library',
    ]);
  });
  await test.step('records two tries at the call, with the worry at its highest; neither eased the worry', async () => {
    await ui.recordTry({ step: callOption, date: addDays(today, -18), before: 6, highest: 7, after: 6, helped: 'Camera off' });
    await ui.recordTry({ step: callOption, date: addDays(today, -10), before: 5, after: 7, helped: 'Mum sat next to me' });
    const stored = await ui.storedDiary();
    const call = stored.children[0].plan.ladders[0].steps.find((s) => s.what === CALL.what);
    expect(call.attempts.map((a) => [a.date, a.worry_before, a.worry_highest, a.worry_after, a.what_helped])).toEqual([
      [addDays(today, -18), 6, 7, 6, 'Camera off'],
      [addDays(today, -10), 5, undefined, 7, 'Mum sat next to me'],
    ]);
    // The step says how the worry at its highest compared with the worry expected.
    const tries = ui.main.getByRole('region', { name: 'Tries so far' });
    await expect(tries).toContainText('The worry was not smaller than expected in the one try with both numbers.');
    await expect(tries).toContainText(`${longDate(addDays(today, -18))}: worry before 6/10, highest 7/10, after 6/10. Helped: Camera off`);
    await expect(tries).toContainText('highest not said');
    expect(call.state, 'recording tries never moves a step on').toBe('trying');
  });

  const first = { date: addDays(today, -21), wentWell: 'Two drives past school.', wasHard: 'Sunday nights.', changes: 'Start the video calls.', nextSteps: 'Video call on Tuesday.', next: addDays(today, -7) };
  const second = { date: addDays(today, -7), wentWell: 'Kept trying the calls.', nextSteps: 'Keep the calls going.', next: addDays(today, 21) };
  await test.step('adds a first review', async () => {
    await ui.addReview(first);
    await expect(ui.stalledHints, 'one review is too little to go on').toHaveCount(0);
  });
  await test.step('adds a second review', async () => {
    await ui.addReview(second);
    // With two reviews and no try that eased the worry, the step being tried is suggested for breaking down.
    await expect(ui.stalledHint(CALL.what)).toContainText(/has not felt easier|has not been tried/);
    await expect(ui.stalledHint(CALL.what).getByRole('link', { name: 'Go to the steps' })).toHaveAttribute('href', '#/plan/steps');
    await expect(ui.stalledHint(DRIVE.what), 'a done step is never suggested').toHaveCount(0);
    await expect(ui.stalledHint(WALK.what), 'a step already broken down is not suggested').toHaveCount(0);
    await expect(ui.stalledHint(LIBRARY.what), 'a step nobody has reached is not suggested').toHaveCount(0);

    // Reviews, newest first
    await expect(ui.reviewCards.getByRole('heading')).toHaveText([`Review, ${longDate(second.date)}`, `Review, ${longDate(first.date)}`]);
    await expect(ui.reviewCard(longDate(first.date))).toContainText('Went well: Two drives past school.');
    await expect(ui.reviewCard(longDate(first.date))).toContainText(`Next review: ${longDate(first.next)}`);
    await expect(ui.reviewCard(longDate(second.date))).toContainText(`Next review: ${longDate(second.next)}`);
  });

  // Remove the latest review: the hint goes (one review left), and undo brings both back.
  await test.step('removes the latest review', async () => {
    await ui.removeReview(longDate(second.date));
    await expect(ui.reviewCards).toHaveCount(1);
    await expect(ui.stalledHints).toHaveCount(0);
  });
  await test.step('taps Undo', async () => {
    await ui.undoButton.click();
    await expect(ui.undoLine).toHaveCount(0);
    await expect(ui.reviewCards.getByRole('heading')).toHaveText([`Review, ${longDate(second.date)}`, `Review, ${longDate(first.date)}`]);
    await expect(ui.stalledHint(CALL.what)).toBeVisible();
  });

  // ---- Reload, and the hub sums it all up ----
  await test.step('reloads: the reviews are still there', async () => {
    await ui.reload();
    await expect(ui.reviewCards).toHaveCount(2);
    await expect(ui.stalledHint(CALL.what)).toBeVisible();
  });
  await test.step('opens the Plan: it sums it all up', async () => {
    await ui.gotoHub();
    await expect(ui.stageCard('understanding')).toContainText('Started');
    await expect(ui.stageCard('steps')).toContainText('5 steps');
    await expect(ui.stageCard('review')).toContainText('2 reviews');
    await expect(ui.nextReviewLine).toHaveText(`Next review: ${longDate(second.next)}.`);
    await expect(ui.packLink).toHaveAttribute('href', '#/pack');
  });
});
