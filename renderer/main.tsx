/**
 * Entry point, kept small: connects to the backend and asks for the library's list at once, then loads the app (a
 * chunk of its own, ~0.5 MB) and hands it the list on its way. The list's answer (at 3,000 statements ~0.3–0.6 s of
 * the backend's time and the wire's) then overlaps the app's code being fetched, compiled and run instead of
 * following it.
 */
import { errorMessage } from '../shared/error-message';
import { connectBridge } from './bridge';
import './styles/base.css';
import './styles/layout.css';
import './library/library.css';
import './import/import.css';
import './compare/compare.css';

const connection = connectBridge();
document.documentElement.dataset.mode = connection.kind;
const firstList = connection.kind === 'no-token' ? null : connection.bridge['library:list']();
import('./start-app')
  .then(({ startApp }) => startApp(connection, firstList))
  .catch((failure: unknown) => {
    // The app's code could not be loaded (a build missing its chunk): said on the page, not only in the console.
    document.getElementById('root')!.textContent = `Plenary Diff could not start: ${errorMessage(failure)}`;
  });
