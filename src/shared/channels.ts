/**
 * Electron IPC channel names, in a file of their own with no imports so the sandboxed
 * preload can use them without bundling zod.
 */
export const INVOKE_CHANNEL = 'retake:invoke';
/** Pushed from main to every window. */
export const EVENT_CHANNEL = 'retake:event';
/** Asks main to save an export where the person chooses (a save dialog). */
export const SAVE_EXPORT_CHANNEL = 'retake:save-export';
