import { executeServerCommand } from '@web/test-runner-commands';

/** Emulates a time zone for the page (IANA name), or restores the machine's with null. */
export function emulateTimezone(timezone: string | null): Promise<unknown> {
  return executeServerCommand('emulate-timezone', { timezone });
}

/** A real wheel event at page coordinates, with Ctrl held when asked. */
export function wheel(options: {
  x: number;
  y: number;
  deltaX?: number;
  deltaY?: number;
  ctrlKey?: boolean;
}): Promise<unknown> {
  return executeServerCommand('wheel', options);
}

/** A real double-click at page coordinates. */
export function doubleClick(options: { x: number; y: number }): Promise<unknown> {
  return executeServerCommand('double-click', options);
}
