// Whose diary is shown is always clear: two children can never share a name (the form says why,
// beside the field), and the header shows the child's name with a round badge of their initial in
// a colour of their own, readable in light and dark (issue 9, item 3).
import { test, expect } from './fixtures/test.js';
import { ChildrenPage } from './fixtures/children_page.js';
import { KEYS } from './fixtures/app_page.js';
import { expectNoViolations } from './fixtures/axe.js';

const SAM_TAKEN = (typed) => `There is already a child called Sam. Use a different name or nickname, e.g. ${typed} B.`;

let ui;

test.beforeEach(async ({ page }) => {
  ui = new ChildrenPage(page);
  await ui.startWith('Sam');
  await ui.goto();
});

test('a second child with the same name is refused, whatever the capitals and spaces', async () => {
  const before = await ui.stored(KEYS.diary);
  await test.step("adds ' sam '", async () => {
    await ui.addChild(' sam ');
  });

  const message = ui.addForm.getByText(SAM_TAKEN('sam'));
  await expect(message).toBeVisible();
  await expect(ui.newChildName).toHaveAttribute('aria-invalid', 'true');
  await expect(ui.newChildName).toHaveAttribute('aria-describedby', new RegExp(await message.getAttribute('id')));
  await expect(ui.newChildName).toHaveValue(' sam ');
  expect(await ui.stored(KEYS.diary)).toBe(before);

  await test.step("types 'Sam B' instead and taps \"Add child\"", async () => {
    await ui.newChildName.fill('Sam B');
    await ui.addButton.click();
    await expect(ui.card('Sam B')).toBeVisible();
  });
  expect(await ui.storedNicknames()).toEqual(['Sam', 'Sam B']);
});

test("renaming a child to another child's name is refused, and they may keep their own", async () => {
  await test.step('adds Alex', async () => {
    await ui.addChild('Alex');
    await expect(ui.card('Alex')).toBeVisible();
  });
  const before = await ui.stored(KEYS.diary);

  await test.step('renames Alex to SAM', async () => {
    await ui.startRenaming('Alex');
    await ui.renameField('Alex').fill('SAM');
    await ui.saveNameButton('Alex').click();
    await expect(ui.card('Alex').getByText(SAM_TAKEN('SAM'))).toBeVisible();
    await expect(ui.renameField('Alex')).toHaveAttribute('aria-invalid', 'true');
    expect(await ui.stored(KEYS.diary)).toBe(before);
  });

  await test.step('renames Sam to sam', async () => {
    await ui.startRenaming('Sam');
    await ui.renameField('Sam').fill('sam');
    await ui.saveNameButton('Sam').click();
    await expect(ui.card('sam')).toBeVisible();
  });
  expect(await ui.storedNicknames()).toEqual(['sam', 'Alex']);
});

test("the header shows the child's name with a badge of their initial, which follows a switch", async () => {
  await expect(ui.header).toContainText('Sam');
  await expect(ui.childBadge).toBeVisible();
  await expect(ui.childBadge).toHaveText('S');
  await expect(ui.childBadge).toHaveAttribute('aria-hidden', 'true');
  const samColour = await ui.childBadge.evaluate((el) => getComputedStyle(el).backgroundColor);

  await test.step('adds alex', async () => {
    await ui.addChild('alex');
    await expect(ui.childSwitcher.locator('option:checked')).toHaveText('alex');
    await expect(ui.childBadge).toHaveText('A');
    await expect(ui.childSwitcher).toBeVisible();
  });

  await test.step('adds élodie: the badge shows her letter in capitals too', async () => {
    await ui.addChild('élodie');
    await expect(ui.childSwitcher.locator('option:checked')).toHaveText('élodie');
    // The app gives the letter as typed beyond A to Z; the style sheet shows it in capitals.
    await expect(ui.childBadge).toHaveText('É', { useInnerText: true });
  });

  await test.step('picks Sam at the top', async () => {
    await ui.showChild('Sam');
    await expect(ui.childBadge).toHaveText('S');
    expect(await ui.childBadge.evaluate((el) => getComputedStyle(el).backgroundColor), 'the same colour as before').toBe(samColour);
  });
  await test.step('reloads', () => ui.reload());
  expect(await ui.childBadge.evaluate((el) => getComputedStyle(el).backgroundColor), 'kept after a reload').toBe(samColour);
});

/** The contrast ratio of each badge colour with its letter, as WCAG 2 works it out. */
async function badgeContrasts(page) {
  return page.evaluate(() => {
    const channel = (c) => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
    const luminance = (rgb) => {
      const [r, g, b] = rgb.match(/\d+/g).map(Number);
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const ratios = [];
    for (let i = 0; i < 6; i += 1) {
      const el = document.createElement('span');
      el.className = `child-badge child-colour-${i}`;
      el.textContent = 'S';
      document.body.append(el);
      const style = getComputedStyle(el);
      const [a, b] = [luminance(style.backgroundColor), luminance(style.color)];
      ratios.push(Math.round(((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)) * 100) / 100);
      el.remove();
    }
    return ratios;
  });
}

for (const scheme of ['light', 'dark']) {
  test(`every badge colour is readable, and the header passes axe (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await test.step('adds Alex', async () => {
      await ui.addChild('Alex');
      await expect(ui.childBadge).toHaveText('A');
    });
    const ratios = await badgeContrasts(page);
    expect(ratios).toHaveLength(6);
    for (const ratio of ratios) expect(ratio, `contrast ${ratios.join(', ')}`).toBeGreaterThanOrEqual(4.5);
    await expectNoViolations(page, `the header and Children screen, ${scheme} scheme`);
  });
}
