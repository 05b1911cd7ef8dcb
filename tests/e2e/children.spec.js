// A parent with two children: adding the second, switching between them, renaming and removing.
import { test, expect } from './fixtures/test.js';
import { ChildrenPage } from './fixtures/children_page.js';
import { KEYS } from './fixtures/app_page.js';

test.describe('Children', () => {
  let ui;

  test.beforeEach(async ({ page }) => {
    ui = new ChildrenPage(page);
    await ui.startWith('Sam');
    await ui.goto();
  });

  test('adding a second child shows their diary and offers a choice at the top', async () => {
    await expect(ui.childSwitcher).toHaveCount(0);

    await test.step('adds Alex', async () => {
      await ui.addChild('Alex');
    });

    await expect(ui.notice).toContainText('Added Alex. Their diary is shown now.');
    await expect(ui.card('Alex')).toBeVisible();
    await expect(ui.card('Alex')).toContainText('Shown now');
    await expect(ui.card('Sam')).not.toContainText('Shown now');
    await expect(ui.newChildName).toHaveValue('');
    await expect(ui.childSwitcher).toBeVisible();
    await expect(ui.childSwitcher.locator('option:checked')).toHaveText('Alex');
    expect(await ui.storedNicknames()).toEqual(['Sam', 'Alex']);
  });

  test('adding a child with no name says what to do', async () => {
    await test.step('taps "Add child" with only spaces typed', async () => {
      await ui.addChild('  ');
    });

    await expect(ui.addForm.getByText('Please type a name or nickname.')).toBeVisible();
    expect(await ui.storedNicknames()).toEqual(['Sam']);
  });

  test('the header choice switches between children and is remembered', async () => {
    await test.step('adds Alex', async () => {
      await ui.addChild('Alex');
      await expect(ui.card('Alex')).toContainText('Shown now');
    });

    await test.step('picks Sam at the top', async () => {
      await ui.showChild('Sam');
      await expect(ui.card('Sam')).toContainText('Shown now');
      await expect(ui.card('Alex')).not.toContainText('Shown now');
    });
    await test.step('reloads: Sam is still shown', async () => {
      await ui.reload();
      await expect(ui.childSwitcher.locator('option:checked')).toHaveText('Sam');
      await expect(ui.card('Sam')).toContainText('Shown now');
    });

    await test.step('picks Alex at the top', async () => {
      await ui.showChild('Alex');
      await expect(ui.card('Alex')).toContainText('Shown now');
    });
  });

  test('tapping a name on the Children screen shows that child', async () => {
    await test.step('adds Alex', async () => {
      await ui.addChild('Alex');
    });
    await test.step("taps Sam's name", async () => {
      await ui.card('Sam').getByRole('button', { name: 'Sam', exact: true }).click();
      await expect(ui.childSwitcher.locator('option:checked')).toHaveText('Sam');
    });
  });

  test('renaming shows a counter, refuses a name that is too long, and keeps what was typed', async () => {
    const field = ui.renameField('Sam');
    await test.step('taps Rename on Sam', async () => {
      await ui.startRenaming('Sam');
      await expect(field).toHaveValue('Sam');
      await expect(ui.card('Sam').getByText('3 of 80 characters')).toBeVisible();
    });

    const tooLong = 'S'.repeat(81);
    await test.step('types a name too long', async () => {
      await field.fill(tooLong);
      await expect(ui.card('Sam').getByText('81 of 80 characters')).toBeVisible();
      await expect(field).toHaveAttribute('aria-invalid', 'true');
    });
    const before = await ui.stored(KEYS.diary);
    await test.step('taps "Save name"', async () => {
      await ui.saveNameButton('Sam').click();
      await expect(ui.card('Sam').getByText('This is 81 characters long; the most is 80. Please shorten it.')).toBeVisible();
      await expect(field).toHaveValue(tooLong);
      expect(await ui.stored(KEYS.diary)).toBe(before);
      await expect(ui.header).toContainText('Sam');
    });

    await test.step('types Sammy and taps "Save name"', async () => {
      await field.fill('Sammy');
      await expect(ui.card('Sam').getByText('5 of 80 characters')).toBeVisible();
      await ui.saveNameButton('Sam').click();
    });

    await expect(ui.notice).toContainText('Renamed to Sammy.');
    await expect(ui.card('Sammy')).toBeVisible();
    await expect(ui.header).toContainText('Sammy');
    expect(await ui.storedNicknames()).toEqual(['Sammy']);
  });

  test('cancelling a rename changes nothing', async () => {
    await test.step('taps Rename on Sam and types another name', async () => {
      await ui.startRenaming('Sam');
      await ui.renameField('Sam').fill('Someone else');
    });
    await test.step('taps Cancel', async () => {
      await ui.card('Sam').getByRole('button', { name: 'Cancel' }).click();
    });

    await expect(ui.renameField('Sam')).toHaveCount(0);
    expect(await ui.storedNicknames()).toEqual(['Sam']);
  });

  test('removing a child asks first; Keep cancels, "Yes, remove" removes', async () => {
    await test.step('adds Alex', async () => {
      await ui.addChild('Alex');
    });
    const confirmation = ui.removeConfirmation('Alex');
    await test.step('taps "Remove…" on Alex, then Keep', async () => {
      await ui.askToRemove('Alex');
      await expect(confirmation).toBeVisible();
      await expect(confirmation).toContainText('Remove Alex and everything recorded for them? This cannot be undone.');
      await confirmation.getByRole('button', { name: 'Keep' }).click();
      await expect(confirmation).toHaveCount(0);
      await expect(ui.card('Alex')).toBeVisible();
      expect(await ui.storedNicknames()).toEqual(['Sam', 'Alex']);
    });

    await test.step('taps "Remove…" on Alex, then "Yes, remove Alex"', async () => {
      await ui.askToRemove('Alex');
      await ui.removeConfirmation('Alex').getByRole('button', { name: 'Yes, remove Alex' }).click();
    });

    await expect(ui.card('Alex')).toHaveCount(0);
    await expect(ui.notice).toContainText('Alex has been removed.');
    await expect(ui.childSwitcher).toHaveCount(0);
    await expect(ui.header).toContainText('Sam');
    await expect(ui.card('Sam')).toContainText('Shown now');
    expect(await ui.storedNicknames()).toEqual(['Sam']);
    await test.step('reloads: Alex is gone', async () => {
      await ui.reload();
      await expect(ui.card('Alex')).toHaveCount(0);
    });
  });
});
