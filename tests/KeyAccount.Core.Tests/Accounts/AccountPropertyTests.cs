using System;
using System.Linq;
using KeyAccount.Core.Accounts;
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
}
