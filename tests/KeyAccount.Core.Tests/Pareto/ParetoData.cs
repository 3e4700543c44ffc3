using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using KeyAccount.Core;
using KeyAccount.Core.Pareto;
using NodaTime;

namespace KeyAccount.Core.Tests.Pareto;

/// <summary>The real data sets of tests/data, read into per-client amounts (see tests/data/README.md).</summary>
internal static class ParetoData
{
    private static readonly Lazy<(ClientId[] Ids, decimal[] Values)> LazySwiss = new(() => ReadIdValue("swiss-inhabitants.csv"));
    private static readonly Lazy<ClientTransaction[]> LazyCdnow = new(ReadCdnow);
    private static readonly Lazy<string[][]> LazySuperstore = new(() => ReadCsv("superstore-orders.csv").Skip(1).ToArray());

    /// <summary>Inhabitants of the 2,896 Swiss communes in 1900 (ABCanalysis' own data set).</summary>
    public static (ClientId[] Ids, decimal[] Values) Swiss => LazySwiss.Value;

    /// <summary>Every CDNOW purchase as a transaction row (customer, dollars, date).</summary>
    public static ClientTransaction[] CdnowRows => LazyCdnow.Value;

    /// <summary>Superstore order lines summed per customer: the column at <paramref name="column"/> (17 = Sales, 20 = Profit).</summary>
    public static (ClientId[] Ids, decimal[] Values) SuperstoreByCustomer(int column)
    {
        var totals = new Dictionary<ClientId, decimal>();
        foreach (var row in LazySuperstore.Value)
        {
            var id = new ClientId(row[5]);
            totals.TryGetValue(id, out var total);
            totals[id] = total + decimal.Parse(row[column], NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        return (totals.Keys.ToArray(), totals.Values.ToArray());
    }

    /// <summary>CDNOW dollars summed per customer over the whole file.</summary>
    public static (ClientId[] Ids, decimal[] Values) CdnowByCustomer()
    {
        var all = new DateInterval(new LocalDate(1990, 1, 1), new LocalDate(2030, 1, 1));
        var sums = ClientTransaction.SumByClient(CdnowRows, all);
        return (sums.Select(p => p.Key).ToArray(), sums.Select(p => p.Value).ToArray());
    }

    private static (ClientId[] Ids, decimal[] Values) ReadIdValue(string file)
    {
        var rows = ReadCsv(file).Skip(1).ToArray();
        return (rows.Select(r => new ClientId(r[0])).ToArray(),
                rows.Select(r => decimal.Parse(r[1], NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray());
    }

    private static ClientTransaction[] ReadCdnow() =>
        ReadCsv("cdnow-transactions.csv").Skip(1)
            .Select(r => new ClientTransaction(
                new ClientId(r[0]),
                decimal.Parse(r[3], NumberStyles.Float, CultureInfo.InvariantCulture),
                LocalDate.FromDateTime(DateTime.ParseExact(r[1], "yyyy-MM-dd", CultureInfo.InvariantCulture))))
            .ToArray();

    private static IEnumerable<string[]> ReadCsv(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", file);
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.Length > 0)
            {
                yield return Split(line);
            }
        }
    }

    private static string[] Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields.ToArray();
    }
}
