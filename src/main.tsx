// First: before any module builds a zod schema (see zodConfig.ts).
import './zodConfig'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { startPwa } from './pwa'
import { App } from './ui/App'
import 'virtual:cjk-fonts.css'
import './ui/styles.css'

startPwa()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
