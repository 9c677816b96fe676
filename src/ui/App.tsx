import { Suspense, lazy, useEffect, useMemo } from 'react'
import { startKiosk } from '../kiosk/controller'
import { useKiosk } from '../kiosk/store'
import { startHashSync } from '../navigation/hashSync'
import { useNavigation } from '../navigation/store'
import { useLoading } from '../state/loading'
import { startLanguageSync, useT } from '../state/settings'
import { useStatus } from '../state/status'
import { startTourController } from '../tour/controller'
import { PLATFORM, prefetchRooms } from '../places'
import { ErrorBoundary } from './ErrorBoundary'
import { HotspotMarkers } from './HotspotMarkers'
import { AboutPanel, HotspotPanel } from './HotspotPanel'
import { Hud } from './Hud'
import { Joystick } from './Joystick'
import { KioskOverlay } from './KioskOverlay'
import { OperatorCorner, OperatorMenu } from './OperatorMenu'
import { TourBar } from './TourControls'
import { TrainMap } from './TrainMap'
import { JourneysPanel } from './JourneysPanel'
import { RideHud } from './RideHud'
import { startRideController } from '../journeys/controller'
import { LocomotiveSwitch } from './LocomotiveSwitch'
import { Loader } from './Loader'
import { Failed, NoWebGL } from './Notice'
import { hasWebGL } from './webgl'
import { PhonePanel } from './PhonePanel'

const Experience = lazy(() => {
  prefetchRooms()
  return import('../scene/Experience')
})

function Failure() {
  useEffect(() => useLoading.getState().advance('failed', 0, ''), [])
  return <Failed />
}

function ContextNotice() {
  const t = useT()
  const lost = useStatus((s) => s.contextLost)
  return lost ? (
    <p className="context-notice" role="status">
      {t('ui.contextLost')}
    </p>
  ) : null
}

export function App() {
  const noContext = useStatus((s) => s.noWebGL)
  const webgl = useMemo(hasWebGL, []) && !noContext
  useEffect(() => startLanguageSync(), [])
  useEffect(() => startHashSync(), [])
  useEffect(() => startTourController(() => useKiosk.getState().config), [])
  useEffect(() => startKiosk(), [])
  useEffect(
    () =>
      startRideController((then) =>
        useNavigation.subscribe(
          (s) => s.placeId,
          (p) => p === PLATFORM && then(),
        ),
      ),
    [],
  )
  const generation = useStatus((s) => s.generation)
  useEffect(() => {
    if (!webgl) useLoading.getState().advance('failed', 0, '')
  }, [webgl])
  if (!webgl) return <NoWebGL />
  return (
    <>
      {/* A long press on the scene is a look, never a browser menu. */}
      <main className="scene" onContextMenu={(e) => e.preventDefault()}>
        <ErrorBoundary fallback={() => <Failure />}>
          <Suspense fallback={null}>
            <Experience key={generation} />
          </Suspense>
        </ErrorBoundary>
        <HotspotMarkers />
      </main>
      <Hud />
      <Joystick />
      <TourBar />
      <HotspotPanel />
      <AboutPanel />
      <LocomotiveSwitch />
      <TrainMap />
      <JourneysPanel />
      <RideHud />
      <PhonePanel />
      <KioskOverlay />
      <ContextNotice />
      <OperatorCorner />
      <OperatorMenu />
      <Loader />
    </>
  )
}
