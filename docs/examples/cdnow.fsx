// The 20/80 analysis of CDNOW customers' spending, from an F# script with the built library:
//   dotnet publish src/KeyAccount.Core -c Release -f net10.0 -o artifacts/examples/lib
//   dotnet fsi docs/examples/cdnow.fsx artifacts/examples/lib tests/data/cdnow-transactions.csv
// (docs/examples/run-all.sh does both.) `#r "nuget: KeyAccount.Core"` works once the package is
// on a feed you can reach; here the built assemblies are referenced directly.
#r "../../artifacts/examples/lib/NodaTime.dll"
#r "../../artifacts/examples/lib/Ardalis.GuardClauses.dll"
#r "../../artifacts/examples/lib/KeyAccount.Core.dll"

open System
open System.Globalization
open System.IO
open KeyAccount.Core
open KeyAccount.Core.Pareto

let csv = fsi.CommandLineArgs |> Array.tryItem 2 |> Option.defaultValue "tests/data/cdnow-transactions.csv"
let inv = CultureInfo.InvariantCulture

// customer_id,date,number_of_cds,dollar_value: sum the dollars per customer.
let spending =
    File.ReadLines csv
    |> Seq.skip 1
    |> Seq.map (fun line -> line.Split ',')
    |> Seq.groupBy (fun cols -> cols.[0])
    |> Seq.map (fun (id, rows) -> Collections.Generic.KeyValuePair(ClientId id, rows |> Seq.sumBy (fun cols -> Decimal.Parse(cols.[3], inv))))
    |> Array.ofSeq

let analysis = ParetoAnalysis.Analyze(spending, Currency.Usd)
let summary = analysis.Summarize 0.8
let top20 = analysis.GetTopShare 0.2

printfn "%s" (String.Format(inv, "customers: {0}", summary.ClientCount))
printfn "%s" (String.Format(inv, "total spent: {0}", summary.Total))
printfn "%s" (String.Format(inv, "vital few: {0} customers ({1:P1}) bring {2:P1}", summary.VitalFew.Count, summary.VitalFew.ClientShare, summary.VitalFew.ValueShare))
printfn "%s" (String.Format(inv, "top 20% of customers bring {0:P1}", top20.ValueShare))
printfn "%s" (String.Format(inv, "gini: {0:F4}", summary.Gini.Value))
printfn "%s" (String.Format(inv, "computed ABC: A={0} B={1} C={2}", summary.Abc.A, summary.Abc.B, summary.Abc.C))
