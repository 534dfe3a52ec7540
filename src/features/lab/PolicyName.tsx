/** A policy's display name (legends, compare table, decision log), changed on Enter or on leaving the field. */
import { useEffect, useId, useState } from 'react';

export function PolicyName({ name, index, onRename }: { readonly name: string; readonly index: number; readonly onRename: (name: string) => void }) {
  const id = useId();
  const [text, setText] = useState(name);
  useEffect(() => setText(name), [name]);
  const commit = () => {
    const trimmed = text.trim().slice(0, 80);
    if (trimmed === '' || trimmed === name) { setText(name); return; }
    onRename(trimmed);
  };
  return (
    <div className="lab-field lab-name">
      <label htmlFor={id}>Name<span className="visually-hidden"> of policy {index + 1}</span></label>
      <input id={id} type="text" value={text} maxLength={80} onChange={(event) => setText(event.target.value)}
        onBlur={commit} onKeyDown={(event) => { if (event.key === 'Enter') commit(); }} />
    </div>
  );
}
