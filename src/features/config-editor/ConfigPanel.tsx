import { Suspense, useState } from 'react';
import { Panel } from '../../ui/Panel';
import { useAppStore } from '../../store/store';
import { selectIsStale } from '../../store/selectors';
import { ConfigPreview } from './ConfigPreview';
import { ConfigProblems } from './ConfigProblems';
import { EditorBoundary } from './EditorBoundary';
import { importConfigEditor, LazyConfigEditor } from './loadConfigEditor';
import { PolicySwitch } from './PolicySwitch';
import './configEditor.css';

/**
 * The Scaling config panel: the config JSON (read-only at first, Monaco once the learner asks to edit),
 * the policy switch, Reset and Format, and the validator's messages. While the text is invalid every view keeps
 * the last valid trace and this panel says so.
 */
export function ConfigPanel() {
  const [editing, setEditing] = useState(false);
  const stale = useAppStore(selectIsStale);
  const resetToLesson = useAppStore((state) => state.resetToLessonUndoable);
  const formatConfig = useAppStore((state) => state.formatConfig);
  const prefetch = () => { void importConfigEditor(); };

  return (
    <Panel id="config-editor" title="Scaling config" className={stale ? 'config-panel is-stale' : 'config-panel'} actions={
      <>
        <button type="button" onClick={formatConfig}>Format</button>
        <button type="button" onClick={resetToLesson}>Reset to lesson</button>
      </>
    }>
      <PolicySwitch />
      {stale ? <p className="stale-badge"><strong>Stale:</strong> showing the last valid config</p> : null}
      <div className="config-editor-area" onPointerEnter={editing ? undefined : prefetch} onFocus={editing ? undefined : prefetch}>
        {editing ? (
          <EditorBoundary>
            <Suspense fallback={<ConfigPreview loading />}>
              <LazyConfigEditor autoFocus />
            </Suspense>
          </EditorBoundary>
        ) : <ConfigPreview onEdit={() => setEditing(true)} />}
      </div>
      <ConfigProblems />
    </Panel>
  );
}
