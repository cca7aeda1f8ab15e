import { describe, expect, it } from 'vitest';
import {
  aboutTopRisk,
  checkAgainPassed,
  highLevel,
  negativeHighReach,
  registerWarnings,
  repeatedTopic,
  warningsFor,
} from '@/domain/monitoring/rules';
import { issueEntrySchema } from '@/schemas/monitoring';
import { entry } from './fixtures';

const HOUR = 60 * 60 * 1000;
const at = (ms: number) => new Date(Date.parse('2026-12-01T00:00:00.000Z') + ms).toISOString();

describe('a level of 2 or more', () => {
  it('flags level 2 and above (the level model reports them within minutes), not level 1 or an unjudged entry', () => {
    expect(highLevel(entry({ id: 'a', level: 2 }))?.rule).toBe('tingkat-tinggi');
    expect(highLevel(entry({ id: 'a', level: 4 }))?.reason).toContain('tingkat 4');
    expect(highLevel(entry({ id: 'a', level: 1 }))).toBeNull();
    expect(highLevel(entry({ id: 'a' }))).toBeNull();
  });
  it('is not raised for an entry already escalated or closed', () => {
    const context = { now: at(0), entries: [], topRisks: new Map<string, string>() };
    expect(warningsFor(entry({ id: 'a', level: 3, status: 'dieskalasi' }), context)).toEqual([]);
    expect(warningsFor(entry({ id: 'a', level: 3, status: 'dipantau' }), context).map((w) => w.rule)).toEqual(['tingkat-tinggi']);
  });
});

describe('negative and high reach', () => {
  it('flags only negative with high reach', () => {
    expect(negativeHighReach(entry({ id: 'a', sentiment: 'negatif', reach: 'tinggi' }))?.rule).toBe('negatif-jangkauan-tinggi');
    expect(negativeHighReach(entry({ id: 'a', sentiment: 'negatif', reach: 'sedang' }))).toBeNull();
    expect(negativeHighReach(entry({ id: 'a', sentiment: 'netral', reach: 'tinggi' }))).toBeNull();
  });
});

describe('one of the unit top risks', () => {
  const top = new Map([['pelarian', 'Pelarian']]);
  it('names the risk when the type is a top risk', () => {
    expect(aboutTopRisk(entry({ id: 'a', crisisTypeId: 'pelarian' }), top)?.reason).toContain('“Pelarian”');
  });
  it('is silent for another type or no type', () => {
    expect(aboutTopRisk(entry({ id: 'a', crisisTypeId: 'kebakaran' }), top)).toBeNull();
    expect(aboutTopRisk(entry({ id: 'a', crisisTypeId: '' }), top)).toBeNull();
  });
});

describe('three entries on one topic within 48 hours', () => {
  const topic = (gapsMs: number[]) => {
    let t = 0;
    return gapsMs.map((gap, i) => {
      t += gap;
      return entry({ id: `e${i}`, topicId: 'e0', seenAt: at(t) });
    });
  };
  it('flags three entries spanning exactly 48 hours', () => {
    const entries = topic([0, 24 * HOUR, 24 * HOUR]);
    expect(repeatedTopic(entries[0]!, entries)?.rule).toBe('topik-berulang');
  });
  it('does not flag three entries spanning 48 hours and one millisecond', () => {
    const entries = topic([0, 24 * HOUR, 24 * HOUR + 1]);
    expect(repeatedTopic(entries[0]!, entries)).toBeNull();
  });
  it('does not flag two entries, however close', () => {
    const entries = topic([0, 1]);
    expect(repeatedTopic(entries[1]!, entries)).toBeNull();
  });
  it('finds a later window of three among four spread entries', () => {
    const entries = topic([0, 72 * HOUR, HOUR, HOUR]);
    expect(repeatedTopic(entries[0]!, entries)?.reason).toContain('4 kali');
  });
  it('counts only the same topic', () => {
    const entries = [...topic([0, HOUR]), entry({ id: 'x', topicId: 'x', seenAt: at(2 * HOUR) })];
    expect(repeatedTopic(entries[0]!, entries)).toBeNull();
  });
});

describe('check-again time passed', () => {
  const due = entry({ id: 'a', checkAgainAt: at(0) });
  it('is on time at the very moment', () => expect(checkAgainPassed(due, at(0))).toBeNull());
  it('is late one millisecond after', () => expect(checkAgainPassed(due, at(1))?.rule).toBe('waktu-cek-lewat'));
  it('says nothing without a check-again time', () => expect(checkAgainPassed(entry({ id: 'b' }), at(1))).toBeNull());
});

describe('all rules together', () => {
  it('flags nothing on a closed or escalated entry', () => {
    for (const status of ['selesai', 'dieskalasi'] as const) {
      const closed = entry({ id: 'a', status, sentiment: 'negatif', reach: 'tinggi', checkAgainAt: at(0) });
      expect(warningsFor(closed, { now: at(HOUR), entries: [closed], topRisks: new Map() })).toEqual([]);
    }
  });
  it('lists every reason of an open entry, by entry id', () => {
    const hot = entry({
      id: 'a',
      status: 'dipantau',
      sentiment: 'negatif',
      reach: 'tinggi',
      crisisTypeId: 'pelarian',
      checkAgainAt: at(0),
    });
    const calm = entry({ id: 'b' });
    const flagged = registerWarnings({ now: at(HOUR), entries: [hot, calm], topRisks: new Map([['pelarian', 'Pelarian']]) });
    expect(flagged.get('a')?.map((w) => w.rule)).toEqual(['negatif-jangkauan-tinggi', 'risiko-utama', 'waktu-cek-lewat']);
    expect(flagged.has('b')).toBe(false);
  });
  it('the fixture is a valid stored entry', () => {
    expect(issueEntrySchema.safeParse(entry({ id: 'a' })).success).toBe(true);
  });
});
