using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KeyAccount.Core.Communications;
using KeyAccount.Core.Planning;
using NodaTime;

namespace KeyAccount.Core.Tests.Communications;

public class CommunicationValidatorTests
{
    private static readonly LocalDate Start = new(2026, 1, 5);

    /// <summary>One injected defect: the inputs it gives and where its code must show.</summary>
    public sealed record Defect(string Code, string Path, Func<Inputs> Make);

    /// <summary>What the validator is given.</summary>
    public sealed record Inputs(CommunicationProgramme Programme, CommunicationSettings? Settings = null, AudienceDirectory? Directory = null, AccountPlan? Plan = null);

    private static CommunicationProgramme Sample => SamplePrograms.PublisherAndBookshop(Start);

    private static Inputs WithItem(int index, Func<ProgrammeItem, ProgrammeItem> change)
    {
        var items = Sample.Items.ToArray();
        items[index] = change(items[index]);
        return new Inputs(Sample with { Items = items });
    }

    private static Inputs WithMessage(int index, Func<Message, Message> change)
    {
        var messages = Sample.Messages.ToArray();
        messages[index] = change(messages[index]);
        return new Inputs(Sample with { Messages = messages });
    }

    private static Inputs WithAudience(int index, Func<Audience, Audience> change, AudienceDirectory? directory = null)
    {
        var audiences = Sample.Audiences.ToArray();
        audiences[index] = change(audiences[index]);
        return new Inputs(Sample with { Audiences = audiences }, Directory: directory);
    }

    public static IEnumerable<Defect> All() => new[]
    {
        new Defect("KAC001", "items[1].id", () => WithItem(1, i => i with { Id = "kickoff" })),
        new Defect("KAC001", "messages[1].id", () => WithMessage(1, m => m with { Id = " expertise " })),
        new Defect("KAC002", "audiences[2].id", () => WithAudience(2, a => a with { Id = "  " })),
        new Defect("KAC003", "items[0].status", () => WithItem(0, i => i with { Status = (ProgrammeItemStatus)7 })),
        new Defect("KAC003", "messages[0].type", () => WithMessage(0, m => m with { Type = (MessageType)9 })),
        new Defect("KAC003", "directory.people[0].kinds[0]", () => new Inputs(Sample, Directory: new AudienceDirectory(new[] { new AudienceMember("shop-owner") { Kinds = new[] { (PersonKind)42 } } }))),
        new Defect("KAC004", "messages[0].subject", () => WithMessage(0, m => m with { Subject = MessageSubject.NewCompetitors })),
        new Defect("KAC005", "audiences[1]", () => WithAudience(1, a => a with { People = Array.Empty<string>() })),
        new Defect("KAC006", "messages[3].functions", () => WithMessage(3, m => m with { Functions = Array.Empty<CommunicationFunction>() })),
        new Defect("KAC007", "items[2].message", () => WithItem(2, i => i with { Message = "no-such-message" })),
        new Defect("KAC008", "items[2].audience", () => WithItem(2, i => i with { Audience = "no-such-audience" })),
        new Defect("KAC009", "audiences[1].people[0]", () => WithAudience(1, a => a with { People = new[] { "stranger" } }, SamplePrograms.BookshopPeople())),
        new Defect("KAC009", "audiences[3].units[0]", () => WithAudience(3, a => a with { Units = new[] { "warehouse" } }, SamplePrograms.BookshopPeople())),
        new Defect("KAC010", "items[8].customTool", () => WithItem(8, i => i with { CustomTool = " " })),
        new Defect("KAC010", "items[0].customTool", () => WithItem(0, i => i with { CustomTool = "Breakfast" })),
        new Defect("KAC011", "items[0]", () => WithItem(0, i => i with { Date = null })),
        new Defect("KAC011", "items[1]", () => WithItem(1, i => i with { Date = Start })),
        new Defect("KAC012", "items[0].date", () => WithItem(0, i => i with { Date = Start.PlusDays(-1) })),
        new Defect("KAC012", "items[1].recurrence.end", () => WithItem(1, i => i with { Recurrence = i.Recurrence! with { End = Start.PlusYears(2) } })),
        new Defect("KAC013", "items[2].recurrence.end", () => WithItem(2, i => i with { Recurrence = i.Recurrence! with { End = i.Recurrence.Start.PlusDays(-1) } })),
        new Defect("KAC014", "items[2].recurrence.every", () => WithItem(2, i => i with { Recurrence = i.Recurrence! with { Every = Period.FromHours(12) } })),
        new Defect("KAC014", "items[3].recurrence.every", () => WithItem(3, i => i with { Recurrence = i.Recurrence! with { Every = Period.FromDays(-7) } })),
        new Defect("KAC014", "items[3].recurrence.every", () => WithItem(3, i => i with { Recurrence = i.Recurrence! with { Every = Period.Zero } })),
        new Defect("KAC015", "items[0].cost", () => WithItem(0, i => i with { Cost = new Money(-1m, Currency.Eur) })),
        new Defect("KAC015", "monthlyBudget", () => new Inputs(Sample with { MonthlyBudget = new Money(-5m, Currency.Eur) })),
        new Defect("KAC016", "items[4].cost", () => WithItem(4, i => i with { Cost = new Money(500m, Currency.Usd) })),
        new Defect("KAC017", "items[5].owner", () => WithItem(5, i => i with { Owner = null })),
        new Defect("KAC018", "items[6].tool", () => WithItem(6, i => i with { Tool = CommunicationTool.PressRelease })),
        new Defect("KAC019", "settings.maxItemsPerPersonPerWeek", () => new Inputs(Sample, new CommunicationSettings { MaxItemsPerPersonPerWeek = 0 })),
        new Defect("KAC019", "settings.maxSilenceDays", () => new Inputs(Sample, new CommunicationSettings { MaxSilenceDays = -3 })),
        new Defect("KAC019", "settings.suitability.entries[1]", () => new Inputs(Sample, new CommunicationSettings { Suitability = new SuitabilityMatrix(new[] { new ToolSuitability(MessageType.Company, CommunicationTool.Seminar, true, "a"), new ToolSuitability(MessageType.Company, CommunicationTool.Seminar, false, "b") }) })),
        new Defect("KAC020", "directory.people[1].id", () => new Inputs(Sample, Directory: new AudienceDirectory(new[] { new AudienceMember("a"), new AudienceMember(" a") }))),
        new Defect("KAC021", "messages[0].goals[0]", () => new Inputs(WithMessage(0, m => m with { Goals = new[] { "world-domination" } }).Programme, Plan: SamplePlans.PublisherAndBookshop(Start))),
        new Defect("KAC023", "items[1].cost", () => WithItem(1, i => i with { Cost = new Money(decimal.MaxValue / 2, Currency.Eur) })),
        new Defect("KAC022", "client", () => new Inputs(Sample, Plan: SamplePlans.PublisherAndBookshop(Start) with { Client = new ClientId("another-shop") })),
    };

    public static TheoryData<string, string, int> Cases()
    {
        var data = new TheoryData<string, string, int>();
        var all = All().ToList();
        for (var i = 0; i < all.Count; i++)
        {
            data.Add(all[i].Code, all[i].Path, i);
        }

        return data;
    }

    [Fact]
    public void The_sample_programme_has_no_diagnostic_with_its_plan_and_people()
    {
        var diagnostics = CommunicationProgrammeValidator.Validate(Sample, null, SamplePrograms.BookshopPeople(), SamplePlans.PublisherAndBookshop(Start));
        Assert.Empty(diagnostics);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_injected_defect_yields_its_code_at_its_path(string code, string path, int index)
    {
        var inputs = All().ElementAt(index).Make();
        var diagnostics = CommunicationProgrammeValidator.Validate(inputs.Programme, inputs.Settings, inputs.Directory, inputs.Plan);
        var found = Assert.Single(diagnostics, d => d.Code == code && d.Path == path);
        Assert.Equal(CommunicationsDiagnosticCodes.Get(code).Severity, found.Severity);
        Assert.False(string.IsNullOrWhiteSpace(found.Message));
        var run = CommunicationAnalysis.Run(inputs.Programme, inputs.Settings, Start, null, inputs.Directory, inputs.Plan);
        Assert.Contains(run.Diagnostics, d => d.Code == code && d.Path == path);
        Assert.Equal(run.HasErrors, run.Result is null);
    }

    [Fact]
    public void Costs_that_fit_as_a_whole_are_summed_without_overflow()
    {
        // The largest amount on one dated item, no other cost: the bound is exactly decimal's maximum,
        // so the programme is valid and every month's sum in the analysis fits.
        var items = Sample.Items.Select((item, k) => item with { Cost = k == 0 ? new Money(decimal.MaxValue, Currency.Eur) : null }).ToArray();
        var run = CommunicationAnalysis.Run(Sample with { Items = items, MonthlyBudget = null }, null, Start);
        Assert.DoesNotContain(run.Diagnostics, d => d.Code == CommunicationsDiagnosticCodes.CostsOutOfRange);
        Assert.Contains(run.Result!.Costs, m => m.Cost.Amount == decimal.MaxValue);

        // One more on another item's single date, and the sums no longer fit: refused at that item.
        items[4] = items[4] with { Cost = new Money(1m, Currency.Eur) };
        run = CommunicationAnalysis.Run(Sample with { Items = items, MonthlyBudget = null }, null, Start);
        Assert.Null(run.Result);
        Assert.Equal("items[4].cost", Assert.Single(run.Diagnostics, d => d.Code == CommunicationsDiagnosticCodes.CostsOutOfRange).Path);
    }

    [Fact]
    public void Every_code_has_an_injected_defect_and_a_row_in_the_docs()
    {
        var tested = All().Select(d => d.Code).ToHashSet();
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "communications.md"));
        foreach (var descriptor in CommunicationsDiagnosticCodes.All)
        {
            Assert.Contains(descriptor.Code, tested);
            Assert.Contains("| `" + descriptor.Code + "` |", docs, StringComparison.Ordinal);
            Assert.StartsWith("KAC", descriptor.Code, StringComparison.Ordinal);
        }

        Assert.Equal(CommunicationsDiagnosticCodes.All.Select(d => d.Code).OrderBy(c => c, StringComparer.Ordinal), CommunicationsDiagnosticCodes.All.Select(d => d.Code));
        Assert.Throws<ArgumentException>(() => CommunicationsDiagnosticCodes.Get("KAP001"));
    }

    [Fact]
    public void Without_a_directory_people_and_units_are_not_checked()
    {
        var inputs = WithAudience(1, a => a with { People = new[] { "stranger" } });
        Assert.DoesNotContain(CommunicationProgrammeValidator.Validate(inputs.Programme), d => d.Code == CommunicationsDiagnosticCodes.UnknownPersonOrUnit);
    }

    [Fact]
    public void An_unsuitable_pairing_is_warned_with_the_reason_and_a_replaced_matrix_silences_it()
    {
        var inputs = WithItem(6, i => i with { Tool = CommunicationTool.PressRelease });
        var warning = Assert.Single(CommunicationProgrammeValidator.Validate(inputs.Programme), d => d.Code == CommunicationsDiagnosticCodes.UnsuitableTool);
        Assert.Contains(SuitabilityMatrix.Default.Find(MessageType.MarketFactors, CommunicationTool.PressRelease)!.Reason, warning.Message, StringComparison.Ordinal);
        var permissive = new CommunicationSettings { Suitability = new SuitabilityMatrix() };
        Assert.DoesNotContain(CommunicationProgrammeValidator.Validate(inputs.Programme, permissive), d => d.Code == CommunicationsDiagnosticCodes.UnsuitableTool);
    }

    [Fact]
    public void The_default_matrix_judges_every_type_and_standard_tool_once_with_a_reason()
    {
        var entries = SuitabilityMatrix.Default.Entries;
        Assert.Equal(4 * 7, entries.Count);
        Assert.Equal(entries.Count, entries.Select(e => (e.Type, e.Tool)).Distinct().Count());
        Assert.DoesNotContain(entries, e => e.Tool == CommunicationTool.Custom || e.Reason.Length < 20);
        Assert.Empty(CommunicationSettings.Default.Validate());
    }

    [Fact]
    public void Analyses_refuse_a_programme_with_errors_and_list_them()
    {
        var inputs = WithItem(2, i => i with { Message = "no-such-message" });
        var ex = Assert.Throws<ArgumentException>(() => CommunicationAnalysis.Analyze(inputs.Programme, null, Start));
        Assert.Contains("KAC007", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => CommunicationCalendar.Expand(inputs.Programme, inputs.Programme.Period));
        Assert.Throws<ArgumentNullException>(() => CommunicationAnalysis.Run(null!, null, Start));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KeyAccount.Core.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
