import { describe, expect, it } from 'vitest'
import { intentFromKeys, isMovementKey } from '../../src/player/keys'
import type { MoveIntent } from '../../src/player/walking'

const fresh = (): MoveIntent => ({ forward: 0, strafe: 0, turn: 0, run: false })

describe('movement keys', () => {
  it('maps WASD, arrows and Shift', () => {
    const i = fresh()
    intentFromKeys(new Set(['KeyW', 'KeyD', 'ArrowLeft', 'ShiftLeft']), i)
    expect(i).toEqual({ forward: 1, strafe: 1, turn: -1, run: true })
    intentFromKeys(new Set(['ArrowDown', 'KeyA', 'ArrowRight']), i)
    expect(i).toEqual({ forward: -1, strafe: -1, turn: 1, run: false })
  })

  it('cancels opposite keys and does not double up', () => {
    const i = fresh()
    intentFromKeys(new Set(['KeyW', 'KeyS']), i)
    expect(i.forward).toBe(0)
    intentFromKeys(new Set(['KeyW', 'ArrowUp']), i)
    expect(i.forward).toBe(1)
  })

  it('knows which keys are its own', () => {
    expect(isMovementKey('KeyW')).toBe(true)
    expect(isMovementKey('ShiftRight')).toBe(true)
    expect(isMovementKey('Tab')).toBe(false)
    expect(isMovementKey('Enter')).toBe(false)
  })
})
