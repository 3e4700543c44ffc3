using System.Collections.Generic;
using System.CommandLine;
using KeyAccount.Cli.Pareto;

namespace KeyAccount.Cli.Infrastructure;

/// <summary>The subcommands of <c>keyaccount</c>, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(CliConsole console)
    {
        yield return ParetoCommand.Create(console);
    }
}
