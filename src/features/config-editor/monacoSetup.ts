/**
 * A JSON-only Monaco, bundled locally (classrooms can be offline): the editor core and its contributions, the JSON
 * language, and the editor and JSON workers. Imported only from the lazy editor chunk, never from the first screen.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/features/register.all';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import { loader } from '@monaco-editor/react';
import { buildConfigSchema } from './configSchema';

/** The URI of the config model; the schema is matched to it. */
export const CONFIG_MODEL_PATH = 'inmemory://autoscale-lab/scaling-config.json';

/** Monaco asks for a worker by label and has no fallback once getWorker exists: JSON gets its own, everything else the editor worker. */
self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    return label === 'json' ? new JsonWorker() : new EditorWorker();
  },
};

jsonDefaults.setDiagnosticsOptions({
  validate: true,
  allowComments: false,
  trailingCommas: 'error',
  enableSchemaRequest: false,
  schemaValidation: 'warning',
  schemas: [{ uri: 'inmemory://autoscale-lab/scaling-config.schema.json', fileMatch: [CONFIG_MODEL_PATH], schema: buildConfigSchema() }],
});

/** @monaco-editor/react would fetch Monaco from a CDN: hand it the local copy instead. */
loader.config({ monaco: monaco as unknown as Parameters<typeof loader.config>[0]['monaco'] });

export { monaco };
