import 'ai-timeline'; // defines <ai-timeline> before Vue mounts, so Vue sets its properties
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
