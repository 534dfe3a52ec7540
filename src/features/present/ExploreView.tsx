import { useLayoutEffect } from 'react';
import { ConfigPanel } from '../config-editor/ConfigPanel';
import { LoadPanel } from '../load-sliders/LoadPanel';
import { PlaybackBar } from '../playback/PlaybackBar';
import { FlowDiagram } from '../flow-diagram/FlowDiagram';
import { ExecutionTable } from '../execution-table/ExecutionTable';
import { VariableTracker } from '../variable-tracker/VariableTracker';
import { AddSlideButton } from './AddSlideButton';

/** Free exploration of the slide's scenario (Esc): the whole workspace, live; Esc goes back to the slide where it was. */
export function ExploreView({ slideTitle }: { readonly slideTitle: string }) {
  // the whole workspace is denser than a slide: a smaller projector scale keeps its controls from crowding
  useLayoutEffect(() => {
    document.documentElement.style.setProperty('--present-fit', '0.8');
    return () => { document.documentElement.style.removeProperty('--present-fit'); };
  }, []);
  return (
    <section className="present-explore" aria-labelledby="explore-title">
      <header className="explore-head">
        <h1 id="explore-title">Exploring: {slideTitle}</h1>
        <p className="muted">Change the load or the config and step freely; press Esc to return to the slide where you left it.</p>
        <AddSlideButton />
      </header>
      <div className="explore-grid">
        <div className="explore-inputs">
          <LoadPanel />
          <ConfigPanel />
        </div>
        <div className="explore-views">
          <PlaybackBar />
          <FlowDiagram />
          <ExecutionTable />
          <VariableTracker />
        </div>
      </div>
    </section>
  );
}
