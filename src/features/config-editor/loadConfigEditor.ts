import { lazy } from 'react';

/** Starts downloading the editor chunk (Monaco and its workers); safe to call many times. */
export const importConfigEditor = () => import('./ConfigEditor');

export const LazyConfigEditor = lazy(importConfigEditor);
