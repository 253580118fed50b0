import type { Kysely } from "kysely";
import { type ScheduleItem, shortHash } from "../core/index.js";
import { kindFamily, linkScheduleItems, matchScore } from "../link/index.js";
import type { Database } from "./_schema.js";

/** One document's schedule observation with where it sits in that document. */
interface Observation {
  readonly docId: string;
  readonly ord: number;
  readonly item: ScheduleItem;
}

/** The latest date on which the observation was made, "" when unknown (sorts as oldest). */
function observedOn(item: ScheduleItem): string {
  let latest = "";
  for (const h of item.history) if (h.observedOn !== null && h.observedOn > latest) latest = h.observedOn;
  return latest;
}

/** Chronological order, so that linking from scratch gives the same items whatever order documents were saved in. */
function compareObservations(a: Observation, b: Observation): number {
  const da = observedOn(a.item);
  const db = observedOn(b.item);
  if (da !== db) return da < db ? -1 : 1;
  if (a.docId !== b.docId) return a.docId < b.docId ? -1 : 1;
  return a.ord - b.ord;
}

const head = (code: string) => code.slice(0, 3);

/** Linked items that an incoming observation may belong to: same kind family, sharing an actor head or actorless. */
async function findCandidates(trx: Kysely<Database>, incoming: readonly ScheduleItem[]): Promise<string[]> {
  if (incoming.length === 0) return [];
  const families = [...new Set(incoming.map((i) => kindFamily(i.kind)))];
  const heads = [...new Set(incoming.flatMap((i) => i.actors.map(head)))];
  let query = trx.selectFrom("schedule_items").select(["id", "record"]).where("family", "in", families);
  // An actorless observation may match any item of its family; otherwise only items sharing an actor head, or none.
  if (!incoming.some((i) => i.actors.length === 0)) {
    query = query.where((eb) => {
      const actorsOf = eb.selectFrom("schedule_actors").select("item_id");
      const byHead = heads.length > 0 ? [eb("id", "in", actorsOf.where("head", "in", heads))] : [];
      return eb.or([...byHead, eb.not(eb.exists(actorsOf.whereRef("item_id", "=", "schedule_items.id")))]);
    });
  }
  const rows = await query.execute();
  return rows
    .filter((r) => {
      const item = JSON.parse(r.record) as ScheduleItem;
      return incoming.some((obs) => matchScore(item, obs) !== null);
    })
    .map((r) => r.id);
}

/** Ids for newly linked items: the first observation's id unless another item already holds it. */
async function assignIds(
  trx: Kysely<Database>,
  items: readonly ScheduleItem[],
  firstObs: readonly Observation[],
): Promise<string[]> {
  const wanted = items.map((i) => i.id);
  const taken = new Set(
    wanted.length === 0
      ? []
      : (await trx.selectFrom("schedule_items").select("id").where("id", "in", wanted).execute()).map(
          (r) => r.id,
        ),
  );
  const used = new Set<string>();
  return items.map((item, i) => {
    const first = firstObs[i]!;
    let id = item.id;
    if (taken.has(id) || used.has(id)) id = `${item.id}-${shortHash(first.docId, first.ord)}`;
    used.add(id);
    return id;
  });
}

/**
 * Replaces a document's schedule observations and re-links every item they touch (the items this document fed
 * before, and existing items its new observations match), from all of those items' observations, in time order.
 * Returns the number of linked items written.
 */
export async function relinkSchedule(
  trx: Kysely<Database>,
  docId: string,
  incoming: readonly ScheduleItem[],
): Promise<number> {
  const previous = await trx
    .selectFrom("schedule_observations")
    .select("item_id")
    .distinct()
    .where("doc_id", "=", docId)
    .execute();
  await trx.deleteFrom("schedule_observations").where("doc_id", "=", docId).execute();
  const affected = [
    ...new Set([...previous.map((r) => r.item_id), ...(await findCandidates(trx, incoming))]),
  ];
  const others: Observation[] =
    affected.length === 0
      ? []
      : (
          await trx
            .selectFrom("schedule_observations")
            .select(["doc_id", "ord", "record"])
            .where("item_id", "in", affected)
            .execute()
        ).map((r) => ({ docId: r.doc_id, ord: r.ord, item: JSON.parse(r.record) as ScheduleItem }));
  const observations = [...others, ...incoming.map((item, ord) => ({ docId, ord, item }))].sort(
    compareObservations,
  );

  if (affected.length > 0) {
    await trx.deleteFrom("schedule_actors").where("item_id", "in", affected).execute();
    await trx.deleteFrom("schedule_items").where("id", "in", affected).execute();
    await trx.deleteFrom("schedule_observations").where("item_id", "in", affected).execute();
  }
  if (observations.length === 0) return 0;

  const { items, assignment } = linkScheduleItems(
    [],
    observations.map((o) => o.item),
  );
  const firstObs = items.map((_, i) => observations[assignment.indexOf(i)]!);
  const ids = await assignIds(trx, items, firstObs);
  const linked = items.map((item, i) => ({ ...item, id: ids[i]! }));

  await trx
    .insertInto("schedule_items")
    .values(
      linked.map((item) => ({
        id: item.id,
        kind: item.kind,
        family: kindFamily(item.kind),
        title: item.title,
        start_date: item.start,
        end_date: item.end,
        status: item.status,
        record: JSON.stringify(item),
      })),
    )
    .execute();
  const actorRows = linked.flatMap((item) =>
    item.actors.map((actor) => ({ item_id: item.id, actor, head: head(actor) })),
  );
  if (actorRows.length > 0) await trx.insertInto("schedule_actors").values(actorRows).execute();
  await trx
    .insertInto("schedule_observations")
    .values(
      observations.map((o, i) => ({
        doc_id: o.docId,
        ord: o.ord,
        item_id: ids[assignment[i]!]!,
        observed_on: observedOn(o.item) || null,
        record: JSON.stringify(o.item),
      })),
    )
    .execute();
  return linked.length;
}
