using System.Collections.Generic;

namespace KeyAccount.Cli.Pareto;

/// <summary>
/// What <c>keyaccount pareto</c> prints, taken from the library's 20/80 result: the summary that
/// forms the JSON contract, the ranked clients for CSV and tables, and the curve for the chart.
/// </summary>
internal sealed record ParetoReport(
    int Clients,
    long Rows,
    decimal Total,
    double Target,
    int VitalFewCount,
    double VitalFewClientShare,
    double VitalFewValueShare,
    double Gini,
    double Hhi,
    int AbcA,
    int AbcB,
    int AbcC,
    WhaleSummary? Whale,
    IReadOnlyList<RankedClient> Ranked,
    IReadOnlyList<CurvePoint> Curve);

/// <summary>The whale curve's summary, present when any amount is negative.</summary>
internal sealed record WhaleSummary(int PeakClients, double PeakShare, int LossMakers, decimal LossAmount);

/// <summary>A client in rank order (largest amount first, ties by id).</summary>
internal sealed record RankedClient(int Rank, string Id, decimal Amount, double Share, double CumulativeShare, char AbcClass, bool VitalFew);

/// <summary>A point of the Lorenz or whale curve: share of clients (0..1) against cumulative share of the total.</summary>
internal readonly record struct CurvePoint(double ClientShare, double ValueShare);
