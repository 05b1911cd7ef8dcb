// Issue 8, breaks 1 and 2: each child's records stay their own when the parent switches child in the
// header. Sam and Alex each have a plan, a contact and a day; every text names its child. After a
// switch, a form shows the child now on screen (entry forms start empty; what was typed for Sam is
// gone, after the app asked "Leave without saving it?", which the parent accepts), a save lands in
// the child shown when the form was shown, and Undo either puts back into the child it came from or
// is not offered. Each test checks what is shown and what is stored for both children.
import { test, expect } from './fixtures/test.js';
import { PlanPage } from './fixtures/plan_page.js';
import { CalendarPage } from './fixtures/calendar_page.js';
import { seedDiary } from './fixtures/pack_page.js';
import { longDate } from './fixtures/dates.js';
import {
  ARRANGEMENTS, DATES, sam, alex, arrangementTexts, ladderOf, stepsOf, reviewTextOf, contactOf,
} from './fixtures/two_children.js';

test.beforeEach(async ({ page }) => {
  await seedDiary(page, [sam(), alex()]);
});

/** The goal and arrangements as the form shows them: { label: text }. */
function shownTexts(name) {
  const texts = arrangementTexts(name);
  return Object.fromEntries(ARRANGEMENTS.map(([label, field]) => [label, texts[field]]));
}

/** Sam and Alex are stored exactly as seeded, apart from what `changes` says for each. */
async function expectStored(ui, { Sam = sam(), Alex = alex() } = {}) {
  expect(await ui.storedChild('Sam'), "Sam's stored record").toEqual(Sam);
  expect(await ui.storedChild('Alex'), "Alex's stored record").toEqual(Alex);
}

/** No field on screen holds anything of Sam's. */
async function expectNothingOfSamOnScreen(ui) {
  const values = await ui.valuesOnScreen();
  expect(values.filter((v) => v.includes('Sam')), 'fields on screen holding Sam\'s text').toEqual([]);
}

async function switchTo(ui, nickname) {
  await test.step(`switches the header to ${nickname}`, async () => {
    await ui.showChild(nickname);
    await expect(ui.childSwitcher.locator('option:checked')).toHaveText(nickname);
  });
}

test.describe('Plan stage 2', () => {
  test("goal and arrangements: after a switch the form shows Alex's texts, and saving keeps them Alex's", async ({ page }) => {
    const plan = new PlanPage(page);
    await test.step("shows Sam's stage 2", async () => {
      await plan.gotoStage('steps');
      await plan.expectTexts(shownTexts('Sam'));
    });
    await switchTo(plan, 'Alex');
    await plan.expectTexts(shownTexts('Alex'));

    await test.step('taps "Save the goal" and "Save arrangements" without typing', async () => {
      await plan.saveGoal.click();
      await plan.saveTexts.click();
    });
    await plan.expectTexts(shownTexts('Alex'));
    await expectStored(plan);

    await switchTo(plan, 'Sam');
    await plan.expectTexts(shownTexts('Sam'));
    await plan.reload();
    await plan.expectTexts(shownTexts('Sam'));
  });

  test('goal and arrangements typed for Alex after a switch are saved to Alex only', async ({ page }) => {
    const plan = new PlanPage(page);
    plan.acceptLeaving();
    await plan.gotoStage('steps');
    await switchTo(plan, 'Alex');
    await test.step("types Alex's key adult and saves", async () => {
      await plan.text('Key adult').fill('Alex: Mr Brown');
      await plan.saveTexts.click();
      await expect(plan.notice).toContainText('Saved the arrangements.');
    });
    const expected = alex();
    expected.plan.key_adult = 'Alex: Mr Brown';
    await expectStored(plan, { Alex: expected });
    await switchTo(plan, 'Sam');
    await plan.expectTexts(shownTexts('Sam'));
  });

  test("a ladder name typed for Sam is gone after the switch, and a new ladder lands in the child shown", async ({ page }) => {
    const plan = new PlanPage(page);
    const asked = plan.acceptLeaving();
    await plan.gotoStage('steps');
    await test.step("types a ladder name for Sam, without adding it", async () => {
      await plan.ladderName.fill('Sam: lunchtime');
    });
    await switchTo(plan, 'Alex');
    await expect(plan.ladderName).toHaveValue('');
    await expect.poll(() => plan.ladderTitles()).toEqual([ladderOf('Alex')]);
    await test.step('taps "Add ladder"', async () => {
      await plan.addLadderButton.click();
    });
    await expectStored(plan);
    await expect.poll(() => plan.ladderTitles()).toEqual([ladderOf('Alex')]);

    await test.step('adds a ladder for Alex', async () => {
      await plan.addLadder('Alex: lunchtime');
    });
    const stored = await plan.storedChild('Alex');
    expect(stored.plan.ladders.map((l) => l.title)).toEqual([ladderOf('Alex'), 'Alex: lunchtime']);
    expect(await plan.storedChild('Sam')).toEqual(sam());
    await switchTo(plan, 'Sam');
    await expect.poll(() => plan.ladderTitles()).toEqual([ladderOf('Sam')]);
    expect(asked.every((q) => q.startsWith('Some of what you typed is not saved yet.')), asked.join('\n')).toBe(true);
  });

  test('"Another adjustment" typed for Sam is gone after the switch, and one added lands in the child shown', async ({ page }) => {
    const plan = new PlanPage(page);
    plan.acceptLeaving();
    await plan.gotoStage('steps');
    await test.step('types another adjustment for Sam, without adding it', async () => {
      await plan.ownAdjustment.fill('Sam: lunch in the library');
    });
    await switchTo(plan, 'Alex');
    await expect(plan.ownAdjustment).toHaveValue('');
    await test.step('taps "Add to the list"', async () => {
      await plan.addOwnAdjustment.click();
    });
    await expect(plan.adjustment('Sam: lunch in the library')).toHaveCount(0);
    await expectStored(plan);

    await test.step('adds an adjustment for Alex', async () => {
      await plan.addOwn('Alex: a time-out card');
    });
    const stored = await plan.storedChild('Alex');
    expect(stored.plan.adjustments.map((a) => a.what)).toContain('Alex: a time-out card');
    expect(await plan.storedChild('Sam')).toEqual(sam());
    await switchTo(plan, 'Sam');
    await expect(plan.adjustment('Alex: a time-out card')).toHaveCount(0);
  });

  test("Undo of Sam's removed ladder, after a switch, never puts it into Alex's plan", async ({ page }) => {
    const plan = new PlanPage(page);
    await plan.gotoStage('steps');
    await test.step("removes Sam's ladder", async () => {
      await plan.removeLadder(ladderOf('Sam'));
    });
    await switchTo(plan, 'Alex');
    await expect.poll(() => plan.ladderTitles()).toEqual([ladderOf('Alex')]);

    const withoutLadder = sam();
    delete withoutLadder.plan.ladders;
    if (await plan.undoButton.isVisible()) {
      await test.step('taps Undo', async () => {
        await plan.undoButton.click();
      });
      // Put back into Sam's plan, where it came from.
      await expectStored(plan);
    } else {
      await expectStored(plan, { Sam: withoutLadder });
    }
    await expect.poll(() => plan.ladderTitles(), { message: "Alex's ladders on screen" }).toEqual([ladderOf('Alex')]);
    await switchTo(plan, 'Sam');
    const samsNow = await plan.storedChild('Sam');
    await expect.poll(() => plan.ladderTitles()).toEqual((samsNow.plan.ladders ?? []).map((l) => l.title));
  });

  test("Undo of Sam's removed step, after a switch, puts it back into Sam's ladder or is not offered", async ({ page }) => {
    const plan = new PlanPage(page);
    const [, second] = stepsOf('Sam');
    await plan.gotoStage('steps');
    await test.step("removes Sam's second step", async () => {
      await plan.removeStep(ladderOf('Sam'), second);
    });
    await switchTo(plan, 'Alex');
    await expect.poll(() => plan.ladderTitles()).toEqual([ladderOf('Alex')]);

    const withoutStep = sam();
    withoutStep.plan.ladders[0].steps.pop();
    if (await plan.undoButton.isVisible()) {
      await test.step('taps Undo', async () => {
        await plan.undoButton.click();
      });
      // "Put back." must mean put back, into Sam's ladder.
      await expectStored(plan);
    } else {
      await expectStored(plan, { Sam: withoutStep });
    }
    await plan.expectStepOrder(ladderOf('Alex'), stepsOf('Alex'));
    await switchTo(plan, 'Sam');
    const samsNow = await plan.storedChild('Sam');
    await plan.expectStepOrder(ladderOf('Sam'), samsNow.plan.ladders[0].steps.map((s) => s.what));
  });
});

test.describe('Plan stage 3', () => {
  test('"Record a try" shows nothing of Sam\'s after a switch, and saves nothing into Alex', async ({ page }) => {
    const plan = new PlanPage(page);
    plan.acceptLeaving();
    await plan.gotoStage('review');
    await test.step('starts a try at one of Sam\'s steps', async () => {
      await plan.tryStep.selectOption({ label: `${ladderOf('Sam')}: ${stepsOf('Sam')[0]}` });
      await plan.tryHelped.fill('Sam: the quiet gate');
    });
    await switchTo(plan, 'Alex');
    await expect(plan.tryHelped).toHaveValue('');
    await expect(plan.tryStep).toHaveValue('');
    await expect(plan.tryStep.getByRole('option')).toHaveText(['Choose a step', ...stepsOf('Alex').map((s) => `${ladderOf('Alex')}: ${s}`)]);
    await expectNothingOfSamOnScreen(plan);

    await test.step('taps "Save this try"', async () => {
      await plan.saveTryButton.click();
    });
    await expectStored(plan);
  });

  test('"Add a review" typed for Sam is gone after a switch, and a review lands in the child shown', async ({ page }) => {
    const plan = new PlanPage(page);
    plan.acceptLeaving();
    await plan.gotoStage('review');
    await test.step('writes a review for Sam, without saving it', async () => {
      await plan.reviewField('What went well').fill('Sam: a whole morning in');
    });
    await switchTo(plan, 'Alex');
    await expect(plan.reviewField('What went well')).toHaveValue('');
    await expectNothingOfSamOnScreen(plan);
    await test.step('taps "Save review"', async () => {
      await plan.saveReviewButton.click();
    });
    await expectStored(plan);
    await expect(plan.reviewCards).toHaveCount(1);
    await expect(plan.reviewCards).toContainText(reviewTextOf('Alex'));

    await test.step('writes and saves a review for Alex', async () => {
      await plan.reviewField('What went well').fill('Alex: lunch in the library');
      await plan.saveReviewButton.click();
      await expect(plan.notice).toContainText('Review saved in');
    });
    const stored = await plan.storedChild('Alex');
    expect(stored.plan.reviews.map((r) => r.went_well).sort()).toEqual([reviewTextOf('Alex'), 'Alex: lunch in the library'].sort());
    expect(await plan.storedChild('Sam')).toEqual(sam());
    await switchTo(plan, 'Sam');
    await expect(plan.reviewCards).toHaveCount(1);
    await expect(plan.reviewCards).toContainText(reviewTextOf('Sam'));
  });

  test("Undo of Sam's removed review, after a switch, never puts it into Alex's plan", async ({ page }) => {
    const plan = new PlanPage(page);
    await plan.gotoStage('review');
    await test.step("removes Sam's review", async () => {
      await plan.removeReview(longDate(DATES.review));
    });
    await switchTo(plan, 'Alex');
    await expect(plan.reviewCards).toContainText(reviewTextOf('Alex'));

    const withoutReview = sam();
    delete withoutReview.plan.reviews;
    if (await plan.undoButton.isVisible()) {
      await test.step('taps Undo', async () => {
        await plan.undoButton.click();
      });
      await expectStored(plan);
    } else {
      await expectStored(plan, { Sam: withoutReview });
    }
    await expect(plan.reviewCards).toHaveCount(1);
    await expect(plan.reviewCards).toContainText(reviewTextOf('Alex'));
    await switchTo(plan, 'Sam');
    const samsNow = await plan.storedChild('Sam');
    await expect(plan.reviewCards).toHaveCount(samsNow.plan.reviews?.length ?? 0);
  });
});

test.describe('Contacts', () => {
  test('a contact typed for Sam is gone after a switch, and a contact lands in the child shown', async ({ page }) => {
    const calendar = new CalendarPage(page);
    const asked = calendar.acceptLeaving();
    await calendar.gotoContacts();
    await expect(calendar.contactCard(contactOf('Sam'))).toBeVisible();
    await test.step('starts a contact for Sam, without saving it', async () => {
      await calendar.addContactButton.click();
      await calendar.contactForm.getByLabel('With whom').fill('Sam: Mrs Patel, SENCO');
      await calendar.contactForm.getByLabel('What was said').fill('Sam: a quiet room at lunch from Monday');
    });
    await switchTo(calendar, 'Alex');
    expect(asked, 'the app asked before dropping the typing').toHaveLength(1);
    await expect(calendar.contactCard(contactOf('Alex'))).toBeVisible();
    await expect(calendar.contactCard(contactOf('Sam'))).toHaveCount(0);
    await expectNothingOfSamOnScreen(calendar);
    const save = calendar.contactForm.getByRole('button', { name: 'Save contact' });
    if (await save.isVisible()) {
      await test.step('taps "Save contact" on the form now shown', async () => {
        await save.click();
      });
    }
    await expectStored(calendar);

    await test.step('adds a contact for Alex', async () => {
      if (await calendar.contactForm.isVisible()) await calendar.contactForm.getByRole('button', { name: 'Cancel' }).click();
      await calendar.addContact({ when: '2025-10-20', withWhom: 'Alex: Mr Brown, head of year', how: 'Email' });
      await expect(calendar.notice).toContainText('Contact saved.');
    });
    const stored = await calendar.storedChild('Alex');
    expect(stored.contacts.map((c) => c.with_whom).sort()).toEqual([contactOf('Alex'), 'Alex: Mr Brown, head of year'].sort());
    expect(await calendar.storedChild('Sam')).toEqual(sam());
    await expect(calendar.contactCard('Alex: Mr Brown, head of year')).toBeVisible();
    await switchTo(calendar, 'Sam');
    await expect(calendar.contactCard('Alex: Mr Brown, head of year')).toHaveCount(0);
    await expect(calendar.contactCard(contactOf('Sam'))).toBeVisible();
  });
});
