// Plan fields by typed path, with their limits read from the plan's schema: one place for each field's maximum length.
import type { CommunicationPlan } from '@/schemas/communication-plan';
import { communicationPlanSchema } from '@/schemas/communication-plan';

/**
 * The dotted paths to the text fields of a value of type T: "name", "identity.unitName", "team.2.phone",
 * "scenarios.0.messages.1.facts.2". Derived from the schema's type, so a path that does not exist fails the type check.
 */
export type TextPaths<T> = T extends string
  ? never
  : T extends readonly (infer Item)[]
    ? Item extends string
      ? `${number}`
      : `${number}.${TextPaths<Item>}`
    : T extends object
      ? { [K in keyof T & string]-?: NonNullable<T[K]> extends string ? K : `${K}.${TextPaths<NonNullable<T[K]>>}` }[keyof T & string]
      : never;

/** A text field of a plan (the plan's own id and dates are not fields the user writes, but are paths all the same). */
export type PlanFieldPath = TextPaths<CommunicationPlan>;

/** The row type of each list of a plan, by the list's path (PLAN_LISTS in plans.ts). */
type RowOf<L extends string> = L extends `${infer Outer}.${infer Inner}`
  ? Outer extends keyof CommunicationPlan
    ? Inner extends keyof CommunicationPlan[Outer]
      ? CommunicationPlan[Outer][Inner] extends readonly (infer Row)[]
        ? Row
        : never
      : never
    : never
  : L extends keyof CommunicationPlan
    ? CommunicationPlan[L] extends readonly (infer Row)[]
      ? Row
      : never
    : never;

/** A field inside a row of a list, by its path in the row: "phone" in "team", "messages.0.facts.2" in "scenarios". */
export type RowFieldPath<L extends string> = TextPaths<RowOf<L>>;

/** The parts of a zod/mini schema this reads (its definition), without depending on zod's internal types. */
interface SchemaNode {
  _zod: {
    def: {
      type: string;
      shape?: Record<string, SchemaNode>;
      element?: SchemaNode;
      items?: SchemaNode[];
      innerType?: SchemaNode;
      checks?: Array<{ _zod: { def: { check: string; maximum?: number } } }>;
    };
  };
}

/**
 * The maximum length the plan's schema allows for the field at `path` (rows by any index): what the form's
 * `maxlength` says. Build time only (Field.astro): the browser never needs the schema's limits apart from validation.
 * Throws for a path with no length limit, so a field can never be rendered without one.
 */
export function planFieldMaxLength(path: PlanFieldPath): number {
  let node = communicationPlanSchema as unknown as SchemaNode;
  for (const key of path.split('.')) {
    const def = node._zod.def;
    const next =
      def.type === 'object'
        ? def.shape?.[key]
        : def.type === 'array'
          ? def.element
          : def.type === 'tuple'
            ? def.items?.[Number(key)]
            : undefined;
    if (!next) throw new Error(`No field “${path}” in the plan's schema`);
    node = next._zod.def.type === 'optional' ? next._zod.def.innerType! : next;
  }
  const max = node._zod.def.checks?.find((check) => check._zod.def.check === 'max_length')?._zod.def.maximum;
  if (max === undefined) throw new Error(`The plan's schema sets no maximum length for “${path}”`);
  return max;
}
