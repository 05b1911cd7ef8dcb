// The school's own attendance figure: the parent notes it on the figures screen (from a letter or
// the portal) and the meeting pack shows it beside the diary's figure for the same dates, in
// neutral words. It is still there after a reload; a wrong value gets a clear message and nothing
// is added; switching child shows the other child's figures, never Sam's typing.
import { test, expect } from './fixtures/test.js';
import { PackPage } from './fixtures/pack_page.js';
import { SupportPage, seedSamAndAlex } from './fixtures/support_page.js';

test.beforeEach(async ({ page }) => {
  await seedSamAndAlex(page);
});

test("a figure from the school's letter is kept, shown beside the diary's, and in the pack", async ({ page }) => {
  const ui = new SupportPage(page);
  await ui.gotoFigures();
  await test.step('adds 91.5% for 1 September to 10 October 2025', async () => {
    await ui.figureFrom.fill('2025-09-01');
    await ui.figureTo.fill('2025-10-10');
    await ui.figurePercent.fill('91.5%');
    await ui.figureWhere.fill('Letter of 14 October');
    await expect(ui.figuresCard).toContainText('Not saved yet');
    await ui.addFigure.click();
    await expect(ui.figuresCard.getByRole('status')).toContainText("Added the school's figure of 91.5 to Sam's diary.");
    await expect(ui.figurePercent).toHaveValue('');
  });
  await test.step("the list shows it beside this diary's figure for the same dates", async () => {
    await expect(ui.figureList).toHaveCount(1);
    await expect(ui.figureList.first()).toContainText("1 Sep 2025 to 10 Oct 2025: the school's figure 91.5% (Letter of 14 October)");
    // Sam has one day recorded in those dates, a day that went in: 100% from 1 school day.
    await expect(ui.figureList.first()).toContainText('This diary: 100% for the same dates, from 1 school day recorded.');
    const stored = await ui.storedChild('Sam');
    expect(stored.school_figures).toEqual([
      { id: expect.any(String), from: '2025-09-01', to: '2025-10-10', percent: '91.5', where_from: 'Letter of 14 October' },
    ]);
  });
  await test.step('reloads: still there', async () => {
    await ui.reload();
    await expect(ui.figureList.first()).toContainText("the school's figure 91.5%");
  });
  await test.step('the pack shows it beside the diary\'s, without judging', async () => {
    const pack = new PackPage(page);
    await pack.goto();
    await pack.dates('2025-09-01', '2025-10-31');
    const attendance = pack.section('Attendance');
    await expect(attendance).toContainText("The school's own attendance figures, beside this diary's for the same dates");
    await expect(attendance).toContainText("1 Sep 2025 to 10 Oct 2025: the school's figure 91.5% (Letter of 14 October); this diary 100%, from 1 of 30 school days recorded");
    await expect(attendance).toContainText('The two are shown side by side for the same dates.');
  });
});

test('a figure over 100, or dates the wrong way round, is refused with a clear message', async ({ page }) => {
  const ui = new SupportPage(page);
  await ui.gotoFigures();
  const said = ui.figuresCard.getByRole('status');
  await test.step('types 105', async () => {
    await ui.figureFrom.fill('2025-09-01');
    await ui.figureTo.fill('2025-10-10');
    await ui.figurePercent.fill('105');
    await ui.addFigure.click();
    await expect(said).toContainText('A percentage is from 0 to 100; this is 105.');
  });
  await test.step('types words', async () => {
    await ui.figurePercent.fill('about ninety');
    await ui.addFigure.click();
    await expect(said).toContainText('“about ninety” is not a number.');
  });
  await test.step('puts the dates the wrong way round', async () => {
    await ui.figurePercent.fill('90');
    await ui.figureFrom.fill('2025-10-10');
    await ui.figureTo.fill('2025-09-01');
    await ui.addFigure.click();
    await expect(said).toContainText('The last date comes before the first. Swap them round.');
  });
  await test.step('nothing was added, and the typing is still there', async () => {
    await expect(ui.figureList).toHaveCount(0);
    await expect(ui.figurePercent).toHaveValue('90');
    expect((await ui.storedChild('Sam')).school_figures).toBeUndefined();
  });
});

test("switching child mid-form shows Alex's figures and none of Sam's typing", async ({ page }) => {
  const ui = new SupportPage(page);
  await ui.gotoFigures();
  await ui.figurePercent.fill('77');
  await ui.switchTo('Alex');
  await expect(ui.figureList).toHaveCount(1);
  await expect(ui.figureList.first()).toContainText("the school's figure 88.5% (Alex: portal)");
  await expect(ui.figurePercent).toHaveValue('');
  await test.step('removes Alex\'s figure after a question', async () => {
    await ui.figureList.first().getByRole('button', { name: 'Remove…' }).click();
    await ui.figuresCard.getByRole('alertdialog').getByRole('button', { name: 'Yes, remove it' }).click();
    await expect(ui.figuresCard.getByRole('status')).toContainText("Removed the school's figure for 1 Sep 2025 to 10 Oct 2025 from Alex's diary.");
    await expect(ui.figureList).toHaveCount(0);
    expect((await ui.storedChild('Alex')).school_figures).toBeUndefined();
    expect((await ui.storedChild('Sam')).school_figures).toBeUndefined();
  });
});

test('a figure typed but not added is kept as a draft over a reload', async ({ page }) => {
  const ui = new SupportPage(page);
  await ui.gotoFigures();
  await ui.figurePercent.fill('93');
  await expect(ui.figuresCard).toContainText("Not saved yet: tap “Add the school's figure”");
  await expect.poll(() => ui.keysStartingWith('small-steps:draft:')).toHaveLength(1);
  page.once('dialog', (dialog) => dialog.accept());
  await ui.reload();
  await expect(ui.figuresCard).toBeVisible();
  await ui.figuresCard.getByRole('group', { name: 'Typing not saved' }).getByRole('button', { name: 'Keep it' }).click();
  await expect(ui.figurePercent).toHaveValue('93');
});
