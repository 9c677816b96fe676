/**
 * The order of the useFrame callbacks, lowest first, in one place. In R3F 9 a positive
 * priority takes rendering over from R3F (RenderLoop does, and draws through
 * renderTrain); everything that prepares the frame therefore runs at a negative
 * priority, before it: the rig moves the camera first, then the markers are placed
 * where that camera sees their hotspots, then the frame is drawn from the same camera.
 * Unnamed priority 0 (drei's PerformanceMonitor) runs between the markers and the draw.
 */
export const FRAME_ORDER = {
  /** RideMotion: moves the countryside of a ride, before the rig adds the sway. */
  ride: -3,
  /** PlayerRig: steps the walk and the look, moves the camera, reports the carriage. */
  rig: -2,
  /** MarkerTracker: puts the DOM markers over their hotspots, seen from the moved camera. */
  markers: -1,
  /** RenderLoop: draws the frame (positive: R3F leaves the drawing to it). */
  render: 1,
} as const
