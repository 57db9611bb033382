import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { startLinkListener } from './ui/share'
import { libraryInUse } from './state/startProject'
import './index.css'


// a returning person's first lens frame waits for their project (viewport/useFirstFrameGate): the project
// library (a lazy chunk over IndexedDB) starts before the first render; on a first visit the App starts it
if (libraryInUse()) void import('./persistence/projectLibrary').then((m) => m.startProjectLibrary()).catch(() => undefined) // the App's start of it meets the same failure

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)

// a share link in the address bar (#p=, #s=, #m=): shown, never applied, until the person opens it
startLinkListener()
