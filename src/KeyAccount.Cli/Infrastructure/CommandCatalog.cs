using System;
using System.Collections.Generic;
using System.CommandLine;
using KeyAccount.Cli.Classification;
using KeyAccount.Cli.Ladder;
using KeyAccount.Cli.Negotiation;
using KeyAccount.Cli.Opportunities;
using KeyAccount.Cli.Pareto;
using KeyAccount.Cli.Planning;
using KeyAccount.Cli.Review;
using NodaTime;

namespace KeyAccount.Cli.Infrastructure;

/// <summary>The subcommands of <c>keyaccount</c>, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    /// <summary>Every subcommand.</summary>
    public static IEnumerable<Command> Create(CliConsole console)
    {
        foreach (var (_, create) in Factories)
        {
            yield return create(console);
        }
    }

    /// <summary>
    /// The subcommand named <paramref name="name"/> alone, or null when no subcommand has that name.
    /// A process runs one command: building the other thirteen (their options, validators and
    /// handlers) would only delay its start.
    /// </summary>
    public static Command? CreateOnly(CliConsole console, string name)
    {
        foreach (var (commandName, create) in Factories)
        {
            if (commandName == name)
            {
                return create(console);
            }
        }

        return null;
    }

    /// <summary>The subcommands by name, in the order <c>--help</c> lists them (a test checks each name against the command it builds).</summary>
    internal static IReadOnlyList<(string Name, Func<CliConsole, Command> Create)> Factories { get; } =
    [
        ("review", console => ReviewCommand.Create(console, Today)),
        ("pareto", ParetoCommand.Create),
        ("classify", ClassifyCommand.Create),
        ("ladder", LadderCommand.Create),
        ("opportunities", OpportunitiesCommand.Create),
        ("plan", console => PlanCommand.Create(console, Today)),
        ("relationships", console => KeyAccount.Cli.Relationships.RelationshipsCommand.Create(console, Today)),
        ("communications", console => KeyAccount.Cli.Communications.CommunicationsCommand.Create(console, Today)),
        ("account", console => KeyAccount.Cli.Accounts.AccountCommand.Create(console, Today)),
        ("diary", console => KeyAccount.Cli.Accounts.DiaryCommand.Create(console, Today)),
        ("health", console => KeyAccount.Cli.Health.HealthCommand.Create(console, Today)),
        ("offer", OfferCommand.Create),
        ("negotiation", NegotiationCommand.Create),
        ("sample", SampleCommand.Create),
    ];

    /// <summary>Today in the machine's time zone: the CLI is where the clock is read, never the library.</summary>
    private static LocalDate Today() => SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Bcl.GetSystemDefault()).Date;
}
