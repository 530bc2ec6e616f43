// Work done when the browser is idle (validating the rest of a long list after its first page is on screen).
export interface IdleDeadlineLike {
  timeRemaining(): number;
}

export function whenIdle(callback: (deadline: IdleDeadlineLike) => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 250 });
  else setTimeout(() => callback({ timeRemaining: () => 8 }), 0);
}
