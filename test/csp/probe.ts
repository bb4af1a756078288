// Loaded first by test/csp/index.html (a classic script, allowed by script-src 'self'): records
// every Content-Security-Policy violation on the page for the test to read.
interface ProbeWindow {
  __violations: string[];
}

const probe = window as unknown as ProbeWindow;
probe.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  probe.__violations.push(
    `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
  );
});
