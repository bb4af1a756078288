import 'ai-timeline'; // defines <ai-timeline> before Svelte mounts, so Svelte sets its properties
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
