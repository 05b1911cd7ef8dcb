// Renders the PNG icons a phone's Home Screen needs (iPhone takes only PNG) from public/icon.svg,
// in headless Chromium: apple-touch-icon 180x180, manifest icons 192 and 512, and a 512 maskable
// one (full-bleed square, the steps inside the middle 60% so any mask shape keeps them).
// Run again after changing the icon: node scripts/make_icons.mjs (the PNGs are committed).
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

const svg = readFileSync(new URL('../public/icon.svg', import.meta.url), 'utf8');
// The same steps on a square with no rounded corners, scaled into the mask's safe zone.
const maskable = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#1b6b66"/>'
  + '<g transform="translate(32 32) scale(0.62) translate(-32 -33)"><path d="M14 48h12v-10h12v-10h12v-10" fill="none" stroke="#fff" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"/></g></svg>';
// iOS draws its own rounded corners on a square icon, so the Home Screen icon is full-bleed too,
// with the steps at the icon's usual size.
const square = svg.replace('rx="14" ', '');

const icons = [
  ['public/apple-touch-icon.png', square, 180],
  ['public/icon-192.png', svg, 192],
  ['public/icon-512.png', svg, 512],
  ['public/icon-maskable-512.png', maskable, 512],
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
for (const [file, source, size] of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const sized = source.replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
  await page.screenshot({ path: new URL(`../${file}`, import.meta.url).pathname, omitBackground: true });
  await page.close();
  console.log(`${file} (${size}x${size})`);
}
await browser.close();
