import type { CommunicationPlan } from '@/schemas/communication-plan';
import {
  countMessageMap,
  countWords,
  HOLDING_STATEMENT_MAX_WORDS,
  MESSAGE_MAP_MAX_SECONDS,
  MESSAGE_MAP_MAX_WORDS,
  speakingSeconds,
} from './message-map';

/** A problem with one field, shown next to it. `path` is the field's path in the plan (see setPlanField). */
export interface PlanIssue {
  path: string;
  message: string;
}

/** Longest time a single approval step may be given: one week, in minutes. */
export const MAX_STEP_MINUTES = 7 * 24 * 60;

/**
 * A phone number as written in Indonesia: digits, optionally a leading +, spaces, dashes, dots or brackets
 * between them ("0812-3456-7890", "(0511) 3350 123", "+62 812 3456 7890"), 6 to 15 digits in all.
 */
export function isPhoneNumber(value: string): boolean {
  const trimmed = value.trim();
  if (!/^\+?[0-9(][0-9 ().-]*[0-9]$/.test(trimmed)) return false;
  const digits = trimmed.replace(/\D/g, '').length;
  return digits >= 6 && digits <= 15;
}

/** A YYYY-MM-DD date that exists on the calendar. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const PHONE_MESSAGE =
  'Ini bukan nomor telepon. Tulis angka saja (boleh diawali + dan dipisah spasi atau tanda hubung), misalnya 0812-3456-7890.';

/**
 * Every problem in a plan that the user should correct, each on its field, in Indonesian.
 * `today` (YYYY-MM-DD) decides whether the review date has passed.
 */
export function validatePlan(plan: CommunicationPlan, today: string): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const phone = (path: string, value: string) => {
    if (value.trim() !== '' && !isPhoneNumber(value)) issues.push({ path, message: PHONE_MESSAGE });
  };

  const { issuedDate, reviewDate } = plan.identity;
  for (const [field, value] of [
    ['issuedDate', issuedDate],
    ['reviewDate', reviewDate],
  ] as const) {
    if (value !== '' && !isIsoDate(value))
      issues.push({ path: `identity.${field}`, message: 'Tanggal tidak valid. Pilih tanggal dari kalender.' });
  }
  if (isIsoDate(reviewDate)) {
    if (isIsoDate(issuedDate) && reviewDate <= issuedDate) {
      issues.push({
        path: 'identity.reviewDate',
        message: 'Tanggal tinjauan harus sesudah tanggal penetapan. Pilih tanggal yang lebih akhir.',
      });
    } else if (reviewDate < today) {
      issues.push({
        path: 'identity.reviewDate',
        message: 'Tanggal tinjauan sudah lewat. Tinjau rencana ini, naikkan versinya, lalu tetapkan tanggal tinjauan berikutnya.',
      });
    }
  }

  // Unassigned roles are reported once the team section has been started, so a new plan does not open in red.
  const teamStarted = plan.team.some((m) => [m.name, m.position, m.phone, m.deputyName, m.deputyPhone].some((v) => v.trim() !== ''));
  plan.team.forEach((member, i) => {
    const at = `team.${i}`;
    if (member.role.trim() === '' && [member.name, member.phone].some((v) => v.trim() !== '')) {
      issues.push({ path: `${at}.role`, message: 'Nama peran belum diisi. Tulis peran orang ini, misalnya “Juru bicara”.' });
    }
    if (teamStarted && member.name.trim() === '') {
      issues.push({ path: `${at}.name`, message: 'Belum ada petugas untuk peran ini. Tulis nama petugas yang memegangnya.' });
    }
    if (member.name.trim() !== '' && member.name.trim().toLowerCase() === member.deputyName.trim().toLowerCase()) {
      issues.push({
        path: `${at}.deputyName`,
        message: 'Cadangan harus orang lain. Tulis nama petugas yang menggantikan bila pemegang peran berhalangan.',
      });
    }
    phone(`${at}.phone`, member.phone);
    phone(`${at}.deputyPhone`, member.deputyPhone);
  });

  plan.approval.forEach((step, i) => {
    const minutes = step.minutes.trim();
    if (minutes === '') return;
    const value = Number(minutes);
    if (!/^\d+$/.test(minutes) || value < 1 || value > MAX_STEP_MINUTES) {
      issues.push({
        path: `approval.${i}.minutes`,
        message: `Tulis waktu dalam menit sebagai angka bulat 1–${MAX_STEP_MINUTES}, misalnya 30.`,
      });
    }
  });

  plan.contacts.forEach((contact, i) => phone(`contacts.${i}.phone`, contact.phone));

  plan.scenarios.forEach((scenario, i) => {
    const words = countWords(scenario.holdingStatement);
    if (words > HOLDING_STATEMENT_MAX_WORDS) {
      issues.push({
        path: `scenarios.${i}.holdingStatement`,
        message: `Pernyataan awal terlalu panjang: ${words} kata (±${speakingSeconds(words)} detik). Persingkat menjadi paling banyak ${HOLDING_STATEMENT_MAX_WORDS} kata agar dapat dibacakan dalam 30 detik.`,
      });
    }
    const count = countMessageMap(scenario.messages);
    if (!count.withinWords) {
      issues.push({
        path: `scenarios.${i}.messages`,
        message: `Tiga pesan kunci berjumlah ${count.words} kata (±${count.seconds} detik). Persingkat menjadi sekitar ${MESSAGE_MAP_MAX_WORDS} kata agar dapat diucapkan dalam ${MESSAGE_MAP_MAX_SECONDS} detik.`,
      });
    }
    scenario.messages.forEach((message, m) => {
      if (message.text.trim() === '' && message.facts.some((f) => f.trim() !== '')) {
        issues.push({
          path: `scenarios.${i}.messages.${m}.text`,
          message: 'Fakta pendukung sudah ada, tetapi pesan kuncinya belum. Tulis pesan kunci yang didukung fakta itu.',
        });
      }
    });
  });

  return issues;
}
