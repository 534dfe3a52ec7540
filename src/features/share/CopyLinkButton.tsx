import { useState } from 'react';
import { useAppStore } from '../../store/store';
import { selectShareHash } from '../../store/selectors';

/** Copies a link that reopens exactly this scenario and step. */
export function CopyLinkButton() {
  const [status, setStatus] = useState('');
  const copy = async () => {
    const url = `${window.location.origin}${window.location.pathname}${selectShareHash(useAppStore.getState())}`;
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied');
    } catch {
      window.prompt('Copy this link:', url);
      setStatus('Link shown to copy');
    }
    window.setTimeout(() => setStatus(''), 2500);
  };
  return (
    <div className="header-actions">
      <button type="button" onClick={copy}>Copy link</button>
      <span role="status" className="copy-status">{status}</span>
    </div>
  );
}
