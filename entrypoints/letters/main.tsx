import { render } from 'preact';
import '../../components/theme.css';
import './style.css';
import { App } from './app';

const root = document.getElementById('app');
if (root) render(<App search={location.search} />, root);
