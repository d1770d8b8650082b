// The background service worker. Issue 4 wires the message router, rules and badge here.
export default defineBackground(() => {
  // Intentionally empty until the extension issue: the analyzer runs from the CLI for now.
});
