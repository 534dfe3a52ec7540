import { useAppStore } from '../store/store';

/**
 * A visible, dismissible message outside the editor: an error (a broken link, lost progress) in red as an alert, or
 * information (a link opened another scenario, an undo on offer) in the accent colour as a polite status; each with its
 * own icon, so the kind does not rest on colour alone.
 * Dismissing it moves focus to the main content, so a keyboard user is not dropped at the top of the page.
 */
export function NoticeBanner() {
  const notice = useAppStore((state) => state.notice);
  const dismiss = useAppStore((state) => state.dismissNotice);
  if (!notice) return null;
  const kind = notice.kind ?? 'error';
  return (
    <div className={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'} data-kind={kind}>
      <NoticeIcon kind={kind} />
      <div className="notice-text">
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

function NoticeIcon({ kind }: { readonly kind: 'info' | 'error' }) {
  return (
    <svg className="notice-icon" viewBox="0 0 16 16" width="18" height="18" aria-hidden="true" focusable="false">
      {kind === 'error'
        ? <><path d="M8 1.5 15 14H1z" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" /><path d="M8 6v4M8 11.6v.4" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" /></>
        : <><circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.4" /><path d="M8 7.2v4.3M8 4.6v.4" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" /></>}
    </svg>
  );
}
