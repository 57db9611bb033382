import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { startLinkListener } from './ui/share'
import './index.css'


// the project library (a lazy chunk over IndexedDB) starts before the first render: a returning person's
// first lens frame waits for their project (viewport/useFirstFrameGate), so it should be on its way early
void import('./persistence/projectLibrary').then((m) => m.startProjectLibrary()).catch(() => undefined) // the App's start of it meets the same failure

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)

// a share link in the address bar (#p=, #s=, #m=): shown, never applied, until the person opens it
startLinkListener()
