// Its own module so pages that only name a backup key do not load the record layout code with it.
/** Where a document's unreadable records are kept: its key followed by this (e.g. "siaga-krisis:pendampingan-rekap#cadangan"). */
export const BACKUP_SUFFIX = '#cadangan';
