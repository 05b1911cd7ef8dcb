// A small page helper over W3C WebDriver (selenium-webdriver) for the engine journeys.
// WebDriver has no auto-wait and no role or label locators, so elements are found by a script run in
// the page (accessible name from aria-label, aria-labelledby, <label> or text, skipping aria-hidden
// parts), and every wait polls until its condition holds or a timeout passes.
import { By, error as wdError } from 'selenium-webdriver';
import { readFileSync } from 'node:fs';
import { childIn, nicknamesIn, readDiary } from '../e2e/fixtures/diary_reading.js';
import { TAGS, describe as describeAxe } from '../e2e/fixtures/axe_rules.js';

const TIMEOUT = Number(process.env.ENGINE_TIMEOUT_MS || 10_000);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs in the page. Finds the visible elements matching a query:
 *   { css }                      a CSS selector (combined with the others as a filter)
 *   { button: name }             a button (or role=button, or <summary>) by accessible name
 *   { link: name }               a link by accessible name
 *   { label: text }              the form control a <label>/aria-label names (prefix: labelStarts)
 *   { text: words }              the innermost element whose text contains the words
 *   { heading: name, level }     a heading
 *   within: css or a query       search inside the first match of this
 *   exact: false                 names match when they start with the given words
 *   hidden: true                 also hidden elements (e.g. a file input styled away)
 * Returns the matching elements, first one first.
 */
const LOCATE = function locate(query) {
  const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const textOf = (node) => {
    if (node.nodeType === 3) return node.textContent;
    if (node.nodeType !== 1) return '';
    if (node.getAttribute('aria-hidden') === 'true') return '';
    const tag = node.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE') return '';
    let s = '';
    for (const child of node.childNodes) s += textOf(child);
    return s;
  };
  const byIds = (ids) => ids.split(/\s+/).map((id) => document.getElementById(id)).filter(Boolean).map((e) => textOf(e)).join(' ');
  const nameOf = (el) => {
    if (el.getAttribute('aria-labelledby')) return norm(byIds(el.getAttribute('aria-labelledby')));
    if (el.getAttribute('aria-label')) return norm(el.getAttribute('aria-label'));
    if (['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName)) {
      const labels = el.labels ? Array.from(el.labels) : [];
      return norm(labels.map((l) => textOf(l)).join(' '));
    }
    if (el.tagName === 'FIELDSET') {
      const legend = el.querySelector(':scope > legend');
      return legend ? norm(textOf(legend)) : '';
    }
    return norm(textOf(el));
  };
  const visible = (el) => {
    if (query.hidden) return true;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') return false;
    return el.getClientRects().length > 0;
  };
  const matches = (name, wanted) => {
    if (wanted instanceof RegExp) return wanted.test(name);
    return query.exact === false ? name.startsWith(wanted) : name === wanted;
  };
  const within = (q) => {
    if (!q) return [document];
    if (typeof q === 'string') return Array.from(document.querySelectorAll(q)).filter(visible).slice(0, 1);
    return locate({ ...q, hidden: false }).slice(0, 1);
  };
  const roots = within(query.within);
  const wanted = (v) => (v && typeof v === 'object' && v.regex ? new RegExp(v.regex) : v);
  let found = [];
  for (const root of roots) {
    let candidates;
    if (query.button !== undefined) {
      candidates = Array.from(root.querySelectorAll('button, [role=button], summary, input[type=submit], a.button'))
        .filter((el) => matches(nameOf(el), wanted(query.button)));
    } else if (query.link !== undefined) {
      candidates = Array.from(root.querySelectorAll('a[href], [role=link], [role=gridcell]'))
        .filter((el) => matches(nameOf(el), wanted(query.link)));
    } else if (query.label !== undefined) {
      const w = wanted(query.label);
      const controls = new Set();
      for (const label of root.querySelectorAll('label')) {
        if (matches(norm(textOf(label)), w) || (query.labelStarts && norm(textOf(label)).startsWith(w))) {
          const c = label.control;
          if (c) controls.add(c);
        }
      }
      for (const el of root.querySelectorAll('[aria-label], [aria-labelledby]')) {
        if (matches(nameOf(el), w)) controls.add(el);
      }
      candidates = Array.from(controls);
    } else if (query.heading !== undefined) {
      const sel = query.level ? `h${query.level}` : 'h1, h2, h3, h4, h5, h6, [role=heading]';
      candidates = Array.from(root.querySelectorAll(sel)).filter((el) => matches(nameOf(el), wanted(query.heading)));
    } else if (query.text !== undefined) {
      const w = query.text;
      if (query.css) {
        candidates = Array.from(root.querySelectorAll(query.css)).filter((el) => norm(el.textContent).includes(w));
      } else candidates = Array.from(root.querySelectorAll('body *')).filter((el) => {
        const t = norm(el.textContent);
        if (!t.includes(w)) return false;
        // Innermost: no child element holds the words on its own.
        return !Array.from(el.children).some((c) => norm(c.textContent).includes(w));
      });
    } else {
      candidates = Array.from(root.querySelectorAll(query.css || '*'));
    }
    if (query.css && (query.button !== undefined || query.link !== undefined || query.label !== undefined || query.heading !== undefined)) {
      candidates = candidates.filter((el) => el.matches(query.css));
    }
    found = found.concat(candidates.filter(visible));
  }
  return found;
};
const LOCATE_SCRIPT = `const locate = ${LOCATE.toString()}; return locate(arguments[0]);`;

/** Records script errors, unhandled rejections and console.error calls into window.__e2eErrors. */
const ERROR_HOOKS = `
  if (!window.__e2eHooked) {
    window.__e2eHooked = true;
    window.__e2eErrors = window.__e2eErrors || [];
    window.addEventListener('error', (e) => {
      const where = e.target && e.target !== window && (e.target.src || e.target.href);
      window.__e2eErrors.push(where ? 'failed to load ' + where : 'error: ' + e.message + ' at ' + (e.filename || '') + ':' + (e.lineno || ''));
    }, true);
    window.addEventListener('unhandledrejection', (e) => {
      const r = e.reason;
      window.__e2eErrors.push('unhandledrejection: ' + (r && (r.stack || r.message) || String(r)));
    });
    const original = console.error;
    console.error = function (...args) {
      window.__e2eErrors.push('console.error: ' + args.map((a) => (a && a.stack) || String(a)).join(' '));
      return original.apply(this, args);
    };
  }`;

/** A described query, for messages. */
export function describe(q) {
  const parts = [];
  for (const k of ['button', 'link', 'label', 'heading', 'text', 'css']) {
    if (q[k] !== undefined) parts.push(`${k} ${JSON.stringify(q[k] && q[k].regex ? `/${q[k].regex}/` : q[k])}`);
  }
  if (q.within) parts.push(`within ${typeof q.within === 'string' ? q.within : describe(q.within)}`);
  return parts.join(' ');
}

export class AssertionFailed extends Error {}

export function check(condition, message) {
  if (!condition) throw new AssertionFailed(message);
}

export function checkEqual(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new AssertionFailed(`${what}: expected ${e}, got ${a}`);
}

export class Page {
  constructor(driver, { base, engine, notes }) {
    this.driver = driver;
    this.base = base;
    this.engine = engine;
    this.notes = notes; // engine differences seen, for the report
  }

  // ---- waiting ----

  /** Polls `fn` until it returns a truthy value; fails with `what` after the timeout. */
  async until(what, fn, timeout = TIMEOUT) {
    const end = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        const value = await fn();
        if (value) return value;
      } catch (e) {
        if (e instanceof wdError.UnexpectedAlertOpenError) throw e;
        last = e;
      }
      if (Date.now() > end) {
        throw new AssertionFailed(`timed out after ${timeout} ms waiting for ${what}${last ? ` (last error: ${last.message.split('\n')[0]})` : ''}`);
      }
      await sleep(100);
    }
  }

  /** All visible elements matching the query, right now. */
  async all(query) {
    return this.driver.executeScript(LOCATE_SCRIPT, query);
  }

  /** The first element matching, waiting for it to appear. */
  async find(query, timeout) {
    return this.until(describe(query), async () => (await this.all(query))[0], timeout);
  }

  async expectVisible(query, timeout) {
    return this.find(query, timeout);
  }

  async expectGone(query, timeout) {
    await this.until(`${describe(query)} to be gone`, async () => (await this.all(query)).length === 0, timeout);
  }

  async textOf(query) {
    const el = await this.find(query);
    return this.driver.executeScript('return arguments[0].textContent.replace(/\\s+/g, " ").trim();', el);
  }

  /** Waits until the element's text contains `words`. */
  async expectText(query, words, timeout) {
    let seen = '';
    await this.until(`${describe(query)} to contain "${words}" (it said "${seen}")`, async () => {
      const [el] = await this.all(query);
      if (!el) return false;
      seen = await this.driver.executeScript('return arguments[0].textContent.replace(/\\s+/g, " ").trim();', el);
      return seen.includes(words);
    }, timeout).catch((e) => {
      throw new AssertionFailed(`${describe(query)} should contain "${words}"; it says "${seen}" (${e.message})`);
    });
  }

  async attr(query, name) {
    const el = await this.find(query);
    return el.getAttribute(name);
  }

  async expectAttr(query, name, value) {
    let seen;
    await this.until(`${describe(query)} [${name}="${value}"]`, async () => {
      const [el] = await this.all(query);
      if (!el) return false;
      seen = await el.getAttribute(name);
      return seen === value;
    }).catch(() => {
      throw new AssertionFailed(`${describe(query)} should have ${name}="${value}", has "${seen}"`);
    });
  }

  async expectValue(query, value) {
    let seen;
    await this.until(`${describe(query)} value`, async () => {
      const [el] = await this.all(query);
      if (!el) return false;
      seen = await this.driver.executeScript('return arguments[0].value;', el);
      return seen === value;
    }).catch(() => {
      throw new AssertionFailed(`${describe(query)} should hold "${value}", holds "${seen}"`);
    });
  }

  // ---- acting ----

  /** Brings an element to the middle of the screen (clear of the fixed header and navigation). */
  async centre(el) {
    await this.driver.executeScript('arguments[0].scrollIntoView({ block: "center", inline: "nearest" });', el);
  }

  async click(query) {
    const el = await this.find(query);
    await this.centre(el);
    try {
      await el.click();
    } catch (e) {
      if (e instanceof wdError.ElementClickInterceptedError || e instanceof wdError.ElementNotInteractableError) {
        // Let anything still settling (a details box opening, a part arriving) finish, then once more.
        await sleep(300);
        const again = await this.find(query);
        await this.centre(again);
        await again.click();
      } else {
        throw e;
      }
    }
  }

  /** Types into a text field, replacing what was there. */
  async type(query, text) {
    const el = await this.find(query);
    await this.centre(el);
    await el.clear();
    await el.sendKeys(text);
    const value = await this.driver.executeScript('return arguments[0].value;', el);
    check(value === text, `${describe(query)} should hold what was typed ("${text}"), holds "${value}"`);
  }

  /**
   * Sets a date field ("YYYY-MM-DD"). Typing into <input type=date> differs per engine and locale, so
   * the value is set as a date picker would, with the input and change events the app listens to.
   */
  async setDate(query, iso) {
    const el = await this.find(query);
    await this.driver.executeScript(`
      const el = arguments[0];
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      setter.call(el, arguments[1]);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));`, el, iso);
    await this.expectValue(query, iso);
  }

  /** Chooses an option of a <select> by its visible text, by clicking the option as a user would. */
  async choose(query, optionText) {
    const select = await this.find(query);
    await this.centre(select);
    const options = await select.findElements(By.css('option'));
    let option;
    for (const o of options) {
      if ((await this.driver.executeScript('return arguments[0].textContent.replace(/\\s+/g, " ").trim();', o)) === optionText) {
        option = o;
        break;
      }
    }
    check(option, `${describe(query)} has no option "${optionText}"`);
    await option.click();
    const chosen = await this.driver.executeScript('const s = arguments[0]; return s.options[s.selectedIndex] && s.options[s.selectedIndex].textContent.trim();', select);
    check(chosen === optionText, `${describe(query)}: clicking the option "${optionText}" left "${chosen}" chosen`);
  }

  /** Hands a file on disk to an <input type=file>, as the file picker would. */
  async upload(query, absolutePath) {
    const el = await this.find({ ...query, hidden: true });
    await el.sendKeys(absolutePath);
  }

  // ---- navigation ----

  /** Opens the app at a screen ('#/backup'), puts the error hooks in and waits until it has drawn. */
  async open(hash = '') {
    await this.driver.get(`${this.base}${hash}`);
    await this.hook();
    await this.ready();
  }

  async reload() {
    await this.driver.navigate().refresh();
    await this.hook();
    await this.ready();
  }

  async hook() {
    await this.driver.executeScript(ERROR_HOOKS);
  }

  /**
   * The app has drawn: the first-run screen's Start button or the main navigation is on screen, and
   * the screen painted before the WebAssembly arrived (index.html's #painted) has given way to it.
   */
  async ready() {
    await this.until('the app to draw (Start or the main navigation)', async () => {
      const painted = await this.all({ css: '#painted', hidden: true });
      const start = await this.all({ button: 'Start' });
      const nav = await this.all({ css: 'nav[aria-label="Main"]' });
      return painted.length === 0 && (start.length > 0 || nav.length > 0);
    }, 20_000);
  }

  async navTo(label) {
    await this.click({ link: label, within: 'nav[aria-label="Main"]' });
    if (label === 'Today') {
      await this.expectText({ css: 'main h1' }, 'Today');
    } else {
      await this.until(`the ${label} screen`, async () => (await this.textOf({ css: 'main h1' })) === label);
    }
  }

  /** The app's line for what just happened. */
  async expectNotice(words) {
    let seen = [];
    await this.until(`the notice "${words}"`, async () => {
      seen = await this.driver.executeScript(
        'return Array.from(document.querySelectorAll("[role=status]")).map((e) => e.textContent.replace(/\\s+/g, " ").trim()).filter(Boolean);');
      return seen.some((t) => t.includes(words));
    }).catch(() => {
      throw new AssertionFailed(`the notice should say "${words}"; status lines say ${JSON.stringify(seen)}`);
    });
  }

  // ---- what the page knows ----

  async today() {
    return this.driver.executeScript(`
      const d = new Date();
      const two = (n) => String(n).padStart(2, '0');
      return d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate());`);
  }

  async stored(key = 'small-steps') {
    return this.driver.executeScript('return window.localStorage.getItem(arguments[0]);', key);
  }

  async storedDiary() {
    return readDiary(await this.stored());
  }

  async storedNicknames() {
    return nicknamesIn(await this.storedDiary());
  }

  async storedChild(nickname) {
    const diary = await this.storedDiary();
    const child = childIn(diary, nickname);
    check(child, `no child "${nickname}" in localStorage (children: ${nicknamesIn(diary).join(', ') || 'none'})`);
    return child;
  }

  /**
   * Fails with axe-core's findings (the rules Playwright uses, axe_rules.js) on the page as it is
   * now. axe is put into the page from node_modules, as @axe-core/playwright does in Chromium.
   */
  async expectNoAxeViolations(what) {
    const loaded = await this.driver.executeScript('return typeof window.axe === "object";');
    if (!loaded) {
      const source = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
      await this.driver.executeScript(source);
    }
    const outcome = await this.driver.executeAsyncScript(`
      const [tags, done] = arguments;
      window.axe.run(document, { runOnly: { type: 'tag', values: tags } })
        .then((r) => done({ passes: r.passes.length, violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
          nodes: v.nodes.map((n) => ({ target: n.target.map(String), failureSummary: n.failureSummary || '' })) })) }))
        .catch((e) => done({ error: String(e) }));`, TAGS);
    if (outcome.error) throw new AssertionFailed(`${what}: axe could not run: ${outcome.error}`);
    if (outcome.violations.length) throw new AssertionFailed(`${what}: axe found\n${describeAxe(outcome.violations)}`);
    // A run that checked nothing would pass as well: there must be rules it saw pass.
    if (!outcome.passes) throw new AssertionFailed(`${what}: axe checked nothing on the page`);
  }

  /** Fails when the page logged an error or the app showed its "stopped because of a fault" banner. */
  async checkHealthy() {
    const { errors, panic } = await this.driver.executeScript(`
      const banner = document.querySelector('[data-panic]');
      return { errors: window.__e2eErrors || [], panic: banner ? banner.textContent.replace(/\\s+/g, ' ').trim() : null };`);
    if (panic !== null) throw new AssertionFailed(`the app stopped with a panic: [data-panic] "${panic.slice(0, 60)}…"${errors.length ? `; errors: ${errors.join(' | ')}` : ''}`);
    if (errors.length) throw new AssertionFailed(`the page logged errors: ${errors.join(' | ')}`);
  }
}
