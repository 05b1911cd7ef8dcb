// Playwright settings for the documentation's screenshots only (tests/e2e/docs/*.shots.js): the
// suite's own settings, pointed at this folder, with the test server started from the repository.
import base from '../../../playwright.config.js';

export default {
  ...base,
  testDir: '.',
  testMatch: '*.shots.js',
  timeout: 60_000,
  webServer: { ...base.webServer, cwd: '../../..' },
};
