using System;
using System.Linq;
using System.Text.Json.Nodes;
using KeyAccount.Core.Accounts;
using NodaTime;

namespace KeyAccount.Core.Tests.Accounts.InternalCommunication;

/// <summary>
/// The internal communication report of the sample account word for word, and each kind of
/// finding and note it can give: late, missing, still due, with nobody on the team to tell, a
/// decision's notice, a rule not checked for want of a relationship map. The mutation run of
/// Accounts left 122 of <c>InternalNoticeCheck</c>'s mutants alive, most in these sentences.
/// </summary>
public class InternalNoticeWordingTests
{
    private static readonly LocalDate March31 = new(2026, 3, 31);

    private const string Late = "The commitment 'Send the agreed research brief' that 'kam' made on 2026-01-12 ('d-1') was passed on to delivery only on 2026-03-20 ('d-3'), 64 days after 2026-01-15, the last day the rule 'commitment-to-delivery' allows.";

    private static InternalCommunicationReport Report(AccountDocument account, LocalDate asOf) =>
        KeyAccount.Core.Accounts.InternalCommunication.Check(account, asOf, account.InternalCommunication, account.Relationships);

    private static (string, string, string)[] Findings(InternalCommunicationReport report) => report.Findings.Select(f => (f.Code, f.Path, f.Explanation)).ToArray();

    [Fact]
    public void The_samples_report_word_for_word()
    {
        var report = Report(SampleAccounts.PublisherAndBookshop(), March31);

        Assert.Equal("As of 2026-03-31, the rules of internal communication called for 3 notices; 1 reached the people concerned in time. Of the rest, 1 missing, 1 late.", report.Explanation);
        Assert.Equal((3, 1), (report.Events, report.InTime));
        Assert.Empty(report.Notes);
        Assert.Equal(
            new[]
            {
                ("KAI102", "diary[0].commitments[0]", Late),
                ("KAI101", "diary[3]", "The contact 'Research findings and the series' of 2026-03-26 ('d-4') was not passed on to editorial: no internal entry with them by 2026-03-29 (rule 'series-to-editorial'). Tell them, and record it in the diary as an internal entry."),
            },
            Findings(report));
        var late = report.Findings[0];
        Assert.Equal((new LocalDate(2026, 1, 15), new LocalDate(2026, 3, 20), "d-1"), (late.DueBy, late.NoticedOn!.Value, late.Entry));
    }

    [Fact]
    public void A_notice_whose_day_has_not_passed_is_still_due()
    {
        var report = Report(SampleAccounts.PublisherAndBookshop(), new LocalDate(2026, 3, 27));

        Assert.Equal("As of 2026-03-27, the rules of internal communication called for 3 notices; 1 reached the people concerned in time. Of the rest, 1 late, 1 still due.", report.Explanation);
        Assert.Equal(("KAI104", "diary[3]", "The contact 'Research findings and the series' of 2026-03-26 ('d-4') must be passed on to editorial by 2026-03-29; no internal entry with them yet (rule 'series-to-editorial')."), Findings(report)[1]);

        // On the last day it allows, it is still due; the day after, missing.
        Assert.Equal("KAI104", Report(SampleAccounts.PublisherAndBookshop(), new LocalDate(2026, 3, 29)).Findings[1].Code);
        Assert.Equal("KAI101", Report(SampleAccounts.PublisherAndBookshop(), new LocalDate(2026, 3, 30)).Findings[1].Code);

        // Before the contact, there is nothing to pass on.
        Assert.Equal(2, Report(SampleAccounts.PublisherAndBookshop(), new LocalDate(2026, 3, 25)).Events);
    }

    [Fact]
    public void A_notice_nobody_on_the_team_can_receive_and_a_decisions_notice_are_named()
    {
        var noEditor = Report(AccountEdits.Sample(a => a["team"]!.AsArray().RemoveAt(2)), March31);
        Assert.Equal("As of 2026-03-31, the rules of internal communication called for 3 notices; 1 reached the people concerned in time. Of the rest, 1 late, 1 with nobody on the team to tell.", noEditor.Explanation);
        Assert.Equal(("KAI103", "diary[3]", "The contact 'Research findings and the series' of 2026-03-26 ('d-4') must be passed on to editorial, but nobody on the account team is editorial; add them to the team (rule 'series-to-editorial')."), Findings(noEditor)[1]);

        var price = Report(AccountEdits.Sample(a => a["diary"]![1]!["decisions"]![0]!["text"] = "A discount on the pilot's price."), March31);
        Assert.Equal("As of 2026-03-31, the rules of internal communication called for 4 notices; 1 reached the people concerned in time. Of the rest, 1 missing, 1 late, 1 with nobody on the team to tell.", price.Explanation);
        Assert.Contains(("KAI103", "diary[1].decisions[0]", "The decision 'A discount on the pilot's price.' of 2026-02-10 ('d-2') must be passed on to finance, but nobody on the account team is finance; add them to the team (rule 'price-to-finance')."), Findings(price));
    }

    [Fact]
    public void A_rule_on_changes_of_decision_maker_without_a_map_is_noted_as_not_checked()
    {
        const string Note = "The rule 'decision-maker-to-sponsor' was not checked: changes of decision maker come from the relationship map, and none was given.";
        var report = Report(AccountEdits.Sample(a => a.Remove("relationships")), March31);

        Assert.Equal(new[] { Note }, report.Notes);
        Assert.EndsWith("Of the rest, 1 missing, 1 late. " + Note, report.Explanation, StringComparison.Ordinal);
    }
}
