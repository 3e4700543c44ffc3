#!/usr/bin/env pwsh
# The whale curve of Superstore's profit per customer, from PowerShell 7 with the built library:
#   dotnet publish src/KeyAccount.Core -c Release -f net10.0 -o artifacts/examples/lib
#   dotnet tool restore; dotnet pwsh docs/examples/superstore.ps1 -Library artifacts/examples/lib -Csv tests/data/superstore-orders.csv
# (docs/examples/run-all.sh does both.) With the NuGet package instead, point -Library at the
# package's lib/net10.0 folder next to its dependencies (NodaTime, Ardalis.GuardClauses).
param(
    [Parameter(Mandatory)] [string] $Library,
    [Parameter(Mandatory)] [string] $Csv
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

# Dependencies first, then the library.
foreach ($name in 'NodaTime', 'NodaTime.Serialization.SystemTextJson', 'Ardalis.GuardClauses', 'KeyAccount.Core') {
    Add-Type -Path (Join-Path $Library "$name.dll")
}

# Import-Csv streams rows as objects and copes with the quoted product names; sum profit per customer.
$inv = [System.Globalization.CultureInfo]::InvariantCulture
$profit = [System.Collections.Generic.Dictionary[string, decimal]]::new()
foreach ($row in Import-Csv -Path $Csv) {
    $amount = [decimal]::Parse($row.Profit, [System.Globalization.NumberStyles]::Float, $inv)
    $profit[$row.'Customer ID'] = $(if ($profit.ContainsKey($row.'Customer ID')) { $profit[$row.'Customer ID'] } else { 0 }) + $amount
}

$pairs = [System.Collections.Generic.List[System.Collections.Generic.KeyValuePair[KeyAccount.Core.ClientId, decimal]]]::new()
foreach ($entry in $profit.GetEnumerator()) {
    $pairs.Add([System.Collections.Generic.KeyValuePair[KeyAccount.Core.ClientId, decimal]]::new([KeyAccount.Core.ClientId]::new($entry.Key), $entry.Value))
}

$analysis = [KeyAccount.Core.Pareto.ParetoAnalysis]::Analyze($pairs, [KeyAccount.Core.Currency]::Usd)
$summary = $analysis.Summarize(0.8)
$whale = $summary.Whale

'customers: {0}' -f $summary.ClientCount
'net profit: {0}' -f $summary.Total.ToString('0.00', $inv)
'profitable customers: {0}' -f $whale.PeakClients
'peak profit: {0} ({1} of net)' -f $whale.PeakAmount.ToString('0.00', $inv), ([double]$whale.PeakShare).ToString('P1', $inv)
'loss makers: {0}, destroying {1}' -f $whale.LossMakers, $whale.LossAmount.ToString('0.00', $inv)
$top = $analysis.GetByRank(1)
'most profitable: {0} ({1})' -f $top.Client, $top.Amount.ToString('0.00', $inv)
