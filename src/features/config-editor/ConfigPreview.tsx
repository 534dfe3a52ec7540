import { useAppStore } from '../../store/store';

interface ConfigPreviewProps {
  /** the learner asked to edit; undefined while the editor is already on its way */
  readonly onEdit?: () => void;
  readonly loading?: boolean;
}

/** The config as read-only text: what the first screen shows at once, before the editor's code has loaded. */
export function ConfigPreview({ onEdit, loading = false }: ConfigPreviewProps) {
  const configText = useAppStore((state) => state.configText);
  return (
    <figure className="config-preview">
      <figcaption id="config-preview-caption" className="config-sr-only">Scaling config JSON (read-only)</figcaption>
      <pre aria-describedby="config-preview-caption" onClick={onEdit}><code>{configText}</code></pre>
      {loading
        ? <p className="muted" role="status">Opening the editor…</p>
        : <button type="button" className="primary config-edit-button" onClick={onEdit}>Edit config</button>}
    </figure>
  );
}
