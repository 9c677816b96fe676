import { chromium } from 'playwright-core'
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--use-angle=swiftshader','--enable-unsafe-swiftshader','--ignore-gpu-blocklist','--disable-background-networking','--disable-component-update','--no-first-run'] })
const p = await b.newPage({ viewport: { width: 1280, height: 720 } })
await p.goto('http://127.0.0.1:4999/#/' + (process.argv[2] || 'restaurant'))
await p.waitForFunction(() => !!window.__TAEYANGHO__ && !document.querySelector('.loader, #boot'), null, { timeout: 90000 })
await p.waitForTimeout(500)
const out = await p.evaluate(async () => {
  const THREE_SRGB = 'srgb', LINEAR = 'srgb-linear'
  const t = window.__TAEYANGHO__; const scene = t.scene; const gl = t.gl
  const med = () => { const xs = []; for (let i = 0; i < 9; i++) xs.push(t.frameWork()); xs.sort((a,b)=>a-b); return +xs[4].toFixed(1) }
  const res = { all: med() }
  const mats = new Set(); scene.traverse(o => { if (o.isMesh) mats.add(o.material) })
  gl.outputColorSpace = LINEAR; mats.forEach(m => m.needsUpdate = true); t.frameWork(); res.linearOut = med(); gl.outputColorSpace = THREE_SRGB; mats.forEach(m => m.needsUpdate = true); t.frameWork()
  const meshes = []; scene.traverseVisible(o => { if (o.isMesh) meshes.push(o) })
  res.meshes = meshes.length
  // only the current carriage group
  const groups = scene.children.filter(c => c.type === 'Group' && c.visible)
  res.groups = groups.map(g => g.name)
  for (const g of groups) { g.visible = false; res['hide:' + g.name] = med(); g.visible = true }
  const outd = scene.children.filter(c => c.isMesh); outd.forEach(o => o.visible = false); res.noOutdoors = med(); outd.forEach(o => o.visible = true)
  const glass = meshes.filter(m => m.material.transparent); glass.forEach(m => m.visible = false); res.noGlass = med(); glass.forEach(m => m.visible = true)
  const white = new meshes[0].material.constructor({ color: 0xffffff }); scene.overrideMaterial = white; t.frameWork(); res.overrideBasic = med(); scene.overrideMaterial = null
  gl.setPixelRatio(0.5); res.halfRes = med(); gl.setPixelRatio(1)
  return res
})
console.log(JSON.stringify(out, null, 1))
await b.close()
