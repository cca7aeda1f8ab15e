/** The clock speeds a participant can switch between during a run (simulated minutes per real minute). */
export const SPEED_CHOICES = [
  { speed: 1, label: 'Waktu nyata' },
  { speed: 2, label: 'Dipercepat ×2' },
  { speed: 5, label: 'Dipercepat ×5' },
  { speed: 10, label: 'Dipercepat ×10' },
] as const;
