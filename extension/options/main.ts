// Options page entry: defines the options element (the page's markup already holds it).
import './options-app.ts';
