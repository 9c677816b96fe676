/**
 * Who is at the kiosk: someone (active), maybe nobody (the "Are you still there?"
 * countdown), or nobody (the attract loop). Pure: the controller passes the clock.
 */
export type IdlePhase = 'active' | 'countdown' | 'attract'
export type IdleEvent = 'countdown' | 'reset' | 'wake' | 'resume'

export interface IdleConfig {
  idleMs: number
  countdownMs: number
}

export interface IdleState {
  phase: IdlePhase
  lastActivity: number
  /** While a visitor's own guided tour runs, nobody is idle. */
  held: boolean
}

export const idleStart = (now: number): IdleState => ({ phase: 'active', lastActivity: now, held: false })

/** Someone touched, clicked or pressed a key. */
export function idleActivity(s: IdleState, now: number): { state: IdleState; event?: IdleEvent } {
  const state: IdleState = { ...s, phase: 'active', lastActivity: now }
  if (s.phase === 'attract') return { state, event: 'wake' }
  if (s.phase === 'countdown') return { state, event: 'resume' }
  return { state }
}

/** Time passes; says when the countdown starts and when to reset. */
export function idleStep(s: IdleState, now: number, cfg: IdleConfig): { state: IdleState; event?: IdleEvent } {
  if (s.held) return { state: s.phase === 'active' ? { ...s, lastActivity: now } : s }
  const quiet = now - s.lastActivity
  if (s.phase === 'active' && quiet >= cfg.idleMs) return { state: { ...s, phase: 'countdown' }, event: 'countdown' }
  if (s.phase === 'countdown' && quiet >= cfg.idleMs + cfg.countdownMs)
    return { state: { ...s, phase: 'attract' }, event: 'reset' }
  return { state: s }
}

/** Seconds left on the countdown, for the overlay. */
export function countdownLeft(s: IdleState, now: number, cfg: IdleConfig): number {
  return Math.max(0, Math.ceil((s.lastActivity + cfg.idleMs + cfg.countdownMs - now) / 1000))
}

export const idleHold = (s: IdleState, held: boolean, now: number): IdleState => ({ ...s, held, lastActivity: now })
