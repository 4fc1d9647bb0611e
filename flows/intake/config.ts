// Defaults the journey's guards use; tests and the bot can change them with `.provide({ guards })`.

/** A MESSAGE this many hours after the last one is met with "welcome back" and where we got to. */
export const AWAY_HOURS = 6;

/** After they answer "are you safe right now?", it is not asked again for this many hours. */
export const SAFE_CHECK_HOURS = 24;
