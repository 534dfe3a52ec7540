import { NoticeBanner } from './NoticeBanner';
import { ModeNav } from './ModeNav';
import { useHashSync } from './useHashSync';
import { Suspense } from 'react';
import { modeEntry } from './modes';
import { CopyLinkButton } from '../features/share/CopyLinkButton';
import { HelpDialog } from './HelpDialog';
import { useAppStore } from '../store/store';
import { useSettleKeptWorkspace } from '../features/quiz/workspaceKeeper';

export function App() {
  useHashSync();
  useSettleKeptWorkspace();
  const mode = useAppStore((state) => state.mode);
  const { View } = modeEntry(mode);
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="app-header">
        <h1><span aria-hidden="true" className="logo">▮▮▮</span> Autoscale Lab</h1>
        <p className="tagline">Run an autoscaler for ML inference endpoints, one step at a time.</p>
        <ModeNav />
        <CopyLinkButton />
        <HelpDialog />
      </header>
      <NoticeBanner />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p className="loading" role="status">Loading…</p>}>
          <View />
        </Suspense>
      </main>
    </>
  );
}
