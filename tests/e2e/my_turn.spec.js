// Issue 20: the child's own turn. A parent hands the phone to Sam from Today; Sam sets a worry
// scale, says how today feels, puts things in the three houses with different choices, rates two
// steps and gives the phone back. The parent then sees it all labelled as Sam's words (stage 1,
// the day), and the meeting pack holds only what Sam said school may see. During the turn no
// text of the parent's notes, the figures, the contacts or the other child (Alex) is anywhere in
// the page, no switch of child is possible, Back does not leave, and axe finds nothing at 360 and
// 320 px, light and dark.
import { test, expect } from './fixtures/test.js';
import { MyTurnPage } from './fixtures/my_turn_page.js';
import { PackPage, seedDiary } from './fixtures/pack_page.js';
import { expectNoViolations } from './fixtures/axe.js';
import { sam, alex, stepsOf } from './fixtures/two_children.js';

/** Sam and Alex, with marked parent-only texts on Sam's records. */
function samWithPrivateThings() {
  const child = sam();
  child.days[0].private_note = 'PARENT-NOTE-MARKER';
  child.days[0].school_code = 'O';
  child.school_figures = [{ id: 'sf-sam', from: '2025-09-01', to: '2025-10-10', percent: '87.25', where_from: 'FIGURE-MARKER' }];
  child.parent_contact = 'CONTACT-MARKER 07700 900000';
  child.plan.parent_view = 'PARENT-VIEW-MARKER';
  // Sam rated the first step once before, in an earlier turn.
  child.plan.ladders[0].steps[0].child_ratings = [{ id: 'rating-before', date: EARLIER.iso, rating: 8 }];
  return child;
}

/** The day of Sam's earlier rating of the first step, and how the app writes it. */
const EARLIER = { iso: '2025-10-01', words: '1 Oct 2025' };

/** Parent-only words that must never be in the page while the child has the phone. */
const NEVER_IN_TURN = [
  'PARENT-NOTE-MARKER', 'FIGURE-MARKER', '87.25', 'CONTACT-MARKER', 'PARENT-VIEW-MARKER',
  'Alex', "Sam's form tutor", 'Sam: a quiet room at lunch', 'Sam: walked in with a friend',
  'Sam: music in the car', 'Sam: two drives past', 'Sam: the shared goal', 'Calendar', 'Backup',
];

async function expectNothingOfTheParents(page, where) {
  const html = await page.evaluate(() => document.documentElement.outerHTML);
  for (const text of NEVER_IN_TURN) {
    expect(html.includes(text), `${where}: the page holds "${text}"`).toBe(false);
  }
  await expect(page.getByLabel('Showing the diary of'), `${where}: a child switcher`).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Main' }), `${where}: the navigation`).toHaveCount(0);
}

test.beforeEach(async ({ page }) => {
  await seedDiary(page, [samWithPrivateThings(), alex()]);
});

test('Sam takes a turn: scale, today, three houses, two steps, then gives the phone back', async ({ page }) => {
  const turn = new MyTurnPage(page);
  const [drive, walk] = stepsOf('Sam');
  await test.step('the parent hands the phone to Sam from Today', async () => {
    await turn.goto('#/today');
    await turn.handOver('Sam');
    await expect(turn.notALock).toContainText('use the phone\'s own settings');
    await expectNothingOfTheParents(page, 'the start');
  });
  await test.step('Sam sets a worry scale in their own words', async () => {
    await turn.choose('My worry scale');
    await turn.setScale(['Chilled', 'A bit fizzy', 'Wobbly tummy', 'I want to hide', 'I need Mum']);
    await expectNothingOfTheParents(page, 'the scale');
    await turn.backToMyTurn();
  });
  await test.step("Sam rates today: every number shows Sam's words", async () => {
    await turn.choose('How I feel today');
    await expect(turn.main.locator('.my-scale-key')).toContainText('Wobbly tummy');
    await turn.tapNumber(5);
    await expect(turn.main.locator('.number-said')).toHaveText('5: Wobbly tummy');
    await turn.tapNumber(6);
    await expect(turn.main.locator('.number-said')).toHaveText('6: a bit more than “Wobbly tummy”');
    await turn.main.getByText('Friends', { exact: true }).click();
    await turn.main.getByLabel('Or say it in your own words').fill('SAM-TODAY: lunch is loud');
    await turn.keep('Keep it').click();
    await expect(turn.said).toContainText('Kept. Thank you for telling me!');
    await expectNothingOfTheParents(page, 'today');
    await turn.backToMyTurn();
  });
  await test.step('Sam puts three things in the houses, choosing who may see each', async () => {
    await turn.choose('My three houses');
    await turn.say('Worries', 'SAM-SHARED: assembly, everyone looks', 'OK to share with school');
    await turn.say('Good things', 'SAM-HOME: my cat Biscuit', 'Just for home');
    const dreams = await turn.say('Dreams', 'SAM-SHARED-DREAM: to be a vet', 'OK to share with school');
    await expect(dreams.locator('.said-share')).toHaveText('✉ OK to share with school');
    await expectNothingOfTheParents(page, 'three houses');
    await turn.backToMyTurn();
  });
  await test.step('Sam rates two steps', async () => {
    await turn.choose('Rate my steps');
    await expect(turn.main.getByRole('region', { name: drive }).locator('.turn-hint'))
      .toHaveText('Last time you said 8: I want to hide');
    for (const [step, n] of [[drive, 3], [walk, 7]]) {
      const box = turn.main.getByRole('region', { name: step });
      await turn.tapNumber(n, box);
      await box.getByRole('button', { name: 'Keep', exact: true }).click();
      await expect(box.locator('.turn-hint')).toContainText(`Last time`);
    }
    await expectNothingOfTheParents(page, 'rate my steps');
  });
  await test.step("Back, again and again, does not take Sam out of the turn", async () => {
    // The history holds the page before the app, Today (where the phone was handed over) and the
    // pages of the turn: Back through every page of the turn, and once more onto Today's entry.
    const backs = await page.evaluate(() => window.history.length - 2);
    expect(backs).toBeGreaterThan(3);
    for (let i = 0; i < backs; i += 1) {
      await page.goBack();
      await expect(turn.turn).toBeVisible();
    }
    await expect(turn.mainHeading).not.toContainText('Today');
    await expect(turn.turn).toBeVisible();
    await expectNothingOfTheParents(page, 'after Back');
  });
  await test.step('Sam gives the phone back with a second tap', async () => {
    await turn.givePhoneBack();
    await expect(turn.nav).toBeVisible();
  });
  await test.step("the parent sees today's words on the day, labelled as Sam's", async () => {
    const said = turn.main.getByRole('region', { name: "Sam's own words" });
    await expect(said).toContainText('worry 6 of 10');
    await expect(said).toContainText('about: Friends');
    await expect(said).toContainText('SAM-TODAY: lunch is loud');
  });
  await test.step("stage 1 shows everything labelled as Sam's, with each choice", async () => {
    await turn.goto('#/plan/understanding');
    const own = turn.main.getByRole('region', { name: "In Sam's own words" });
    await expect(own).toContainText("Sam's worry scale: 0: “Chilled”");
    await expect(own).toContainText('“SAM-SHARED: assembly, everyone looks”');
    await expect(own.getByRole('listitem').filter({ hasText: 'SAM-HOME' })).toContainText('Just for home');
    await expect(own.getByRole('listitem').filter({ hasText: 'SAM-SHARED-DREAM' })).toContainText('OK to share with school');
    await expect(own).toContainText(`${drive}: 8 on ${EARLIER.words}, then 3 on`);
    await expect(own).toContainText(`${walk}: 7 on`);
  });
  await test.step("the review shows Sam's ratings over time: the first step easier now", async () => {
    await turn.goto('#/plan/review');
    const ratings = turn.main.getByRole('region', { name: "Sam's own ratings of the steps" });
    await expect(ratings.getByRole('listitem').filter({ hasText: drive })).toContainText(`8 on ${EARLIER.words}, then 3 on`);
    await expect(ratings.getByRole('listitem').filter({ hasText: drive })).toContainText(': easier now');
    await expect(ratings.getByRole('listitem').filter({ hasText: walk })).not.toContainText('now');
    await expectNoViolations(page, "stage 3 with Sam's ratings");
  });
  await test.step("the parent records today; the day list marks it as said in Sam's own words too", async () => {
    await turn.goto('#/today');
    await turn.main.getByRole('button', { name: 'Went in', exact: true }).click();
    await expect(turn.notice).toContainText('Saved: Went in');
    await turn.goto('#/list');
    const rows = turn.main.locator('.day-rows li');
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText("Sam said how the day felt, in Sam's own words");
    await expect(rows.last()).not.toContainText('own words');
  });
  await test.step('the meeting pack holds only what Sam shared, first', async () => {
    const pack = new PackPage(page);
    await pack.goto();
    const voice = pack.preview.locator('section').first();
    await expect(voice).toContainText("In Sam's own words, shared by Sam for school");
    await expect(voice).toContainText('“SAM-SHARED: assembly, everyone looks”');
    await expect(voice).toContainText('A dream, said on');
    const text = await pack.preview.innerText();
    expect(text).not.toContain('SAM-HOME');
    expect(text).not.toContain('SAM-TODAY');
  });
  await test.step("Alex's diary holds none of Sam's words", async () => {
    const stored = await turn.storedChild('Alex');
    expect(JSON.stringify(stored)).not.toContain('SAM-');
    expect(stored.own_words).toBeUndefined();
  });
});

test('a reload inside the turn stays in the turn, and the first tap alone never leaves', async ({ page }) => {
  const turn = new MyTurnPage(page);
  await turn.goto('#/today');
  await turn.handOver('Sam');
  await turn.choose('My three houses');
  await page.reload();
  await expect(turn.mainHeading).toHaveText('My three houses');
  await expectNothingOfTheParents(page, 'after a reload');
  await turn.main.getByRole('region', { name: 'Dreams' }).getByRole('textbox').fill('not kept yet');
  await turn.giveBack.click();
  await expect(page.getByText('You wrote something you have not kept yet.')).toBeVisible();
  await expect(turn.mainHeading).toHaveText('My three houses');
  await turn.giveBack.click();
  await expect(turn.mainHeading).toContainText('Today');
});

for (const colorScheme of ['light', 'dark']) {
  for (const width of [360, 320]) {
    test(`every page of the turn is clean for axe at ${width} px, ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 740 });
      const turn = new MyTurnPage(page);
      await turn.goto('#/today');
      await turn.handOver('Sam');
      await expectNoViolations(page, `start, ${width} ${colorScheme}`);
      for (const label of ['My worry scale', 'How I feel today', 'My three houses', 'My dream school', 'Rate my steps']) {
        await turn.choose(label);
        if (await turn.main.locator('.number-tile').count()) await turn.tapNumber(4);
        await expectNoViolations(page, `${label}, ${width} ${colorScheme}`);
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(wide, `${label} fits ${width} px`).toBeLessThanOrEqual(width);
        await turn.backToMyTurn();
      }
      await turn.giveBack.click();
      await expectNoViolations(page, `give back readied, ${width} ${colorScheme}`);
    });
  }
}

// The pictures in docs/screens/ (my-turn-*.png), made when SCREENS is set: the scale, today, the
// three houses and rating a step, at 360x740, as the child sees them.
test('pictures of the child turn for docs/screens', async ({ page }) => {
  test.skip(!process.env.SCREENS, 'set SCREENS=1 to make the pictures');
  const turn = new MyTurnPage(page);
  const shot = (name) => page.screenshot({ path: `docs/screens/my-turn-${name}.png` });
  /** Scrolls so the top of `locator` is at the top of the screen, as a child scrolling down would. */
  const toTop = (locator) => locator.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await turn.goto('#/today');
  await turn.handOver('Sam');
  await shot('start');
  await turn.choose('My worry scale');
  await turn.setScale(['Chilled', 'A bit fizzy', 'Wobbly tummy', 'I want to hide', 'I need Mum']);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot('scale');
  await turn.backToMyTurn();
  await turn.choose('How I feel today');
  await turn.tapNumber(6);
  await turn.main.getByText('Friends', { exact: true }).click();
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot('today');
  await turn.main.getByLabel('Or say it in your own words').fill('Lunch is too loud');
  await turn.keep('Keep it').click();
  await expect(turn.said).toContainText('Kept. Thank you for telling me!');
  await turn.backToMyTurn();
  await turn.choose('My three houses');
  await turn.say('Worries', 'Assembly, everyone looks at me', 'OK to share with school');
  await turn.say('Good things', 'My cat Biscuit', 'Just for home');
  await toTop(turn.main.getByRole('region', { name: 'Worries' }));
  await shot('houses');
  await turn.backToMyTurn();
  await turn.choose('Rate my steps');
  const box = turn.main.getByRole('region', { name: stepsOf('Sam')[0] });
  await turn.tapNumber(3, box);
  await box.getByRole('button', { name: 'Keep', exact: true }).click();
  await expect(box.locator('.turn-said')).toContainText('Kept!');
  await toTop(box);
  await shot('step');
  await turn.givePhoneBack();
  await toTop(turn.main.getByRole('region', { name: "Sam's own words" }));
  await shot('parent-today');
  await turn.goto('#/plan/understanding');
  await toTop(turn.main.getByRole('region', { name: "In Sam's own words" }));
  await shot('parent-stage-1');
});
