import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/theme.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The service worker (and Workbox's window library) load after the first screen, so they never delay it.
if (import.meta.env.PROD) {
  window.addEventListener('load', () => { void import('./app/serviceWorker').then((module) => module.registerServiceWorker()); });
}
