/**
 * Test support, never imported by the app: Monaco does not run in jsdom, so component tests replace
 * loadConfigEditor with this module, whose editor is a text area bound to the same store action.
 * Use: vi.mock('<path>/loadConfigEditor', () => import('<path>/stubConfigEditor'));
 */
import { useAppStore } from '../../store/store';

function StubEditor() {
  const text = useAppStore((state) => state.configText);
  const setText = useAppStore((state) => state.setConfigText);
  return <textarea aria-label="Scaling config JSON" value={text} onChange={(event) => setText(event.target.value)} />;
}

export const importConfigEditor = () => Promise.resolve({ default: StubEditor });
export const LazyConfigEditor = StubEditor;
