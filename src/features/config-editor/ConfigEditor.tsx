/** The Monaco editor for the config JSON. Loaded lazily (it is large); never part of the first screen's JavaScript. */
import { useEffect, useRef } from 'react';
import { Editor, type OnMount } from '@monaco-editor/react';
import { useAppStore } from '../../store/store';
import { MONACO_THEMES, useThemeName } from '../../ui/monacoTheme';
import { locateError } from './locatePath';
import { CONFIG_MODEL_PATH, monaco } from './monacoSetup';

declare global {
  /** The mounted config editor; e2e tests set text through its model the way a paste would. */
  var __autoscaleConfigEditor: monaco.editor.IStandaloneCodeEditor | undefined;
}

/** Markers of the engine's validator, which is the source of truth (the schema's own markers only help while typing). */
const VALIDATOR_OWNER = 'autoscale-lab-validator';

const EDITOR_OPTIONS: monaco.editor.IStandaloneEditorConstructionOptions = {
  ariaLabel: 'Scaling config JSON',
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  lineNumbersMinChars: 2,
  fontSize: 14,
  tabSize: 2,
  wordWrap: 'on',
  fixedOverflowWidgets: true,
  renderLineHighlight: 'line',
  /** Tab moves focus out, so keyboard users are never trapped (Format indents for them) */
  tabFocusMode: true,
  automaticLayout: true,
};

interface ConfigEditorProps {
  /** put the caret in the editor once it appears (the learner asked to edit) */
  readonly autoFocus?: boolean;
}

export default function ConfigEditor({ autoFocus = false }: ConfigEditorProps) {
  const configText = useAppStore((state) => state.configText);
  const errors = useAppStore((state) => state.configErrors);
  const setConfigText = useAppStore((state) => state.setConfigText);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);

  const markErrors = () => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    const { configText: text, configErrors } = useAppStore.getState();
    monaco.editor.setModelMarkers(model, VALIDATOR_OWNER, configErrors.map((error) => {
      const range = locateError(text, error);
      return {
        severity: monaco.MarkerSeverity.Error,
        message: error.hint ? `${error.message} — ${error.hint}` : error.message,
        source: 'Autoscale Lab',
        startLineNumber: range.line, startColumn: range.column, endLineNumber: range.line, endColumn: range.endColumn,
      };
    }));
  };

  useEffect(markErrors, [configText, errors]);
  useEffect(() => () => { globalThis.__autoscaleConfigEditor = undefined; }, []);

  const theme = MONACO_THEMES[useThemeName()];
  const onMount: OnMount = (editor) => {
    editorRef.current = editor as unknown as monaco.editor.IStandaloneCodeEditor;
    globalThis.__autoscaleConfigEditor = editorRef.current;
    markErrors();
    if (autoFocus) editor.focus();
  };

  return (
    <div className="config-monaco">
      <Editor
        value={configText}
        language="json"
        path={CONFIG_MODEL_PATH}
        options={EDITOR_OPTIONS}
        theme={theme}
        height="100%"
        loading={<span className="muted">Opening the editor…</span>}
        wrapperProps={{ 'data-testid': 'config-monaco' }}
        onChange={(value) => setConfigText(value ?? '')}
        onMount={onMount}
      />
    </div>
  );
}
