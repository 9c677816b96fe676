import type { MoveIntent } from './walking'

/** Which movement each key drives; `code` values, so layouts other than QWERTY work by position. */
const AXES: Record<string, ['forward' | 'strafe' | 'turn', 1 | -1]> = {
  KeyW: ['forward', 1],
  ArrowUp: ['forward', 1],
  KeyS: ['forward', -1],
  ArrowDown: ['forward', -1],
  KeyA: ['strafe', -1],
  KeyD: ['strafe', 1],
  ArrowLeft: ['turn', -1],
  ArrowRight: ['turn', 1],
}

export function isMovementKey(code: string): boolean {
  return code in AXES || code === 'ShiftLeft' || code === 'ShiftRight'
}

/** Recomputes the intent from the set of keys held down. */
export function intentFromKeys(held: ReadonlySet<string>, into: MoveIntent): void {
  into.forward = 0
  into.strafe = 0
  into.turn = 0
  for (const code of held) {
    const axis = AXES[code]
    if (axis) into[axis[0]] += axis[1]
  }
  into.forward = Math.sign(into.forward)
  into.strafe = Math.sign(into.strafe)
  into.turn = Math.sign(into.turn)
  into.run = held.has('ShiftLeft') || held.has('ShiftRight')
}
