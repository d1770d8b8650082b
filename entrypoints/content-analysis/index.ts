import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { attachAnalyser } from '../consent.content/analyser';

// The analysis half of the content script (see consent.content/bridge.ts). An
// unlisted script: built, but neither in the manifest nor web-accessible. The
// background injects it with scripting.executeScript into the frame whose
// bootstrap found a form page that is analysed (or the user asked), so pages
// without forms never load extraction, layout reads or highlights. It runs in
// the bootstrap's isolated world and borrows its ContentScriptContext (an
// unlisted script has no ctx of its own, which also keeps WXT's ~4 kB context
// class out of this file). Attaching is idempotent. Explicit imports only: the
// unimport exclusions in wxt.config.ts cover the modules this pulls in.

export default defineUnlistedScript(() => {
  attachAnalyser();
});
