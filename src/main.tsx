import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { QueryClientProvider } from '@tanstack/react-query'
import { App } from './app/App'
import { queryClient } from './api-client/queryClient'
import { startLinkListener } from './ui/share'
import './index.css'


createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
)

// a share link in the address bar (#p=, #s=, #m=): shown, never applied, until the person opens it
startLinkListener()
