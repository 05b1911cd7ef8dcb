// The content policy in the built index.html: scripts only from the site itself plus Trunk's one
// start-up script inside the page, allowed by its hash (scripts/content_policy.sh writes it), never
// 'unsafe-inline' or 'unsafe-eval'; WebAssembly by 'wasm-unsafe-eval' only.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures/test.js';
import { DayPage } from './fixtures/day_page.js';

const html = readFileSync(join(process.env.DIST || 'dist', 'index.html'), 'utf8');

/** The policy's directives, as { 'script-src': ["'self'", …], … }. */
function policyOf(page) {
  const meta = page.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/);
  expect(meta, 'index.html has a Content-Security-Policy meta tag').not.toBeNull();
  return Object.fromEntries(meta[1].split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name, sources]));
}

test('the built index.html allows only its own scripts, by hash, with no inline handlers', async () => {
  const policy = policyOf(html);
  const scripts = policy['script-src'];
  expect(scripts).toContain("'self'");
  expect(scripts).toContain("'wasm-unsafe-eval'");
  for (const loose of ["'unsafe-inline'", "'unsafe-eval'", "'strict-dynamic'", '*', 'data:', 'blob:', 'http:', 'https:']) {
    expect(scripts, `script-src must not allow ${loose}`).not.toContain(loose);
  }
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  expect(inline.length, "Trunk's start-up script is inside the page").toBeGreaterThan(0);
  const hashes = inline.map((text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`);
  // Exactly the page's inline scripts, and nothing else, are allowed by hash.
  expect(scripts.filter((s) => s.startsWith("'sha256-")).sort()).toEqual([...hashes].sort());
  expect(scripts.filter((s) => !s.startsWith("'sha256-")).sort()).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  // An inline handler or a javascript: address would be refused, so none is written.
  expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/javascript:/i);
  expect(policy['object-src']).toEqual(["'none'"]);
  expect(policy['base-uri']).toEqual(["'self'"]);
  expect(policy['default-src']).toEqual(["'self'"]);
  expect(policy['connect-src']).toEqual(["'self'"]);
});

test('in the browser the policy holds: the app runs every screen with no refusal, and a script slipped into the page is refused', async ({ page, pageErrors }) => {
  await page.addInitScript(() => {
    window.refused = [];
    document.addEventListener('securitypolicyviolation', (e) => window.refused.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const day = new DayPage(page);
  await day.startWith('Sam');
  await day.record('Went in');
  for (const screen of ['Calendar', 'Plan', 'Backup', 'Children', 'Today']) await day.open(screen);
  expect(await page.evaluate(() => window.refused)).toEqual([]);

  pageErrors.allow(/^console\.error: Executing inline script violates the following Content Security Policy directive/, 'the test slips an inline script into the page on purpose');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.slippedIn = true;';
    document.body.append(script);
  });
  await expect.poll(() => page.evaluate(() => window.refused.length)).toBe(1);
  expect(await page.evaluate(() => window.slippedIn)).toBeUndefined();
});
