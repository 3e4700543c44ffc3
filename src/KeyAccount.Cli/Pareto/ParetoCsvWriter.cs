using System.Globalization;
using System.IO;
using KeyAccount.Core.Pareto;
using nietras.SeparatedValues;

namespace KeyAccount.Cli.Pareto;

/// <summary>
/// Writes <c>keyaccount pareto --format csv</c>: one row per client in rank order with
/// <c>rank,id,value,share,cumulativeShare,abc,vitalFew</c>, invariant culture, RFC 4180 quoting;
/// shares are empty when the net total is not positive. Rows are gathered in memory and handed to
/// the output about 64 KB at a time: a console writer flushes on every write, and a write per
/// field made millions of clients through a pipe take minutes.
/// </summary>
internal static class ParetoCsvWriter
{
    private const int FlushAt = 1 << 16;

    public static void Write(ParetoReport report, TextWriter output)
    {
        using var buffer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = output.NewLine };
        var text = buffer.GetStringBuilder();
        using (var writer = Sep.Writer(o => o with
        {
            Sep = new Sep(','),
            Escape = true,
            CultureInfo = CultureInfo.InvariantCulture,
        }).To(buffer, leaveOpen: true))
        {
            foreach (var client in report.Analysis.Ranking)
            {
                WriteRow(writer, report, client);
                if (text.Length >= FlushAt)
                {
                    output.Write(text);
                    text.Clear();
                }
            }
        }

        output.Write(text);
        output.Flush();
    }

    private static void WriteRow(SepWriter writer, ParetoReport report, RankedClient client)
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
