// Browser permissions the live rules know, as named by the Permissions API.
export const PERMISSIONS = {
  /** Requested at a checkout or signup, these have no link to the job. */
  unrelated: ['camera', 'microphone', 'geolocation'],
  /** Asking for these without a gesture is the no_gesture case. */
  gestureNeeded: ['geolocation', 'notifications', 'camera', 'microphone'],
} as const;
