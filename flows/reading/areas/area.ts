// What a service area is, as data: its towns and villages, the postcode districts it covers, and the places
// nearby that belong to other areas. One file per area under flows/reading/areas/.

export interface ServiceArea {
  /** Lowercase key, as SERVICE_AREA names it ("somerset"). */
  id: string;
  /** How people name the whole area ("Somerset"). */
  name: string;
  /** Other names for the whole area ("somerset council"). */
  areaNames: readonly string[];
  /** Canonical place name -> other spellings people use (the canonical name itself need not be listed). */
  places: Readonly<Record<string, readonly string[]>>;
  /** Canonical names in `places` that are parts of the area rather than towns ("Exmoor"): a town named too wins. */
  regions?: readonly string[];
  /** Postcode districts inside the area ("TA6") -> the town they are read as. */
  postcodes: Readonly<Record<string, string>>;
  /** Postcode areas or districts that are outside ("BA1", "BS", "EX"). A district rule beats an area rule. */
  outsidePostcodes: readonly string[];
  /** Places outside the area that people nearby may name (other councils, big cities). */
  outside: readonly string[];
  /** Place names that are also everyday words ("Street", "Wells"): only read after "in", "near" and the like, or
   * alone. */
  everydayWords: readonly string[];
}
