/* global */
// Test commands that need the browser's own controls (Chrome DevTools Protocol through
// puppeteer): time-zone emulation, real wheel input with modifier keys, and double-clicks.
export function browserControlPlugin() {
  return {
    name: 'browser-control',
    async executeCommand({ command, payload, session }) {
      if (!['emulate-timezone', 'wheel', 'double-click'].includes(command)) return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'emulate-timezone') {
        await page.emulateTimezone(payload.timezone || undefined);
        return true;
      }
      if (command === 'double-click') {
        await page.mouse.click(payload.x, payload.y, { count: 2 });
        return true;
      }
      const { x, y, deltaX = 0, deltaY = 0, ctrlKey = false } = payload;
      await page.mouse.move(x, y);
      if (ctrlKey) await page.keyboard.down('Control');
      await page.mouse.wheel({ deltaX, deltaY });
      if (ctrlKey) await page.keyboard.up('Control');
      return true;
    },
  };
}
