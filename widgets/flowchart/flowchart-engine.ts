// The flowchart engine, one lazily loaded chunk (engine.ts in this folder loads it): the presets, the resolution of
// a procedure against them, the automatic layout, the SVG drawing and the text outline, and the styles of what they
// draw (adopted by the element once the engine has loaded: nothing they style exists before).
export { flowchartStyles } from './flowchart.styles.ts';
export { flowchartSvg } from './flowchart-svg.ts';
export { layoutProcedure } from './layout.ts';
export { outlineOf, stepText } from './outline.ts';
export { PRESET_PROCEDURES } from './presets.ts';
export { resolveProcedure } from './resolve.ts';
