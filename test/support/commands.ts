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

/**
 * A two-finger pinch centred at (x, y): the fingers move from ±from to ±to pixels apart, side
 * by side (or one above the other when `vertical`), and both `pan` pixels down on the way (a
 * two-finger drag when `from` equals `to`).
 */
export function pinch(options: {
  x: number;
  y: number;
  from: number;
  to: number;
  vertical?: boolean;
  pan?: number;
}): Promise<unknown> {
  return executeServerCommand('pinch', options);
}

/** Emulates a touch screen from now on (call before the element is created). */
export function enableTouch(): Promise<unknown> {
  return executeServerCommand('enable-touch');
}

/** Emulates forced colours (Windows high contrast): `active`, or `none` to restore. */
export function emulateForcedColors(value: 'active' | 'none'): Promise<unknown> {
  return executeServerCommand('emulate-forced-colors', { value });
}

/** A one-finger touch swipe from (x, y) by (dx, dy) pixels. */
export function swipe(options: { x: number; y: number; dx: number; dy: number }): Promise<unknown> {
  return executeServerCommand('swipe', options);
}

/** A one-finger tap at page coordinates (the browser makes a click of it). */
export function tap(options: { x: number; y: number }): Promise<unknown> {
  return executeServerCommand('tap', options);
}
