namespace KeyAccount.Core.Accounts;

/// <summary>One item of a checklist derived from the account's documents (never ticked by hand).</summary>
/// <param name="Item">What the item asks, such as <c>an account manager is named</c>.</param>
/// <param name="Done">True when the documents show it.</param>
/// <param name="Explanation">What the documents show, in a sentence.</param>
public sealed record ChecklistItem(string Item, bool Done, string Explanation);
