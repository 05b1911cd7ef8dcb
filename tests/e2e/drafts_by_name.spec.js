// Issue 17, item 1: drafts are kept by field name. A draft kept by the app as it was released
// before (by position), or by another version of the app (a field added, removed, of another kind),
// goes back field by field where the names match; what has no box here now is shown as plain text
// to copy, never put in another box and never dropped without a word.
import { test, expect } from './fixtures/test.js';
import { KEYS } from './fixtures/app_page.js';
import { DayPage } from './fixtures/day_page.js';
import { PlanPage } from './fixtures/plan_page.js';
import { expectNoViolations } from './fixtures/axe.js';

/** The shown child's id, as the app keeps it. */
async function childId(ui, nickname) {
  return (await ui.storedChild(nickname)).id;
}

/** What the form's own boxes hold (not the text offered to copy). */
function boxValues(page) {
  return page.getByRole('main').locator('input:not([type=checkbox]):not([type=radio]), textarea:not([readonly]), select')
    .evaluateAll((fields) => fields.map((f) => f.value));
}

/** The box offering what has no box in the form now. */
function leftOver(page) {
  return page.getByRole('group', { name: 'Typing with no box here' });
}

test("an old day draft, kept by position as the released app kept it, goes back into each of its boxes", async ({ page }) => {
  const day = new DayPage(page);
  await day.startWith('Sam');
  const today = await day.today();
  const key = `${KEYS.draftPrefix}day:${await childId(day, 'Sam')}:${today}`;
  await test.step('a day draft as the app kept it until now is on the phone', async () => {
    // Exactly what the released app wrote: the times as a list of four, the worry being
    // filled in as a list of three.
    await day.setStored(key, JSON.stringify({
      written: Date.now() - 60_000,
      value: {
        status: 'attended_distressed', split: false, morning: null, afternoon: null,
        worries: [{ category: 'friendships', words: 'Nobody saved me a seat', rating: 9 }],
        signs: [], helped: 'A hug at the gate', harder: 'The crowded bus',
        times: ['07:10', '08:20', '', '15:30'], school_code: 'I', private_note: 'Only for me',
        pending_worry: ['sensory', 'Too loud in the hall', 6],
      },
    }));
  });
  await day.gotoToday();
  await test.step('the draft is offered with its words', async () => {
    await expect(day.draftOffer).toContainText('You were writing Sam\'s record for');
    await expect(day.draftOffer).toContainText('Went in, very distressed · Nobody saved me a seat');
    await expect(leftOver(page)).toHaveCount(0);
  });
  await test.step('keeps it: every value is in the box of its name', async () => {
    await day.keepDraft.click();
    await expect(day.statusButton('Went in, very distressed')).toHaveAttribute('aria-pressed', 'true');
    await day.openMore();
    await expect(day.helped).toHaveValue('A hug at the gate');
    await expect(day.harder).toHaveValue('The crowded bus');
    await expect(day.times.getByLabel('Woke up')).toHaveValue('07:10');
    await expect(day.times.getByLabel('Left home')).toHaveValue('08:20');
    await expect(day.times.getByLabel('Arrived at school')).toHaveValue('');
    await expect(day.times.getByLabel('Collected or came home')).toHaveValue('15:30');
    await expect(page.getByLabel("The school's register code, if you know it")).toHaveValue('I');
    await expect(page.getByLabel('Private note')).toHaveValue('Only for me');
    await expect(day.worries.getByText('Nobody saved me a seat')).toBeVisible();
    await expect(day.childsWords).toHaveValue('Too loud in the hall');
    await expect(day.howBig).toHaveValue('6');
    await expect(day.notSavedYet).toBeVisible();
  });
  await test.step('the draft is kept again, now by name', async () => {
    await expect.poll(async () => JSON.parse(await day.stored(key)).version).toBe(1);
    const kept = JSON.parse(await day.stored(key));
    expect(kept.fields.helped).toBe('A hug at the gate');
    expect(kept.fields['times.collected']).toBe('15:30');
    expect(kept.fields['pending_worry.words']).toBe('Too loud in the hall');
  });
});

test('a draft from another version goes back by name; what has no box is shown to copy', async ({ page }) => {
  const day = new DayPage(page);
  await day.startWith('Sam');
  const today = await day.today();
  const key = `${KEYS.draftPrefix}day:${await childId(day, 'Sam')}:${today}`;
  await test.step('a draft from a later version: a field this app lacks, one missing, one of another kind', async () => {
    await day.setStored(key, JSON.stringify({
      written: Date.now() - 60_000,
      version: 2,
      fields: {
        status: 'attended',
        harder: 'Maths test',
        'times.woke': '06:50',
        // A time this app does not have, and a field it does not know.
        'times.lunch': '12:15',
        mood: 'Calmer after lunch',
        // "helped" is missing altogether; the school's code is now a number.
        school_code: 7,
      },
    }));
  });
  await day.gotoToday();
  await test.step('the offer shows, and what has no box here is shown to copy', async () => {
    await expect(day.draftOffer).toContainText('Maths test');
    await expect(leftOver(page)).toBeVisible();
    const words = leftOver(page).getByRole('textbox', { name: 'Typing with no box here' });
    await expect(words).toHaveValue(/times lunch: 12:15/);
    await expect(words).toHaveValue(/mood: Calmer after lunch/);
    await expect(words).toHaveValue(/school code: 7/);
    await expectNoViolations(page, 'the offer of a draft with words that have no box');
  });
  await test.step('keeps it: names that match are in their boxes, nothing in another', async () => {
    await day.keepDraft.click();
    await day.openMore();
    await expect(day.harder).toHaveValue('Maths test');
    await expect(day.times.getByLabel('Woke up')).toHaveValue('06:50');
    await expect(day.helped).toHaveValue('');
    await expect(page.getByLabel("The school's register code, if you know it")).toHaveValue('');
    for (const value of await boxValues(page)) {
      expect(value).not.toContain('Calmer after lunch');
      expect(value === '12:15').toBe(false);
    }
    // The words to copy stay until the parent says they are copied, and are kept in the draft.
    await expect(leftOver(page)).toBeVisible();
    await expect.poll(async () => JSON.parse(await day.stored(key)).leftover ?? '').toContain('mood: Calmer after lunch');
  });
  await test.step('reloads: the words with no box are offered again with the draft', async () => {
    page.once('dialog', (dialog) => dialog.accept());
    await day.reload();
    await expect(day.draftOffer).toBeVisible();
    await expect(leftOver(page).getByRole('textbox')).toHaveValue(/mood: Calmer after lunch/);
  });
  await test.step('"I have copied it" takes them away', async () => {
    await leftOver(page).getByRole('button', { name: 'I have copied it' }).click();
    await expect(leftOver(page)).toHaveCount(0);
  });
});

test('an old stage 1 draft with a text more than the form knows offers that text to copy', async ({ page }) => {
  const plan = new PlanPage(page);
  await plan.startWith('Sam');
  const key = `${KEYS.draftPrefix}understanding:${await childId(plan, 'Sam')}:`;
  await test.step('an old positional stage 1 draft, with one text past the end', async () => {
    const texts = Array(17).fill('');
    texts[0] = 'The noise in the corridors';
    texts[4] = 'Lego and drawing';
    texts.push('A text from nowhere');
    await plan.setStored(key, JSON.stringify({
      written: Date.now() - 60_000,
      value: [texts, [], [[['Reward chart', 'Helped for a week']], []]],
    }));
  });
  await plan.gotoStage('understanding');
  await plan.keepDraft.click();
  await expect(plan.whatIsHard).toHaveValue('The noise in the corridors');
  await expect(plan.strengths).toHaveValue('Lego and drawing');
  await expect(plan.tried).toContainText('Reward chart');
  await expect(leftOver(page).getByRole('textbox')).toHaveValue('A text from nowhere');
  for (const value of await boxValues(page)) expect(value).not.toContain('A text from nowhere');
});
