import { chromium } from 'playwright-core'
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--use-angle=swiftshader','--enable-unsafe-swiftshader','--ignore-gpu-blocklist','--disable-background-networking','--disable-component-update','--no-first-run'] })
for (const [w,h] of [[1280,720]]) for (const id of ['office','meeting','restaurant','cars-1']) {
  const p = await b.newPage({ viewport: { width: w, height: h } })
  await p.goto('http://127.0.0.1:4999/#/' + id)
  await p.waitForFunction(() => !!window.__TAEYANGHO__ && !document.querySelector('.loader, #boot'), null, { timeout: 90000 })
  await p.waitForTimeout(500)
  const r = await p.evaluate(() => { const t = window.__TAEYANGHO__; const xs = []; for (let i = 0; i < 12; i++) xs.push(t.frameWork()); xs.sort((a,b)=>a-b); return xs[6] })
  console.log(w, h, id, r.toFixed(1), 'ms frame work')
  await p.close()
}
await b.close()
