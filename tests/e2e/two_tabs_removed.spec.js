// Issue 16, item 1: what one tab removes stays removed when another tab saves. Tab A removes Sam
// while tab B holds typing for Sam; when tab B saves, Sam stays removed, and the banner says in
// words what the other tab removed. The parent may still keep this tab's (Sam comes back, with the
// typing) or take the other tab's (Sam stays removed), and each button does what it says.
import { test, expect } from './fixtures/test.js';
import { PlanPage } from './fixtures/plan_page.js';
import { ChildrenPage } from './fixtures/children_page.js';
import { seedDiary } from './fixtures/pack_page.js';
import { sam, alex } from './fixtures/two_children.js';

const TYPED = 'Mr Jones, typed in tab B';
const SAM_DAYS = 12;

/** Sam with a few weeks of days (well in the past), a contact and a plan. */
function samWithDays() {
  const child = sam();
  child.days = Array.from({ length: SAM_DAYS }, (_, i) => ({
    date: `2025-09-${String(i + 1).padStart(2, '0')}`,
    status: 'attended',
  }));
  return child;
}

test.beforeEach(async ({ page }) => {
  await seedDiary(page, [samWithDays(), alex()]);
});

/** Tab B types Sam's key adult; tab A removes Sam; tab B saves its typing. */
async function removedWhileTyping(page, context) {
  const a = new ChildrenPage(page);
  await a.goto();
  const b = new PlanPage(await context.newPage());
  await test.step("tab B: types Sam's key adult, not saved yet", async () => {
    await b.gotoStage('steps');
    await b.text('Key adult').fill(TYPED);
    await expect(b.notSavedYet).toBeVisible();
  });
  const bHasHeard = await b.whenOtherTabSaves();
  await test.step('tab A: removes Sam', async () => {
    await a.askToRemove('Sam');
    await a.removeConfirmation('Sam').getByRole('button', { name: 'Yes, remove Sam' }).click();
    await expect(a.notice).toContainText('Sam has been removed.');
  });
  await test.step('tab B: saves its typing; Sam stays removed and the banner says what was removed', async () => {
    await bHasHeard();
    await expect(b.text('Key adult')).toHaveValue(TYPED);
    await b.saveTexts.click();
    await expect(b.changedInTwoTabs).toContainText(
      `The other tab removed Sam and all Sam's records (${SAM_DAYS} days, 1 contact and the plan), which this tab had changed.`,
    );
    expect(await b.storedNicknames()).toEqual(['Alex']);
  });
  return { a, b };
}

test('a child removed in one tab stays removed when the other tab saves typing for them', async ({ page, context }) => {
  const { b } = await removedWhileTyping(page, context);
  await test.step("tab B: takes the other tab's; Sam stays removed", async () => {
    await b.changedInTwoTabs.getByRole('button', { name: "Use the other tab's" }).click();
    await expect(b.changedInTwoTabs).toHaveCount(0);
    expect(await b.storedNicknames()).toEqual(['Alex']);
    await expect(b.header).toContainText('Alex');
  });
});

test("keeping this tab's brings the removed child back, with the typing", async ({ page, context }) => {
  const { a, b } = await removedWhileTyping(page, context);
  await test.step("tab B: keeps this tab's; Sam is back with every day and the key adult typed", async () => {
    await b.changedInTwoTabs.getByRole('button', { name: "Keep this tab's" }).click();
    await expect(b.changedInTwoTabs).toHaveCount(0);
    await expect(b.notice).toContainText("This tab's version is saved now.");
    expect(await b.storedNicknames()).toEqual(['Sam', 'Alex']);
    const kept = await b.storedChild('Sam');
    expect(kept.days).toHaveLength(SAM_DAYS);
    expect(kept.plan.key_adult).toBe(TYPED);
  });
  await test.step('tab A shows Sam again', async () => {
    await expect(a.card('Sam')).toBeVisible();
  });
});
