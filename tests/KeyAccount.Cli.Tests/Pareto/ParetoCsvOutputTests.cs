using System.Globalization;
using System.IO;
using System.Linq;
using KeyAccount.Cli.Pareto;
using KeyAccount.Core;
using KeyAccount.Core.Pareto;
using nietras.SeparatedValues;

namespace KeyAccount.Cli.Tests.Pareto;

/// <summary><c>--format csv</c> writes exactly what an RFC 4180 writer (Sep) writes for the same rows.</summary>
public sealed class ParetoCsvOutputTests
{
    private static readonly string[] Ids = ["a", "b,c", "say \"hi\"", "two\nlines", "Zürich", "x;y", "\"", "cr\rhere"];

    [Property(MaxTest = 100)]
    public Property Csv_output_equals_an_rfc4180_writer_of_the_same_rows()
    {
        var gen = from count in Gen.Choose(1, 30)
                  from cents in Gen.Choose(-50_000, 100_000).ArrayOf(count)
                  select cents;
        return Prop.ForAll(gen.ToArbitrary(), cents =>
        {
            var ids = cents.Select((_, i) => new ClientId(Ids[i % Ids.Length] + i.ToString(CultureInfo.InvariantCulture))).ToArray();
            var amounts = cents.Select(c => c / 100m).ToArray();
            var report = ParetoReport.Create(new ClientAmounts(ids, amounts, ids.Length, new Currency("EUR")), 0.8);
            using var actual = new StringWriter { NewLine = "\n" };
            ParetoCsvWriter.Write(report, actual);
            return Prop.Label(actual.ToString() == Reference(report), actual.ToString());
        });
    }

    private static string Reference(ParetoReport report)
    {
        using var text = new StringWriter { NewLine = "\n" };
        using (var writer = Sep.Writer(o => o with { Sep = new Sep(','), Escape = true, CultureInfo = CultureInfo.InvariantCulture }).To(text, leaveOpen: true))
        {
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

        return text.ToString();
    }
}
