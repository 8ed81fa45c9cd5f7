import { mount } from 'svelte';
import App from './App.svelte';
import { bridgeAvailable, retake } from './lib/bridge';
import { reportUncaughtErrors } from './lib/error-reporting';
import './styles/global.css';

const target = document.getElementById('app');
if (!target) throw new Error('Retake: #app element missing from the page');

if (bridgeAvailable()) reportUncaughtErrors(retake());

export default mount(App, { target });
