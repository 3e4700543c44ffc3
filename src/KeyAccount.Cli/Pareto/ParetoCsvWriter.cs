using System.Globalization;
using System.IO;
using nietras.SeparatedValues;

namespace KeyAccount.Cli.Pareto;

/// <summary>
/// Writes <c>keyaccount pareto --format csv</c>: one row per client in rank order with
/// <c>rank,id,value,share,cumulativeShare,abc,vitalFew</c>, invariant culture, RFC 4180 quoting;
/// shares are empty when the net total is not positive.
/// </summary>
internal static class ParetoCsvWriter
{
    public static void Write(ParetoReport report, TextWriter output)
    {
        using var writer = Sep.Writer(o => o with
        {
            Sep = new Sep(','),
            Escape = true,
            CultureInfo = CultureInfo.InvariantCulture,
        }).To(output, leaveOpen: true);
        foreach (var client in report.Analysis.Ranking)
        {
            using var row = writer.NewRow();
            row["rank"].Set(client.Rank.ToString(CultureInfo.InvariantCulture));
            row["id"].Set(client.Client.Value);
            row["value"].Set(client.Amount.ToString(CultureInfo.InvariantCulture));
            row["share"].Set(client.Share?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty);
            row["cumulativeShare"].Set(client.CumulativeShare?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty);
            row["abc"].Set(report.AbcClassAt(client.Rank).ToString());
            row["vitalFew"].Set(report.IsVitalFew(client.Rank) ? "true" : "false");
        }
    }
}
