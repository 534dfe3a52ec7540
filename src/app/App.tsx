import { NoticeBanner } from './NoticeBanner';
import { UpdatePrompt } from './UpdatePrompt';
import { ModeNav } from './ModeNav';
import { useHashSync } from './useHashSync';
import { useKeepScrollOnReload } from './useKeepScrollOnReload';
import { Suspense, useEffect } from 'react';
import { modeEntry } from './modes';
import { CopyLinkButton } from '../features/share/CopyLinkButton';
import { HelpDialog } from './HelpDialog';
import { useAppStore } from '../store/store';
import { EmbedBar } from './EmbedBar';
import { usePrintAllRows } from './usePrintAllRows';
import { followSystemTheme } from '../ui/theme';
import { useSettleKeptWorkspace } from '../features/quiz/workspaceKeeper';
import './course.css';

export function App() {
  useHashSync();
  useKeepScrollOnReload();
  useSettleKeptWorkspace();
  usePrintAllRows();
  useEffect(() => followSystemTheme(), []);
  const mode = useAppStore((state) => state.mode);
  const embed = useAppStore((state) => state.embed);
  const { View } = modeEntry(mode);
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      {embed ? <EmbedBar /> : (
        <header className="app-header">
          <h1><span aria-hidden="true" className="logo">▮▮▮</span> Autoscale Lab</h1>
          <p className="tagline">Run an autoscaler for ML inference endpoints, one step at a time.</p>
          <ModeNav />
          <CopyLinkButton />
          <HelpDialog />
        </header>
      )}
      <UpdatePrompt />
      <NoticeBanner />
      <main id="main" tabIndex={-1} data-embed={embed || undefined}>
        <Suspense fallback={<p className="loading" role="status">Loading…</p>}>
          <View />
        </Suspense>
      </main>
    </>
  );
}
