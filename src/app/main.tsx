import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { applyTheme, initialTheme } from './theme';
import './styles.css';

// Apply the theme before the first paint so a dark-mode reader never sees a white flash.
applyTheme(initialTheme());

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
