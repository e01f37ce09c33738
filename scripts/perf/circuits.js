// Holds Blazor Server circuits open with headless Chromium and reports the server's RSS at each step.
// One browser context per session (own cookies, own tab, own circuit), every tab kept open until the end.
//   node circuits.js <portal|stock> <base url> <server pid> [steps, default 0,10,50] [settle seconds, default 15]
// Prints one line per step: "<app> <sessions> <rss kB> <heap kB> <committed kB> <rss after GC kB>". The RSS is the
// median of 5 samples taken 1 s apart after the settle time (the circuits are idle by then; the portal's dashboard
// polls its change stamp every 3 s); the last three come from the GC probe (see afterForcedGc), "-" without it.
const { chromium } = require('playwright-core');
const fs = require('fs');

const [app, baseUrl, pid, stepsArg = '0,10,50', settleArg = '15'] = process.argv.slice(2);
// PORTAL_PATH: another portal page to compare (default the campaign dashboard).
const portalPath = process.env.PORTAL_PATH || '/dashboard/1';
const steps = stepsArg.split(',').map(Number);
const settleMs = Number(settleArg) * 1000;
const sleep = ms => new Promise(r => setTimeout(r, ms));
const rssKb = () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);

async function rssAfterSettle() {
  await sleep(settleMs);
  const samples = [];
  for (let i = 0; i < 5; i++) { samples.push(rssKb()); await sleep(1000); }
  return samples.sort((a, b) => a - b)[2];
}

// With PERF_GC_PROBE_DIR (scripts/perf/gc-probe loaded as a startup hook): force full GCs in the server and return
// "<managed heap kB> <GC committed kB> <RSS kB after the GC>"; otherwise "- - -".
async function afterForcedGc() {
  const dir = process.env.PERF_GC_PROBE_DIR;
  if (!dir) return '- - -';
  const response = `${dir}/${pid}.response`;
  fs.rmSync(response, { force: true });
  fs.writeFileSync(`${dir}/${pid}.request`, '');
  for (let i = 0; !fs.existsSync(response); i++) { if (i > 600) throw new Error('gc probe timeout'); await sleep(100); }
  const [heap, committed] = fs.readFileSync(response, 'utf8').trim().split(' ').map(Number);
  await sleep(2000);
  return `${Math.round(heap / 1024)} ${Math.round(committed / 1024)} ${rssKb()}`;
}

(async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
      // Background tabs must keep their WebSocket and timers as a visible tab would.
      '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows',
      // 50 tabs need not be 50 renderer processes on a 2-core machine shared with others.
      '--renderer-process-limit=6'],
  });

  // The portal: sign in once (the sign-in POST is rate-limited per address) and give every context that cookie.
  let storageState;
  if (app === 'portal') {
    const context = await browser.newContext({ baseURL: baseUrl });
    const page = await context.newPage();
    await page.goto('/Account/Login');
    await page.getByLabel('Email').fill('chinhtri@z121.demo');
    await page.getByLabel('Mật khẩu').fill('Demo@2021');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(baseUrl + '/');
    storageState = await context.storageState();
    await context.close();
  }

  // Opens one session and waits until its circuit is live and the page fully rendered.
  async function openSession() {
    const context = await browser.newContext({ baseURL: baseUrl, storageState });
    const page = await context.newPage();
    if (app === 'portal') {
      await page.goto(portalPath);
      await page.locator('[data-interactive=true]').waitFor();
      if (portalPath === '/dashboard/1') await page.locator('a[href="/dashboard/1/print"]').waitFor();   // figures rendered
    } else {
      await page.goto('/counter');
      // The template has no interactivity marker: click until the circuit answers.
      for (let i = 0; ; i++) {
        await page.getByRole('button', { name: 'Click me' }).click();
        try { await page.getByText('Current count: ', { exact: false }).filter({ hasNotText: 'count: 0' }).waitFor({ timeout: 500 }); break; }
        catch (e) { if (i > 60) throw e; }
      }
    }
    return context;
  }

  const open = [];
  for (const n of steps) {
    while (open.length < n) open.push(await openSession());
    const rss = await rssAfterSettle();
    console.log(`${app} ${n} ${rss} ${await afterForcedGc()}`);
  }
  // HOLD_SECONDS: keep the sessions open a while longer (to inspect the server's heap, say).
  if (process.env.HOLD_SECONDS) await sleep(Number(process.env.HOLD_SECONDS) * 1000);
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
