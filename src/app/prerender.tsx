/**
 * The first screen as HTML, rendered at build time (vite.config.ts puts it into index.html), so the lesson's workspace
 * paints before any JavaScript has loaded. src/main.tsx then renders the live app over it.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './App';

export function renderFirstScreen(): string {
  return renderToString(<StrictMode><App /></StrictMode>);
}
