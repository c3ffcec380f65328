import { chromium } from 'playwright-core';
const base = 'http://localhost:3111';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
await page.goto(base + '/login');
await page.fill('#login', 'sec');
await page.fill('#password', 'correct horse battery staple');
await page.click('main button[type=submit]');
for (const [name, path] of process.argv.slice(2).map((a) => a.split('='))) {
  await page.goto(base + path);
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });
  console.log(name, await page.title());
}
await browser.close();
