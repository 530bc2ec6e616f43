// The builder page's script (built to dist/demo/builder.js): the app, and every widget for the live preview.
import '../../widgets/index.ts';
import './builder-app.ts';
