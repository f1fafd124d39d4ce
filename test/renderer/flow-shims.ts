/** jsdom has no layout; React Flow only needs these to exist. Call in beforeAll of a test that opens the canvas. */
export function installFlowShims() {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  globalThis.DOMMatrixReadOnly ??= class {
    m22 = 1;
  } as never;
}
