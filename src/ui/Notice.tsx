/** A full-screen message for when the train cannot be shown. */
export function Notice({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="notice" role="alert">
      <h1>{title}</h1>
      {children}
    </div>
  )
}

export function NoWebGL() {
  return (
    <Notice title="This browser cannot show the 3D train">
      <p>
        The walkthrough needs WebGL, which is switched off or not supported here. Try a current version of Chrome, Edge,
        Firefox or Safari, and make sure hardware acceleration is turned on in its settings.
      </p>
    </Notice>
  )
}
