import { useState } from 'react';
import { readThemeChoice, type ThemeChoice } from '../ui/theme';
import { chooseTheme, THEME_CHOICES } from '../ui/themeChoice';

/** The learner's theme (in Help): System (follows the device's dark mode and contrast setting), Light, Dark or High contrast. */
export function ThemePicker() {
  const [choice, setChoice] = useState<ThemeChoice>(readThemeChoice);
  return (
    <label className="theme-picker">
      <span className="theme-picker-label">Theme</span>
      <select value={choice} onChange={(event) => {
        const next = event.target.value as ThemeChoice;
        setChoice(next);
        chooseTheme(next);
      }}>
        {THEME_CHOICES.map(({ value, label }) => <option key={value} value={value}>{label}</option>)}
      </select>
    </label>
  );
}
