// Side panel entry: defines the app element (the page's markup already holds it).
import './inspector-app.ts';
