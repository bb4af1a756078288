// Serves the repository so the demo can load dist/ and its data; prints the demo's URL.
// Uses PORT (default 8000), or any free port when that one is taken.
import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';

/** Resolves to `port` if it can be listened on, else to a free port the system picks. */
function availablePort(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(availablePort(0)));
    probe.listen(port, () => {
      const { port: free } = probe.address();
      probe.close(() => resolve(free));
    });
  });
}

const wanted = Number(process.env.PORT ?? 8000);
const port = await availablePort(wanted);
if (port !== wanted) console.log(`Port ${wanted} is in use; using ${port}.`);
await startDevServer({
  config: { rootDir: '.', port, hostname: '127.0.0.1', nodeResolve: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`ai-timeline demo: http://127.0.0.1:${port}/demo/  (Ctrl+C to stop)`);
