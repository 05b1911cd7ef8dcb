// Browser journeys at phone size in Debian's Chromium, against the built app served under a sub-path.
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT || 8765);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  workers: 1,
  retries: 0,
  // 'list' repeats every failure in full at the end, where a CI log cut short still shows it.
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}/small-steps/`,
    viewport: { width: 360, height: 740 },
    acceptDownloads: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: {
    command: `python3 tests/e2e/serve.py ${port} ${process.env.DIST || 'dist'}`,
    url: `http://127.0.0.1:${port}/small-steps/`,
    reuseExistingServer: !process.env.CI,
    timeout: 20_000,
  },
});
