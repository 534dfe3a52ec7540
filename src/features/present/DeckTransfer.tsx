import { useState } from 'react';
import { deckFromJson, deckToJson, encodeDeck, type Deck } from '../../content/deck';
import type { ValidationError } from '../../engine';
import { useAppStore } from '../../store/store';
import { useMyDeck } from './myDeck';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Share the deck on screen as a link, export it as JSON, or import a JSON deck as My deck (refused whole if invalid). */
export function DeckTransfer({ deck }: { readonly deck: Deck }) {
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<readonly ValidationError[]>([]);
  const [status, setStatus] = useState('');
  const link = `${window.location.origin}${window.location.pathname}#/present?deck=${encodeDeck(deck)}`;
  const importText = (json: string) => {
    const checked = deckFromJson(json);
    if (!checked.ok) { setProblems(checked.errors); setStatus(''); return; }
    setProblems([]);
    useMyDeck.getState().setDeck(checked.value);
    useAppStore.getState().openDeck('mine');
    setStatus(`Imported "${checked.value.title}" as My deck (${checked.value.slides.length} slides).`);
  };
  return (
    <div className="deck-transfer">
      <h3>Share &ldquo;{deck.title}&rdquo;</h3>
      <label className="deck-field">Link to this deck (the whole deck is in the link)
        <input readOnly value={link} onFocus={(event) => event.target.select()} />
      </label>
      <div className="deck-buttons">
        <button type="button" onClick={() => { void navigator.clipboard?.writeText(link).then(() => setStatus('Deck link copied.'), () => setStatus('Select the link above and copy it.')); }}>Copy deck link</button>
        <button type="button" onClick={() => download('autoscale-deck.json', deckToJson(deck))}>Export as JSON</button>
        <button type="button" onClick={() => { useMyDeck.getState().setDeck(deck); useAppStore.getState().openDeck('mine'); setStatus('Copied into My deck: edit it below.'); }}>Copy into My deck</button>
      </div>
      <h3>Import a deck</h3>
      <label className="deck-field">Deck file (JSON) <input type="file" accept="application/json,.json" onChange={(event) => { void event.target.files?.[0]?.text().then(importText); }} /></label>
      <label className="deck-field">or paste its JSON <textarea rows={3} value={text} onChange={(event) => setText(event.target.value)} /></label>
      <button type="button" onClick={() => importText(text)} disabled={text.trim() === ''}>Import</button>
      <p role="status" className="deck-status">{status}</p>
      {problems.length > 0 ? (
        <div role="alert" className="deck-problems">
          <p><strong>This deck was not imported; My deck is unchanged.</strong></p>
          <ul>{problems.slice(0, 6).map((problem, i) => <li key={i}>{problem.path ? <code>{problem.path}</code> : null} {problem.message}. <span className="hint">{problem.hint}</span></li>)}</ul>
        </div>
      ) : null}
    </div>
  );
}
