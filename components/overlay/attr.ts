/** The overlay host's marker attribute (its own module so the gate can skip our nodes without the overlay code). */
export const HOST_ATTR = 'data-govreport-overlay';
