import { useEffect } from 'react';
import { AudienceView } from './AudienceView';
import { SpeakerView } from './SpeakerView';
import { isSpeakerWindow } from './speakerChannel';
import './present.css';

/** Present: the projector theme over the whole page while mounted; the audience window, or the speaker's (?present=speaker). */
export function PresentMode() {
  useEffect(() => {
    document.documentElement.classList.add('presenting');
    return () => document.documentElement.classList.remove('presenting');
  }, []);
  return isSpeakerWindow() ? <SpeakerView /> : <AudienceView />;
}
export { addViewAsSlide } from './myDeck';
