/**
 * The marker attribute of the overlay's host element. It lives in the core because the engine must skip that
 * element when it reads the page (linearize), and the core imports nothing from the extension or its UI.
 */
export const OVERLAY_HOST_ATTR = 'data-govreport-overlay';
export const OVERLAY_HOST_SELECTOR = `[${OVERLAY_HOST_ATTR}]`;
