import { type Camera, Plane, Raycaster, Vector2, Vector3 } from 'three'
import { VISITOR } from '../train/dimensions'
import { intentFromKeys, isMovementKey } from './keys'
import { intent, pose, walkTarget } from './visitor'
import { clampPitch } from './walking'
import { type World, nearestFree } from './world'

const LOOK_SPEED = 0.0042
const CLICK_SLOP_PX = 6
const CLICK_MS = 450

const _ray = new Raycaster()
const _ndc = new Vector2()
const _hit = new Vector3()
const FLOOR = new Plane(new Vector3(0, 1, 0), 0)

/**
 * What the input asks of the rest of the app, passed in by the rig so that the player
 * knows nothing of panels or tours.
 */
export interface InputHooks {
  /** Something changed: draw frames again. */
  wake: () => void
  /** The visitor is reading (a panel, a notice): keys and clicks do not walk. */
  reading: () => boolean
  /** The visitor starts walking by hand (a key, a click on the floor): a tour gives way. */
  onManualMove: () => void
  /** The height of the floor the visitor stands on (the platform is lower than the carriages'). */
  floorHeight: () => number
}

/** Whether keys should walk: not while typing or in a dialog. */
function keysWanted(e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey) return false
  const t = e.target as HTMLElement | null
  if (!t || typeof t.closest !== 'function') return true
  return !t.closest('input, textarea, select, [contenteditable="true"], [role="dialog"]')
}

/**
 * Keyboard, mouse and touch for walking and looking, written straight into the
 * per-frame state. Returns a function that removes every listener.
 */
export function attachInput(
  canvas: HTMLCanvasElement,
  getCamera: () => Camera,
  world: World,
  { wake, reading, onManualMove, floorHeight }: InputHooks,
): () => void {
  const held = new Set<string>()
  const update = () => {
    intentFromKeys(held, intent)
    wake()
  }
  const onKeyDown = (e: KeyboardEvent) => {
    if (!isMovementKey(e.code) || reading() || !keysWanted(e)) return
    if (e.code.startsWith('Arrow')) e.preventDefault()
    held.add(e.code)
    onManualMove()
    update()
  }
  const onKeyUp = (e: KeyboardEvent) => {
    if (held.delete(e.code)) update()
  }
  const releaseAll = () => {
    held.clear()
    update()
  }

  let down: { x: number; y: number; lastX: number; lastY: number; t: number; id: number } | null = null
  const look = (dx: number, dy: number) => {
    pose.yaw -= dx * LOOK_SPEED
    pose.pitch = clampPitch(pose.pitch - dy * LOOK_SPEED)
    wake()
  }
  const onPointerDown = (e: PointerEvent) => {
    if (e.button !== 0 || down) return
    down = { x: e.clientX, y: e.clientY, lastX: e.clientX, lastY: e.clientY, t: performance.now(), id: e.pointerId }
    canvas.setPointerCapture?.(e.pointerId)
  }
  const onPointerMove = (e: PointerEvent) => {
    if (document.pointerLockElement === canvas) return look(e.movementX, e.movementY)
    if (!down || e.pointerId !== down.id) return
    // Deltas from client positions: movementX is unreliable for touch pointers.
    look(e.clientX - down.lastX, e.clientY - down.lastY)
    down.lastX = e.clientX
    down.lastY = e.clientY
  }
  const onPointerUp = (e: PointerEvent) => {
    if (!down || e.pointerId !== down.id) return
    const click =
      Math.hypot(e.clientX - down.x, e.clientY - down.y) < CLICK_SLOP_PX && performance.now() - down.t < CLICK_MS
    down = null
    if (click && document.pointerLockElement !== canvas && !reading()) walkToPointer(e)
  }
  const walkToPointer = (e: PointerEvent) => {
    const r = canvas.getBoundingClientRect()
    _ndc.set(((e.clientX - r.left) / r.width) * 2 - 1, -((e.clientY - r.top) / r.height) * 2 + 1)
    _ray.setFromCamera(_ndc, getCamera())
    FLOOR.constant = -floorHeight()
    if (!_ray.ray.intersectPlane(FLOOR, _hit)) return
    const spot = nearestFree(world, _hit.x, _hit.z, VISITOR.radius)
    if (!spot) return
    onManualMove()
    walkTarget.active = true
    walkTarget.x = spot.x
    walkTarget.z = spot.z
    walkTarget.stuckFor = 0
    walkTarget.speed = undefined
    wake()
  }
  const onCancel = () => {
    down = null
  }

  // One signal removes every listener, so none can be forgotten on unmount.
  const listening = new AbortController()
  const opts = { signal: listening.signal }
  window.addEventListener('keydown', onKeyDown, opts)
  window.addEventListener('keyup', onKeyUp, opts)
  window.addEventListener('blur', releaseAll, opts)
  canvas.addEventListener('pointerdown', onPointerDown, opts)
  canvas.addEventListener('pointermove', onPointerMove, opts)
  canvas.addEventListener('pointerup', onPointerUp, opts)
  canvas.addEventListener('pointercancel', onCancel, opts)
  return () => {
    listening.abort()
    releaseAll()
  }
}
