import type { KeyMessage } from '@/schemas/communication-plan';
import { countWords } from '@/domain/text/words';

/**
 * Covello's 27/9/3 rule for a message map: three key messages, about 27 words in total, said in about 9 seconds.
 * 27 words in 9 seconds is three words a second; the same pace turns any word count into speaking time.
 */
export const MESSAGE_MAP_MAX_WORDS = 27;
export const MESSAGE_MAP_MAX_SECONDS = 9;
export const MESSAGE_MAP_MESSAGES = 3;
export const WORDS_PER_SECOND = MESSAGE_MAP_MAX_WORDS / MESSAGE_MAP_MAX_SECONDS;
/** A holding statement should be read out in about 30 seconds: 90 words at the same pace. */
export const HOLDING_STATEMENT_MAX_WORDS = 90;

/** Words as a listener hears them: the site's one word count ("Rp10.000", "WBP", "24" each count once). */
export { countWords };

/** Seconds needed to say that many words, rounded up. */
export function speakingSeconds(words: number): number {
  return Math.ceil(words / WORDS_PER_SECOND);
}

export interface MessageMapCount {
  words: number;
  seconds: number;
  /** Key messages that have text. */
  messages: number;
  withinWords: boolean;
  withinSeconds: boolean;
  /** Exactly three key messages are written. */
  allMessages: boolean;
}

export function countMessageMap(messages: readonly KeyMessage[]): MessageMapCount {
  const words = messages.reduce((sum, message) => sum + countWords(message.text), 0);
  const seconds = speakingSeconds(words);
  const written = messages.filter((message) => message.text.trim() !== '').length;
  return {
    words,
    seconds,
    messages: written,
    withinWords: words <= MESSAGE_MAP_MAX_WORDS,
    withinSeconds: seconds <= MESSAGE_MAP_MAX_SECONDS,
    allMessages: written === MESSAGE_MAP_MESSAGES,
  };
}

/** "18 dari 27 kata · ±6 dari 9 detik · 2 dari 3 pesan" */
export function describeMessageMapCount(count: MessageMapCount): string {
  return `${count.words} dari ${MESSAGE_MAP_MAX_WORDS} kata · ±${count.seconds} dari ${MESSAGE_MAP_MAX_SECONDS} detik · ${count.messages} dari ${MESSAGE_MAP_MESSAGES} pesan`;
}
