// Runs the parent journeys (journeys.mjs) in WebKit (WebKitGTK's MiniBrowser, under Xvfb) and in
// Firefox ESR, through W3C WebDriver with selenium-webdriver, against the built app served under
// /small-steps/ as a support group's static host would. Each journey runs in a fresh browser session
// at 360x740. Drivers are started here, so Selenium Manager never looks for (or downloads) one.
//
//   DIST=dist node tests/engines/run.mjs            both engines
//   ENGINES=firefox JOURNEYS=backup node tests/engines/run.mjs   one engine, journeys whose name matches
//
// Exits non-zero on any failure, naming the engine, journey and step, with the error.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Builder } from 'selenium-webdriver';
import { Page, check } from './page.mjs';
import { JOURNEYS } from './journeys.mjs';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const DIST = resolve(ROOT, process.env.DIST || 'dist');
const WIDTH = 360;
const HEIGHT = 740;
const OUT = join(ROOT, 'test-results', 'engines');
/** The longest one journey may take before the browser is taken as not answering (seconds). */
const JOURNEY_LIMIT_S = Number(process.env.JOURNEY_SECONDS || 150);

const ENGINES = {
  webkit: {
    label: 'WebKit (WebKitGTK MiniBrowser)',
    command: (port) => ['xvfb-run', ['-a', '--server-args=-screen 0 1280x1024x24', 'WebKitWebDriver', `--port=${port}`]],
    needs: ['xvfb-run', 'WebKitWebDriver'],
    // MiniBrowser's GTK window will not go narrower than its toolbar (447 px here); a GTK style sheet
    // without minimum sizes lets the page itself be 360 px wide, like Playwright's viewport.
    env: (dir) => {
      mkdirSync(join(dir, 'gtk-3.0'), { recursive: true });
      writeFileSync(join(dir, 'gtk-3.0', 'gtk.css'), '* { min-width: 0; min-height: 0; padding: 0; margin: 0; }\n');
      return { XDG_CONFIG_HOME: dir };
    },
    capabilities: () => ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    }),
  },
  firefox: {
    label: 'Firefox ESR',
    command: (port) => ['geckodriver', ['--host', '127.0.0.1', '--port', String(port), '--log', 'fatal']],
    needs: ['geckodriver', 'firefox-esr'],
    capabilities: (downloads) => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: '/usr/bin/firefox-esr',
        args: ['-headless', '-profile', freshFirefoxProfile(downloads)],
        prefs: {
          // Downloads go quietly to a folder this runner reads.
          'toolkit.legacyUserProfileCustomizations.stylesheets': true,
          'browser.download.folderList': 2,
          'browser.download.dir': downloads,
          'browser.download.useDownloadDir': true,
          'browser.download.always_ask_before_handling_new_types': false,
          'browser.helperApps.neverAsk.saveToDisk': 'application/json',
          'browser.download.alwaysOpenPanel': false,
          // Quiet on a closed network.
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          'browser.safebrowsing.downloads.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.reporting.enabled': false,
        },
      },
    }),
  },
};

/**
 * A new, empty Firefox profile for each session (so localStorage starts empty), with a style sheet
 * for Firefox's own window that lifts its 500 px minimum width, so the page can be 360 px wide.
 */
function freshFirefoxProfile(downloads) {
  const dir = mkdtempSync(join(downloads, 'profile-'));
  mkdirSync(join(dir, 'chrome'));
  writeFileSync(join(dir, 'chrome', 'userChrome.css'), ':root, #main-window, #navigator-toolbox, toolbar, #nav-bar, #urlbar-container, #urlbar, #TabsToolbar { min-width: 0 !important; }\n');
  return dir;
}

const children = [];
function killAll() {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }
}
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}

/** Starts a process in its own process group, so it and anything it starts can be stopped together. */
function start(command, args, name, env = {}) {
  const child = spawn(command, args, { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  child.output = () => output;
  child.name = name;
  children.push(child);
  return child;
}

function stop(child) {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return done();
    }
    setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // gone
      }
    }, 3000).unref();
  });
}

function freePort() {
  return new Promise((done, fail) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
    server.on('error', fail);
  });
}

async function waitForHttp(url, child, what, timeout = 30_000) {
  const end = Date.now() + timeout;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${what} stopped (exit ${child.exitCode}):\n${child.output()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > end) throw new Error(`${what} did not answer at ${url} within ${timeout / 1000} s:\n${child.output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The first lines of an error, and no wasm stack frames: enough to see what failed. */
function short(text) {
  return text.split('\n').filter((l) => !/^\S*@(<\?>|http)/.test(l.trim()) && l.trim() !== '').slice(0, 8).join('\n      ');
}

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

/** Sets the window so the page itself is 360x740 (or `width` wide), as on the phone the journeys imagine. */
async function phoneSize(driver, width = WIDTH) {
  const measure = () => driver.executeScript('return { w: window.innerWidth, h: window.innerHeight, ow: window.outerWidth, oh: window.outerHeight };');
  let m;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await driver.manage().window().setRect({ width, height: HEIGHT });
    m = await measure();
    const extraW = m.ow - m.w;
    const extraH = m.oh - m.h;
    if (m.w === width && m.h === HEIGHT) return m;
    if (Number.isInteger(extraW) && Number.isInteger(extraH) && extraW >= 0 && extraH >= 0 && m.w > 0) {
      await driver.manage().window().setRect({ width: width + extraW, height: HEIGHT + extraH });
      m = await measure();
      if (m.w === width) return m;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return m;
}

async function runEngine(key, base, journeys) {
  const engine = ENGINES[key];
  const missing = engine.needs.filter((cmd) => !has(cmd));
  const results = [];
  const notes = [];
  if (missing.length) {
    const message = `not installed: ${missing.join(', ')} (run ./scripts/setup.sh)`;
    for (const j of journeys) results.push({ journey: j.name, ok: false, step: 'start the driver', message });
    return { results, notes, seconds: 0 };
  }
  const began = Date.now();
  const port = await freePort();
  const [command, args] = engine.command(port);
  const downloads = mkdtempSync(join(tmpdir(), `small-steps-${key}-downloads-`));
  const config = mkdtempSync(join(tmpdir(), `small-steps-${key}-config-`));
  let driverProcess = start(command, args, `${key} driver`, engine.env ? engine.env(config) : {});
  const server = `http://127.0.0.1:${port}`;
  // A browser that stops answering would hold the whole run: each journey has a time limit, and
  // after one is overrun the driver is started again for the next journey.
  const restartDriver = async () => {
    await stop(driverProcess);
    driverProcess = start(command, args, `${key} driver`, engine.env ? engine.env(config) : {});
    await waitForHttp(`${server}/status`, driverProcess, `${engine.label} driver`);
  };
  try {
    await waitForHttp(`${server}/status`, driverProcess, `${engine.label} driver`);
    for (let index = 0; index < journeys.length; index += 1) {
      const journey = journeys[index];
      const t0 = Date.now();
      let step = 'open a fresh browser session';
      let driver;
      let overrun = false;
      let timer;
      const deadline = new Promise((_, fail) => {
        timer = setTimeout(() => {
          overrun = true;
          fail(new Error(`no answer from the browser within ${JOURNEY_LIMIT_S} s`));
        }, JOURNEY_LIMIT_S * 1000);
      });
      try {
        await Promise.race([deadline, (async () => {
        driver = await new Builder().usingServer(server).withCapabilities(engine.capabilities(downloads)).build();
        await driver.manage().setTimeouts({ script: 15_000, pageLoad: 30_000 });
        step = 'set the window to 360x740';
        await driver.get('about:blank');
        const size = await phoneSize(driver);
        check(size.w === WIDTH, `the page is ${size.w} px wide, not ${WIDTH} (window ${size.ow}x${size.oh})`);
        if (size.h !== HEIGHT && !notes.some((n) => n.startsWith('viewport'))) {
          notes.push(`viewport ${size.w}x${size.h} (asked for ${WIDTH}x${HEIGHT}; window ${size.ow}x${size.oh})`);
        }
        const page = new Page(driver, { base, engine: key, notes });
        // A journey may look at a narrower phone too (320 px); the window is set as at the start.
        // WebKitGTK's window stops a few pixels short of 320 (its toolbar): the page is then as
        // narrow as that engine's window goes, said in the summary; any more is a failure.
        page.setWidth = async (width) => {
          const m = await phoneSize(driver, width);
          check(m.w >= width && m.w <= width + 8, `the page is ${m.w} px wide, not ${width} (window ${m.ow}x${m.oh})`);
          const note = `asked for a ${width} px page, the window gave ${m.w} px (its narrowest)`;
          if (m.w !== width && !notes.includes(note)) notes.push(note);
          return m.w;
        };
        if (key === 'firefox') {
          // Firefox saves downloads quietly into the folder set in its preferences: check the file.
          page.downloads = async (name) => {
            const path = join(downloads, name);
            await page.until(`the download ${name}`, async () => existsSync(path) && readFileSync(path, 'utf8').length > 0);
            const file = JSON.parse(readFileSync(path, 'utf8'));
            // The version this build writes (src/domain/file/migrate.rs, CURRENT_VERSION).
            check(file.format === 'small-steps' && file.version === 3, `the downloaded ${name} is not a version 3 backup`);
            rmSync(path);
          };
          // Any other file saved (a calendar file): its text, then it is removed.
          page.downloadedText = async (name) => {
            const path = join(downloads, name);
            await page.until(`the download ${name}`, async () => existsSync(path) && readFileSync(path, 'utf8').length > 0);
            const text = readFileSync(path, 'utf8');
            rmSync(path);
            return text;
          };
        }
        for (const [name, body] of journey.steps) {
          step = name;
          const s0 = Date.now();
          await body(page);
          if (process.env.VERBOSE) console.log(`        ${name} (${Date.now() - s0} ms)`);
          await page.checkHealthy();
        }
        })()]);
        results.push({ journey: journey.name, ok: true, seconds: (Date.now() - t0) / 1000 });
        console.log(`  ok    ${journey.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      } catch (error) {
        let message = short(error && error.message ? error.message : String(error));
        if (overrun) {
          await restartDriver();
          driver = null;
          // A session that never opened is the browser's trouble, not the app's: that journey is
          // tried once more, and the run says so.
          if (step === 'open a fresh browser session' && !journey.retried) {
            journey.retried = true;
            notes.push(`"${journey.name}": the browser did not open a session within ${JOURNEY_LIMIT_S} s; tried again`);
            index -= 1;
            continue;
          }
        }
        if (driver) {
          try {
            const extra = await driver.executeScript(`
              const banner = document.querySelector('[data-panic]');
              return { errors: window.__e2eErrors || [], panic: banner ? banner.textContent.replace(/\\s+/g, ' ').trim() : null, url: location.href };`);
            if (extra.panic && !message.includes('panic')) message += `\n      the app showed [data-panic]: ${extra.panic}`;
            if (extra.errors.length && !message.includes('logged errors') && !message.includes('[data-panic]')) message += `\n      page errors: ${short(extra.errors.join(' | '))}`;
            message += `\n      at ${extra.url}`;
            mkdirSync(OUT, { recursive: true });
            const shot = join(OUT, `${key}-${journey.name.replace(/[^a-z0-9]+/gi, '-')}.png`);
            writeFileSync(shot, await driver.takeScreenshot(), 'base64');
            message += `\n      screenshot: ${shot}`;
          } catch {
            // the session may be gone
          }
        }
        results.push({ journey: journey.name, ok: false, step, message });
        console.log(`  FAIL  ${journey.name}\n      step: ${step}\n      ${message}`);
      } finally {
        clearTimeout(timer);
        if (driver) await driver.quit().catch(() => {});
      }
    }
  } catch (error) {
    for (const j of journeys.filter((x) => !results.some((r) => r.journey === x.name))) {
      results.push({ journey: j.name, ok: false, step: 'start the driver', message: error.message });
    }
  } finally {
    await stop(driverProcess);
    rmSync(downloads, { recursive: true, force: true });
    rmSync(config, { recursive: true, force: true });
  }
  return { results, notes, seconds: (Date.now() - began) / 1000 };
}

async function main() {
  if (!existsSync(join(DIST, 'index.html'))) {
    console.error(`No built app in ${DIST} (run trunk build --release first).`);
    process.exit(1);
  }
  const wanted = (process.env.ENGINES || 'webkit,firefox').split(',').map((s) => s.trim()).filter(Boolean);
  for (const w of wanted) if (!ENGINES[w]) throw new Error(`unknown engine "${w}" (webkit, firefox)`);
  const filter = process.env.JOURNEYS ? new RegExp(process.env.JOURNEYS, 'i') : null;
  const journeys = JOURNEYS.filter((j) => !filter || filter.test(j.name));

  const port = await freePort();
  const server = start('python3', ['tests/e2e/serve.py', String(port), DIST], 'static server');
  const base = `http://127.0.0.1:${port}/small-steps/`;
  await waitForHttp(base, server, 'the static server');

  const summary = [];
  try {
    for (const key of wanted) {
      console.log(`\n${ENGINES[key].label}: ${journeys.length} journeys at ${WIDTH}x${HEIGHT}`);
      const outcome = await runEngine(key, base, journeys);
      summary.push({ key, ...outcome });
    }
  } finally {
    await stop(server);
  }

  console.log('\nSummary');
  let failed = 0;
  for (const { key, results, notes, seconds } of summary) {
    const passed = results.filter((r) => r.ok).length;
    failed += results.length - passed;
    console.log(`  ${ENGINES[key].label}: ${passed} of ${results.length} journeys passed (${seconds.toFixed(0)} s)`);
    for (const note of notes) console.log(`    note: ${note}`);
    for (const r of results.filter((x) => !x.ok)) {
      console.log(`    FAILED ${key} / ${r.journey} / ${r.step}:\n      ${r.message}`);
    }
  }
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  killAll();
  process.exit(1);
});
