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
    public static IEnumerable<Command> Create(CliConsole console)
    {
        yield return ReviewCommand.Create(console, Today);
        yield return ParetoCommand.Create(console);
        yield return ClassifyCommand.Create(console);
        yield return LadderCommand.Create(console);
        yield return OpportunitiesCommand.Create(console);
        yield return PlanCommand.Create(console, Today);
        yield return KeyAccount.Cli.Relationships.RelationshipsCommand.Create(console, Today);
        yield return KeyAccount.Cli.Communications.CommunicationsCommand.Create(console, Today);
        yield return KeyAccount.Cli.Accounts.AccountCommand.Create(console, Today);
        yield return KeyAccount.Cli.Accounts.DiaryCommand.Create(console, Today);
        yield return KeyAccount.Cli.Health.HealthCommand.Create(console, Today);
        yield return OfferCommand.Create(console);
        yield return NegotiationCommand.Create(console);
        yield return SampleCommand.Create(console);
    }

    /// <summary>Today in the machine's time zone: the CLI is where the clock is read, never the library.</summary>
    private static LocalDate Today() => SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Bcl.GetSystemDefault()).Date;
}
