import { createRoot } from 'react-dom/client';
import { COMPONENTS_CSS } from '../../components/styles';
import { App } from './App';
import './style.css';

// The shared components' styles, scoped under .tcx (the same sheet the overlay, the popup and the manager use).
const sheet = document.createElement('style');
sheet.textContent = COMPONENTS_CSS;
document.head.append(sheet);

createRoot(document.getElementById('root')!).render(<App />);
