// Every checklist, in the order of their `order` field: for the index and the printable booklet.
import { getCollection } from 'astro:content';

export async function orderedChecklists() {
  return (await getCollection('checklists')).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}
