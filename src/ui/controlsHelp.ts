/** The controls, as shown in the help panel (the README has the same table). */
export const CONTROLS: readonly [string, string][] = [
  ['W / ↑', 'Walk forward'],
  ['S / ↓', 'Walk back'],
  ['A / D', 'Step left / right'],
  ['← / →', 'Turn left / right'],
  ['Shift', 'Hold to run'],
  ['Drag', 'Look around (mouse or touch)'],
  ['Click the floor', 'Walk there'],
  ['Mouse look', 'Lock the pointer to look by moving the mouse; Esc releases it'],
  ['Carriage list', 'Jump to any carriage'],
]
