using KeyAccount.Core.Pareto;

namespace KeyAccount.Core.Tests.Pareto;

/// <summary>The nine-part deconstruction of <see cref="ParetoSummary"/>, kept for one release, gives the summary's own figures.</summary>
public class ParetoSummaryForwarderTests
{
    [Fact]
    public void The_nine_part_deconstruction_gives_the_summarys_figures()
    {
        var summary = ParetoExampleTests.Of(541, 1463, 2445, 3438, 4437, 5401, 6392, 8304, 11904, 22261).Summarize();
#pragma warning disable CS0618 // The obsolete forwarder is tested on purpose.
        summary.Deconstruct(out var currency, out var clientCount, out var total, out var abc, out var explanation, out var vitalFew, out var gini, out var hhi, out var whale);
#pragma warning restore CS0618
        Assert.Equal(
            (summary.Currency, summary.ClientCount, summary.Total, summary.Abc, summary.Explanation, summary.VitalFew, summary.Gini, summary.Hhi, summary.Whale),
            (currency, clientCount, total, abc, explanation, vitalFew, gini, hhi, whale));
        Assert.Equal(10, clientCount);
        Assert.Equal(66_586m, total);
    }
}
