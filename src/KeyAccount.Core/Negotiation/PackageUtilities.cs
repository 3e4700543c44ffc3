namespace KeyAccount.Core.Negotiation;

/// <summary>
/// Both sides' additive utilities of a valid plan's packages, as exact integers (10^9 per unit of
/// utility): the weighted issue scores with weights normalised to sum 1 per side.
/// </summary>
internal sealed class PackageUtilities
{
    public PackageUtilities(IssueScale[] scales)
    {
        double ourTotal = 0, clientTotal = 0;
        foreach (var scale in scales)
        {
            ourTotal += scale.Issue.OurWeight;
            clientTotal += scale.Issue.ClientWeight;
        }

        OurUnits = new long[scales.Length][];
        ClientUnits = new long[scales.Length][];
        for (var i = 0; i < scales.Length; i++)
        {
            var s = scales[i];
            var ourWeight = s.Issue.OurWeight / ourTotal;
            var clientWeight = s.Issue.ClientWeight / clientTotal;
            OurUnits[i] = new long[s.Values.Length];
            ClientUnits[i] = new long[s.Values.Length];
            for (var j = 0; j < s.Values.Length; j++)
            {
                OurUnits[i][j] = FrontierMerge.ToUnits(ourWeight * s.OurScores[j]);
                ClientUnits[i][j] = FrontierMerge.ToUnits(clientWeight * s.ClientScores[j]);
            }
        }
    }

    /// <summary>Our integer utility of each option of each issue.</summary>
    public long[][] OurUnits { get; }

    /// <summary>The client's integer utility of each option of each issue.</summary>
    public long[][] ClientUnits { get; }

    public long Ours(int[] choice)
    {
        long sum = 0;
        for (var i = 0; i < choice.Length; i++)
        {
            sum += OurUnits[i][choice[i]];
        }

        return sum;
    }

    public long Clients(int[] choice)
    {
        long sum = 0;
        for (var i = 0; i < choice.Length; i++)
        {
            sum += ClientUnits[i][choice[i]];
        }

        return sum;
    }
}
