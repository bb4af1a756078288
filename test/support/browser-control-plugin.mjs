// Test commands that need the browser's own controls (Chrome DevTools Protocol through
// puppeteer): time-zone and forced-colours emulation, real wheel input with modifier keys,
// double-clicks, two-finger touch pinches and drags, one-finger swipes and taps.
export function browserControlPlugin() {
  const touchSessions = new Map();
  return {
    name: 'browser-control',
    async executeCommand({ command, payload, session }) {
      const commands = [
        'emulate-timezone',
        'emulate-forced-colors',
        'wheel',
        'double-click',
        'pinch',
        'enable-touch',
        'swipe',
        'tap',
      ];
      if (!commands.includes(command)) return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'emulate-timezone') {
        await page.emulateTimezone(payload.timezone || undefined);
        return true;
      }
      if (command === 'emulate-forced-colors') {
        // Windows high contrast, as CSS sees it: @media (forced-colors: active).
        // Through CDP: puppeteer's emulateMediaFeatures does not list forced-colors.
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setEmulatedMedia', {
          features: [{ name: 'forced-colors', value: payload.value }],
        });
        return true;
      }
      if (command === 'enable-touch') {
        // A touch screen, as on a phone: set before the element is made, as d3-zoom checks then.
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
        touchSessions.set(session.id, cdp);
        return true;
      }
      if (command === 'pinch') {
        // Two fingers at (x ± from, y) moving to (x ± to, y) (or along y when `vertical`),
        // both moving `pan` pixels along y on the way: a pinch, or a two-finger drag, through
        // CDP touch input.
        const { x, y, from, to, vertical = false, pan = 0, steps = 8 } = payload;
        const cdp = touchSessions.get(session.id) ?? (await page.createCDPSession());
        const points = (d, dy) =>
          vertical
            ? [
                { x, y: y + dy - d, id: 1 },
                { x, y: y + dy + d, id: 2 },
              ]
            : [
                { x: x - d, y: y + dy, id: 1 },
                { x: x + d, y: y + dy, id: 2 },
              ];
        await cdp.send('Input.dispatchTouchEvent', {
          type: 'touchStart',
          touchPoints: points(from, 0),
        });
        for (let i = 1; i <= steps; i++) {
          const d = from + ((to - from) * i) / steps;
          await cdp.send('Input.dispatchTouchEvent', {
            type: 'touchMove',
            touchPoints: points(d, (pan * i) / steps),
          });
        }
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
        return true;
      }
      if (command === 'swipe') {
        // One finger from (x, y) to (x + dx, y + dy): a swipe through CDP touch input.
        const { x, y, dx, dy, steps = 10 } = payload;
        const cdp = touchSessions.get(session.id) ?? (await page.createCDPSession());
        const at = (i) => [{ x: x + (dx * i) / steps, y: y + (dy * i) / steps, id: 1 }];
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
        for (let i = 1; i <= steps; i++) {
          await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i) });
        }
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
        return true;
      }
      if (command === 'tap') {
        // One finger down and up at (x, y): a tap, which the browser turns into a click.
        const cdp = touchSessions.get(session.id) ?? (await page.createCDPSession());
        const at = [{ x: payload.x, y: payload.y, id: 1 }];
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at });
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
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
