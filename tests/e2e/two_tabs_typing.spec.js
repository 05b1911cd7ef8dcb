// Issue 8, break 3: a save in one tab emptied typing not saved yet in another tab (a day's details,
// plan stage 1), without asking. Two pages in one browser context are two tabs on one phone: tab B
// has typing not saved yet, tab A saves something, and tab B's typing is still there afterwards and
// can still be saved, keeping tab A's change too.
import { test, expect } from './fixtures/test.js';
import { DayPage } from './fixtures/day_page.js';
import { PlanPage } from './fixtures/plan_page.js';

const TYPED = 'Tab B: a calm walk in with Dad';

/** Tab A records today as went in while tab B holds `typed` (a field with typing not saved yet);
 * tab B hears of the save and its typing is still there. */
async function otherTabSavesWhileTyping(tabA, tabB, today, typed) {
  const tabBHasHeard = await tabB.whenOtherTabSaves();
  await test.step('tab A: records today as went in', async () => {
    await tabA.record('Went in');
    await tabA.expectSaved('Went in', today);
  });
  await test.step("tab B: has heard of tab A's save, and the typing is still there", async () => {
    await tabBHasHeard();
    await expect(typed).toHaveValue(TYPED);
    await expect(tabB.notSavedYet).toBeVisible();
  });
}

test("a day's details typed in one tab stay when another tab saves that day's status", async ({ page, context }) => {
  const tabA = new DayPage(page);
  await tabA.startWith('Sam');
  const today = await tabA.today();

  const tabB = new DayPage(await context.newPage());
  await test.step("tab B: opens today's details and types what helped", async () => {
    await tabB.gotoToday();
    await tabB.openMore();
    await tabB.helped.fill(TYPED);
  });

  await otherTabSavesWhileTyping(tabA, tabB, today, tabB.helped);

  await test.step('tab B: taps went in too; the typing is still there, and is saved', async () => {
    await tabB.record('Went in');
    await expect(tabB.helped).toHaveValue(TYPED);
    await tabB.saveButton.click();
  });
  await expect(tabB.conflict).toHaveCount(0);
  await expect.poll(async () => {
    const days = (await tabB.storedDiary()).children[0].days ?? [];
    return days.map((d) => [d.date, d.status, d.helped ?? '']);
  }, { message: "both tabs' saves are stored" }).toEqual([[today, 'attended', TYPED]]);
});

test('plan stage 1 typed in one tab stays when another tab saves', async ({ page, context }) => {
  const tabA = new DayPage(page);
  await tabA.startWith('Sam');
  const today = await tabA.today();

  const tabB = new PlanPage(await context.newPage());
  await test.step('tab B: opens stage 1 and types what is hard', async () => {
    await tabB.gotoStage('understanding');
    await tabB.whatIsHard.fill(TYPED);
  });

  await otherTabSavesWhileTyping(tabA, tabB, today, tabB.whatIsHard);

  await test.step('tab B: saves stage 1', async () => {
    await tabB.saveStage1.click();
    await expect(tabB.notice).toContainText('Saved stage 1, understanding.');
  });
  const stored = await tabB.storedChild('Sam');
  expect(stored.plan.voice.what_is_hard).toBe(TYPED);
  expect(stored.days.map((d) => [d.date, d.status]), "tab A's day is kept").toEqual([[today, 'attended']]);
});
