// The 20/80 analysis of the Swiss communes from a C# file-based program (.NET 10):
//   dotnet run docs/examples/pareto.cs -- tests/data/swiss-inhabitants.csv
// It references the library project, so it runs on a fresh clone with no package installed.
#:project ../../src/KeyAccount.Core/KeyAccount.Core.csproj

using System;
using System.Globalization;
using System.IO;
using System.Linq;
using KeyAccount.Core;
using KeyAccount.Core.Pareto;

var path = args.Length > 0 ? args[0] : Path.Combine("tests", "data", "swiss-inhabitants.csv");

// id,value with a header; the CLI (keyaccount pareto) streams big files, a script can keep it simple.
var rows = File.ReadLines(path).Skip(1).Select(line => line.Split(',')).ToArray();
var clients = rows.Select(r => new ClientId(r[0])).ToArray();
var amounts = rows.Select(r => decimal.Parse(r[1], NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();

var analysis = ParetoAnalysis.Analyze(clients, amounts, new Currency("XXX"));
var summary = analysis.Summarize(0.8);
var vitalFew = summary.VitalFew!;

Console.WriteLine(FormattableString.Invariant($"clients: {summary.ClientCount}"));
Console.WriteLine(FormattableString.Invariant($"total: {summary.Total}"));
Console.WriteLine(FormattableString.Invariant($"vital few: {vitalFew.Count} clients ({vitalFew.ClientShare:P1}) hold {vitalFew.ValueShare:P1}"));
Console.WriteLine(FormattableString.Invariant($"gini: {summary.Gini:F4}"));
Console.WriteLine(FormattableString.Invariant($"computed ABC: A={summary.Abc.A} B={summary.Abc.B} C={summary.Abc.C}"));
Console.WriteLine(FormattableString.Invariant($"largest: {analysis.GetByRank(1).Client} ({analysis.GetByRank(1).Amount})"));
