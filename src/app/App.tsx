import { NoticeBanner } from './NoticeBanner';
import { ModeNav } from './ModeNav';
import { useHashSync } from './useHashSync';
import { Workspace } from './Workspace';
import { CopyLinkButton } from '../features/share/CopyLinkButton';
import { useAppStore } from '../store/store';

export function App() {
  useHashSync();
  const mode = useAppStore((state) => state.mode);
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="app-header">
        <h1><span aria-hidden="true" className="logo">▮▮▮</span> Autoscale Lab</h1>
        <p className="tagline">Run an autoscaler for ML inference endpoints, one step at a time.</p>
        <ModeNav />
        <CopyLinkButton />
      </header>
      <NoticeBanner />
      <main id="main" tabIndex={-1}>
        {mode === 'visualize' ? <Workspace /> : <Workspace />}
      </main>
    </>
  );
}
