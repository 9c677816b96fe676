import { useCallback } from 'react'
import { keepOutBoxes } from '../hotspots/keepOut'
import type { ScreenBox } from '../hotspots/markerLayout'
import { frame } from '../state/frame'

const boxes = new Map<Element, ScreenBox>()

function measure(el: Element, box: ScreenBox): void {
  const r = el.getBoundingClientRect()
  box.left = r.left
  box.top = r.top
  box.right = r.right
  box.bottom = r.bottom
}

function publish(): void {
  keepOutBoxes.length = 0
  for (const box of boxes.values()) if (box.right > box.left && box.bottom > box.top) keepOutBoxes.push(box)
  frame.request()
}

const resized =
  typeof ResizeObserver === 'function'
    ? new ResizeObserver((entries) => {
        for (const e of entries) {
          const box = boxes.get(e.target)
          if (box) measure(e.target, box)
        }
        publish()
      })
    : null

if (typeof window !== 'undefined') {
  window.addEventListener('resize', () => {
    for (const [el, box] of boxes) measure(el, box)
    publish()
  })
}

/**
 * A ref for an overlay that lies over the scene: while it is mounted, hotspot markers
 * keep out from under it, so every marker in view can be clicked. Measured when it
 * changes size and when the window does, never per frame.
 */
export function useKeepOut<T extends Element>(): (el: T | null) => void {
  return useCallback((el: T | null) => {
    if (!el) return
    const box = { left: 0, top: 0, right: 0, bottom: 0 }
    boxes.set(el, box)
    // The observer reports each element once after the next layout; measuring here would
    // force that layout inside React's commit, the longest task at load.
    if (resized) resized.observe(el)
    else measure(el, box)
    publish()
    return () => {
      resized?.unobserve(el)
      boxes.delete(el)
      publish()
    }
  }, [])
}
