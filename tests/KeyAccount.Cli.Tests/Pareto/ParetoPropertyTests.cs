using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using KeyAccount.Core;
using KeyAccount.Core.Pareto;

namespace KeyAccount.Cli.Tests.Pareto;

/// <summary>Properties of <c>keyaccount pareto</c> over generated CSVs.</summary>
public sealed class ParetoPropertyTests
{
    private static readonly Gen<(string Id, decimal Amount)[]> Clients =
        Gen.Choose(1, 40).SelectMany(n =>
            Gen.Choose(0, 100_000).Select(cents => cents / 100m).ArrayOf(n).Select(amounts =>
                amounts.Select((a, i) => ("c" + i.ToString(CultureInfo.InvariantCulture), a)).ToArray()))
        .Where(cs => cs.Sum(c => c.Item2) > 0);

    [Property(MaxTest = 60)]
    public Property Json_equals_the_library_summary_whatever_the_row_order_and_split()
    {
        var gen = from clients in Clients
                  from order in Gen.Shuffle(Enumerable.Range(0, clients.Length).ToArray())
                  from splits in Gen.Choose(1, 3).ArrayOf(clients.Length)
                  select (clients, order, splits);
        return Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var (clients, order, splits) = input;

            // Each client's amount is split into 1..3 rows that sum to it exactly; rows are shuffled by client.
            var csv = new StringBuilder("id,value\n");
            foreach (var i in order)
            {
                var (id, amount) = clients[i];
                var part = Math.Round(amount / splits[i], 2);
                for (var k = 1; k < splits[i]; k++)
                {
                    csv.Append(CultureInfo.InvariantCulture, $"{id},{part}\n");
                }

                csv.Append(CultureInfo.InvariantCulture, $"{id},{amount - (part * (splits[i] - 1))}\n");
            }

            var result = CliRunner.RunWithInput(csv.ToString(), "pareto", "-", "--aggregate", "--format", "json");
            var expected = ParetoAnalysis.Analyze(
                clients.Select(c => new KeyValuePair<ClientId, decimal>(new ClientId(c.Id), c.Amount)),
                new Currency("XXX")).Summarize();
            using var json = JsonDocument.Parse(result.Out);
            ParetoRealDataTests.AssertMatchesOrUndefined(expected, json.RootElement);
            return result.ExitCode == 0 && json.RootElement.GetProperty("rows").GetInt64() == splits.Sum();
        });
    }

    [Property(MaxTest = 60)]
    public Property A_repeated_id_without_aggregate_is_refused_naming_the_id_and_both_lines()
    {
        var gen = from clients in Clients
                  from first in Gen.Choose(0, clients.Length - 1)
                  select (clients, first);
        return Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var (clients, first) = input;
            var lines = clients.Select(c => $"{c.Id},{c.Amount.ToString(CultureInfo.InvariantCulture)}").ToList();
            lines.Add($"{clients[first].Id},1");
            var result = CliRunner.RunWithInput("id,value\n" + string.Join("\n", lines) + "\n", "pareto", "-");
            var expected = $"<stdin>:{lines.Count + 1}: the client id '{clients[first].Id}' appears again (first on line {first + 2})";
            return result.ExitCode == 2 && result.Error.Contains(expected, StringComparison.Ordinal) && result.Out.Length == 0;
        });
    }
}
