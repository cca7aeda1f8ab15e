// Knowledge checks written in plain MDX:
// <Quiz id="modul-id"><Question prompt="…" multiple><Option correct feedback="…">…</Option></Question></Quiz>
export { default as Quiz } from './Quiz.astro';
export { default as Question } from './Question.astro';
export { default as Option } from './Option.astro';
