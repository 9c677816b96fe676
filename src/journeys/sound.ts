import { motion } from './motion'

/** Metres between rail joints: each joint is a pair of clacks as the bogies pass it. */
const JOINT = 25
const BOGIE_GAP = 17

/**
 * Rail sound, made on the spot with Web Audio (no sound files to ship or load): a low
 * rumble, and the clack of the wheels over each rail joint, timed by the ride's speed.
 */
export function startRailSound(): () => void {
  const Ctx = typeof window === 'undefined' ? undefined : window.AudioContext
  if (!Ctx) return () => undefined
  const ctx = new Ctx()
  const noise = ctx.createBuffer(1, ctx.sampleRate * 2, ctx.sampleRate)
  const data = noise.getChannelData(0)
  let brown = 0
  for (let i = 0; i < data.length; i++) {
    brown = (brown + 0.02 * (Math.random() * 2 - 1)) / 1.02
    data[i] = brown * 3.5
  }
  const master = ctx.createGain()
  master.gain.value = 0.5
  master.connect(ctx.destination)
  const rumble = ctx.createBufferSource()
  rumble.buffer = noise
  rumble.loop = true
  const low = ctx.createBiquadFilter()
  low.type = 'lowpass'
  low.frequency.value = 180
  const rumbleGain = ctx.createGain()
  rumbleGain.gain.value = 0.6
  rumble.connect(low).connect(rumbleGain).connect(master)
  rumble.start()

  const clack = (at: number) => {
    const src = ctx.createBufferSource()
    src.buffer = noise
    const band = ctx.createBiquadFilter()
    band.type = 'bandpass'
    band.frequency.value = 900
    band.Q.value = 1.5
    const g = ctx.createGain()
    g.gain.setValueAtTime(0.0001, at)
    g.gain.exponentialRampToValueAtTime(0.9, at + 0.005)
    g.gain.exponentialRampToValueAtTime(0.0001, at + 0.09)
    src.connect(band).connect(g).connect(master)
    src.start(at, Math.random(), 0.1)
  }
  // Schedules the clacks a little ahead of time, so a busy main thread does not stutter them.
  let next = ctx.currentTime + 0.2
  const timer = setInterval(() => {
    const speed = Math.max(motion.speed, 1)
    while (next < ctx.currentTime + 0.3) {
      clack(next)
      clack(next + BOGIE_GAP / speed / 8)
      next += JOINT / speed
    }
  }, 100)
  void ctx.resume().catch(() => undefined)
  return () => {
    clearInterval(timer)
    void ctx.close().catch(() => undefined)
  }
}
