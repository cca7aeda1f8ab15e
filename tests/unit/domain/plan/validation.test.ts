import { describe, expect, it } from 'vitest';
import { isIsoDate, isPhoneNumber, validatePlan } from '@/domain/plan/validation';
import { setPlanField } from '@/domain/plan/plans';
import type { PlanFieldPath } from '@/domain/plan/field-paths';
import { completePlan, newPlan, TODAY } from './fixtures';

const words = (n: number) => Array.from({ length: n }, () => 'kata').join(' ');

describe('isPhoneNumber', () => {
  it.each(
    ['0812-3456-7890', '081234567890', '+62 812 3456 7890', '(0511) 3350 123', '0511.335.0123', '110', '112233'].map((v) => [
      v,
      v !== '110',
    ]),
  )('%j → %s', (value, expected) => expect(isPhoneNumber(value)).toBe(expected));
  it.each(['', 'tidak ada', '0812-ABC', '+', '0812 3456 7890 1234 56', '62+812345678', '0812345678-', 'telp 0812345678', '--0812345'])(
    '%j is not a phone number',
    (value) => {
      expect(isPhoneNumber(value)).toBe(false);
    },
  );
});

describe('isIsoDate', () => {
  it.each([
    ['2026-11-29', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['29-11-2026', false],
    ['', false],
  ])('%j → %s', (value, expected) => expect(isIsoDate(value)).toBe(expected));
});

describe('validatePlan', () => {
  it('finds nothing wrong in a complete, correct plan', () => {
    expect(validatePlan(completePlan(), TODAY)).toEqual([]);
  });

  it('does not open a new plan in red: unassigned roles are reported only once the team section is started', () => {
    expect(validatePlan(newPlan(), TODAY)).toEqual([]);
    const started = setPlanField(newPlan(), 'team.1.name', 'Budi');
    const issues = validatePlan(started, TODAY);
    expect(issues.map((i) => i.path)).toEqual(['team.0.name', 'team.2.name', 'team.3.name', 'team.4.name', 'team.5.name', 'team.6.name']);
    expect(issues[0]?.message).toBe('Belum ada petugas untuk peran ini. Tulis nama petugas yang memegangnya.');
  });

  const cases: Array<[string, PlanFieldPath, string, string, RegExp]> = [
    ['a phone that is not a phone', 'team.0.phone', 'nomor kantor', 'team.0.phone', /^Ini bukan nomor telepon\. Tulis angka saja/],
    ['a deputy phone that is not a phone', 'team.3.deputyPhone', '0812-ABCD', 'team.3.deputyPhone', /bukan nomor telepon/],
    ['a contact phone that is not a phone', 'contacts.2.phone', 'lihat grup', 'contacts.2.phone', /bukan nomor telepon/],
    ['a role with nobody assigned', 'team.1.name', '', 'team.1.name', /Belum ada petugas untuk peran ini/],
    ['a person without a role name', 'team.2.role', '', 'team.2.role', /Nama peran belum diisi/],
    ['the same person as holder and deputy', 'team.0.deputyName', 'petugas 1', 'team.0.deputyName', /Cadangan harus orang lain/],
    ['minutes that are not a number', 'approval.0.minutes', 'setengah jam', 'approval.0.minutes', /angka bulat 1–10080/],
    ['zero minutes', 'approval.1.minutes', '0', 'approval.1.minutes', /angka bulat/],
    ['more than a week', 'approval.1.minutes', '10081', 'approval.1.minutes', /angka bulat/],
    [
      'a holding statement over 90 words',
      'scenarios.0.holdingStatement',
      words(91),
      'scenarios.0.holdingStatement',
      /^Pernyataan awal terlalu panjang: 91 kata \(±31 detik\)\. Persingkat menjadi paling banyak 90 kata/,
    ],
    [
      'a message map over 27 words',
      'scenarios.0.messages.0.text',
      words(20),
      'scenarios.0.messages',
      /^Tiga pesan kunci berjumlah 32 kata \(±11 detik\)/,
    ],
    ['facts without their key message', 'scenarios.0.messages.1.text', '', 'scenarios.0.messages.1.text', /pesan kuncinya belum/],
    ['a review date in the past', 'identity.reviewDate', '2026-11-28', 'identity.reviewDate', /sudah lewat/],
    [
      'a review date before the plan was issued',
      'identity.reviewDate',
      '2026-10-01',
      'identity.reviewDate',
      /harus sesudah tanggal penetapan/,
    ],
    ['a date that does not exist', 'identity.issuedDate', '2026-02-30', 'identity.issuedDate', /Tanggal tidak valid/],
  ];

  it.each(cases)('reports %s on its field, in Indonesian', (_, path, value, issuePath, message) => {
    const issues = validatePlan(setPlanField(completePlan(), path, value), TODAY);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe(issuePath);
    expect(issues[0]?.message).toMatch(message);
  });

  it('accepts the boundaries: 90 words of holding statement, 27 words of messages, 1 and 10080 minutes, review today', () => {
    let plan = setPlanField(completePlan(), 'scenarios.0.holdingStatement', words(90));
    plan = setPlanField(plan, 'scenarios.0.messages.0.text', words(9));
    plan = setPlanField(plan, 'scenarios.0.messages.1.text', words(9));
    plan = setPlanField(plan, 'scenarios.0.messages.2.text', words(9));
    plan = setPlanField(plan, 'approval.0.minutes', '1');
    plan = setPlanField(plan, 'approval.1.minutes', '10080');
    plan = setPlanField(plan, 'identity.reviewDate', TODAY);
    expect(validatePlan(plan, TODAY)).toEqual([]);
  });

  it('leaves empty optional fields alone: an empty phone or minutes is missing (completeness), not wrong', () => {
    let plan = setPlanField(completePlan(), 'team.0.phone', '');
    plan = setPlanField(plan, 'approval.0.minutes', ' ');
    plan = setPlanField(plan, 'identity.reviewDate', '');
    expect(validatePlan(plan, TODAY)).toEqual([]);
  });
});
