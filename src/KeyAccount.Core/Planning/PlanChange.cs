using System.Text.Json.Serialization;

namespace KeyAccount.Core.Planning;

/// <summary>
/// One difference between two versions of a plan (<see cref="PlanComparison.Compare"/>): an item
/// added or removed, or a member changed, with where it is, the values before and after, and a
/// sentence a key account manager can read.
/// </summary>
/// <param name="Kind">Added, removed or changed.</param>
/// <param name="Part">The part of the plan: goals, actions, decisions, budgets, ...</param>
/// <param name="Path">
/// Where, in the style of diagnostics (no <c>$.</c>, indices from zero): in the new plan for an
/// item added or a member changed (<c>goals[2].deadline.on</c>), in the old plan for an item
/// removed (<c>actions[4]</c>). Indices depend on the order of the lists; the item itself is
/// named by <paramref name="Id"/>.
/// </param>
/// <param name="Summary">The change in a sentence, such as <c>Goal 'research': deadline moved from 2026-06-30 to 2026-07-31 (31 days later).</c></param>
/// <param name="Id">
/// The key the item was matched by: the id of a client goal, goal, event, budget or action; the
/// description of a decision; the date of a review. Null for a member of the plan itself or of
/// the four P's, and for a status-history entry (matched by position).
/// </param>
/// <param name="Member">
/// The member changed, relative to the item (<c>deadline.on</c>, <c>serves</c>), or relative to
/// the plan when <paramref name="Id"/> is null and the change is not in the status history
/// (<c>title</c>, <c>mix.price.rationale</c>); empty for an item added or removed.
/// </param>
/// <param name="OldValue">The value before, as JSON text in the library's format (<c>"2026-06-30"</c>, <c>12.5</c>, a whole item's object); null when there was none (an item added, a member set).</param>
/// <param name="NewValue">The value after, as JSON text; null when there is none (an item removed, a member cleared).</param>
/// <param name="Occurrence">
/// Which of the items sharing <paramref name="Id"/> in its list: 0 unless a plan has duplicate ids
/// (<c>KAP001</c>). An id's items are then taken in the order of their JSON text (not of the
/// list), identical items are matched first and the rest in that order; for an item changed or
/// removed this is its place among the old plan's items of the id, for an item added the number
/// of the id's items that stay, plus its place among those added.
/// </param>
public sealed record PlanChange(
    PlanChangeKind Kind,
    PlanPart Part,
    string Path,
    string Summary,
    string? Id = null,
    string Member = "",
    [property: JsonConverter(typeof(JsonTextConverter))] string? OldValue = null,
    [property: JsonConverter(typeof(JsonTextConverter))] string? NewValue = null,
    int Occurrence = 0);
