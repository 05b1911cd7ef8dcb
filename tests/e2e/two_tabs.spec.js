// Two tabs of the same diary, driven at full speed: saves made at the same moment are both kept,
// a choice offered in a banner waits for the parent, and a stored diary that became unreadable in
// another tab never costs this tab its good copy.
import { test, expect } from './fixtures/test.js';
import { KEYS } from './fixtures/app_page.js';
import { DayPage } from './fixtures/day_page.js';
import { PlanPage } from './fixtures/plan_page.js';

const ROUNDS = 8;

/** Two tabs on the same child's diary, each on a day screen. */
async function twoTabs(page, context) {
  const a = new DayPage(page);
  await a.startWith('Sam');
  const b = new DayPage(await context.newPage());
  await b.gotoToday();
  return { a, b };
}

/** The dates stored for the first child. */
async function storedDates(ui) {
  const diary = await ui.storedDiary();
  return (diary.children[0].days || []).map((d) => d.date).sort();
}

/** Sam's diary with stage 2 of the plan open in two tabs, A and B. */
async function stage2InTwoTabs(page, context) {
  const a = new PlanPage(page);
  await a.startWith('Sam');
  const b = new PlanPage(await context.newPage());
  await test.step('opens stage 2 of the plan in two tabs', async () => {
    await a.gotoStage('steps');
    await b.gotoStage('steps');
  });
  return [a, b];
}

test('saves made in two tabs at the same moment are both kept, round after round', async ({ page, context }) => {
  test.setTimeout(90_000);
  const { a, b } = await twoTabs(page, context);
  const expected = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const dayA = `2026-10-${String(round * 2 + 1).padStart(2, '0')}`;
    const dayB = `2026-10-${String(round * 2 + 2).padStart(2, '0')}`;
    expected.push(dayA, dayB);
    await test.step(`round ${round + 1}: tab A records ${dayA} while tab B records ${dayB}`, async () => {
      await Promise.all([a.gotoDay(dayA), b.gotoDay(dayB)]);
      // Both taps land together: no wait between them.
      await Promise.all([a.record('Went in'), b.record('Medical appointment')]);
      await expect.poll(() => storedDates(a), { message: 'both days stored' }).toEqual([...expected].sort());
    });
  }
  // Both tabs agree with what is stored once the dust settles.
  await a.settled();
  await b.settled();
  expect(await storedDates(b)).toEqual([...expected].sort());
});

test('a change saved while another tab saved first is put together with theirs, field by field', async ({ page, context }) => {
  const [a, b] = await stage2InTwoTabs(page, context);

  await test.step('tab A saves a key adult', async () => {
    await a.text('Key adult').fill('Miss Ahmed');
    await a.saveTexts.click();
    await expect(a.notice).toContainText('Saved the arrangements.');
  });
  await test.step('tab B, with nothing typed, shows it', async () => {
    await expect(b.text('Key adult')).toHaveValue('Miss Ahmed');
  });
  await test.step('tab A changes the celebration while tab B is typing the bad-day plan', async () => {
    await b.text('What happens on a bad day').fill('Home at break, no questions');
    await a.text('How small successes will be celebrated').fill('A trip to the art shop');
    await a.saveTexts.click();
    await expect(a.notice).toContainText('Saved the arrangements.');
    // B's typing stays on screen.
    await expect(b.notice).toContainText('What you are typing here is kept');
    await expect(b.text('What happens on a bad day')).toHaveValue('Home at break, no questions');
  });
  await test.step('tab B saves: its bad-day plan and tab A\'s celebration are both kept', async () => {
    await b.saveTexts.click();
    await expect(b.notice).toContainText('Saved the arrangements.');
    const plan = (await b.storedDiary()).children[0].plan;
    expect(plan.bad_day_plan).toBe('Home at break, no questions');
    expect(plan.celebration).toBe('A trip to the art shop');
    expect(plan.key_adult).toBe('Miss Ahmed');
    await expect(b.text('How small successes will be celebrated')).toHaveValue('A trip to the art shop');
  });
});

test('a diary made unreadable in another tab: this tab keeps its copy and saves it back', async ({ page, context }) => {
  const a = new DayPage(page);
  await a.startWith('Sam');
  await test.step('taps "Went in"', async () => {
    await a.record('Went in');
    await expect(a.notice).toContainText('Saved: Went in');
  });
  const good = await a.stored(KEYS.diary);

  await test.step('another tab writes something unreadable over the diary', async () => {
    const other = new DayPage(await context.newPage());
    await other.gotoToday();
    // The other tab is fully open (its saving part has come and read the diary) before it writes:
    // a tab still opening would read the unreadable value itself and keep its own copy aside too,
    // and two tabs that do so in the same few milliseconds cannot see each other's copy.
    await expect.poll(() => other.page.evaluate(
      () => performance.getEntriesByName('small-steps:saving-came').length)).toBeGreaterThan(0);
    await other.setStored(KEYS.diary, '{"format":"small-steps", broken');
    await other.page.close();
  });
  await test.step('this tab still shows the diary and offers to save it back', async () => {
    const banner = a.unreadableBanner;
    await expect(banner).toBeVisible();
    await expect(a.nav).toBeVisible();
    await expect(a.statusButton('Went in')).toHaveAttribute('aria-pressed', 'true');
    const kept = await a.keysStartingWith(KEYS.keptAsidePrefix);
    expect(kept).toHaveLength(1);
    expect(await a.stored(kept[0])).toBe('{"format":"small-steps", broken');
    await banner.getByRole('button', { name: "Save this tab's diary back" }).click();
    await expect(banner).toHaveCount(0);
  });
  const saved = JSON.parse(await a.stored(KEYS.diary));
  expect(saved.children.map((c) => c.nickname)).toEqual(JSON.parse(good).children.map((c) => c.nickname));
  expect(saved.children[0].days.length).toBe(1);
  // The unreadable value is still kept aside.
  expect(await a.keysStartingWith(KEYS.keptAsidePrefix)).toHaveLength(1);
});

test('both tabs changed the same field: this tab\'s words are saved, and the other tab\'s can be taken instead', async ({ page, context }) => {
  const [a, b] = await stage2InTwoTabs(page, context);

  await test.step('tab B starts typing a key adult and a bad-day plan', async () => {
    await b.text('Key adult').fill('Mr Jones');
    await b.text('What happens on a bad day').fill('Home at break, no questions');
  });
  await test.step('tab A saves a different key adult first', async () => {
    await a.text('Key adult').fill('Miss Ahmed');
    await a.saveTexts.click();
    await expect(a.notice).toContainText('Saved the arrangements.');
    await expect(b.notice).toContainText('What you are typing here is kept');
  });
  const banner = b.changedInTwoTabs;
  await test.step('tab B saves: its words are kept, and it says both changed the key adult', async () => {
    await b.saveTexts.click();
    await expect(banner).toContainText('key adult');
    const plan = (await b.storedDiary()).children[0].plan;
    expect(plan.key_adult).toBe('Mr Jones');
    expect(plan.bad_day_plan).toBe('Home at break, no questions');
  });
  await test.step('tab B takes the other tab\'s key adult; its own bad-day plan stays', async () => {
    await banner.getByRole('button', { name: "Use the other tab's" }).click();
    await expect(banner).toHaveCount(0);
    const plan = (await b.storedDiary()).children[0].plan;
    expect(plan.key_adult).toBe('Miss Ahmed');
    expect(plan.bad_day_plan).toBe('Home at break, no questions');
    await expect(b.text('Key adult')).toHaveValue('Miss Ahmed');
  });
});
