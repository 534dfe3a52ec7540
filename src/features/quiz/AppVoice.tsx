/** Marks text the app wrote itself (from the engine's run), as questions are marked "made by the engine". */
export function AppVoice() {
  return <span className="app-voice">Written by the app from the run: </span>;
}
