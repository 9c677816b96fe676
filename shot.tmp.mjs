import { chromium } from 'playwright-core'
const ids = process.argv.slice(2)
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--use-angle=swiftshader','--enable-unsafe-swiftshader','--ignore-gpu-blocklist','--disable-background-networking','--disable-component-update','--no-first-run'] })
for (const id of ids) {
  const p = await b.newPage({ viewport: { width: 1280, height: 720 } })
  p.on('console', m => { if (m.type()==='error' || m.type()==='warning') console.log(id, m.type(), m.text()) })
  p.on('pageerror', e => console.log(id, 'pageerror', String(e)))
  const t0 = Date.now()
  await p.goto('http://127.0.0.1:4999/#/' + id)
  await p.waitForFunction(() => !!window.__TAEYANGHO__ && !document.querySelector('.loader, #boot'), null, { timeout: 90000 })
  await p.waitForTimeout(1500)
  const info = await p.evaluate(() => window.__TAEYANGHO__.info())
  console.log(id, Date.now()-t0, 'ms', JSON.stringify(info))
  await p.screenshot({ path: `artifacts/${id}.png` })
  await p.close()
}
await b.close()
