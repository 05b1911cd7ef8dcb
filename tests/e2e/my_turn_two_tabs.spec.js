// Issue 20, item 7: the child's own words are merged between two tabs like everything else, and
// never mixed between children. Tab A is Sam's turn; tab B is the parent's. What Sam keeps in tab A
// and what the parent saves in tab B (typed before Sam kept anything) are both kept; a child
// removed in tab B while tab A is in that child's turn ends the turn there, and tab A then shows
// nothing of the other child until the phone is given back.
import { test, expect } from './fixtures/test.js';
import { MyTurnPage } from './fixtures/my_turn_page.js';
import { PlanPage } from './fixtures/plan_page.js';
import { ChildrenPage } from './fixtures/children_page.js';
import { seedDiary } from './fixtures/pack_page.js';
import { expectNoViolations } from './fixtures/axe.js';
import { sam, alex } from './fixtures/two_children.js';

const TYPED = 'Mrs Patel, typed in tab B';

test.beforeEach(async ({ page }) => {
  await seedDiary(page, [sam(), alex()]);
});

test("Sam's words kept in one tab and the parent's typing saved in another are both kept", async ({ page, context }) => {
  const a = new MyTurnPage(page);
  await a.goto('#/today');
  await a.handOver('Sam');
  const b = new PlanPage(await context.newPage());
  await test.step("tab B: the parent types Sam's key adult, not saved yet", async () => {
    await b.gotoStage('steps');
    await b.text('Key adult').fill(TYPED);
    await expect(b.notSavedYet).toBeVisible();
  });
  const bHasHeard = await b.whenOtherTabSaves();
  await test.step('tab A: Sam puts a worry in a house (OK to share) and a dream (just for home)', async () => {
    await a.choose('My three houses');
    await a.say('Worries', 'TAB-A-SHARED: the bell', 'OK to share with school');
    await a.say('Dreams', 'TAB-A-HOME: a rabbit', 'Just for home');
  });
  await test.step('tab B: saves its typing; Sam’s words and the key adult are both stored', async () => {
    await bHasHeard();
    await expect(b.text('Key adult')).toHaveValue(TYPED);
    await b.saveTexts.click();
    await expect(b.notSavedYet).toHaveCount(0);
    const stored = await b.storedChild('Sam');
    expect(stored.plan.key_adult).toBe(TYPED);
    expect(stored.own_words.houses.map((i) => [i.house, i.words, i.share])).toEqual([
      ['worries', 'TAB-A-SHARED: the bell', 'ok_to_share'],
      ['dreams', 'TAB-A-HOME: a rabbit', 'just_for_home'],
    ]);
    expect(JSON.stringify(await b.storedChild('Alex'))).not.toContain('TAB-A');
  });
  await test.step("tab B: stage 1 shows Sam's words, each with Sam's choice", async () => {
    await b.gotoStage('understanding');
    const own = b.page.getByRole('main').getByRole('region', { name: "In Sam's own words" });
    await expect(own.getByRole('listitem').filter({ hasText: 'TAB-A-SHARED' })).toContainText('OK to share with school');
    await expect(own.getByRole('listitem').filter({ hasText: 'TAB-A-HOME' })).toContainText('Just for home');
  });
  const aHasHeard = await a.whenOtherTabSaves();
  await test.step('tab B: the parent changes the plan again; tab A stays in the turn, with all of Sam’s words', async () => {
    await b.gotoStage('steps');
    await b.text('Key adult').fill(`${TYPED}, again`);
    await b.saveTexts.click();
    await aHasHeard();
    await expect(a.mainHeading).toHaveText('My three houses');
    await expect(a.main.getByRole('region', { name: 'Worries' }).locator('.said-list')).toContainText('TAB-A-SHARED');
    await expect(a.nav).toHaveCount(0);
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    expect(html).not.toContain(TYPED);
    expect(html).not.toContain('Alex');
  });
});

test("Sam removed in another tab during Sam's turn: the turn ends there, showing nothing of Alex", async ({ page, context }) => {
  const a = new MyTurnPage(page);
  await a.goto('#/today');
  await a.handOver('Sam');
  await a.choose('My worry scale');
  const b = new ChildrenPage(await context.newPage());
  await b.goto();
  const aHasHeard = await a.whenOtherTabSaves();
  await test.step('tab B: removes Sam', async () => {
    await b.askToRemove('Sam');
    await b.removeConfirmation('Sam').getByRole('button', { name: 'Yes, remove Sam' }).click();
    await expect(b.notice).toContainText('Sam has been removed.');
  });
  await test.step('tab A: the turn has finished; no other child, no switcher, no navigation', async () => {
    await aHasHeard();
    await expect(a.mainHeading).toHaveText('Your turn has finished');
    await expect(a.main).toContainText('Please give the phone back to a grown-up.');
    await expect(a.notALock).toBeVisible();
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    expect(html).not.toContain('Alex');
    await expect(a.childSwitcher).toHaveCount(0);
    await expect(a.nav).toHaveCount(0);
    await expect(page.getByRole('link', { name: /^My worry scale/ })).toHaveCount(0);
    await expectNoViolations(page, 'the turn has finished');
  });
  await test.step('tab A: Back still does not leave; giving the phone back shows Alex to the parent', async () => {
    await page.goBack();
    await expect(a.nav).toHaveCount(0);
    await a.givePhoneBack();
    await expect(a.nav).toBeVisible();
    await expect(a.header).toContainText('Alex');
    expect(await a.storedNicknames()).toEqual(['Alex']);
  });
});

test('a switch of child is impossible from inside the turn: a typed address elsewhere puts the turn back', async ({ page }) => {
  const turn = new MyTurnPage(page);
  await turn.goto('#/today');
  await turn.handOver('Sam');
  for (const hash of ['#/children', '#/today', '#/plan']) {
    await page.evaluate((h) => { window.location.hash = h; }, hash);
    await expect(turn.mainHeading).toHaveText('Your turn, Sam');
    await expect(turn.childSwitcher).toHaveCount(0);
    await expect(turn.nav).toHaveCount(0);
  }
  expect(await page.evaluate(() => window.location.hash)).toBe('#/my-turn');
  await turn.givePhoneBack();
  await turn.handOver('Sam');
  await expect(turn.mainHeading).toHaveText('Your turn, Sam');
});
