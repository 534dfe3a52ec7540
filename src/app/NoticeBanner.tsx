import { useAppStore } from '../store/store';

/**
 * A visible, dismissible message about something that went wrong outside the editor (a broken link, lost progress).
 * Dismissing it moves focus to the main content, so a keyboard user is not dropped at the top of the page.
 */
export function NoticeBanner() {
  const notice = useAppStore((state) => state.notice);
  const dismiss = useAppStore((state) => state.dismissNotice);
  if (!notice) return null;
  return (
    <div className="notice" role="alert">
      <div>
        <strong>{notice.title}</strong>
        <ul>
          {notice.details.map((detail, i) => (
            <li key={i}><code>{detail.path}</code>: {detail.message} <span className="hint">({detail.hint})</span></li>
          ))}
        </ul>
      </div>
      <div className="notice-actions">
        {notice.action ? <button type="button" onClick={notice.action.run}>{notice.action.label}</button> : null}
        <button type="button" onClick={() => { dismiss(); document.getElementById('main')?.focus(); }}>Dismiss</button>
      </div>
    </div>
  );
}
