// Nothing typed is dropped: a worry filled in but not added is saved with the day, and typing not
// saved yet is kept on the phone as a draft, offered when the parent comes back: after a reload,
// after the tab was closed, and after leaving the screen; it goes once saved or thrown away.
import { test, expect } from './fixtures/test.js';
import { KEYS } from './fixtures/app_page.js';
import { ChildrenPage } from './fixtures/children_page.js';
import { DayPage } from './fixtures/day_page.js';
import { PlanPage } from './fixtures/plan_page.js';
import { CalendarPage } from './fixtures/calendar_page.js';
import { longDate, weekdayName } from './fixtures/dates.js';

const DRAFT_PREFIX = KEYS.draftPrefix;

test('a worry filled in but not added is saved with the day', async ({ page }) => {
  const day = new DayPage(page);
  await day.startWith('Sam');
  await test.step('taps "Went in, very distressed" and opens "Add more"', async () => {
    await day.record('Went in, very distressed');
    await day.openMore();
  });
  await test.step('fills in a worry without tapping "Add this worry", and what helped', async () => {
    await day.worryAbout.getByRole('button', { name: 'Friends, feeling left out' }).click();
    await day.childsWords.fill('Nobody saved me a seat');
    await day.howBig.selectOption('9');
    await day.helped.fill('A hug at the gate');
    await expect(day.notSavedYet).toBeVisible();
  });
  await test.step('taps "Save this day"', async () => {
    await day.saveButton.click();
    await expect(day.notice).toContainText('Saved:');
  });
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
  await test.step('taps "Went in" and types what helped, without saving', async () => {
    await day.record('Went in');
    await day.openMore();
    await day.helped.fill('Walking in with Priya');
    await expect.poll(() => day.keysStartingWith(DRAFT_PREFIX)).toHaveLength(1);
  });
  const before = await day.stored('small-steps');
  const today = await day.today();

  await test.step('reloads the page, saying yes to leaving', async () => {
    page.once('dialog', (dialog) => dialog.accept());
    await day.reload();
    await expect(day.draftOffer).toContainText(`You were writing Sam's record for ${weekdayName(today)} ${longDate(today)} today at`);
    await expect(day.draftOffer).toContainText('“Walking in with Priya”');
    // Nothing went into the diary by itself.
    expect(await day.stored('small-steps')).toBe(before);
  });

  await test.step('keeps the draft', async () => {
    await day.keepDraft.click();
    await expect(day.draftOffer).toHaveCount(0);
    await day.openMore();
    await expect(day.helped).toHaveValue('Walking in with Priya');
    await expect(day.notSavedYet).toBeVisible();
  });
  await test.step('taps "Save this day"', async () => {
    await day.saveButton.click();
    await expect(day.notice).toContainText('Saved:');
    expect((await day.storedChild('Sam')).days[0].helped).toBe('Walking in with Priya');
    await expect.poll(() => day.keysStartingWith(DRAFT_PREFIX)).toEqual([]);
  });
});

test('typing in a tab that is closed is offered in the next one; "Throw it away" removes it', async ({ page, context }) => {
  const plan = new PlanPage(page);
  await plan.startWith('Sam');
  await plan.gotoStage('understanding');
  await test.step('types what is hard about school, without saving', async () => {
    await plan.whatIsHard.fill('The noise in the corridors');
  });
  await test.step('closes the tab at once (as a phone discarding it would)', async () => {
    await page.close({ runBeforeUnload: false });
  });
  const next = new PlanPage(await context.newPage());
  await test.step('opens stage 1 in a new tab: the draft is offered', async () => {
    await next.gotoStage('understanding');
    await expect(next.draftOffer).toContainText("You were writing stage 1 of Sam's plan (understanding) today at");
    await expect(next.draftOffer).toContainText('“The noise in the corridors”');
    await expect(next.whatIsHard).toHaveValue('');
  });
  await test.step('taps "Throw it away"', async () => {
    await next.throwDraftAway.click();
    await expect(next.draftOffer).toHaveCount(0);
    expect(await next.keysStartingWith(DRAFT_PREFIX)).toEqual([]);
  });
  await test.step('reloads: nothing is offered', async () => {
    await next.reload();
    await expect(next.draftOffer).toHaveCount(0);
  });
});

test("a draft belongs to its child: Sam's typing is not offered under Alex", async ({ page }) => {
  const plan = new PlanPage(page);
  const children = new ChildrenPage(page);
  await plan.startWith('Sam');
  await test.step('adds a second child, Alex, and shows Sam', async () => {
    await children.goto();
    await children.addChild('Alex');
    await plan.showChild('Sam');
  });
  await plan.gotoStage('understanding');
  await test.step("types on Sam's stage 1, without saving", async () => {
    await plan.whatIsHard.fill('Sam: the noise');
    await expect.poll(() => plan.keysStartingWith(DRAFT_PREFIX)).toHaveLength(1);
  });
  await test.step('shows Alex, saying yes to leaving: nothing is offered', async () => {
    page.once('dialog', (dialog) => dialog.accept());
    await plan.showChild('Alex');
    await expect(plan.draftOffer).toHaveCount(0);
    await expect(plan.whatIsHard).toHaveValue('');
  });
  await test.step("shows Sam again: Sam's draft is offered", async () => {
    page.once('dialog', (dialog) => dialog.accept());
    await plan.showChild('Sam');
    await expect(plan.draftOffer).toBeVisible();
  });
});

test('a new step being written survives a reload as a draft, and goes once the step is saved', async ({ page }) => {
  const plan = new PlanPage(page);
  await plan.startWith('Sam');
  await plan.gotoStage('steps');
  const form = plan.stepForm('Getting in', 'New step');
  await test.step('adds a ladder and starts writing a step', async () => {
    await plan.startStepOnNewLadder('Getting in', { what: 'Walk to the gate with Dad', rating: 4, who: ['Parent'] });
    await expect.poll(() => plan.keysStartingWith(DRAFT_PREFIX)).toHaveLength(1);
  });
  await test.step('reloads the page, saying yes to leaving', async () => {
    page.once('dialog', (dialog) => dialog.accept());
    await plan.reload();
  });
  const offer = form.getByRole('group', { name: 'Typing not saved' });
  await test.step('taps "Add a step" again and keeps the draft', async () => {
    await plan.addStepButton('Getting in').click();
    await expect(offer).toContainText("You were writing a step in Sam's plan today at");
    await expect(offer).toContainText('Walk to the gate with Dad');
    await offer.getByRole('button', { name: 'Keep it' }).click();
    await expect(form.getByLabel('The step', { exact: true })).toHaveValue('Walk to the gate with Dad');
    await expect(form.getByLabel(/How hard does it feel/)).toHaveValue('4');
  });
  await test.step('taps "Save step"', async () => {
    await form.getByRole('button', { name: 'Save step' }).click();
    await expect(plan.stepButton('Getting in', 'Walk to the gate with Dad', 'Move up')).toBeVisible();
    expect(await plan.keysStartingWith(DRAFT_PREFIX)).toEqual([]);
  });
});

test('a draft from the day before says "yesterday", names the child and shows the words typed', async ({ page }) => {
  const plan = new PlanPage(page);
  await plan.startWith('Sam');
  await plan.gotoStage('understanding');
  await test.step('types what is hard about school, without saving', async () => {
    await plan.whatIsHard.fill('The bus when it is crowded');
    await expect.poll(() => plan.keysStartingWith(DRAFT_PREFIX)).toHaveLength(1);
  });
  const next = new PlanPage(await page.context().newPage());
  await test.step('closes the tab at once, then the draft is made a day older, as if written yesterday evening', async () => {
    await page.close({ runBeforeUnload: false });
    await next.visit('#/today');
    const [key] = await next.keysStartingWith(DRAFT_PREFIX);
    await next.page.evaluate((k) => {
      const draft = JSON.parse(window.localStorage.getItem(k));
      const yesterday = new Date();
      yesterday.setDate(yesterday.getDate() - 1);
      yesterday.setHours(19, 5, 0, 0);
      draft.written = yesterday.getTime();
      window.localStorage.setItem(k, JSON.stringify(draft));
    }, key);
  });
  await test.step('opens stage 1 again: the offer says yesterday at 19:05', async () => {
    await next.gotoStage('understanding');
    await expect(next.draftOffer).toContainText(
      "You were writing stage 1 of Sam's plan (understanding) yesterday at 19:05, and it was not saved.",
    );
    await expect(next.draftOffer).toContainText('“The bus when it is crowded”');
  });
});

test('a contact draft offered beside the log goes once a contact is saved, and stays gone after a reload', async ({ page }) => {
  const calendar = new CalendarPage(page);
  await calendar.startWith('Sam');
  await calendar.gotoContacts();
  await test.step('starts a new contact, without saving', async () => {
    await calendar.addContactButton.click();
    await calendar.contactForm.getByLabel('With whom').fill('Mrs Patel, SENCO');
    await calendar.contactForm.getByLabel('What was said').fill('A later start on Mondays');
    await expect.poll(() => calendar.keysStartingWith(DRAFT_PREFIX)).toHaveLength(1);
  });
  await test.step('reloads, saying yes to leaving: the draft is offered beside the log', async () => {
    page.once('dialog', (dialog) => dialog.accept());
    await calendar.reload();
    await expect(calendar.draftOffer).toContainText("You were writing a new contact or meeting in Sam's log today at");
    await expect(calendar.draftOffer).toContainText('Mrs Patel, SENCO · A later start on Mondays');
  });
  await test.step('writes the contact afresh instead and saves it: the offer goes', async () => {
    await calendar.addContact({ when: await calendar.today(), withWhom: 'Mrs Patel, SENCO', how: 'Meeting', said: 'A later start on Mondays' });
    await expect(calendar.notice).toContainText('Contact saved.');
    await expect(calendar.draftOffer).toHaveCount(0);
    await expect.poll(() => calendar.keysStartingWith(DRAFT_PREFIX)).toEqual([]);
  });
  await test.step('reloads: nothing is offered', async () => {
    await calendar.reload();
    await expect(calendar.contactCard('Mrs Patel')).toBeVisible();
    await expect(calendar.draftOffer).toHaveCount(0);
  });
});
