using System;
using System.Collections.Generic;
using System.Globalization;
using KeyAccount.Core;
using KeyAccount.Core.Json;
using NodaTime;

namespace KeyAccount.Core.NetFxCheck;

/// <summary>
/// Calls the library the way a Dataverse plugin would and checks every answer. Exits 0 when all
/// checks pass, 1 on the first wrong answer (printing it), 2 on an unexpected exception.
/// </summary>
internal static class Program
{
    private static int _checks;

    private static int Main()
    {
        try
        {
            Console.WriteLine("runtime: " + Environment.Version + " (" + (Type.GetType("Mono.Runtime") is null ? ".NET Framework" : "Mono") + ")");
            CheckBuildingBlocks();
            CheckJson();
            AreaChecks.Run(Check);
            Console.WriteLine(_checks.ToString(CultureInfo.InvariantCulture) + " checks passed on the netstandard2.0 build");
            return 0;
        }
        catch (CheckFailedException ex)
        {
            Console.Error.WriteLine("FAILED: " + ex.Message);
            return 1;
        }
#pragma warning disable CA1031 // The point of the program is to report any failure as an exit code.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine("ERROR: " + ex);
            return 2;
        }
    }

    private static void CheckBuildingBlocks()
    {
        Check("client id is trimmed", new ClientId("  ACME ").Value == "ACME");
        Check("client ids order ordinally", new ClientId("B") < new ClientId("a"));
        Check("money adds exactly", (new Money(0.1m, Currency.Eur) + new Money(0.2m, Currency.Eur)).Amount == 0.3m);
        var mixed = false;
        try
        {
            _ = new Money(1m, Currency.Eur) + new Money(1m, Currency.Usd);
        }
        catch (ArgumentException)
        {
            mixed = true;
        }

        Check("mixing currencies throws", mixed);
    }

    private static void CheckJson()
    {
        var money = KeyAccountJson.Deserialize<Money>("{\"amount\": 12.50, \"currency\": \"eur\"}");
        Check("money reads from JSON", money == new Money(12.50m, Currency.Eur));
        Check("dates are ISO strings", KeyAccountJson.Serialize(new LocalDate(2026, 3, 31)) == "\"2026-03-31\"");
        var diagnostics = new List<Diagnostic> { new Diagnostic("KAP001", DiagnosticSeverity.Error, "goals[0]", "A goal mirrors no client goal.") };
        var back = KeyAccountJson.Deserialize<IReadOnlyList<Diagnostic>>(KeyAccountJson.Serialize<IReadOnlyList<Diagnostic>>(diagnostics));
        Check("diagnostics round-trip", back.Count == 1 && back[0] == diagnostics[0]);
    }

    private static void Check(string what, bool ok)
    {
        if (!ok)
        {
            throw new CheckFailedException(what);
        }

        _checks++;
        Console.WriteLine("ok   " + what);
    }

    private sealed class CheckFailedException : Exception
    {
        public CheckFailedException(string message)
            : base(message)
        {
        }
    }
}
