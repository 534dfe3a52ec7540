import { Component, type ReactNode } from 'react';
import { useAppStore } from '../../store/store';

/** A plain text area bound to the same store action: what the learner edits with if the editor's code cannot load. */
export function PlainConfigEditor() {
  const configText = useAppStore((state) => state.configText);
  const setConfigText = useAppStore((state) => state.setConfigText);
  return (
    <>
      <p className="muted" role="status">The full editor could not load (are you offline?), so here is a plain one.</p>
      <textarea
        className="config-textarea" aria-label="Scaling config JSON" spellCheck={false} rows={10}
        value={configText} onChange={(event) => setConfigText(event.target.value)}
      />
    </>
  );
}

/** Keeps the page alive when the lazy editor chunk fails: the panel falls back to the plain editor. */
export class EditorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() { return { failed: true }; }
  override render() { return this.state.failed ? <PlainConfigEditor /> : this.props.children; }
}
