import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { findScenarioProblems } from '@/domain/simulation/structure';
import { scenarioFileSchema } from '@/domain/simulation/scenario-file';
import { scenarioSchema, type Scenario } from '@/schemas/scenario';
import { smallScenario } from './fixture';

function withChange(change: (s: Scenario) => void): Scenario {
  const scenario = structuredClone(smallScenario());
  change(scenario);
  return scenario;
}
const decision = (s: Scenario, index = 0) => {
  const task = s.steps[index]!.task;
  if (task.kind !== 'keputusan') throw new Error('not a decision');
  return task;
};

describe('findScenarioProblems', () => {
  it('accepts a sound story', () => {
    expect(findScenarioProblems(smallScenario())).toEqual([]);
    expect(z.safeParse(scenarioSchema, smallScenario()).success).toBe(true);
  });

  const cases: Array<[string, (s: Scenario) => void, RegExp, (string | number)[]]> = [
    [
      'a dangling option reference',
      (s) => void (decision(s).options[1]!.next = 'tidak-ada'),
      /Langkah “awal” merujuk ke langkah “tidak-ada” yang tidak ada/,
      ['steps', 0, 'task', 'options', 1, 'next'],
    ],
    [
      'a dangling writing reference',
      (s) => {
        const t = s.steps[1]!.task;
        if (t.kind === 'tulisan') t.next = 'hilang';
      },
      /Langkah “tulis” merujuk ke langkah “hilang”/,
      ['steps', 1, 'task', 'next'],
    ],
    [
      'an unreachable end',
      (s) => void (decision(s).options[1]!.next = undefined),
      /Akhir “akhir-buruk” tidak dapat dicapai/,
      ['steps', 3, 'id'],
    ],
    [
      'an unreachable step',
      (s) => void s.steps.push({ ...structuredClone(s.steps[1]!), id: 'yatim' }),
      /Langkah “yatim” tidak dapat dicapai/,
      ['steps', 4, 'id'],
    ],
    [
      'a step with no way to an end (a loop)',
      (s) => {
        const t = s.steps[1]!.task;
        if (t.kind === 'tulisan') t.next = 'awal';
      },
      /putaran/,
      ['steps', 0, 'id'],
    ],
    [
      'a reference to itself',
      (s) => {
        const t = s.steps[1]!.task;
        if (t.kind === 'tulisan') t.next = 'tulis';
      },
      /merujuk ke dirinya sendiri/,
      ['steps', 1, 'task', 'next'],
    ],
    [
      'an option with nowhere to go',
      (s) => void (decision(s).next = undefined),
      /opsi “baik” tidak menuju langkah mana pun/,
      ['steps', 0, 'task', 'options', 0],
    ],
    [
      'two recommended options',
      (s) => void (decision(s).options[1]!.recommended = true),
      /tepat satu opsi “recommended: true” \(sekarang 2\)/,
      ['steps', 0, 'task', 'options'],
    ],
    ['duplicate step ids', (s) => void (s.steps[3]!.id = 'akhir-baik'), /muncul lebih dari sekali/, ['steps', 3, 'id']],
    [
      'duplicate inject ids',
      (s) => void (s.steps[1]!.injects[0]!.id = 'i1'),
      /id inject “i1” sudah dipakai/,
      ['steps', 1, 'injects', 0, 'id'],
    ],
    [
      'shares on a chat message',
      (s) => void (s.steps[0]!.injects[0]!.shares = { start: 1, perMinute: 1 }),
      /hanya unggahan media sosial/,
      ['steps', 0, 'injects', 0, 'shares'],
    ],
    [
      'a news article without a title',
      (s) => void delete s.steps[2]!.injects[0]!.title,
      /memerlukan judul/,
      ['steps', 2, 'injects', 0, 'title'],
    ],
    [
      'minWords above maxWords',
      (s) => {
        const t = s.steps[1]!.task;
        if (t.kind === 'tulisan') t.minWords = 99;
      },
      /“minWords” \(99\) lebih besar/,
      ['steps', 1, 'task', 'minWords'],
    ],
    [
      'a story that starts with an end',
      (s) =>
        void s.steps.unshift({
          id: 'akhir-dulu',
          title: 'x',
          at: 0,
          injects: [],
          task: { kind: 'akhir', title: 'x', outcome: 'o', tone: 'baik' },
        }),
      /tidak boleh langsung berupa akhir/,
      ['steps', 0, 'task'],
    ],
  ];

  for (const [name, change, message, path] of cases) {
    it(`reports ${name}, naming the step and its place in the file`, () => {
      const problems = findScenarioProblems(withChange(change));
      const problem = problems.find((p) => message.test(p.message));
      expect(problem, JSON.stringify(problems, null, 1)).toBeDefined();
      expect(problem!.path).toEqual(path);
    });
  }

  it('reports a story with no end at all', () => {
    const s = withChange((s) => {
      s.steps = s.steps.slice(0, 2);
      const t = s.steps[1]!.task;
      if (t.kind === 'tulisan') t.next = 'awal';
      decision(s).options[1]!.next = undefined;
    });
    expect(findScenarioProblems(s).map((p) => p.message)).toContain(
      'Skenario tidak memiliki akhir. Tambahkan minimal satu langkah dengan “task.kind: akhir”.',
    );
  });

  it('makes the schema fail with the same message (so the build stops)', () => {
    const result = z.safeParse(
      scenarioFileSchema,
      withChange((s) => void (decision(s).options[1]!.next = 'tidak-ada')),
    );
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join('\n')).toMatch(/Langkah “awal” merujuk ke langkah “tidak-ada”/);
  });
});
