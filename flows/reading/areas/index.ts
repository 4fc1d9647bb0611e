// The service areas the bot knows, by id: SERVICE_AREA picks one. Another area deploys by adding its file here.
import type { ServiceArea } from './area.js';
import { somerset } from './somerset.js';

export type { ServiceArea } from './area.js';

const AREAS: Readonly<Record<string, ServiceArea>> = { somerset };

/** The area SERVICE_AREA names; an area with no gazetteer yet knows only its own name. */
export function serviceArea(name: string): ServiceArea {
  const id = name.trim().toLowerCase();
  return (
    AREAS[id] ?? {
      id,
      name: name.trim(),
      areaNames: [id],
      places: {},
      postcodes: {},
      outsidePostcodes: [],
      outside: [],
      everydayWords: [],
    }
  );
}
