import { Suspense, lazy, useEffect, useMemo } from 'react'
import { startHashSync } from '../state/hashSync'
import { useLoading } from '../state/loading'
import { ErrorBoundary } from './ErrorBoundary'
import { Hud } from './Hud'
import { Loader } from './Loader'
import { NoWebGL, Notice } from './Notice'
import { hasWebGL } from './webgl'

const Experience = lazy(() => import('../scene/Experience'))

function Failed() {
  useEffect(() => useLoading.getState().advance('failed', 0, 'Failed'), [])
  return (
    <Notice title="The train could not be shown">
      <p>Something went wrong while starting the 3D view. Reloading the page usually helps.</p>
      <button type="button" onClick={() => window.location.reload()}>
        Reload
      </button>
    </Notice>
  )
}

export function App() {
  const webgl = useMemo(hasWebGL, [])
  useEffect(() => startHashSync(), [])
  useEffect(() => {
    if (!webgl) useLoading.getState().advance('failed', 0, 'No WebGL')
  }, [webgl])
  if (!webgl) return <NoWebGL />
  return (
    <>
      <main className="scene">
        <ErrorBoundary fallback={() => <Failed />}>
          <Suspense fallback={null}>
            <Experience />
          </Suspense>
        </ErrorBoundary>
      </main>
      <Hud />
      <Loader />
    </>
  )
}
