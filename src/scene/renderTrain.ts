import {
  type Box3,
  type Camera,
  type Object3D,
  PerspectiveCamera,
  type Scene,
  Vector2,
  type WebGLRenderer,
} from 'three'
import type { BuiltRoom, BuiltTrain } from '../places/train'
import type { WallOpening } from '../train/types'
import { outerHalfWidth } from '../exterior/exterior'
import { useNavigation } from '../navigation/store'
import { PLATFORM } from '../places'
import { PLATFORM_PLAN } from '../exterior/platform'
import {
  INTERIOR_MASK,
  type PortalView,
  type ScreenRect,
  intersect,
  openingBox,
  openingView,
  portalProjection,
  portalView,
  unite,
} from './portals'

/** The carriages' groups by train index, registered by Train. */
export const carriageGroups: (Object3D | null)[] = []
/**
 * The countryside, registered by Outdoors: drawn last, after every room that hides it;
 * and the platform within it, drawn first through each window on its side alone (see
 * renderTrain).
 */
/**
 * The countryside and the platform, registered by Outdoors. While the train rides a
 * journey (`riding`) the platform is left behind: only the countryside is drawn.
 */
export const scenery: {
  group: Object3D | null
  platform: Object3D | null
  /** The countryside's stretches, each moved whole along the line by a ride (RideMotion). */
  stretches: (Object3D | null)[]
  riding: boolean
} = { group: null, platform: null, stretches: [], riding: false }
/**
 * The carriages seen from outside, registered by Exterior: drawn at the platform only;
 * and per room the dark fill of its side door, drawn where its interior is not.
 */
export const exterior: { group: Object3D | null; doorFills: (Object3D | null)[] } = { group: null, doorFills: [] }

/** The train drawn, and per room what portalView and openingView need, made once. */
let rooms: readonly BuiltRoom[] = []
let windows: Box3[][] = []
/** Per room, per window: its rectangle on the screen this frame, and whether it looks onto the platform. */
let panes: ScreenRect[][] = []
let platformSide: boolean[][] = []
/** The rectangles the platform is drawn through this frame, the first `through` of them (addPlatformRect). */
const platformRects: ScreenRect[] = Array.from({ length: 24 }, () => ({ x: 0, y: 0, w: 0, h: 0 }))
let through = 0
/** Per room: its side door from outside, and its rectangle this frame. */
let doorsOutside: Box3[] = []
let doorRects: ScreenRect[] = []
/** The rooms drawn through their side doors this frame, from the platform (at most INTO_DOORS). */
const into: number[] = []
let intoCount = 0
/** How many rooms the platform shows through their doors at once, and how near they must be. */
const INTO_DOORS = 2
const INTO_REACH = 10
let rects: ScreenRect[] = []
let views: PortalView[] = []
/** Per neighbour: how its interior shows, through its own doorway within ours. */
let inner: ScreenRect[] = []
let innerViews: PortalView[] = []
const byId = new Map<string, number>()

/** Called by Train when it mounts the rooms: the renderer draws this train from then on. */
export function setRenderedTrain(t: BuiltTrain): void {
  rooms = t.rooms
  // The side door is one more opening onto the outside, on the platform's side.
  const openings = t.rooms.map((r) => [...r.windows, sideDoorOpening(r, r.manifest.shell.halfWidth)])
  windows = openings.map((o) => o.map(openingBox))
  panes = openings.map((o) => o.map(() => ({ x: 0, y: 0, w: 0, h: 0 })))
  platformSide = openings.map((o) => o.map((w) => w.z * PLATFORM_PLAN.side > 0))
  doorsOutside = t.rooms.map((r) => openingBox(sideDoorOpening(r, outerHalfWidth(r.manifest.shell))))
  doorRects = t.rooms.map(() => ({ x: 0, y: 0, w: 0, h: 0 }))
  rects = t.rooms.map(() => ({ x: 0, y: 0, w: 0, h: 0 }))
  views = t.rooms.map(() => 'hidden')
  inner = t.rooms.map(() => ({ x: 0, y: 0, w: 0, h: 0 }))
  innerViews = t.rooms.map(() => 'hidden')
  byId.clear()
  t.rooms.forEach((r, i) => byId.set(r.manifest.id, i))
}

/**
 * Adds a window's rectangle to those the platform is drawn through: into the last one
 * when their union is hardly larger than the two (the far windows down a carriage lie
 * close together on the screen), so each pass, which has a cost of its own, covers
 * several of them.
 */
function addPlatformRect(r: ScreenRect): void {
  const last = through > 0 ? platformRects[through - 1]! : null
  if (last) {
    const x0 = Math.min(last.x, r.x)
    const y0 = Math.min(last.y, r.y)
    const x1 = Math.max(last.x + last.w, r.x + r.w)
    const y1 = Math.max(last.y + last.h, r.y + r.h)
    if (through >= platformRects.length || (x1 - x0) * (y1 - y0) <= 1.4 * (last.w * last.h + r.w * r.h)) {
      last.x = x0
      last.y = y0
      last.w = x1 - x0
      last.h = y1 - y0
      return
    }
  }
  const next = platformRects[through++]!
  next.x = r.x
  next.y = r.y
  next.w = r.w
  next.h = r.h
}

/** A room's side door as an opening in the plane z = side * `halfWidth` (its inner face, or the body's outer one). */
const sideDoorOpening = (r: BuiltRoom, halfWidth: number): WallOpening => ({
  x0: r.sideDoor.x0,
  x1: r.sideDoor.x1,
  y0: 0,
  y1: r.sideDoor.height,
  z: r.sideDoor.side * halfWidth,
})

/**
 * From the platform: the rooms whose side door is in view and near, nearest first, at
 * most INTO_DOORS of them (into `into`). Their interiors are drawn through the door;
 * every other door shows its dark fill.
 */
function roomsThroughDoors(camera: Camera, width: number, height: number): void {
  const cx = camera.matrixWorld.elements[12]!
  let seen = 0
  for (let i = 0; i < doorsOutside.length; i++) {
    const fill = exterior.doorFills[i]
    if (fill) fill.visible = true
    if (Math.abs(doorX(i) - cx) >= INTO_REACH) continue
    if (openingView(camera, doorsOutside[i]!, width, height, doorRects[i]!) !== 'clipped') continue
    // Kept in order of distance (a handful at most: the doors within reach).
    let k = seen++
    while (k > 0 && Math.abs(doorX(into[k - 1]!) - cx) > Math.abs(doorX(i) - cx)) {
      into[k] = into[k - 1]!
      k--
    }
    into[k] = i
  }
  intoCount = Math.min(INTO_DOORS, seen)
  for (let k = 0; k < intoCount; k++) {
    const fill = exterior.doorFills[into[k]!]
    if (fill) fill.visible = false
  }
}

const doorX = (i: number) => (doorsOutside[i]!.min.x + doorsOutside[i]!.max.x) / 2

const NO_WINDOWS: Box3[] = []
const size = new Vector2()
const portalCamera = new PerspectiveCamera()
// Its matrices are set from the real camera each pass, never recomputed by three.
portalCamera.matrixWorldAutoUpdate = false
const sky: ScreenRect = { x: 0, y: 0, w: 0, h: 0 }
const device: ScreenRect = { x: 0, y: 0, w: 0, h: 0 }

/**
 * Draws `object` through `rect` only (see portalProjection), into what is already drawn;
 * of its meshes only those on the layers of `mask`.
 */
function renderThrough(gl: WebGLRenderer, object: Object3D, camera: Camera, rect: ScreenRect, mask: number): void {
  // In device pixels, rounded as three rounds the viewport, so the narrowed projection
  // matches the viewport exactly at any pixel ratio (no half-pixel seam at the doorway).
  const pr = gl.getPixelRatio()
  device.x = Math.round(rect.x * pr)
  device.y = Math.round(rect.y * pr)
  device.w = Math.round(rect.w * pr)
  device.h = Math.round(rect.h * pr)
  // Only what drawing reads; Object3D.copy would also clone userData and animations on
  // every pass, and turn matrixWorldAutoUpdate back on.
  portalCamera.matrixWorld.copy(camera.matrixWorld)
  portalCamera.matrixWorldInverse.copy(camera.matrixWorldInverse)
  portalCamera.layers.mask = mask
  portalProjection(
    (camera as PerspectiveCamera).projectionMatrix,
    device,
    Math.round(size.x * pr),
    Math.round(size.y * pr),
    portalCamera.projectionMatrix,
  )
  portalCamera.projectionMatrixInverse.copy(portalCamera.projectionMatrix).invert()
  gl.setViewport(rect.x, rect.y, rect.w, rect.h)
  object.visible = true
  gl.render(object, portalCamera)
  gl.setViewport(0, 0, size.x, size.y)
}

/**
 * Draws one frame of the train, all passes into one depth buffer: first the current
 * carriage (and a neighbour the visitor stands in the doorway of); then each
 * neighbour whose doorway is in view, through that doorway only, and its interior
 * (LAYER.interior) through its own doorway beyond the gangway, narrower still; last the
 * countryside, through the windows and doorways in view only (see portals.ts), where
 * the rooms drawn before it hide most of it. Carriages further off are never drawn.
 * Used for every frame, by the render loop and by the test hooks alike, so what is
 * measured is what is shown. `portals: false` draws the same frame the plain way, for
 * the test that checks the two agree pixel for pixel.
 */
export function renderTrain(gl: WebGLRenderer, scene: Scene, camera: Camera, portals = true): void {
  // At the platform no room is drawn: the train from outside, the platform and the
  // countryside (of which the platform is part), whole.
  const placeId = useNavigation.getState().placeId
  const current = byId.get(placeId) ?? -1
  const atPlatform = placeId === PLATFORM
  if (exterior.group) exterior.group.visible = atPlatform
  gl.getSize(size)
  camera.updateMatrixWorld()
  let outside: PortalView = 'hidden'
  // Where the countryside shows, the platform may too. It is long and wide, and behind
  // our walls across most of the window band's rectangle, where a software GPU would
  // rasterise it only to fail the depth test (measured: 2.3 ms of a 14 ms frame). So it
  // is drawn through each window on its side, and through a neighbour's doorway.
  through = 0
  let platformWhole = false
  // Plain loops: this runs every frame and should allocate nothing.
  const own = windows[current] ?? NO_WINDOWS
  for (let i = 0; i < own.length; i++) {
    const pane = panes[current]![i]!
    const seen = openingView(camera, own[i]!, size.x, size.y, pane)
    outside = unite(outside, sky, seen, pane)
    if (seen === 'clipped' && platformSide[current]![i]) addPlatformRect(pane)
  }
  const room = rooms[current]
  for (let i = 0; i < carriageGroups.length; i++) {
    const group = carriageGroups[i]
    let view: PortalView = i === current ? 'full' : 'hidden'
    const door = !room ? null : i === current + 1 ? room.nextDoor : i === current - 1 ? room.prevDoor : null
    if (door) {
      const dir = i > current ? 1 : -1
      view = portalView(camera, door.x, door, dir, size.x, size.y, rects[i]!)
      // Without portals (for the test that compares the two): the neighbour in full.
      if (!portals && view === 'clipped') view = 'full'
      if (view === 'clipped') {
        // Past the gangway, its interior (and the countryside beyond) shows through its own doorway alone.
        const theirs = dir > 0 ? rooms[i]!.prevDoor : rooms[i]!.nextDoor
        let seen: PortalView = theirs ? portalView(camera, theirs.x, theirs, dir, size.x, size.y, inner[i]!) : 'hidden'
        if (seen === 'full') Object.assign(inner[i]!, rects[i]!)
        if (seen !== 'hidden') seen = intersect(inner[i]!, rects[i]!)
        innerViews[i] = seen
        outside = unite(outside, sky, seen, inner[i]!)
        if (seen === 'clipped') addPlatformRect(inner[i]!)
      } else {
        outside = unite(outside, sky, view, rects[i]!)
        if (view === 'full') platformWhole = true
      }
    }
    views[i] = view
    if (group) group.visible = view === 'full'
  }
  const outdoors = scenery.group
  if (outdoors) outdoors.visible = false
  // In the side door's passage, past the inner face of the wall: the platform is all around.
  const inSideDoor =
    !!room && camera.matrixWorld.elements[14]! * room.sideDoor.side > room.manifest.shell.halfWidth - 0.05
  if ((!portals && outside !== 'hidden') || atPlatform || inSideDoor) outside = 'full'
  intoCount = 0
  if (atPlatform) roomsThroughDoors(camera, size.x, size.y)

  gl.info.autoReset = false
  gl.info.reset()
  gl.render(scene, camera)
  const autoClear = gl.autoClear
  gl.autoClear = false
  for (let i = 0; i < carriageGroups.length; i++) {
    const group = carriageGroups[i]
    if (group && views[i] === 'clipped') {
      // Its interior first, as in the room itself: the shell behind the furniture then fails the depth test.
      if (innerViews[i] === 'clipped') renderThrough(gl, group, camera, inner[i]!, INTERIOR_MASK)
      renderThrough(gl, group, camera, rects[i]!, camera.layers.mask & ~INTERIOR_MASK)
      group.visible = false
    }
  }
  // From the platform, the rooms behind the nearest doors, through them: drawn after
  // the outside, whose dark door fills they replace, so what stands before a door hides it.
  for (let k = 0; k < intoCount; k++) {
    const group = carriageGroups[into[k]!]
    if (!group) continue
    renderThrough(gl, group, camera, doorRects[into[k]!]!, camera.layers.mask)
    group.visible = false
  }
  if (outdoors && outside !== 'hidden') {
    const station = scenery.riding ? null : scenery.platform
    if (scenery.riding && scenery.platform) scenery.platform.visible = false
    if (outside === 'full') {
      outdoors.visible = true
      if (station) station.visible = true
      gl.render(outdoors, camera)
    } else {
      // First, so the fields and hills behind the station building then fail the depth test.
      if (station) {
        if (platformWhole) renderThrough(gl, station, camera, sky, camera.layers.mask)
        else for (let k = 0; k < through; k++) renderThrough(gl, station, camera, platformRects[k]!, camera.layers.mask)
        station.visible = false
      }
      renderThrough(gl, outdoors, camera, sky, camera.layers.mask)
      if (station) station.visible = true
    }
  }
  gl.autoClear = autoClear
}
