/* global window */
// Local stand-in for a session-replay vendor's script: the test server serves it
// under the vendor's host name (mapped to 127.0.0.1). It does nothing but mark itself.
window.hj = window.hj || function () {};
window.__tegasStubReplayLoaded = true;
