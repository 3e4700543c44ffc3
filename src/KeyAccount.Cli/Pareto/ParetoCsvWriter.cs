using System.Globalization;
using System.IO;
using nietras.SeparatedValues;

namespace KeyAccount.Cli.Pareto;

/// <summary>
/// Writes <c>keyaccount pareto --format csv</c>: one row per client in rank order with
/// <c>rank,id,value,share,cumulativeShare,abc,vitalFew</c>, invariant culture, RFC 4180 quoting.
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
        foreach (var client in report.Ranked)
        {
            using var row = writer.NewRow();
            row["rank"].Set(client.Rank.ToString(CultureInfo.InvariantCulture));
            row["id"].Set(client.Id);
            row["value"].Set(client.Amount.ToString(CultureInfo.InvariantCulture));
            row["share"].Set(client.Share.ToString("R", CultureInfo.InvariantCulture));
            row["cumulativeShare"].Set(client.CumulativeShare.ToString("R", CultureInfo.InvariantCulture));
            row["abc"].Set(client.AbcClass.ToString());
            row["vitalFew"].Set(client.VitalFew ? "true" : "false");
        }
    }
}
