/**
 * Groups of crisis types, by what is threatened (see the module "Memahami Krisis"). A module of its own so that the
 * risk map's browser code, which sorts by group, does not also build the crisis-type schema used at build time.
 */
export const CRISIS_GROUPS = ['keamanan', 'keselamatan', 'integritas', 'informasi', 'luar-tembok', 'kapasitas'] as const;
