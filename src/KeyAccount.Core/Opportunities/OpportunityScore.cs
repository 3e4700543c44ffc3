namespace KeyAccount.Core.Opportunities;

/// <summary>The scores of one opportunity, and their explanation.</summary>
/// <param name="Id">The opportunity's id.</param>
/// <param name="Client">The client.</param>
/// <param name="ExpectedReturn">Benefit x probability, in the currency, exact.</param>
/// <param name="ReturnPerHour">Expected return per hour of time needed; null when it needs no time.</param>
/// <param name="ReturnPerMoney">Expected return per currency unit of money needed (a return on spend); null when it needs no money.</param>
/// <param name="ReturnPerPersonDay">Expected return per person-day needed; null when it needs no personnel.</param>
/// <param name="Effort">
/// The mean, over the resources with a positive reference, of need / reference: 1 is a typical
/// opportunity's effort, 0 needs nothing. At least 0.
/// </param>
/// <param name="PriorityScore">
/// Expected return / effort: the expected return per typical opportunity's worth of resources;
/// null when the effort is 0 (it costs nothing, and ranks before every scored opportunity).
/// </param>
/// <param name="Rank">1 for the highest priority: opportunities needing nothing first (by expected return), then by priority score, expected return and id.</param>
/// <param name="Quadrant">Its quadrant of the value-against-effort matrix.</param>
/// <param name="Explanation">How the scores and the quadrant came about, in a sentence or two.</param>
public sealed record OpportunityScore(
    string Id,
    ClientId Client,
    decimal ExpectedReturn,
    double Effort,
    int Rank,
    ValueEffortQuadrant Quadrant,
    string Explanation,
    double? ReturnPerHour = null,
    double? ReturnPerMoney = null,
    double? ReturnPerPersonDay = null,
    double? PriorityScore = null);
