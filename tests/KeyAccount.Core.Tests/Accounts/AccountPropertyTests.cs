using System;
using System.Linq;
using System.Text.Json.Nodes;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Json;
using KeyAccount.Core.Planning;
using KeyAccount.Core.Relationships;
using NodaTime;

namespace KeyAccount.Core.Tests.Accounts;

/// <summary>What must hold for any account, commitment or move.</summary>
public class AccountPropertyTests
{
    private static readonly LocalDate Base = new(2026, 1, 1);

    private static int Rank(CommitmentState state) => state switch
    {
        CommitmentState.Open => 0,
        CommitmentState.DueSoon => 1,
        CommitmentState.Overdue => 2,
        _ => 3,
    };

    [Property(MaxTest = 300)]
    public bool A_commitments_state_only_moves_forward_as_the_date_advances(byte due, byte closed, byte status, byte soon, byte d1, byte d2)
    {
        var st = (CommitmentStatus)(status % 4);
        var c = new Commitment("c", "u", "w", Base.PlusDays(due), st, st == CommitmentStatus.Open ? null : Base.PlusDays(closed));
        var window = Period.FromDays(soon % 30);
        var (early, late) = d1 <= d2 ? (d1, d2) : (d2, d1);
        var before = AccountAnalysis.StateOf(c, Base.PlusDays(early), window);
        var after = AccountAnalysis.StateOf(c, Base.PlusDays(late), window);
        var overdueStaysUntilClosed = before != CommitmentState.Overdue || after == CommitmentState.Overdue || Rank(after) == 3;
        return Rank(before) <= Rank(after) && overdueStaysUntilClosed && (Rank(before) < 3 || before == after);
    }

    [Property(MaxTest = 100)]
    public bool Appending_an_entry_never_changes_the_existing_ones(PositiveInt hours, NonEmptyString subject)
    {
        var account = SampleAccounts.PublisherAndBookshop();
        var entry = new DiaryEntry(AccountDiary.NextEntryId(account), Instant.FromUtc(2026, 4, 1, 0, 0).Plus(Duration.FromHours(hours.Get % 5000)), "UTC", DiaryEntryKind.Call, subject.Get);
        var appended = AccountDiary.Append(account, entry);
        return appended.Diary.Count == account.Diary.Count + 1
            && account.Diary.Select((e, i) => ReferenceEquals(e, appended.Diary[i])).All(same => same)
            && ReferenceEquals(appended.Diary[^1], entry)
            && ReferenceEquals(appended.Plan, account.Plan)
            && appended.Lifecycle.SequenceEqual(account.Lifecycle);
    }

    [Property(MaxTest = 200)]
    public bool A_move_is_made_exactly_when_its_guard_allows_it_and_a_refusal_says_why(byte stage, byte target, bool withReason, bool dropPlan)
    {
        var sample = SampleAccounts.PublisherAndBookshop();
        var history = sample.Lifecycle.Take(stage % (sample.Lifecycle.Count + 1)).ToArray();
        var account = new AccountDocument(sample.Client, sample.Profile, sample.Team, history, sample.Diary, sample.Updates, plan: dropPlan ? null : sample.Plan);
        var to = (AccountStage)(target % 8);
        var move = AccountLifecycle.Move(account, to, new LocalDate(2026, 3, 31), "u-kam", withReason ? "because" : "");
        return move.Check.Allowed
            ? move.Document is not null && move.Document.Stage == to && move.Document.Lifecycle.Count == history.Length + 1
            : move.Document is null && move.Check.Blockers.Count > 0 && move.Check.Blockers.All(b => b.Length > 0);
    }

    [Property(MaxTest = 150, Arbitrary = new[] { typeof(AccountGenerators) })]
    public void A_generated_valid_account_has_no_error_and_round_trips_through_JSON_with_every_held_document(ValidAccount generated)
    {
        var account = generated.Account;
        var diagnostics = AccountValidator.Validate(account, AccountGenerators.AsOf);
        Assert.False(diagnostics.HasErrors(), string.Join(" | ", diagnostics));
        var json = KeyAccountJson.Serialize(account);
        var back = KeyAccountJson.Deserialize<AccountDocument>(json);
        Assert.Equal(json, KeyAccountJson.Serialize(back));
        Assert.Equal(diagnostics, AccountValidator.Validate(back, AccountGenerators.AsOf));
        Assert.Equal(account.Relationships is null, back.Relationships is null);
        Assert.Equal(account.Communications is null, back.Communications is null);
        Assert.Equal(account.Negotiations.Count, back.Negotiations.Count);
        Assert.Equal(account.Offers.Count, back.Offers.Count);
        Assert.Equal(account.PlanReviews.Count, back.PlanReviews.Count);
        Assert.Equal(account.InternalCommunication is null, back.InternalCommunication is null);
        Assert.Equal(AccountAnalysis.Analyze(account, AccountGenerators.AsOf).Explanation, AccountAnalysis.Analyze(back, AccountGenerators.AsOf).Explanation);
    }

    [Property(MaxTest = 100, Arbitrary = new[] { typeof(AccountGenerators) })]
    public void Migrating_the_version_2_form_of_an_account_gives_the_same_model_as_the_current_version(ValidAccount generated)
    {
        // The account without what version 2 could not hold (its plan reviews and rules of internal
        // communication): its version 2 document, read and upgraded, is the same model.
        var a = generated.Account;
        var v2Model = new AccountDocument(a.Client, a.Profile, a.Team, a.Lifecycle, a.Diary, a.Updates, a.Settings, a.Evidence, a.Ladder, a.Opportunities, a.Plan, a.FormatVersion, a.Relationships, a.Communications, a.Negotiations, a.Offers);
        var current = KeyAccountJson.Serialize(v2Model);
        var v2 = JsonNode.Parse(current)!.AsObject();
        v2["formatVersion"] = 2;
        Assert.False(v2.ContainsKey("internalCommunication"));
        v2.Remove("planReviews");
        var migrated = KeyAccountJson.Deserialize<AccountDocument>(v2.ToJsonString());
        Assert.Equal(AccountDocument.CurrentFormatVersion, migrated.FormatVersion);
        Assert.Equal(current, KeyAccountJson.Serialize(migrated));
        Assert.Equal(AccountValidator.Validate(v2Model, AccountGenerators.AsOf), AccountValidator.Validate(migrated, AccountGenerators.AsOf));
        Assert.Empty(migrated.PlanReviews);
        Assert.Null(migrated.InternalCommunication);
    }

    [Property(MaxTest = 100, Arbitrary = new[] { typeof(AccountGenerators) })]
    public void Migrating_the_version_1_form_of_an_account_gives_the_same_model_as_the_current_version(ValidAccount generated)
    {
        // The account without what version 1 could not hold: its version 1 document, read and upgraded,
        // is the same model as the current-version document.
        var a = generated.Account;
        var settings = a.Settings is null ? null : new AccountSettings(a.Settings.Profile, a.Settings.RelationshipMap, a.Settings.LadderAssessment, a.Settings.ClassificationEvidence, a.Settings.PlanReview, a.Settings.CommunicationProgramme, a.Settings.Opportunities, a.Settings.DueSoon);
        var v1Model = new AccountDocument(a.Client, a.Profile, a.Team, a.Lifecycle, a.Diary, a.Updates, settings, a.Evidence, a.Ladder, a.Opportunities, a.Plan);
        var current = KeyAccountJson.Serialize(v1Model);
        var v1 = JsonNode.Parse(current)!.AsObject();
        v1["formatVersion"] = 1;
        foreach (var member in new[] { "relationships", "communications", "negotiations", "offers", "planReviews" })
        {
            v1.Remove(member);
        }

        (v1["settings"] as JsonObject)?.Remove("meetingWindow");
        var migrated = KeyAccountJson.Deserialize<AccountDocument>(v1.ToJsonString());
        Assert.Equal(AccountDocument.CurrentFormatVersion, migrated.FormatVersion);
        Assert.Equal(current, KeyAccountJson.Serialize(migrated));
        Assert.Equal(AccountValidator.Validate(v1Model, AccountGenerators.AsOf), AccountValidator.Validate(migrated, AccountGenerators.AsOf));
    }

    [Property(MaxTest = 200)]
    public bool Planned_is_allowed_exactly_when_the_plan_is_approved_without_errors_and_the_map_covers_a_decision_maker_and_each_failure_is_named(byte planCase, byte mapCase)
    {
        var sample = SampleAccounts.PublisherAndBookshop();
        var plan = (planCase % 3) switch
        {
            0 => null,
            1 => sample.Plan! with { Status = PlanStatus.Discussed, StatusHistory = sample.Plan!.StatusHistory.Where(c => c.Status != PlanStatus.Approved).ToArray() },
            _ => sample.Plan,
        };
        var good = SampleMaps.Bookshop;
        var map = (mapCase % 5) switch
        {
            0 => null,
            1 => good with { People = good.People.Concat(new[] { new ClientPerson("owner", "Twin") }).ToArray() },
            2 => good with { People = good.People.Select(p => p with { Roles = p.Roles.Where(r => r.Kind != StakeholderKind.DecisionMaker).ToArray() }).ToArray() },
            3 => good with { Relationships = good.Relationships.Select(r => r with { Strength = RelationshipStrength.Weak }).ToArray() },
            _ => good,
        };
        var team = good.Team.Select(t => new AccountTeamMember(t.Id, t.Name, t.Id == "kam" ? TeamRole.AccountManager : TeamRole.Specialist)).ToArray();
        var account = new AccountDocument(sample.Client, sample.Profile, team, sample.Lifecycle.Take(2).ToArray(), plan: plan, relationships: map);
        var move = AccountLifecycle.Move(account, AccountStage.Planned, Base.PlusDays(89), "kam", "approved");
        var expected = new[]
        {
            planCase % 3 == 0 ? "the account holds no development plan" : null,
            planCase % 3 == 1 ? "the plan is not approved" : null,
            mapCase % 5 == 0 ? "the account holds no relationship map" : null,
            mapCase % 5 == 1 ? "the relationship map has" : null,
            mapCase % 5 == 2 ? "the relationship map names no decision maker" : null,
            mapCase % 5 == 3 ? "no decision maker is covered" : null,
        }.Where(b => b is not null).ToArray();
        return expected.Length == 0
            ? move.Check.Allowed && move.Document!.Stage == AccountStage.Planned
            : move.Document is null && expected.All(e => move.Check.Blockers.Any(b => b.StartsWith(e!, StringComparison.Ordinal))) && move.Check.Explanation.Contains(move.Check.Blockers[0], StringComparison.Ordinal);
    }
}
