// A support group that hosts Small Steps puts its name, a message and local links in
// public/group.json, without rebuilding. A missing file shows nothing; a broken one is named on the
// Children screen (where whoever set the site up looks) and never breaks a screen.
import { test, expect } from './fixtures/test.js';
import { readFileSync } from 'node:fs';
import { ChildrenPage } from './fixtures/children_page.js';
import { PlanPage } from './fixtures/plan_page.js';
import { expectNoViolations } from './fixtures/axe.js';

// page.route cannot see requests a service worker answers. Each test here says whether the site
// has a group file (see groupFile in fixtures/test.js): most serve one, so a 404 for it is an error.
test.use({ serviceWorkers: 'block', groupFile: 'served' });

const EXAMPLE = readFileSync(new URL('../../public/group.example.json', import.meta.url), 'utf8');
const GROUP_FILE = '**/small-steps/public/group.json';

async function serveGroupFile(page, body) {
  await page.route(GROUP_FILE, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
}

test("the group's name, message and links show on the Plan and Children screens", async ({ page }) => {
  await serveGroupFile(page, EXAMPLE);
  const plan = new PlanPage(page);
  await plan.startWith('Sam');

  await test.step('opens the Plan', async () => {
    await plan.gotoHub();
    const card = plan.groupCard;
    await expect(card).toContainText('Anytown Parents Together');
    await expect(card).toContainText('We meet on the first Tuesday of each month');
    const website = card.getByRole('link', { name: 'Our website' });
    await expect(website).toHaveAttribute('href', 'https://example.org/parents');
    await expect(website).toHaveAttribute('target', '_blank');
    await expect(website).toHaveAttribute('rel', 'noopener noreferrer');
    const email = card.getByRole('link', { name: 'Email us' });
    await expect(email).toHaveAttribute('href', 'mailto:hello@example.org');
    await expect(email).not.toHaveAttribute('target', /.*/);
    await expect(card.getByRole('link')).toHaveCount(4);
    await expectNoViolations(page, 'Plan with the support group card');
  });

  await test.step('opens Children', async () => {
    const children = new ChildrenPage(page);
    await children.goto();
    await expect(children.groupCard).toContainText('Anytown Parents Together');
  });
});

test.describe('a site without a group file', () => {
  test.use({ groupFile: 'absent' });

  test('with no group file, nothing shows', async ({ page }) => {
    const plan = new PlanPage(page);
    const children = new ChildrenPage(page);
    await plan.startWith('Sam');
    await test.step('opens the Plan, then Children', async () => {
      await plan.gotoHub();
      await children.goto();
      await expect(page.getByText('Tap a name to show that child')).toBeVisible();
      await expect(children.groupCard).toHaveCount(0);
      await expect(page.getByText('settings file')).toHaveCount(0);
    });
  });
});

test.describe('a site without a group file, asked quietly', () => {
  // The service worker is in charge here, as on a parent's phone after the first moments; and
  // no error may be logged for the missing file (no allowedErrors, no 404 allowed).
  test.use({ serviceWorkers: 'allow', groupFile: 'absent-quietly' });

  test('the Plan and Children screens ask once per visit, and the browser logs nothing', async ({ page }) => {
    const asked = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.endsWith('/public/group.json')) asked.push(response.status());
    });
    const plan = new PlanPage(page);
    const children = new ChildrenPage(page);
    await plan.startWith('Sam');
    await test.step('opens the Plan: asked once the service worker is in charge, and told "no content"', async () => {
      await plan.gotoHub();
      await expect.poll(() => asked.length, { timeout: 20_000 }).toBe(1);
      expect(asked).toEqual([204]);
    });
    await test.step('opens Children, then the Plan again: not asked again this visit', async () => {
      await children.goto();
      await expect(page.getByText('Tap a name to show that child')).toBeVisible();
      await plan.gotoHub();
      await page.waitForTimeout(500);
      expect(asked).toEqual([204]);
      await expect(plan.groupCard).toHaveCount(0);
    });
    await test.step('opens Small Steps again: asked once more, quietly', async () => {
      await plan.reload();
      await plan.gotoHub();
      await expect.poll(() => asked.length, { timeout: 10_000 }).toBe(2);
      expect(asked).toEqual([204, 204]);
      await expect(plan.groupCard).toHaveCount(0);
    });
  });
});

for (const [what, body, words] of [
  ['a link that is not a web page, email or phone number', JSON.stringify({
    format: 'small-steps-group', version: 1, name: 'A group', links: [{ label: 'Click', url: 'javascript:alert(1)' }],
  }), 'links[0].url must start with https://, mailto: or tel:.'],
  ['a file that is not JSON', '<html>Not found</html>', 'it is not a settings file this app can read (line 1'],
  ['a newer version', JSON.stringify({ format: 'small-steps-group', version: 2, name: 'A group' }),
    '"version" is 2, and this app reads version 1.'],
]) {
  test(`a group file with ${what} is not used, and the Children screen says why`, async ({ page }) => {
    await serveGroupFile(page, body);
    const plan = new PlanPage(page);
    const children = new ChildrenPage(page);
    await plan.startWith('Sam');
    await test.step('opens the Plan: no card, and the screen works', async () => {
      await plan.gotoHub();
      await expect(plan.packLink).toBeVisible();
      await expect(plan.groupCard).toHaveCount(0);
    });
    await test.step('opens Children: it says why the file was not used', async () => {
      await children.goto();
      await expect(page.getByText(`The support group's settings file (public/group.json) could not be used: ${words}`)).toBeVisible();
      await expect(children.groupCard).toHaveCount(0);
    });
  });
}
