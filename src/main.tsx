import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { startLinkListener } from './ui/share'
import './index.css'


createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)

// a share link in the address bar (#p=, #s=, #m=): shown, never applied, until the person opens it
startLinkListener()
