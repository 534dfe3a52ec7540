/**
 * Monaco for one policy's config, JSON or YAML (Monaco's YAML basic language), with the validator's errors marked at
 * their paths. Lazy: Monaco loads with this chunk only, from the app's own files (the workspace's local setup).
 */
import { useEffect, useRef } from 'react';
import { Editor, type OnMount } from '@monaco-editor/react';
import 'monaco-editor/languages/definitions/yaml/register';
import { monaco } from '../config-editor/monacoSetup';
import { MONACO_THEMES, useThemeName } from '../../ui/monacoTheme';
import type { ValidationError } from '../../engine/lesson/validate';
import { locatePath, type TextFormat } from './configText';

declare global {
  /** The mounted Lab config editors by model path; e2e tests set text through a model the way a paste would. */
  var __labConfigEditors: Map<string, monaco.editor.IStandaloneCodeEditor> | undefined;
}

const OWNER = 'autoscale-lab-lab-validator';

const OPTIONS: monaco.editor.IStandaloneEditorConstructionOptions = {
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  lineNumbersMinChars: 2,
  fontSize: 13,
  tabSize: 2,
  wordWrap: 'on',
  fixedOverflowWidgets: true,
  tabFocusMode: true,
  /** YAML ends with a newline: its last line number drawn dimmed fails contrast, so draw it plainly */
  renderFinalNewline: 'on',
  automaticLayout: true,
};

export interface LabConfigEditorProps {
  readonly text: string;
  readonly format: TextFormat;
  readonly errors: readonly ValidationError[];
  /** e.g. "Config of Kubernetes HPA (YAML)" */
  readonly ariaLabel: string;
  /** unique per policy card */
  readonly modelPath: string;
  readonly onChange: (text: string) => void;
}

export default function LabConfigEditor({ text, format, errors, ariaLabel, modelPath, onChange }: LabConfigEditorProps) {
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const theme = useThemeName();
  const mark = () => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    const current = model.getValue();
    monaco.editor.setModelMarkers(model, OWNER, errors.map((error) => {
      const range = locatePath(current, error);
      return {
        severity: monaco.MarkerSeverity.Error,
        message: `${error.path ? `${error.path}: ` : ''}${error.message}${error.hint ? ` — ${error.hint}` : ''}`,
        source: 'Autoscale Lab',
        startLineNumber: range.line, startColumn: range.column, endLineNumber: range.endLine, endColumn: range.endColumn,
      };
    }));
  };
  useEffect(mark, [errors, text]);
  useEffect(() => () => { globalThis.__labConfigEditors?.delete(modelPath); }, [modelPath]);
  const onMount: OnMount = (editor) => {
    editorRef.current = editor as unknown as monaco.editor.IStandaloneCodeEditor;
    (globalThis.__labConfigEditors ??= new Map()).set(modelPath, editorRef.current);
    mark();
  };
  return (
    <div className="lab-monaco">
      <Editor value={text} language={format} path={`${modelPath}.${format}`} height="100%" theme={MONACO_THEMES[theme]}
        options={{ ...OPTIONS, ariaLabel }} loading={<span className="muted">Opening the editor…</span>}
        onChange={(value) => onChange(value ?? '')} onMount={onMount} />
    </div>
  );
}
