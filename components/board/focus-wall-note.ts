/**
 * Moves focus to a note on the wall once React has drawn the change that put it there: after a
 * note is stacked, the note that held focus is gone and the host (now the stack) takes it.
 * Retries for a few frames, because the write re-renders the wall after this call.
 */
export function focusWallNote(scenarioId: string, attempts = 10): void {
  requestAnimationFrame(() => {
    const handle = document.querySelector<HTMLElement>(
      `[data-testid="scenario-note"][data-scenario-id="${CSS.escape(scenarioId)}"] button[aria-label^="Move scenario"]`,
    );
    if (handle && !handle.hasAttribute("disabled")) handle.focus();
    else if (attempts > 0) focusWallNote(scenarioId, attempts - 1);
  });
}
