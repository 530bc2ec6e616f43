// Injected into the audited tab on demand (chrome.scripting, activeTab): scrolls to a finding's element and
// outlines it. The outline is a popover in the top layer holding a closed shadow root, positioned fixed, so it
// never changes the page's layout, cannot be styled by the page, and sits above the page's own dialogs.
// Escape removes it. Defines globalThis.zfgsHighlight and globalThis.zfgsClearHighlight in the isolated world.
import { boxInTopViewport, resolveTarget, type ResolvedTarget, type TargetProblem } from './target.ts';

export type HighlightResult = { status: 'shown'; hidden: boolean } | { status: TargetProblem };

interface OverlayState {
  host: HTMLElement;
  box: HTMLElement;
  frame: number;
  onKey: (event: KeyboardEvent) => void;
}

const scope = globalThis as typeof globalThis & {
  zfgsHighlight?: (target: string[], label: string) => HighlightResult;
  zfgsClearHighlight?: () => void;
  zfgsOverlay?: OverlayState;
};

const STYLE = `
  .box { position: fixed; box-sizing: border-box; pointer-events: none;
    outline: 3px solid #d4351c; outline-offset: 2px; box-shadow: 0 0 0 6px rgb(255 255 255 / 0.85), 0 0 0 9px #0b0c0c; }
  .label { position: absolute; left: -3px; bottom: calc(100% + 6px); padding: 2px 6px; white-space: nowrap;
    font: 600 12px/1.4 system-ui, sans-serif; color: #fff; background: #0b0c0c; }
  .box.below .label { bottom: auto; top: calc(100% + 6px); }
`;

function clear(): void {
  const state = scope.zfgsOverlay;
  if (!state) return;
  cancelAnimationFrame(state.frame);
  window.removeEventListener('keydown', state.onKey, true);
  state.host.remove();
  scope.zfgsOverlay = undefined;
}

function createOverlay(label: string): OverlayState {
  const host = document.createElement('div');
  host.setAttribute('data-zfgs-inspector-highlight', '');
  host.setAttribute('aria-hidden', 'true');
  host.popover = 'manual';
  host.style.cssText =
    'position:fixed;inset:0;width:100vw;height:100vh;max-width:none;max-height:none;margin:0;padding:0;border:0;' +
    'background:transparent;overflow:visible;pointer-events:none;color-scheme:normal;';
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const box = document.createElement('div');
  box.className = 'box';
  const tag = document.createElement('span');
  tag.className = 'label';
  tag.textContent = label;
  box.append(tag);
  shadow.append(style, box);
  document.documentElement.append(host);
  host.showPopover();
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') clear();
  };
  window.addEventListener('keydown', onKey, true);
  return { host, box, frame: 0, onKey };
}

/** Keeps the outline on the element while the page scrolls, resizes or moves it; ends when it is removed. */
function follow(state: OverlayState, resolved: ResolvedTarget): void {
  const place = () => {
    if (!resolved.element.isConnected) {
      clear();
      return;
    }
    const rect = boxInTopViewport(resolved);
    const top = rect.top;
    Object.assign(state.box.style, {
      left: `${rect.left}px`,
      top: `${top}px`,
      width: `${Math.max(rect.width, 4)}px`,
      height: `${Math.max(rect.height, 4)}px`,
    });
    state.box.classList.toggle('below', top < 28);
    state.frame = requestAnimationFrame(place);
  };
  place();
}

scope.zfgsClearHighlight = clear;

scope.zfgsHighlight = (target, label) => {
  clear();
  const resolved = resolveTarget(target);
  if (typeof resolved === 'string') return { status: resolved };
  resolved.element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  const rect = resolved.element.getBoundingClientRect();
  const state = createOverlay(label);
  scope.zfgsOverlay = state;
  follow(state, resolved);
  return { status: 'shown', hidden: rect.width === 0 && rect.height === 0 };
};
