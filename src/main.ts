import './ui/styles.css';
import { startApp } from './ui/app.ts';

const root = document.getElementById('app');
if (root) {
  try {
    startApp(root);
  } catch (error) {
    // Never a blank page: say what happened in words.
    console.error(error);
    root.textContent = '';
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = 'Sorry, the simulator could not start in this browser. Try reloading the page, or use an up-to-date browser.';
    root.appendChild(p);
  }
}
