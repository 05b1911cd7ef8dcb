// What school has put in place: each agreed adjustment gets "in place since" and "how it is going"
// on stage 2, and the meeting pack lists them. Kept after a reload; a date out of range gets a clear
// message; switching child shows the other child's.
import { test, expect } from './fixtures/test.js';
import { PackPage } from './fixtures/pack_page.js';
import { SupportPage, seedSamAndAlex } from './fixtures/support_page.js';

const GATE = 'Being met at the gate';

test.beforeEach(async ({ page }) => {
  await seedSamAndAlex(page);
});

test('since when the gate has been in place and how it is going, kept and in the pack', async ({ page }) => {
  const ui = new SupportPage(page);
  await ui.gotoStage2();
  const gate = ui.inPlace(GATE);
  await test.step('fills it in', async () => {
    await gate.since.fill('2025-09-15');
    await gate.how.selectOption({ label: 'Helping a little' });
    await gate.note.fill('Calmer on Mondays');
    await expect(gate.row).toContainText('Not saved yet');
    await gate.save.click();
    await expect(gate.row.getByRole('status')).toContainText("Saved how “Being met at the gate” is going, in Sam's plan.");
  });
  await test.step('reloads: still there', async () => {
    await ui.reload();
    await expect(gate.since).toHaveValue('2025-09-15');
    await expect(gate.how.locator('option:checked')).toHaveText('Helping a little');
    await expect(gate.note).toHaveValue('Calmer on Mondays');
    const [stored] = (await ui.storedChild('Sam')).plan.adjustments;
    expect(stored).toEqual({ what: GATE, agreed: true, in_place_since: '2025-09-15', how_it_is_going: 'helping_a_little', going_note: 'Calmer on Mondays' });
  });
  await test.step('the pack lists it', async () => {
    const pack = new PackPage(page);
    await pack.goto();
    await expect(pack.section('Support, and what school has put in place'))
      .toContainText('Being met at the gate (in place since 15 Sep 2025): helping a little. Calmer on Mondays');
  });
});

test('a date before 2000 is refused with a clear message and nothing is saved', async ({ page }) => {
  const ui = new SupportPage(page);
  await ui.gotoStage2();
  const gate = ui.inPlace(GATE);
  await gate.since.fill('1999-09-15');
  await gate.save.click();
  await expect(gate.row.getByRole('status')).toContainText('The date 1999-09-15 is outside 2000 to 2100. Please check the year.');
  const [stored] = (await ui.storedChild('Sam')).plan.adjustments;
  expect(stored).toEqual({ what: GATE, agreed: true });
});

test("switching child mid-form shows Alex's, never Sam's typing", async ({ page }) => {
  const ui = new SupportPage(page);
  await ui.gotoStage2();
  const gate = ui.inPlace(GATE);
  await gate.note.fill('Sam: typed, not saved');
  await ui.switchTo('Alex');
  await expect(gate.since).toHaveValue('2025-09-08');
  await expect(gate.how.locator('option:checked')).toHaveText('Helping');
  await expect(gate.note).toHaveValue('Alex: smiles at the gate');
  const [sams] = (await ui.storedChild('Sam')).plan.adjustments;
  expect(sams).toEqual({ what: GATE, agreed: true });
});

test('how it is going, typed but not saved, is kept as a draft over a reload', async ({ page }) => {
  const ui = new SupportPage(page);
  await ui.gotoStage2();
  const gate = ui.inPlace(GATE);
  await gate.note.fill('Better since half term');
  await expect.poll(() => ui.keysStartingWith('small-steps:draft:')).toHaveLength(1);
  page.once('dialog', (dialog) => dialog.accept());
  await ui.reload();
  await gate.row.getByRole('group', { name: 'Typing not saved' }).getByRole('button', { name: 'Keep it' }).click();
  await expect(gate.note).toHaveValue('Better since half term');
});
