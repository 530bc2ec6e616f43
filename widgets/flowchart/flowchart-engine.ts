// The flowchart engine, one lazily loaded chunk (engine.ts in this folder loads it): the presets, the resolution of
// a procedure against them, the automatic layout, the drawing and the text version (flowchart-view.ts), and the
// styles of what they draw (adopted by the element once the engine has loaded: nothing they style exists before).
export { flowchartStyles } from './flowchart.styles.ts';
export { drawProcedure, renderFlowchart } from './flowchart-view.ts';
export { PRESET_PROCEDURES } from '../../shared/schema/preset-graphs.ts';
