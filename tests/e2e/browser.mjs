// Headless Debian Chromium driven by playwright-core (from resources/web's devDependencies), for pytest
// (tests/e2e/test_workshop_browser.py). Never downloads a browser: it launches /usr/bin/chromium.
//
//     node browser.mjs WEB_DIR [CHROMIUM]
//
// One JSON command per line on stdin, one JSON answer per line on stdout ({"ok": true, "value": ...} or
// {"ok": false, "error": "..."}). Commands: goto {url}, fill {selector, value}, select {selector, value},
// click {selector}, type {selector, text} (real key presses into a focused element), wait {selector,
// state?, timeout?}, wait_text {selector, text, timeout?}, text {selector}, count {selector},
// eval {expression} (run in the page), press {key}, offline {value}, wait_true {expression, timeout?} (until it is truthy in the page), viewport {width, height}, screenshot {path}, console (the page's
// console lines since the last call), quit.
import { createRequire } from 'node:module'
import { createInterface } from 'node:readline'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const [webDir, executable = '/usr/bin/chromium'] = process.argv.slice(2)
const require = createRequire(join(resolve(webDir), 'package.json'))
const { chromium } = require('playwright-core')

const profile = await mkdtemp(join(tmpdir(), 'socieux-chromium-'))
const context = await chromium.launchPersistentContext(profile, {
  executablePath: executable,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  locale: process.env.BROWSER_LOCALE || 'en-GB',
  viewport: { width: 1000, height: 800 },
})
let page = context.pages()[0] || await context.newPage()
const consoleLines = []
const listen = (opened) => {
  opened.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`))
  opened.on('pageerror', (error) => consoleLines.push(`pageerror: ${error.message}`))
}
listen(page)

const commands = {
  goto: ({ url }) => page.goto(url).then(() => null),
  fill: ({ selector, value }) => page.fill(selector, value),
  select: ({ selector, value }) => page.selectOption(selector, value).then(() => null),
  click: ({ selector }) => page.click(selector),
  type: async ({ selector, text }) => { await page.click(selector); await page.keyboard.type(text) },
  wait: ({ selector, state = 'visible', timeout = 20000 }) =>
    page.waitForSelector(selector, { state, timeout }).then(() => null),
  wait_text: ({ selector, text, timeout = 20000 }) => page.waitForFunction(
    ([s, t]) => { const e = document.querySelector(s); return e && e.textContent.includes(t) },
    [selector, text], { timeout }).then(() => null),
  text: ({ selector }) => page.textContent(selector),
  count: ({ selector }) => page.locator(selector).count(),
  eval: ({ expression }) => page.evaluate(expression),
  screenshot: ({ path }) => page.screenshot({ path, fullPage: true }).then(() => null),
  viewport: ({ width, height }) => page.setViewportSize({ width, height }).then(() => null),
  console: () => consoleLines.splice(0),
  // polled from here: the host's Content-Security-Policy forbids the eval that waitForFunction(string) does
  wait_true: async ({ expression, timeout = 20000 }) => {
    const deadline = Date.now() + timeout
    while (!(await page.evaluate(expression))) {
      if (Date.now() > deadline) throw new Error(`not true within ${timeout} ms: ${expression}`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  },
  press: ({ key }) => page.keyboard.press(key),
  // the network as a phone off the Wi-Fi sees it (playwright's emulation: requests fail, 'offline' fires)
  offline: ({ value }) => context.setOffline(Boolean(value)),
  // close the tab and open another in the same profile (its localStorage kept)
  reopen_tab: async () => { const old = page; page = await context.newPage(); listen(page); await old.close() },
}

const answer = (value) => process.stdout.write(JSON.stringify(value) + '\n')
answer({ ok: true, value: 'ready' })
for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue
  const command = JSON.parse(line)
  if (command.cmd === 'quit') break
  try {
    const run = commands[command.cmd]
    if (!run) throw new Error(`unknown command ${command.cmd}`)
    answer({ ok: true, value: (await run(command)) ?? null })
  } catch (error) {
    answer({ ok: false, error: String(error && error.message ? error.message : error) })
  }
}
await context.close()
await rm(profile, { recursive: true, force: true })
process.exit(0)
