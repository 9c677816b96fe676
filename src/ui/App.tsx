import { Suspense, lazy, useEffect, useMemo } from 'react'
import { startHashSync } from '../state/hashSync'
import { useLoading } from '../state/loading'
import { startLanguageSync } from '../state/settings'
import { ErrorBoundary } from './ErrorBoundary'
import { HotspotMarkers } from './HotspotMarkers'
import { AboutPanel, HotspotPanel } from './HotspotPanel'
import { Hud } from './Hud'
import { Loader } from './Loader'
import { Failed, NoWebGL } from './Notice'
import { hasWebGL } from './webgl'

const Experience = lazy(() => import('../scene/Experience'))

function Failure() {
  useEffect(() => useLoading.getState().advance('failed', 0, ''), [])
  return <Failed />
}

export function App() {
  const webgl = useMemo(hasWebGL, [])
  useEffect(() => startLanguageSync(), [])
  useEffect(() => startHashSync(), [])
  useEffect(() => {
    if (!webgl) useLoading.getState().advance('failed', 0, '')
  }, [webgl])
  if (!webgl) return <NoWebGL />
  return (
    <>
      <main className="scene">
        <ErrorBoundary fallback={() => <Failure />}>
          <Suspense fallback={null}>
            <Experience />
          </Suspense>
        </ErrorBoundary>
        <HotspotMarkers />
      </main>
      <Hud />
      <HotspotPanel />
      <AboutPanel />
      <Loader />
    </>
  )
}
