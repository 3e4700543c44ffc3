using KeyAccount.Core.Pareto;

namespace KeyAccount.Cli.Pareto;

/// <summary>
/// What <c>keyaccount pareto</c> prints: the library's analysis and its summary for the requested
/// target share, and the number of CSV rows read. Every figure comes from the library; the CLI only
/// formats.
/// </summary>
internal sealed record ParetoReport(ParetoAnalysis Analysis, ParetoSummary Summary, long Rows, double Target)
{
    /// <summary>Runs the library's 20/80 analysis on the amounts read.</summary>
    public static ParetoReport Create(ClientAmounts amounts, double target)
    {
        var analysis = ParetoAnalysis.Analyze(amounts.Ids, amounts.Amounts, amounts.Currency);
        return new ParetoReport(analysis, analysis.Summarize(target), amounts.Rows, target);
    }

    /// <summary>The class letter of the client at <paramref name="rank"/> in the computed ABC analysis.</summary>
    public char AbcClassAt(int rank) => Summary.Abc.ClassAt(rank) switch
    {
        AbcClass.A => 'A',
        AbcClass.B => 'B',
        _ => 'C',
    };

    /// <summary>Whether the client at <paramref name="rank"/> is one of the vital few.</summary>
    public bool IsVitalFew(int rank) => Summary.VitalFew is { } vitalFew && rank <= vitalFew.Count;
}
