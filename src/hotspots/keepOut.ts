import type { ScreenBox } from './markerLayout'

/**
 * The page's overlays that lie over the 3D view (HUD, room list, panels, tour bar,
 * thumb stick), as boxes on the screen: markers are kept out from under them. The UI
 * keeps the boxes current (see ui/useKeepOut); the scene only reads them.
 */
export const keepOutBoxes: ScreenBox[] = []
