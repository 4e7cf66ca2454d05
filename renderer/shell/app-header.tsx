/** The header: app name, the view switcher, the theme button and help. */
import { useAppState } from '../state/store-context';
import { nextTheme, type ThemeChoice } from '../ui/theme';
import { focusViewControl } from './focus-view';
import { VIEWS } from './views';

const THEME_WORDS: Record<ThemeChoice, string> = { system: '◐ System', light: '☀ Light', dark: '☾ Dark' };

/** The top bar of the window. */
export function AppHeader() {
  const view = useAppState((state) => state.location.view);
  const onView = useAppState((state) => state.setView);
  const theme = useAppState((state) => state.colourTheme);
  const onTheme = useAppState((state) => state.setColourTheme);
  const openDialog = useAppState((state) => state.openDialog);
  const onShortcuts = () => openDialog({ kind: 'shortcuts' });
  const onAbout = () => openDialog({ kind: 'about' });
  return (
    <header className="app-header">
      <h1 className="app-name">
        <span className="app-logo" aria-hidden="true">
          ⇆
        </span>{' '}
        Plenary Diff
      </h1>
      <nav className="view-switcher" aria-label="Views">
        {VIEWS.map((entry) => (
          <button
            key={entry.id}
            type="button"
            className="view-tab"
            aria-current={entry.id === view ? 'page' : undefined}
            aria-keyshortcuts={`Alt+${entry.accessKey}`}
            title={`${entry.label} (Alt+${entry.accessKey})`}
            onClick={() => {
              onView(entry.id);
              focusViewControl(entry.id);
            }}
          >
            {entry.label}
          </button>
        ))}
      </nav>
      <div className="header-tools">
        <button
          type="button"
          className="button button-quiet"
          aria-label={`Colour theme: ${theme}. Switch to ${nextTheme(theme)}`}
          onClick={() => onTheme(nextTheme(theme))}
        >
          {THEME_WORDS[theme]}
        </button>
        <button
          type="button"
          className="button button-quiet"
          onClick={onShortcuts}
          aria-label="Keyboard shortcuts"
        >
          ⌨ Shortcuts
        </button>
        <button type="button" className="button button-quiet" onClick={onAbout}>
          About
        </button>
      </div>
    </header>
  );
}
