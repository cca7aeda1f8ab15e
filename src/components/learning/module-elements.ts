// The two elements at the end of a module page, started together when the reader gets near either. Quiz.astro and
// ModuleProgress.astro load this with the same script, which the build then ships once (inline), not twice.
import '@/components/quiz/quiz-form';
import './module-progress';
