import { useAppStore } from '../store/store';
import { selectShareHash } from '../store/selectors';

/** What the embed view (?embed=1) keeps of the header: one small link that opens the same view in the full app. */
export function EmbedBar() {
  const hash = useAppStore((state) => selectShareHash({ ...state, embed: false }));
  return (
    <header className="embed-bar">
      <h1 className="sr-only">Autoscale Lab</h1>
      <a href={`${window.location.pathname}${hash}`} target="_blank" rel="noopener">
        <span aria-hidden="true" className="logo">▮▮▮</span> Open in Autoscale Lab
      </a>
    </header>
  );
}
